// `npm start`: the Telegram and/or Discord adapters when their tokens are set; otherwise the local chat in the
// terminal against the embedded knowledge base (no tokens, no network).
import { collectSecrets, ConfigError, createApp, createLogger, parseConfig, runCli, watchKnowledge } from '../src/index.js';

/** Exit codes besides 0: 1 a start failure (bad configuration, Bot API unreachable); the adapter's own (README). */
async function start(): Promise<number> {
  const config = parseConfig(process.env);
  if (!config.TELEGRAM_BOT_TOKEN && !config.DISCORD_TOKEN) return runCli(['chat', ...process.argv.slice(2)], process.env);

  // Every configured secret is removed from every line by value, whatever field or message carries it.
  const logger = createLogger({ level: config.LOG_LEVEL, secrets: collectSecrets(config) });
  const app = await createApp(config, { logger });
  const stops: Array<() => Promise<unknown>> = [];
  let fatal: Promise<{ exitCode: number }> = new Promise(() => {});
  try {
    if (config.TELEGRAM_BOT_TOKEN) {
      const { startTelegram } = await import('./telegram/start-telegram.js');
      const telegram = await startTelegram({ config, service: app.service, logger, store: app.store });
      stops.push(() => telegram.stop());
      fatal = Promise.race([fatal, telegram.fatal]);
      logger.info({ mode: telegram.mode }, 'telegram adapter started');
    }
    if (config.DISCORD_TOKEN) {
      const { startDiscord } = await import('./discord/start-discord.js');
      // The store's lease keeps a second process off the same gateway shard.
      const discord = await startDiscord({ config, service: app.service, logger, ...(app.store ? { leases: app.store.leases } : {}) });
      stops.push(discord.stop);
      fatal = Promise.race([fatal, discord.fatal]);
      logger.info('discord adapter started');
    }
  } catch (error) {
    await Promise.allSettled(stops.map((stop) => stop()));
    await app.close();
    const code = (error as { exitCode?: unknown }).exitCode;
    if (typeof code === 'number') {
      logger.fatal({ exitCode: code }, (error as Error).message);
      logger.flush();
      return code;
    }
    throw error;
  }
  if (process.argv.includes('--watch')) {
    stops.push(watchKnowledge({ dir: config.KNOWLEDGE_DIR, reload: () => app.core.reload(), logger }));
  }
  const outcome = await new Promise<{ signal: string } | { exitCode: number }>((resolve) => {
    process.once('SIGINT', () => resolve({ signal: 'SIGINT' }));
    process.once('SIGTERM', () => resolve({ signal: 'SIGTERM' }));
    void fatal.then(resolve);
  });
  // SIGTERM: stop fetching, let what is being answered finish (bounded), keep the rest for the next start.
  logger.info(outcome, 'shutting down');
  await Promise.allSettled(stops.map((stop) => stop()));
  await app.close();
  logger.info('stopped');
  logger.flush();
  return 'exitCode' in outcome ? outcome.exitCode : 0;
}

start().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof ConfigError ? error.message : error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    process.stderr.write(`${message}\n`);
    process.exit(1);
  },
);
