import { run } from '@grammyjs/runner';
import type { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from 'pino';
import { setBotCommands } from './bot-commands.js';
import { createTelegramBot, type CreateTelegramBotDeps } from './create-telegram-bot.js';
import { startWebhook } from './start-webhook.js';
import { TelegramStartError } from './telegram-start-error.js';
import type { BotService, Config } from '../../src/index.js';

export interface StartTelegramDeps {
  config: Config;
  service: BotService;
  logger: Logger;
  /** Extra bot options (tests: botInfo, retry limits). */
  bot?: Partial<Pick<CreateTelegramBotDeps, 'botInfo' | 'retry' | 'floodLimit' | 'dialogueTtlMs'>>;
  /** Webhook listen address; default all interfaces. */
  webhookHost?: string;
}

export interface TelegramHandle {
  bot: Bot;
  mode: 'polling' | 'webhook';
  /** Webhook mode: the port actually listened on. */
  port?: number;
  stop(): Promise<void>;
}

const ALLOWED_UPDATES: ReadonlyArray<Exclude<keyof Update, 'update_id'>> = ['message', 'callback_query'];

/** Starts the Telegram adapter: long polling with @grammyjs/runner, or a webhook server when TELEGRAM_WEBHOOK_URL is set. */
export async function startTelegram(deps: StartTelegramDeps): Promise<TelegramHandle> {
  const { config, service } = deps;
  const logger = deps.logger.child({ adapter: 'telegram' });
  if (!config.TELEGRAM_BOT_TOKEN) throw new TelegramStartError('TELEGRAM_BOT_TOKEN is not set');
  const bot = createTelegramBot({
    token: config.TELEGRAM_BOT_TOKEN,
    apiRoot: config.TELEGRAM_API_ROOT,
    service,
    logger,
    managers: config.MANAGER_USERNAMES,
    handoverChatId: config.HANDOVER_CHAT_ID,
    adminIds: config.TELEGRAM_ADMIN_IDS,
    ...deps.bot,
  });
  try {
    await bot.init();
  } catch (error) {
    throw new TelegramStartError('could not reach the Telegram Bot API (getMe failed)', { cause: error });
  }
  try {
    await setBotCommands(bot.api);
  } catch (error) {
    // The menu is a convenience; the bot answers without it.
    logger.warn({ err: error }, 'setMyCommands failed');
  }

  if (config.TELEGRAM_WEBHOOK_URL) {
    const webhook = await startWebhook({
      bot,
      url: config.TELEGRAM_WEBHOOK_URL,
      // configSchema requires the secret whenever the URL is set.
      secret: config.TELEGRAM_WEBHOOK_SECRET!,
      port: config.TELEGRAM_WEBHOOK_PORT,
      host: deps.webhookHost,
      logger,
      allowedUpdates: ALLOWED_UPDATES,
    });
    return { bot, mode: 'webhook', port: webhook.port, stop: webhook.stop };
  }

  // A webhook left over from another deployment would make getUpdates fail with 409.
  await bot.api.deleteWebhook();
  const runner = run(bot, {
    runner: { fetch: { allowed_updates: ALLOWED_UPDATES } },
  });
  logger.info({ username: bot.botInfo.username }, 'telegram long polling started');
  return {
    bot,
    mode: 'polling',
    async stop() {
      // Waits for updates in flight, so a seller does not lose an answer being sent.
      if (runner.isRunning()) await runner.stop();
    },
  };
}
