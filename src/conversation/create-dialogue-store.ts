import type { ConversationKey, ConversationStore, ToolDialogue } from '../contract/conversation.js';
import { formatConversationKey } from './conversation-key.js';

/** Where an asker's tool dialogue is kept: the conversation store, under a key of its own beside the conversation. */
export interface DialogueStore {
  load(who: ConversationKey): Promise<ToolDialogue | undefined>;
  save(who: ConversationKey, dialogue: ToolDialogue): Promise<void>;
  delete(who: ConversationKey): Promise<void>;
}

export interface DialogueStoreOptions {
  /** A dialogue idle this long is forgotten, like a conversation. */
  idleMs: number;
  now?: () => number;
}

/**
 * A conversation key never has a fifth part (its parts lose their `|`), so the dialogue's key cannot meet one. The
 * store links the saved state to an "answer" id; the dialogue's own id stands in for it, so nobody can reply to it.
 */
export function createDialogueStore(store: ConversationStore, options: DialogueStoreOptions): DialogueStore {
  const now = options.now ?? (() => Date.now());
  const keyOf = (who: ConversationKey) => `${formatConversationKey(who)}|dialogue`;
  return {
    async load(who) {
      const state = await store.load(keyOf(who));
      if (!state?.dialogue || now() - state.updatedAt > options.idleMs) return undefined;
      return state.dialogue;
    },
    async save(who, dialogue) {
      await store.save(keyOf(who), { lang: dialogue.lang, turns: [], dialogue, updatedAt: now() }, `dialogue-${dialogue.id}`);
    },
    async delete(who) {
      await store.delete(keyOf(who));
    },
  };
}
