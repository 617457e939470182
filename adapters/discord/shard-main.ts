// One shard of `npm run discord:sharded`: Discord only (a Telegram poller per shard would conflict with itself).
import { pino } from 'pino';
import { startDiscord } from './start-discord.js';
import { createApp, parseConfig } from '../../src/index.js';

const config = parseConfig(process.env);
const logger = pino({ level: config.LOG_LEVEL, base: { shards: process.env.SHARDS } });
const app = await createApp(config, { logger });
let discord: Awaited<ReturnType<typeof startDiscord>>;
try {
  discord = await startDiscord({ config, service: app.service, logger, ...(app.store ? { leases: app.store.leases } : {}) });
} catch (error) {
  const exitCode = (error as { exitCode?: unknown }).exitCode;
  logger.fatal({ err: error }, (error as Error).message);
  await app.close();
  process.exit(typeof exitCode === 'number' ? exitCode : 1);
}

const shutdown = async (code = 0): Promise<void> => {
  await discord.stop();
  await app.close();
  process.exit(code);
};
void discord.fatal.then(({ exitCode }) => shutdown(exitCode));
process.once('SIGINT', () => void shutdown());
process.once('SIGTERM', () => void shutdown());
