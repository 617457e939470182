import { ApplicationCommandOptionType, PermissionFlagsBits, type APIApplicationCommandOption } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { commands } from '../../../adapters/discord/commands/index.js';

const NAME = /^[-_\p{Ll}\p{N}]{1,32}$/u;
const json = commands.map((c) => ({ command: c, body: c.data.toJSON() }));

function checkOption(o: APIApplicationCommandOption): void {
  expect(o.name).toMatch(NAME);
  expect(o.description.length).toBeGreaterThan(0);
  expect(o.description.length).toBeLessThanOrEqual(100);
  for (const d of Object.values(o.description_localizations ?? {})) expect((d ?? '').length).toBeLessThanOrEqual(100);
  if ('choices' in o && o.choices) {
    expect(o.choices.length).toBeLessThanOrEqual(25);
    for (const c of o.choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(String(c.value).length).toBeLessThanOrEqual(100);
    }
    expect('autocomplete' in o && o.autocomplete).toBeFalsy();
  }
}

describe('slash command definitions', () => {
  it('has the expected commands, each once', () => {
    expect(json.map((j) => j.body.name).sort()).toEqual(['ask', 'autoanswer', 'eligibility', 'gaps', 'help', 'margin', 'reload', 'stats']);
  });

  it.each(json.map((j) => [j.body.name, j] as const))('/%s is valid for Discord', (_name, { body }) => {
    expect(body.name).toMatch(NAME);
    expect(body.description.length).toBeGreaterThan(0);
    expect(body.description.length).toBeLessThanOrEqual(100);
    for (const d of Object.values(body.description_localizations ?? {})) expect((d ?? '').length).toBeLessThanOrEqual(100);
    const options = body.options ?? [];
    expect(options.length).toBeLessThanOrEqual(25);
    options.forEach(checkOption);
    // Discord rejects a required option after an optional one.
    const required = options.map((o) => Boolean('required' in o && o.required));
    expect(required).toEqual([...required].sort((a, b) => Number(b) - Number(a)));
    const total = body.name.length + body.description.length + options.reduce((n, o) => n + o.name.length + o.description.length, 0);
    expect(total).toBeLessThanOrEqual(4000);
  });

  it.each(commands.map((c) => [c.data.name, c] as const))('/%s: admin flag matches its default permissions', (_name, command) => {
    const body = command.data.toJSON();
    if (command.adminOnly) {
      expect(body.default_member_permissions).toBe(String(PermissionFlagsBits.ManageGuild));
      expect(command.ephemeral).toBe(true);
    } else {
      expect(body.default_member_permissions ?? null).toBeNull();
    }
  });

  it('/eligibility offers the documented choices', () => {
    const options = commands.find((c) => c.data.name === 'eligibility')!.data.toJSON().options ?? [];
    const choices = (name: string) => (options.find((o) => o.name === name) as { choices?: Array<{ value: string }> }).choices?.map((c) => c.value);
    expect(choices('entity_country')).toEqual(['CN', 'HK', 'DE', 'FR', 'IT', 'ES', 'GB', 'US', 'other']);
    expect(choices('warehouse_country')).toEqual(['DE', 'FR', 'IT', 'ES', 'PL', 'NL', 'other-EU', 'outside-EU']);
    expect(options.find((o) => o.name === 'has_eu_stock')?.type).toBe(ApplicationCommandOptionType.Boolean);
    expect(options.find((o) => o.name === 'vat_countries')?.type).toBe(ApplicationCommandOptionType.String);
  });

  it('/margin takes numbers and a market choice', () => {
    const options = commands.find((c) => c.data.name === 'margin')!.data.toJSON().options ?? [];
    const numbers = options.filter((o) => o.type === ApplicationCommandOptionType.Number).map((o) => o.name);
    expect(numbers).toEqual(['price', 'cost', 'inbound', 'fulfilment', 'commission', 'affiliate', 'discount', 'ads']);
    const market = options.find((o) => o.name === 'market') as { choices: Array<{ value: string }>; required: boolean };
    expect(market.choices.map((c) => c.value)).toEqual(['DE', 'FR', 'IT', 'ES']);
    expect(market.required).toBe(true);
  });
});
