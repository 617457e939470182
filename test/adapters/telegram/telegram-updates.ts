// Builders for the Telegram updates the tests feed the bot, shaped like the Bot API sends them.
import type { Message, MessageEntity, Update, User } from 'grammy/types';
import { BOT_INFO } from './fake-bot-api.js';

let nextUpdateId = 1;
let nextMessageId = 1;

export const GROUP_ID = -1001234567890;

export function user(id: number, languageCode = 'en', username?: string): User {
  return { id, is_bot: false, first_name: `Seller${id}`, language_code: languageCode, ...(username ? { username } : {}) };
}

export const BOT_USER: User = { id: BOT_INFO.id, is_bot: true, first_name: BOT_INFO.first_name, username: BOT_INFO.username };

interface TextOptions {
  chatId?: number;
  entities?: MessageEntity[];
  replyTo?: Message;
  /** A forum topic: the message is a topic message, and without `replyTo` it "replies" to the topic's first message. */
  topic?: number;
}

/** The service message that opens a forum topic (its id is the topic's `message_thread_id`). */
export function topicStart(chatId: number, topic: number, from: User): Message {
  return {
    message_id: topic,
    date: Math.floor(Date.now() / 1000),
    chat: { id: chatId, type: 'supergroup', title: 'Sellers', is_forum: true },
    from,
    message_thread_id: topic,
    forum_topic_created: { name: 'Fees', icon_color: 0x6fb9f0 },
  } as Message;
}

/** A text message; a leading /command gets its bot_command entity like Telegram adds it. */
export function textMessage(from: User, text: string, opts: TextOptions = {}): Message.TextMessage {
  const chatId = opts.chatId ?? from.id;
  const command = /^\/[a-z_]+(@\w+)?/i.exec(text);
  const entities = [...(command ? [{ type: 'bot_command' as const, offset: 0, length: command[0].length }] : []), ...(opts.entities ?? [])];
  return {
    message_id: nextMessageId++,
    date: Math.floor(Date.now() / 1000),
    chat: chatId < 0 ? { id: chatId, type: 'supergroup', title: 'Sellers' } : { id: chatId, type: 'private', first_name: from.first_name },
    from,
    text,
    ...(entities.length ? { entities } : {}),
    ...(opts.topic !== undefined ? { is_topic_message: true, message_thread_id: opts.topic } : {}),
    ...((opts.replyTo ?? (opts.topic !== undefined ? topicStart(chatId, opts.topic, from) : undefined))
      ? { reply_to_message: (opts.replyTo ?? topicStart(chatId, opts.topic!, from)) as Message.TextMessage & { reply_to_message: undefined } }
      : {}),
  } as Message.TextMessage;
}

export function messageUpdate(message: Message): Update {
  return { update_id: nextUpdateId++, message: message as NonNullable<Update['message']> };
}

/** A message from the bot, as a reply target or the message under a button. */
export function botMessage(chatId: number, text: string, messageId: number, replyTo?: Message): Message.TextMessage {
  return {
    message_id: messageId,
    date: Math.floor(Date.now() / 1000),
    chat: chatId < 0 ? { id: chatId, type: 'supergroup', title: 'Sellers' } : { id: chatId, type: 'private', first_name: 'x' },
    from: BOT_USER,
    text,
    ...(replyTo ? { reply_to_message: replyTo } : {}),
  } as Message.TextMessage;
}

export function callbackUpdate(from: User, data: string, message: Message): Update {
  return {
    update_id: nextUpdateId++,
    callback_query: { id: `cb${nextUpdateId}`, from, chat_instance: 'ci', data, message },
  };
}

/** A `mention` entity for `@username` inside `text`. */
export function mentionEntity(text: string, username: string): MessageEntity {
  const at = `@${username}`;
  return { type: 'mention', offset: text.indexOf(at), length: at.length };
}
