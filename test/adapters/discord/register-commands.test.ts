import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCommands } from '../../../adapters/discord/commands/index.js';
import { createShardingManager } from '../../../adapters/discord/create-sharding-manager.js';
import { DiscordAdapterError } from '../../../adapters/discord/discord-error.js';
import { registerCommands } from '../../../adapters/discord/register-commands.js';
import { startDiscord } from '../../../adapters/discord/start-discord.js';
import { parseConfig } from '../../../src/config.js';
import type { BotService } from '../../../src/contract/bot-service.js';
import { pino } from 'pino';
import { loadCountryChoices } from '../../../src/index.js';
import { FIXTURE_KNOWLEDGE_DIR } from '../../helpers/knowledge-dirs.js';
import { startFakeDiscordApi, type FakeDiscordApi } from './fake-discord-api.js';

const commands = createCommands(await loadCountryChoices(FIXTURE_KNOWLEDGE_DIR));
let api: FakeDiscordApi;
beforeAll(async () => {
  api = await startFakeDiscordApi();
});
afterAll(async () => {
  await api.close();
});

describe('registerCommands', () => {
  it.each([
    { guildId: '200000000000000001', path: '/api/v10/applications/42/guilds/200000000000000001/commands', scope: 'guild' },
    { guildId: undefined, path: '/api/v10/applications/42/commands', scope: 'global' },
  ])('PUTs the whole command list ($scope)', async ({ guildId, path, scope }) => {
    const result = await registerCommands({ token: 'secret-token', appId: '42', guildId, restApi: api.api, commands });
    const call = api.calls.filter((c) => c.method === 'PUT' && c.path === path).at(-1);
    expect(call?.authorization).toBe('Bot secret-token');
    expect(call?.body.map((c: { name: string }) => c.name)).toEqual(commands.map((c) => c.data.name));
    expect(call?.body[0]).toEqual(commands[0].data.toJSON());
    expect(result).toEqual({ scope, names: commands.map((c) => c.data.name) });
  });

  it('sends the localized names and descriptions Discord shows German, French, Italian and Spanish clients', async () => {
    await registerCommands({ token: 't', appId: '43', restApi: api.api, commands });
    const body = api.calls.filter((c) => c.method === 'PUT' && c.path === '/api/v10/applications/43/commands').at(-1)?.body as Array<Record<string, any>>;
    const margin = body.find((c) => c.name === 'margin')!;
    expect(margin.name_localizations).toEqual({ de: 'marge', fr: 'marge', it: 'margine', 'es-ES': 'margen', 'es-419': 'margen' });
    expect(margin.description_localizations.de).toBe('Gewinn, Marge und Break-even-Preis pro Stück für einen Local-Hosting-Markt');
    const price = margin.options.find((o: { name: string }) => o.name === 'price');
    expect(price.name_localizations).toMatchObject({ de: 'preis', fr: 'prix', it: 'prezzo', 'es-ES': 'precio' });
    expect(price.description_localizations).toMatchObject({ fr: 'Prix de vente unitaire en EUR, TTC', 'zh-CN': '售价（欧元，含增值税）' });
    const eligibility = body.find((c) => c.name === 'eligibility')!;
    expect(eligibility.name_localizations['es-ES']).toBe('requisitos');
    const entity = eligibility.options.find((o: { name: string }) => o.name === 'entity_country');
    expect(entity.choices.find((c: { value: string }) => c.value === 'ES').name_localizations.it).toBe('Spagna');
  });

  it('wraps a refused registration in a typed error', async () => {
    const promise = registerCommands({ token: 't', appId: 'not/an/app', restApi: api.api, commands });
    await expect(promise).rejects.toBeInstanceOf(DiscordAdapterError);
    await expect(promise).rejects.toHaveProperty('cause');
  });
});

describe('startDiscord', () => {
  it('refuses to start without a token', async () => {
    const config = parseConfig({ LOG_LEVEL: 'silent' });
    const promise = startDiscord({ config, service: {} as BotService, logger: pino({ level: 'silent' }) });
    await expect(promise).rejects.toThrow(/DISCORD_TOKEN/);
  });
});

describe('createShardingManager', () => {
  it('points at the shard entry, asks Discord for the shard count and runs children through tsx', () => {
    const manager = createShardingManager({ token: 'secret-token' });
    expect(existsSync(manager.file)).toBe(true);
    expect(manager.file).toMatch(/shard-main\.ts$/);
    expect(manager.totalShards).toBe('auto');
    // Set by the constructor but missing from the typings.
    expect((manager as unknown as { execArgv: string[] }).execArgv).toEqual(['--import', 'tsx']);
    expect(manager.shards.size).toBe(0);
  });
});
