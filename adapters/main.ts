// `npm start`: the Telegram and/or Discord adapters when their tokens are set; otherwise the local chat in the
// terminal against the embedded knowledge base (no tokens, no network).
import { pino } from 'pino';
import { ConfigError, createApp, parseConfig, runCli, watchKnowledge } from '../src/index.js';

async function start(): Promise<number> {
  const config = parseConfig(process.env);
  if (!config.TELEGRAM_BOT_TOKEN && !config.DISCORD_TOKEN) return runCli(['chat', ...process.argv.slice(2)], process.env);

  // Tokens and keys are redacted from every log line.
  const logger = pino({
    level: config.LOG_LEVEL,
    redact: { paths: ['token', '*.token', 'config.*TOKEN', 'config.*KEY', 'headers.authorization'], censor: '[redacted]' },
  });
  const app = await createApp(config, { logger });
  const stops: Array<() => Promise<void>> = [];
  if (config.TELEGRAM_BOT_TOKEN) {
    const { startTelegram } = await import('./telegram/start-telegram.js');
    stops.push((await startTelegram({ config, service: app.service, logger })).stop);
    logger.info('telegram adapter started');
  }
  if (config.DISCORD_TOKEN) {
    const { startDiscord } = await import('./discord/start-discord.js');
    stops.push((await startDiscord({ config, service: app.service, logger })).stop);
    logger.info('discord adapter started');
  }
  if (process.argv.includes('--watch')) {
    stops.push(watchKnowledge({ dir: config.KNOWLEDGE_DIR, reload: () => app.core.reload(), logger }));
  }
  await new Promise<void>((resolve) => {
    const shutdown = () => resolve();
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });
  logger.info('shutting down');
  await Promise.allSettled(stops.map((stop) => stop()));
  app.close();
  return 0;
}

start().then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = error instanceof ConfigError ? error.message : error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    process.stderr.write(`${message}\n`);
    process.exit(1);
  },
);
