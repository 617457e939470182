import { autoRetry, type AutoRetryOptions } from '@grammyjs/auto-retry';
import { parseMode } from '@grammyjs/parse-mode';
import { sequentialize } from '@grammyjs/runner';
import { Bot, type BotError } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { Logger } from 'pino';
import { attachUi, type BotContext } from './bot-context.js';
import { describeApiError } from './classify-api-error.js';
import { createFloodGuard, DEFAULT_FLOOD_LIMIT, type FloodLimit } from './create-flood-guard.js';
import { createLogIds } from './create-log-ids.js';
import { createSender } from './create-sender.js';
import { createTtlMap } from './create-ttl-map.js';
import { createUpdateGate, type UpdateGate } from './create-update-gate.js';
import { createAdminFeature } from './features/admin.js';
import { createAskFeature } from './features/ask.js';
import { createAutoAnswerFeature } from './features/auto-answer.js';
import type { FeatureDeps } from './features/feature-deps.js';
import { createFeedbackFeature } from './features/feedback.js';
import { createHandoverFeature } from './features/handover.js';
import { createResetFeature } from './features/reset.js';
import { createToolsFeature } from './features/tools.js';
import { createRedactor, createStore, type BotService, type Lang, type RateLimiter, type Redact, type ReplyOutbox, type UpdateJournal } from '../../src/index.js';

export type { FloodLimit } from './create-flood-guard.js';

export interface CreateTelegramBotDeps {
  token: string;
  /** Known bot identity: skips getMe (tests, faster restarts). */
  botInfo?: UserFromGetMe;
  /** Another Bot API server (self-hosted telegram-bot-api, or a loopback one in tests). */
  apiRoot?: string;
  service: BotService;
  logger: Logger;
  /** Telegram usernames (with or without @) mentioned when a seller asks for a human. */
  managers: string[];
  /** Chat that receives a notice for every handover. */
  handoverChatId?: string;
  /** @grammyjs/auto-retry options: 429s wait `retry_after`, 5xx and network errors back off. */
  retry?: Partial<AutoRetryOptions>;
  /** Limits for the commands that do not pass through the core's own limiter. */
  floodLimit?: FloodLimit;
  /** Those limits counted in the shared store (several instances); this process's own when absent. */
  floodLimiter?: RateLimiter;
  /** Numeric Telegram user ids of the bot's own admins (community managers): /stats, /gaps, /reload anywhere. */
  adminIds?: string[];
  /**
   * Where accepted updates and refused replies are kept (the store's `updates` and `outbox`). Without them an
   * in-memory store is used: the same rules within the process, nothing survives a restart.
   */
  delivery?: { journal: UpdateJournal; outbox: ReplyOutbox };
  /** The store's salt, so logged id hashes match the stored ones; random otherwise. */
  idSalt?: string;
  /** Removes the configured secrets from errors kept in the outbox. */
  redact?: Redact;
  /** A reply Telegram refused for now is retried first after this long, and given up after `keepForMs`. */
  outbox?: { firstRetryMs?: number; keepForMs?: number };
}

export interface TelegramBot {
  bot: Bot<BotContext>;
  gate: UpdateGate;
  journal: UpdateJournal;
  outbox: ReplyOutbox;
}

const USERNAME_RE = /^[A-Za-z0-9_]{4,32}$/;

/** Minutes, as the README says: long enough to ride out a Bot API outage, short enough that the answer still helps. */
export const OUTBOX_KEEP_MS = 10 * 60_000;
export const OUTBOX_FIRST_RETRY_MS = 5_000;

function inMemoryDelivery(): { journal: UpdateJournal; outbox: ReplyOutbox } {
  const store = createStore({ path: ':memory:', salt: `memory-${Math.random()}` });
  return { journal: store.updates, outbox: store.outbox };
}

/**
 * The Telegram bot: grammY composers per feature over a context that carries the asker's language and texts.
 * Order: the update is kept in the journal, chats are queued one update at a time, the update is claimed (a copy
 * already answered is dropped), then one error boundary around every feature.
 */
export function createTelegramBotWithDelivery(deps: CreateTelegramBotDeps): TelegramBot {
  const { service, logger } = deps;
  const bot = new Bot<BotContext>(deps.token, {
    ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
    ...(deps.apiRoot ? { client: { apiRoot: deps.apiRoot } } : {}),
  });
  bot.api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60, ...deps.retry }));
  // Every text the adapter sends is escaped HTML.
  bot.api.config.use(parseMode('HTML'));

  const { journal, outbox } = deps.delivery ?? inMemoryDelivery();
  const gate = createUpdateGate(journal, (updateId, error) =>
    logger.error({ err: error, updateId }, 'could not mark the update answered; after its lease a sibling may answer it again'),
  );
  const logIds = createLogIds(deps.idSalt);
  const send = createSender({
    outbox,
    logger,
    logIds,
    redact: deps.redact ?? createRedactor([deps.token]),
    firstRetryMs: deps.outbox?.firstRetryMs ?? OUTBOX_FIRST_RETRY_MS,
    keepForMs: deps.outbox?.keepForMs ?? OUTBOX_KEEP_MS,
  });
  const features: FeatureDeps = {
    service,
    logger,
    logIds,
    send,
    passFlood: createFloodGuard(deps.floodLimit ?? DEFAULT_FLOOD_LIMIT, send, deps.floodLimiter),
    chatLangs: createTtlMap<Lang>(24 * 3600_000, 50_000),
  };
  const managers = deps.managers.map((m) => m.replace(/^@/, '').trim()).filter((m) => USERNAME_RE.test(m));

  const logFailure = (err: BotError<BotContext>) => {
    logger.error(
      { err: describeApiError(err.error), updateId: err.ctx.update.update_id, chat: logIds.chat(err.ctx.chat?.id) },
      'telegram update failed',
    );
  };
  // Failures outside the boundary (the journal itself) reach whoever called handleUpdate: the runner logs them here,
  // a webhook answers 500 so that Telegram redelivers.
  bot.catch(logFailure);

  bot.use(gate.accept);
  bot.use(sequentialize((ctx) => ctx.chat?.id.toString()));
  bot.use(gate.claim);
  // Other bots (and channel posts echoed into discussion groups) are not sellers; anonymous admins are.
  bot.use((ctx, next) => {
    const msg = ctx.message;
    if (msg?.is_automatic_forward) return;
    if (ctx.from?.is_bot && !msg?.sender_chat) return;
    return next();
  });

  const safe = bot.errorBoundary(logFailure);
  safe.use(attachUi);
  safe.use(createToolsFeature(features));
  safe.use(createAdminFeature({ ...features, adminIds: deps.adminIds ?? [] }));
  safe.use(createAutoAnswerFeature(features));
  safe.use(createFeedbackFeature(features));
  safe.use(createHandoverFeature({ ...features, managers, handoverChatId: deps.handoverChatId }));
  safe.use(createResetFeature(features));
  safe.use(createAskFeature(features));
  // A button this version does not know (an old message): stop the client's spinner.
  safe.on('callback_query', (ctx) => ctx.answerCallbackQuery());

  return { bot, gate, journal, outbox };
}

/** The bot alone, for callers that feed it updates themselves (tests, benchmarks). */
export function createTelegramBot(deps: CreateTelegramBotDeps): Bot<BotContext> {
  return createTelegramBotWithDelivery(deps).bot;
}
