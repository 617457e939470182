import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../adapters/discord/commands/index.js';
import { createShardingManager } from '../../../adapters/discord/create-sharding-manager.js';
import { DiscordAdapterError } from '../../../adapters/discord/discord-error.js';
import { registerCommands } from '../../../adapters/discord/register-commands.js';
import { startDiscord } from '../../../adapters/discord/start-discord.js';
import { parseConfig } from '../../../src/config.js';
import type { BotService } from '../../../src/contract/bot-service.js';
import { pino } from 'pino';
import { startFakeDiscordApi, type FakeDiscordApi } from './fake-discord-api.js';

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
    const result = await registerCommands({ token: 'secret-token', appId: '42', guildId, restApi: api.api });
    const call = api.calls.filter((c) => c.method === 'PUT' && c.path === path).at(-1);
    expect(call?.authorization).toBe('Bot secret-token');
    expect(call?.body.map((c: { name: string }) => c.name)).toEqual(commands.map((c) => c.data.name));
    expect(call?.body[0]).toEqual(commands[0].data.toJSON());
    expect(result).toEqual({ scope, names: commands.map((c) => c.data.name) });
  });

  it('wraps a refused registration in a typed error', async () => {
    const promise = registerCommands({ token: 't', appId: 'not/an/app', restApi: api.api });
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
