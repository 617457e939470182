// One shard of `npm run discord:sharded`: Discord only (a Telegram poller per shard would conflict with itself).
import { pino } from 'pino';
import { startDiscord } from './start-discord.js';
import { createApp, parseConfig } from '../../src/index.js';

const config = parseConfig(process.env);
const logger = pino({ level: config.LOG_LEVEL, base: { shards: process.env.SHARDS } });
const app = await createApp(config, { logger });
const discord = await startDiscord({ config, service: app.service, logger });

const shutdown = async (): Promise<void> => {
  await discord.stop();
  app.close();
  process.exit(0);
};
process.once('SIGINT', () => void shutdown());
process.once('SIGTERM', () => void shutdown());
