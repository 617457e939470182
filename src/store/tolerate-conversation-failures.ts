import type { ConversationStore } from '../contract/conversation.js';

/**
 * Conversations are a comfort, the answer is the point: while the store is out of reach a question is answered as a
 * first turn (nothing loaded) and the turn is not kept, each failure reported once to `onError`.
 */
export function tolerateConversationFailures(store: ConversationStore, onError: (error: unknown, what: string) => void): ConversationStore {
  const tolerate = async <T>(what: string, fn: () => Promise<T>, fallback: T): Promise<T> => {
    try {
      return await fn();
    } catch (error) {
      onError(error, what);
      return fallback;
    }
  };
  return {
    load: (key) => tolerate('load', () => store.load(key), undefined),
    save: (key, state, answerId) => tolerate('save', () => store.save(key, state, answerId), undefined),
    // A /reset that did not happen must say so: the error reaches the caller.
    delete: (key) => store.delete(key),
    findByAnswer: (answerId) => tolerate('findByAnswer', () => store.findByAnswer(answerId), undefined),
  };
}
