import { ApplicationCommandOptionType, PermissionFlagsBits, type APIApplicationCommandOption } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { createCommands } from '../../../adapters/discord/commands/index.js';
import { loadCountryChoices } from '../../../src/index.js';
import { FIXTURE_KNOWLEDGE_DIR } from '../../helpers/knowledge-dirs.js';

const choices = await loadCountryChoices(FIXTURE_KNOWLEDGE_DIR);
const commands = createCommands(choices);

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
    expect(json.map((j) => j.body.name).sort()).toEqual(['ask', 'autoanswer', 'eligibility', 'gaps', 'help', 'margin', 'reload', 'reset', 'stats']);
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
    const valuesOf = (name: string) => (options.find((o) => o.name === name) as { choices?: Array<{ value: string }> }).choices?.map((c) => c.value);
    expect(valuesOf('entity_country')).toEqual(['CN', 'HK', 'DE', 'FR', 'IT', 'ES', 'GB', 'US', 'ZZ']);
    expect(valuesOf('warehouse_country')).toEqual(['DE', 'FR', 'IT', 'ES', 'PL', 'NL', 'CZ', 'other-EU', 'outside-EU']);
    expect(options.find((o) => o.name === 'has_eu_stock')?.type).toBe(ApplicationCommandOptionType.Boolean);
    expect(options.find((o) => o.name === 'vat_countries')?.type).toBe(ApplicationCommandOptionType.String);
  });

  it('offers the countries it is given (from the rules), with one code for another country', () => {
    const fewer = createCommands({ ...choices, entity: ['HK', 'PL', 'ZZ'], warehouse: { ...choices.warehouse, main: ['PL'] }, markets: ['DE', 'PL'] });
    const optionOf = (command: string, name: string) =>
      (fewer.find((c) => c.data.name === command)!.data.toJSON().options ?? []).find((o) => o.name === name) as unknown as { choices: Array<{ value: string; name: string }> };
    expect(optionOf('eligibility', 'entity_country').choices.map((c) => c.value)).toEqual(['HK', 'PL', 'ZZ']);
    expect(optionOf('eligibility', 'entity_country').choices.at(-1)!.name).toBe('Other country 其他国家');
    expect(optionOf('eligibility', 'warehouse_country').choices.map((c) => c.value)).toEqual(['PL', 'other-EU', 'outside-EU']);
    expect(optionOf('margin', 'market').choices.map((c) => c.value)).toEqual(['DE', 'PL']);
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

describe('slash command localizations', () => {
  // Discord's rule for localized names: letters (any script, lower case where there is one), digits, - and _.
  const LOCAL_NAME = /^[-_\p{L}\p{N}]{1,32}$/u;
  const NAME_LOCALES = ['de', 'fr', 'it', 'es-ES', 'es-419'] as const;
  const DESCRIPTION_LOCALES = ['zh-CN', ...NAME_LOCALES] as const;
  type Named = { name: string; name_localizations?: Record<string, string | null> | null; description?: string; description_localizations?: Record<string, string | null> | null };

  const options = json.flatMap(({ body }) => (body.options ?? []).map((o) => [`/${body.name} ${o.name}`, o as Named & APIApplicationCommandOption] as const));
  const items: Array<readonly [string, Named]> = [...json.map(({ body }) => [`/${body.name}`, body as Named] as const), ...options];

  it.each(items)('%s is named and described in de, fr, it, es-ES (and described in zh-CN)', (_label, item) => {
    for (const locale of NAME_LOCALES) {
      const name = item.name_localizations?.[locale];
      expect(name, locale).toMatch(LOCAL_NAME);
      expect(name, locale).toBe(name!.toLowerCase());
    }
    for (const locale of DESCRIPTION_LOCALES) {
      const description = item.description_localizations?.[locale] ?? '';
      expect(description.length, locale).toBeGreaterThan(0);
      expect(description.length, locale).toBeLessThanOrEqual(100);
      expect(description, locale).not.toBe(item.description);
    }
    expect(item.description_localizations?.['es-419']).toBe(item.description_localizations?.['es-ES']);
  });

  it.each(NAME_LOCALES)('no two commands share a name in %s, nor two options of one command', (locale) => {
    const names = json.map(({ body }) => body.name_localizations?.[locale]);
    expect(new Set(names).size).toBe(names.length);
    for (const { body } of json) {
      const optionNames = (body.options ?? []).map((o) => o.name_localizations?.[locale]);
      expect(new Set(optionNames).size).toBe(optionNames.length);
    }
  });

  it.each(options.filter(([, o]) => 'choices' in o && o.choices))('%s: every choice is labelled in zh-CN, de, fr, it, es-ES', (_label, o) => {
    const choices = (o as { choices: Array<{ name: string; name_localizations?: Record<string, string> }> }).choices;
    for (const choice of choices) {
      for (const locale of DESCRIPTION_LOCALES) {
        const label = choice.name_localizations?.[locale] ?? '';
        expect(label.length, `${choice.name} ${locale}`).toBeGreaterThan(0);
        expect(label.length).toBeLessThanOrEqual(100);
      }
    }
  });

  it('labels the choices in the client language', () => {
    const option = (command: string, name: string) =>
      (commands.find((c) => c.data.name === command)!.data.toJSON().options ?? []).find((o) => o.name === name) as unknown as {
        choices: Array<{ value: string; name: string; name_localizations: Record<string, string> }>;
      };
    const entity = option('eligibility', 'entity_country').choices;
    expect(entity.find((c) => c.value === 'CN')?.name_localizations).toMatchObject({ de: 'Festlandchina', fr: 'Chine continentale', it: 'Cina continentale', 'es-ES': 'China continental', 'zh-CN': '中国内地' });
    expect(entity.find((c) => c.value === 'ZZ')?.name_localizations).toMatchObject({ de: 'Anderes Land', 'es-ES': 'Otro país' });
    const market = option('margin', 'market').choices.find((c) => c.value === 'DE')!;
    expect(market.name).toBe('Germany 德国 (DE)');
    expect(market.name_localizations).toMatchObject({ de: 'Deutschland (DE)', fr: 'Allemagne (DE)', it: 'Germania (DE)', 'es-ES': 'Alemania (DE)' });
  });

  it('French descriptions keep a no-break space before high punctuation', () => {
    for (const [label, item] of items) expect(item.description_localizations?.fr ?? '', label).not.toMatch(/ [!?:;»]|« /);
  });
});

