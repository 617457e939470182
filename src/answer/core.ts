import type { AnswerFn, AnswerRequest } from '../contract/types.js';
import type { DialogueStore } from '../conversation/create-dialogue-store.js';
import type { KnowledgeCatalog } from '../knowledge/create-catalog.js';
import type { KnowledgeBase, KnowledgeProblem } from '../knowledge/types.js';
import type { Retriever } from '../retrieval/create-retriever.js';
import type { Rules } from '../tools/index.js';

// What the wiring (src/app/create-core.ts) builds and the layers above the answerer use (the agent, the evaluation,
// the knowledge watcher): here, so that they need not import the wiring.

export interface CoreState {
  kb: KnowledgeBase;
  /** Unit ids, language twins and source references of `kb`: what the answerer and the agent both cite from. */
  catalog: KnowledgeCatalog;
  rules: Rules;
  retriever: Retriever;
  answer: AnswerFn;
  problems: KnowledgeProblem[];
}

export type ReloadResult =
  | { ok: true; problems: KnowledgeProblem[]; articles: number; faq: number }
  | { ok: false; problems: KnowledgeProblem[]; error?: string };

export interface Core {
  answer: AnswerFn;
  /** The state answering right now; replaced whole by `reload`. */
  current(): CoreState;
  /** Re-reads the knowledge, rebuilds the indexes and swaps them in; a broken file keeps the old state. */
  reload(): Promise<ReloadResult>;
  /** Forgets the asker's conversation in that place, and their tool dialogue there (`/reset`). */
  reset(req: AnswerRequest): Promise<boolean>;
  /** Each asker's tool dialogue (the /eligibility keyboard), in the conversation store. */
  dialogues: DialogueStore;
}
