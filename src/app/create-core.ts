import { join } from 'node:path';
import type { Core, CoreState } from '../answer/core.js';
import { createAnswerer, type AnswererOptions } from '../answer/create-answerer.js';
import type { ConversationStore } from '../contract/conversation.js';
import type { RateLimiter } from '../contract/ports.js';
import { createConversationalAnswerer, type ConversationOptions } from '../conversation/create-conversational-answerer.js';
import { createDialogueStore } from '../conversation/create-dialogue-store.js';
import { createMemoryConversationStore } from '../conversation/create-memory-conversation-store.js';
import { createCatalog } from '../knowledge/create-catalog.js';
import { loadKnowledge } from '../knowledge/load-knowledge.js';
import type { KnowledgeProblem } from '../knowledge/types.js';
import { createRetriever, type CreateRetrieverDeps } from '../retrieval/create-retriever.js';
import { createToolRouter, describeRules, loadRules } from '../tools/index.js';
import type { AnswerFn } from '../contract/types.js';

export type { Core, CoreState, ReloadResult } from '../answer/core.js';

export interface CoreOptions extends AnswererOptions {
  knowledgeDir: string;
  indexDir: string;
  conversation?: ConversationOptions;
}

export interface CoreDeps {
  embeddings?: CreateRetrieverDeps['embeddings'];
  limiter?: RateLimiter;
  rebuildIndex?: boolean;
  /** Where conversations live (the SQLite store's table by default); in memory when absent. */
  conversations?: ConversationStore;
  /**
   * Wraps the single-turn answer under the conversation layer (the model mode: the agent answers, the deterministic
   * answer is its fallback), so follow-ups reach it rebuilt and with the earlier questions.
   */
  wrapAnswer?: (deterministic: AnswerFn, core: Pick<Core, 'current'>) => AnswerFn;
}

export class CoreStartError extends Error {
  override name = 'CoreStartError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

async function buildState(
  options: CoreOptions,
  deps: CoreDeps,
  rebuild: boolean,
  strict: boolean,
): Promise<CoreState | { problems: KnowledgeProblem[] }> {
  const rulesDir = join(options.knowledgeDir, 'rules');
  const rules = await loadRules(rulesDir);
  const { kb, problems } = await loadKnowledge(options.knowledgeDir, {
    describeRules: async () => describeRules(rules),
    cacheDir: options.indexDir,
  });
  // Checked before any index is touched, so a broken file leaves the saved index as it was.
  if (strict && problems.length > 0) return { problems };
  const retriever = await createRetriever({
    kb,
    indexDir: options.indexDir,
    embeddings: deps.embeddings,
    rebuildIndex: rebuild,
  });
  const catalog = createCatalog(kb);
  const answerer = createAnswerer({
    kb,
    retriever,
    catalog,
    toolRouter: createToolRouter({ rules }),
    options,
  });
  return { kb, catalog, rules, retriever, answer: answerer.answer, problems };
}

export const DEFAULT_CONVERSATION: ConversationOptions = { idleMs: 30 * 60_000, maxTurns: 6 };

export async function createCore(options: CoreOptions, deps: CoreDeps = {}): Promise<Core> {
  let state: CoreState;
  // One conversation layer over whichever state answers: a reload swaps the knowledge, not the conversations.
  const deterministic: AnswerFn = (req) => state.answer(req);
  const single = deps.wrapAnswer ? deps.wrapAnswer(deterministic, { current: () => state }) : deterministic;
  const conversations = deps.conversations ?? createMemoryConversationStore();
  const conversationOptions = options.conversation ?? DEFAULT_CONVERSATION;
  const conversational = createConversationalAnswerer({
    answer: single,
    store: conversations,
    rules: () => state.rules,
    limiter: deps.limiter,
    options: conversationOptions,
    threshold: options.threshold,
  });
  const dialogues = createDialogueStore(conversations, { idleMs: conversationOptions.idleMs });
  try {
    state = (await buildState(options, deps, deps.rebuildIndex ?? false, false)) as CoreState;
  } catch (error) {
    throw new CoreStartError(`could not start the core from ${options.knowledgeDir}`, { cause: error });
  }
  return {
    answer: conversational.answer,
    async reset(req) {
      const forgotten = await conversational.reset(req);
      if (forgotten) await dialogues.delete({ platform: req.platform!, chat: req.chat!, user: req.user!, ...(req.thread ? { thread: req.thread } : {}) });
      return forgotten;
    },
    dialogues,
    current: () => state,
    async reload() {
      let next: CoreState | { problems: KnowledgeProblem[] };
      try {
        next = await buildState(options, deps, false, true);
      } catch (error) {
        return { ok: false, problems: [], error: (error as Error).message };
      }
      if (!('answer' in next)) return { ok: false, problems: next.problems };
      state = next;
      return { ok: true, problems: [], articles: next.kb.articles.length, faq: next.kb.faq.length };
    },
  };
}
