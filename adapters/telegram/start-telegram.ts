import type { Update } from 'grammy/types';
import type { Logger } from 'pino';
import { setBotCommands } from './bot-commands.js';
import { classifyApiError } from './classify-api-error.js';
import { createOutboxWorker, type OutboxWorker } from './create-outbox-worker.js';
import { createTelegramBotWithDelivery, OUTBOX_FIRST_RETRY_MS, type CreateTelegramBotDeps, type TelegramBot } from './create-telegram-bot.js';
import { startPolling } from './start-polling.js';
import { startWebhook } from './start-webhook.js';
import { TelegramFatalError } from './telegram-fatal-error.js';
import { TelegramStartError } from './telegram-start-error.js';
import { claimPollingLease } from './claim-polling-lease.js';
import { DEFAULT_FLOOD_LIMIT } from './create-flood-guard.js';
import { collectSecrets, createRedactor, createSharedRateLimiter, type BotService, type Config, type HeldLease, type Store } from '../../src/index.js';

export interface StartTelegramDeps {
  config: Config;
  service: BotService;
  logger: Logger;
  /** The app's store: accepted updates and refused replies survive a restart there. In memory without it. */
  store?: Pick<Store, 'updates' | 'outbox'> & Partial<Pick<Store, 'kind' | 'windows' | 'leases'>>;
  /** Extra bot options (tests: botInfo, retry limits). */
  bot?: Partial<Pick<CreateTelegramBotDeps, 'botInfo' | 'retry' | 'floodLimit' | 'outbox'>>;
  /** Webhook listen address; default all interfaces. */
  webhookHost?: string;
  /** How long 409 Conflict may last before polling gives up (default 30 s). */
  conflictGraceMs?: number;
  /** Webhook mode: how often updates a crashed sibling held are looked for (default a minute). */
  recoverEveryMs?: number;
  /** Outbox worker options (tests: a short poll). */
  outboxPollMs?: number;
}

export interface TelegramHandle extends TelegramBot {
  mode: 'polling' | 'webhook';
  /** Webhook mode: the port actually listened on. */
  port?: number;
  outboxWorker: OutboxWorker;
  /** Settles when the adapter cannot go on (401, 409 past its grace): the caller stops and exits with its code. */
  fatal: Promise<TelegramFatalError>;
  /**
   * Stops fetching (polling) or accepting (webhook), lets the updates being handled finish for up to `timeoutMs`,
   * and leaves the rest pending in the journal for the next start. Resolves true when nothing was cut off.
   */
  stop(timeoutMs?: number): Promise<boolean>;
}

const ALLOWED_UPDATES: ReadonlyArray<Exclude<keyof Update, 'update_id'>> = ['message', 'callback_query'];

/** Under the 10 s most supervisors (Docker, Kubernetes) wait between SIGTERM and SIGKILL. */
export const STOP_TIMEOUT_MS = 8_000;

const never = new Promise<never>(() => {});

