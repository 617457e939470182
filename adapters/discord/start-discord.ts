import type { Logger } from 'pino';
import { createDiscordBot } from './create-discord-bot.js';
import { DiscordAdapterError } from './discord-error.js';
import type { BotService, Config } from '../../src/index.js';

export interface StartDiscordDeps {
  config: Config;
  service: BotService;
  logger: Logger;
}

/**
 * Logs the bot in to the gateway. Run under `ShardingManager` (sharded-main.ts), discord.js reads the shard ids from
 * the environment the manager sets, so this same function serves one shard.
 */
export async function startDiscord(deps: StartDiscordDeps): Promise<{ stop(): Promise<void> }> {
  const { config, service, logger } = deps;
  if (!config.DISCORD_TOKEN) throw new DiscordAdapterError('DISCORD_TOKEN is not set');
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
    throw new DiscordAdapterError('Discord login failed (check DISCORD_TOKEN and the intents enabled for the app)', { cause });
  }
  return {
    async stop() {
      await client.destroy();
    },
  };
}
