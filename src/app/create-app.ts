import type { Logger } from 'pino';
import type { Config } from '../config.js';
import { createStore, type Store } from '../store/index.js';
import type { AnswerFn } from '../contract/types.js';
import type { BotService } from '../contract/bot-service.js';
import { createBotService } from './create-bot-service.js';
import { createCore, type Core } from './create-core.js';
import { createConcurrencyGate, createRateLimiter } from '../limits/rate-limiter.js';

/** How many times `MAX_CONCURRENT_ANSWERS` may wait for a slot before askers are told the bot is busy. */
const BUSY_QUEUE_FACTOR = 16;

export interface App {
  core: Core;
  service: BotService;
  store: Store | undefined;
  close(): void;
}

/** Builds the real core, store and service from the parsed config: the one place real instances are made. */
export async function createApp(config: Config, options: { logger?: Logger; rebuildIndex?: boolean; store?: boolean } = {}): Promise<App> {
  const limiter = createRateLimiter({
    perUser: { limit: config.RATE_USER_PER_MINUTE, windowMs: 60_000 },
    perChat: { limit: config.RATE_CHAT_PER_MINUTE, windowMs: 60_000 },
  });
  // LangChain and the providers take seconds to import: they are loaded only when a model or embeddings are configured.
  const llm = config.LLM_PROVIDER || config.EMBEDDINGS_PROVIDER ? await import('../llm/index.js') : undefined;
  // A configured embeddings provider replaces the offline hashed vectors; the index rebuilds when it changes.
  const embeddings = llm ? await llm.createEmbeddings(config) : undefined;
  const store = (options.store ?? config.STORE_ENABLED) ? createStore({ path: config.DB_PATH, salt: config.USER_HASH_SALT }) : undefined;
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
      ...(store ? { conversations: store.conversations } : {}),
      ...(wrapAnswer ? { wrapAnswer } : {}),
    },
  );
  const service = createBotService({
    core,
    store,
    logger: options.logger,
    autoAnswerThreshold: Math.max(config.CONFIDENCE_THRESHOLD, config.AUTO_ANSWER_THRESHOLD),
    // Answers take milliseconds: a burst of private questions is queued (worst wait ≈ a second), not refused.
    gate: createConcurrencyGate(config.MAX_CONCURRENT_ANSWERS, { maxQueue: config.MAX_CONCURRENT_ANSWERS * BUSY_QUEUE_FACTOR }),
  });
  return { core, service, store, close: () => store?.close() };
}
