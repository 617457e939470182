import { pino, type Logger } from 'pino';
import type { BotService } from '../../../src/contract/bot-service.js';
import { createTelegramBot, type CreateTelegramBotDeps } from '../../../adapters/telegram/create-telegram-bot.js';
import { BOT_INFO, type FakeBotApi } from './fake-bot-api.js';

export interface LogCapture {
  logger: Logger;
  lines: Array<Record<string, unknown>>;
}

export function captureLogs(): LogCapture {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino({ level: 'debug' }, { write: (s: string) => void lines.push(JSON.parse(s) as Record<string, unknown>) });
  return { logger, lines };
}

/** A real grammY bot with the adapter's handlers, talking to the loopback Bot API. */
export function buildBot(
  api: FakeBotApi,
  service: BotService,
  logger: Logger,
  extra: Partial<CreateTelegramBotDeps> = {},
): ReturnType<typeof createTelegramBot> {
  return createTelegramBot({
    token: '123:test',
    botInfo: BOT_INFO,
    apiRoot: api.apiRoot,
    service,
    logger,
    managers: ['manager_one', '@Manager_Two'],
    retry: { maxRetryAttempts: 2, maxDelaySeconds: 2 },
    ...extra,
  });
}
