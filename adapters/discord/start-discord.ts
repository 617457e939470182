import type { Logger } from 'pino';
import { createDiscordBot } from './create-discord-bot.js';
import { claimShardLease, describeShard, ShardTakenError, type ShardLease } from './claim-shard-lease.js';
import { DiscordAdapterError } from './discord-error.js';
import type { BotService, Config, Leases } from '../../src/index.js';

export interface StartDiscordDeps {
  config: Config;
  service: BotService;
  logger: Logger;
  /** The store's leases: a second process on the same shard is refused at start. Without them nothing is checked. */
  leases?: Leases;
  /** Where discord.js reads the shard ids (tests pass their own). */
  env?: Record<string, string | undefined>;
}

export interface DiscordHandle {
  stop(): Promise<void>;
  /** Settles with an exit code when the adapter cannot go on (its shard lease was taken over). */
  fatal: Promise<{ exitCode: number }>;
}

/**
 * Logs the bot in to the gateway. Run under `ShardingManager` (sharded-main.ts), discord.js reads the shard ids from
 * the environment the manager sets, so this same function serves one shard.
 */
export async function startDiscord(deps: StartDiscordDeps): Promise<DiscordHandle> {
  const { config, service, logger } = deps;
  if (!config.DISCORD_TOKEN) throw new DiscordAdapterError('DISCORD_TOKEN is not set');
  const env = deps.env ?? process.env;
  const lease: ShardLease | undefined = deps.leases
    ? await claimShardLease({ leases: deps.leases, token: config.DISCORD_TOKEN, env, logger })
    : undefined;
  if (lease) logger.info({ shard: describeShard(env) }, 'discord shard lease taken');
  const client = createDiscordBot({
    service,
    logger: logger.child({ adapter: 'discord' }),
    restApi: config.DISCORD_API_ROOT,
    managerRoleId: config.DISCORD_MANAGER_ROLE_ID,
    adminGuildId: config.DISCORD_ADMIN_GUILD_ID,
    adminRoleId: config.DISCORD_ADMIN_ROLE_ID,
    handoverChannelId: config.DISCORD_HANDOVER_CHANNEL_ID,
    messageContent: config.DISCORD_MESSAGE_CONTENT,
  });
  try {
    await client.login(config.DISCORD_TOKEN);
  } catch (cause) {
    await client.destroy();
    await lease?.release();
    throw new DiscordAdapterError('Discord login failed (check DISCORD_TOKEN and the intents enabled for the app)', { cause });
  }
  const fatal = lease ? lease.lost.then(() => ({ exitCode: new ShardTakenError('').exitCode })) : new Promise<never>(() => {});
  return {
    fatal,
    async stop() {
      await client.destroy();
      await lease?.release();
    },
  };
}