/** Starts the Telegram adapter: long polling, or a webhook server when TELEGRAM_WEBHOOK_URL is set. */
export async function startTelegram(deps: StartTelegramDeps): Promise<TelegramHandle> {
  const { config, service } = deps;
  const logger = deps.logger.child({ adapter: 'telegram' });
  if (!config.TELEGRAM_BOT_TOKEN) throw new TelegramStartError('TELEGRAM_BOT_TOKEN is not set');
  const redact = createRedactor(collectSecrets(config));
  const telegram = createTelegramBotWithDelivery({
    token: config.TELEGRAM_BOT_TOKEN,
    apiRoot: config.TELEGRAM_API_ROOT,
    service,
    logger,
    managers: config.MANAGER_USERNAMES,
    handoverChatId: config.HANDOVER_CHAT_ID,
    adminIds: config.TELEGRAM_ADMIN_IDS,
    idSalt: config.USER_HASH_SALT,
    redact,
    ...(deps.store ? { delivery: { journal: deps.store.updates, outbox: deps.store.outbox } } : {}),
    // Instances sharing PostgreSQL count the command flood limits together.
    ...(deps.store?.kind === 'postgres' && deps.store.windows
      ? {
          floodLimiter: createSharedRateLimiter({
            windows: deps.store.windows,
            perUser: { limit: (deps.bot?.floodLimit ?? DEFAULT_FLOOD_LIMIT).perUser, windowMs: (deps.bot?.floodLimit ?? DEFAULT_FLOOD_LIMIT).windowMs },
            perChat: { limit: (deps.bot?.floodLimit ?? DEFAULT_FLOOD_LIMIT).perChat, windowMs: (deps.bot?.floodLimit ?? DEFAULT_FLOOD_LIMIT).windowMs },
          }),
        }
      : {}),
    ...deps.bot,
  });
  const { bot, gate, journal } = telegram;
  try {
    await bot.init();
  } catch (error) {
    if (classifyApiError(error).kind === 'unauthorized') throw new TelegramFatalError('unauthorized', { cause: error });
    throw new TelegramStartError('could not reach the Telegram Bot API (getMe failed)', { cause: error });
  }
  try {
    await setBotCommands(bot.api);
  } catch (error) {
    // The menu is a convenience; the bot answers without it.
    logger.warn({ err: error }, 'setMyCommands failed');
  }
  const outboxWorker = createOutboxWorker({
    api: bot.api,
    outbox: telegram.outbox,
    logger,
    redact,
    firstRetryMs: deps.bot?.outbox?.firstRetryMs ?? OUTBOX_FIRST_RETRY_MS,
    pollMs: deps.outboxPollMs,
  });
  outboxWorker.start();

  async function drain(timeoutMs: number): Promise<boolean> {
    gate.close();
    const idle = await gate.idle(timeoutMs);
    if (!idle) logger.warn({ inFlight: gate.inFlight, timeoutMs }, 'stopped with updates still in flight; they are answered after the restart');
    await outboxWorker.stop();
    return idle;
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
    // Several instances may share the store: only claims whose lease ran out (a crashed sibling) are taken over,
    // and pending updates only once they are that old (a sibling that accepted one a moment ago handles it in order).
    const leaseMs = config.TELEGRAM_CLAIM_LEASE_SECONDS * 1000;
    const recover = async () => {
      const { updates, abandoned } = await journal.recover({ takeOverClaims: false, pendingOlderThanMs: leaseMs });
      if (updates.length > 0 || abandoned > 0) logger.info({ recovered: updates.length, abandoned }, 'answering updates left unanswered');
      for (const update of updates) void bot.handleUpdate(update as Update).catch(() => undefined);
    };
    const sweepSafely = () => void recover().catch((error: unknown) => logger.warn({ err: error }, 'looking for unanswered updates failed; trying again later'));
    await recover();
    const sweep = setInterval(sweepSafely, deps.recoverEveryMs ?? config.TELEGRAM_RECOVER_EVERY_SECONDS * 1000);
    sweep.unref();
    return {
      ...telegram,
      mode: 'webhook',
      port: webhook.port,
      outboxWorker,
      fatal: never,
      async stop(timeoutMs = STOP_TIMEOUT_MS) {
        clearInterval(sweep);
        const closing = webhook.stop();
        const idle = await drain(timeoutMs);
        await Promise.race([closing, new Promise((r) => setTimeout(r, 100))]);
        return idle;
      },
    };
  }

  // Processes sharing a store agree on who polls before anyone calls getUpdates: two pollers would end each other's
  // requests with 409 until both gave up. One on this host that died (SIGKILL) is taken over at once.
  let lease: HeldLease | undefined;
  if (deps.store?.leases) {
    try {
      lease = await claimPollingLease({ leases: deps.store.leases, token: config.TELEGRAM_BOT_TOKEN, logger, waitMs: deps.conflictGraceMs ?? 30_000 });
    } catch (error) {
      await outboxWorker.stop();
      throw error;
    }
  }
  // A webhook left over from another deployment would make getUpdates fail with 409.
  await bot.api.deleteWebhook();
  const polling = startPolling({ bot, journal, logger, allowedUpdates: ALLOWED_UPDATES, conflictGraceMs: deps.conflictGraceMs });
  logger.info({ username: bot.botInfo.username }, 'telegram long polling started');
  const leaseLost = lease
    ? lease.lost.then(() => new TelegramFatalError('conflict', { detail: 'another instance took the polling lease over' }))
    : never;
  return {
    ...telegram,
    mode: 'polling',
    outboxWorker,
    fatal: Promise.race([polling.fatal, leaseLost]),
    async stop(timeoutMs = STOP_TIMEOUT_MS) {
      await polling.stop();
      const idle = await drain(timeoutMs);
      await lease?.release();
      return idle;
    },
  };
}
