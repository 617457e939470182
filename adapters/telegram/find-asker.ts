import type { Message } from 'grammy/types';
import type { BotContext } from './bot-context.js';
import type { ConversationKey } from '../../src/index.js';

/** A forum topic's id: its messages are a conversation of their own. Reply threads of plain groups are not topics. */
export function topicOf(msg: Pick<Message, 'is_topic_message' | 'message_thread_id'> | undefined): string | undefined {
  return msg?.is_topic_message && msg.message_thread_id !== undefined ? String(msg.message_thread_id) : undefined;
}

/** Who is talking where, keyed as the core keys conversations: chat, forum topic, user. */
export function findAsker(ctx: BotContext): ConversationKey | undefined {
  if (!ctx.chat || !ctx.from) return undefined;
  const thread = topicOf(ctx.msg);
  return { platform: 'telegram', chat: String(ctx.chat.id), user: String(ctx.from.id), ...(thread ? { thread } : {}) };
}
