import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { openStore, type Store } from '../store/index.js';
import { tolerateConversationFailures } from '../store/tolerate-conversation-failures.js';
import { createSharedRateLimiter } from '../limits/create-shared-rate-limiter.js';
import type { AnswerFn } from '../contract/types.js';
import type { BotService } from '../contract/bot-service.js';
import { createBotService } from './create-bot-service.js';
import { createCore, type Core } from './create-core.js';
import { createConcurrencyGate, createRateLimiter } from '../limits/rate-limiter.js';
import { createExchangeRecorder } from '../store/create-exchange-recorder.js';

/** How many times `MAX_CONCURRENT_ANSWERS` may wait for a slot before askers are told the bot is busy. */
const BUSY_QUEUE_FACTOR = 16;

export interface App {
  core: Core;
  service: BotService;
  store: Store | undefined;
  /** Waits (briefly) for exchanges still being retried, then closes the store. */
  close(): Promise<void>;
}

/** Builds the real core, store and service from the parsed config: the one place real instances are made. */
export async function createApp(config: Config, options: { logger?: Logger; rebuildIndex?: boolean; store?: boolean } = {}): Promise<App> {
  const perUser = { limit: config.RATE_USER_PER_MINUTE, windowMs: 60_000 };
  const perChat = { limit: config.RATE_CHAT_PER_MINUTE, windowMs: 60_000 };
  const ownLimiter = createRateLimiter({ perUser, perChat });
  // LangChain and the providers take seconds to import: they are loaded only when a model or embeddings are configured.
  const llm = config.LLM_PROVIDER || config.EMBEDDINGS_PROVIDER ? await import('../llm/index.js') : undefined;
  // A configured embeddings provider replaces the offline hashed vectors; the index rebuilds when it changes.
  const embeddings = llm ? await llm.createEmbeddings(config) : undefined;
  // DATABASE_URL switches to PostgreSQL (several instances share it); otherwise the SQLite file. A server out of
  // reach fails here, at the start, with a message naming where it was looked for.
  const store =
    (options.store ?? config.STORE_ENABLED)
      ? await openStore({
          databaseUrl: config.DATABASE_URL,
          path: config.DB_PATH,
          salt: config.USER_HASH_SALT,
          poolMax: config.DATABASE_POOL_MAX,
          claimLeaseMs: config.TELEGRAM_CLAIM_LEASE_SECONDS * 1000,
          onPoolError: (error) => options.logger?.warn({ err: error }, 'database connection dropped'),
        })
      : undefined;
  const storeTrouble = (what: string) => (error: unknown) => options.logger?.warn({ err: error }, `store unavailable: ${what}`);
  // Limits and model budgets exact across instances when they share PostgreSQL; a single process (SQLite) keeps
  // them in memory, where they already are exact. This process's own limits decide while the database is out.
  const shared = store?.kind === 'postgres' ? store : undefined;
  const limiter = shared
    ? createSharedRateLimiter({ windows: shared.windows, perUser, perChat, fallback: ownLimiter, onStoreError: storeTrouble('rate limits decided by this instance') })
    : ownLimiter;
  const chatModel = llm ? llm.createChatModel(config) : null;
  // With a model, the agent answers over the same retrieval and tools and falls back to the deterministic answer on
  // any doubt; it sits under the conversation layer, so a follow-up reaches it rebuilt and with the earlier
  // questions. Without a model nothing changes.
  const wrapAnswer =
    llm && chatModel
      ? (fallback: AnswerFn, current: Pick<Core, 'current'>) =>
          llm.createAgentAnswerer({
            model: chatModel,
            core: current,
            fallback,
            options: {
              timeoutMs: config.LLM_TIMEOUT_MS,
              maxToolCalls: config.LLM_MAX_TOOL_CALLS,
              budgetPerChatHour: config.LLM_BUDGET_PER_CHAT_HOUR,
              budgetGlobalHour: config.LLM_BUDGET_GLOBAL_HOUR,
              maxChars: config.MAX_QUESTION_CHARS,
            },
            log: (event, details) => options.logger?.info(details, event),
            ...(shared
              ? {
                  budget: llm.createSharedRequestBudget({
                    windows: shared.windows,
                    perChat: config.LLM_BUDGET_PER_CHAT_HOUR,
                    global: config.LLM_BUDGET_GLOBAL_HOUR,
                    onStoreError: storeTrouble('model budget, answering offline'),
                  }),
                }
              : {}),
          })
      : undefined;
  const core = await createCore(
    {
      knowledgeDir: config.KNOWLEDGE_DIR,
      indexDir: config.INDEX_DIR,
      threshold: config.CONFIDENCE_THRESHOLD,
      maxChars: config.MAX_QUESTION_CHARS,
      staleAfterDays: config.STALE_AFTER_DAYS,
      conversation: { idleMs: config.CONVERSATION_IDLE_MINUTES * 60_000, maxTurns: config.CONVERSATION_MAX_TURNS },
    },
    {
      limiter,
      rebuildIndex: options.rebuildIndex,
      embeddings,
      ...(store ? { conversations: tolerateConversationFailures(store.conversations, (error, what) => storeTrouble(`conversation ${what}`)(error)) } : {}),
      ...(wrapAnswer ? { wrapAnswer } : {}),
    },
  );
  const recorder = store
    ? createExchangeRecorder({
        store,
        onRetry: (error, attempt) => options.logger?.warn({ err: error, attempt }, 'could not record the exchange; retrying'),
        onLost: (error) => options.logger?.error({ err: error }, 'exchange not recorded: lost'),
      })
    : undefined;
  const service = createBotService({
    core,
    store,
    ...(recorder ? { recorder } : {}),
    logger: options.logger,
    autoAnswerThreshold: Math.max(config.CONFIDENCE_THRESHOLD, config.AUTO_ANSWER_THRESHOLD),
    // Answers take milliseconds: a burst of private questions is queued (worst wait ≈ a second), not refused.
    gate: createConcurrencyGate(config.MAX_CONCURRENT_ANSWERS, { maxQueue: config.MAX_CONCURRENT_ANSWERS * BUSY_QUEUE_FACTOR }),
  });
  return {
    core,
    service,
    store,
    async close() {
      await recorder?.flush(2_000);
      await store?.close();
    },
  };
}
