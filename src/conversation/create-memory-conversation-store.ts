import type { ConversationState, ConversationStore } from '../contract/conversation.js';

export interface MemoryConversationStoreOptions {
  /** Conversations kept at most; the least recently used go first, so memory stays bounded whatever the askers. */
  maxConversations?: number;
  /** Answer ids remembered for reply chains, at most. */
  maxAnswers?: number;
}

/** Conversations in a Map, least recently used first out: tests, evaluations, and a bot without a store. */
export function createMemoryConversationStore(options: MemoryConversationStoreOptions = {}): ConversationStore & { size(): number } {
  const maxConversations = options.maxConversations ?? 10_000;
  const maxAnswers = options.maxAnswers ?? 50_000;
  const states = new Map<string, ConversationState>();
  const answers = new Map<string, string>();
  const clone = (s: ConversationState): ConversationState => structuredClone(s);
  const trim = <K, V>(map: Map<K, V>, max: number) => {
    while (map.size > max) map.delete(map.keys().next().value as K);
  };
  return {
    async load(key) {
      const state = states.get(key);
      if (!state) return undefined;
      states.delete(key);
      states.set(key, state);
      return clone(state);
    },
    async save(key, state, answerId) {
      states.delete(key);
      states.set(key, clone(state));
      answers.set(answerId, key);
      trim(states, maxConversations);
      trim(answers, maxAnswers);
    },
    async delete(key) {
      states.delete(key);
    },
    async findByAnswer(answerId) {
      const key = answers.get(answerId);
      const state = key ? states.get(key) : undefined;
      return state ? clone(state) : undefined;
    },
    size: () => states.size,
  };
}
