import type { ConversationKey } from '../contract/conversation.js';

/** One string per asker and place; the thread is part of it, so a forum topic does not continue the main chat. */
export function formatConversationKey(key: ConversationKey): string {
  return [key.platform, key.chat, key.thread ?? '', key.user].map((p) => p.replace(/\|/g, '')).join('|');
}
