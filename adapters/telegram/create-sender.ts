import type { InlineKeyboardMarkup, Message } from 'grammy/types';
import type { Logger } from 'pino';
import type { BotContext } from './bot-context.js';
import { classifyApiError, describeApiError } from './classify-api-error.js';
import type { LogIds } from './create-log-ids.js';
import { splitHtml } from './split-html.js';
import type { Redact, ReplyOutbox } from '../../src/index.js';

export interface SendOptions {
  replyTo?: number;
  keyboard?: InlineKeyboardMarkup;
  /** Another chat than the update's (the handover chat). */
  chatId?: number | string;
}

/**
 * `sent`: every part reached Telegram. `queued`: Telegram did not take part of it for now (5xx past the retries,
 * a 429 longer than auto-retry waits, no network); the rest waits in the outbox and is retried for a while.
 */
export type SendOutcome = { status: 'sent'; messages: Message.TextMessage[] } | { status: 'queued'; messages: Message.TextMessage[] };

/** One sendMessage call, exactly as the outbox replays it (the parse-mode transformer adds `parse_mode`). */
export interface QueuedMessage {
  chat_id: number | string;
  text: string;
  message_thread_id?: number;
  link_preview_options: { is_disabled: true };
  reply_parameters?: { message_id: number; allow_sending_without_reply: true };
  reply_markup?: InlineKeyboardMarkup;
}

export interface QueuedReply {
  messages: QueuedMessage[];
}

export type Sender = (ctx: BotContext, html: string, options?: SendOptions) => Promise<SendOutcome>;

export interface SenderDeps {
  outbox: ReplyOutbox;
  logger: Logger;
  logIds: LogIds;
  redact: Redact;
  /** First retry of a queued reply after this long, unless Telegram asked for longer. */
  firstRetryMs: number;
  /** A queued reply is given up (and counted undelivered) after this long. */
  keepForMs: number;
}

/**
 * Sends escaped HTML, split under Telegram's 4096-character limit: the reply reference on the first part, the
 * buttons on the last. A part Telegram refuses for now goes to the outbox with the parts after it, in order; a part
 * it refuses for good (400, 403) throws to the error boundary.
 */
export function createSender(deps: SenderDeps): Sender {
  const { outbox, logger, logIds } = deps;
  return async (ctx, html, options = {}) => {
    const chatId = options.chatId ?? ctx.chat!.id;
    const sameChat = options.chatId === undefined;
    const thread = sameChat && ctx.msg?.is_topic_message ? { message_thread_id: ctx.msg.message_thread_id } : {};
    const chunks = splitHtml(html);
    const messages: QueuedMessage[] = chunks.map((text, i) => ({
      chat_id: chatId,
      text,
      ...thread,
      link_preview_options: { is_disabled: true },
      ...(i === 0 && options.replyTo !== undefined
        ? { reply_parameters: { message_id: options.replyTo, allow_sending_without_reply: true } }
        : {}),
      ...(i === chunks.length - 1 && options.keyboard ? { reply_markup: options.keyboard } : {}),
    }));
    const sent: Message.TextMessage[] = [];
    for (const [i, message] of messages.entries()) {
      try {
        sent.push(await ctx.api.raw.sendMessage(message));
      } catch (error) {
        const failure = classifyApiError(error);
        if (failure.kind !== 'later') throw error;
        const described = describeApiError(error);
        const reason = deps.redact(`${described.name}: ${described.message}`);
        const reply: QueuedReply = { messages: messages.slice(i) };
        const id = await outbox.add({
          platform: 'telegram',
          chat: String(chatId),
          community: sameChat ? String(chatId) : undefined,
          payload: reply,
          retryInMs: Math.max(deps.firstRetryMs, failure.retryAfterMs ?? 0),
          keepForMs: deps.keepForMs,
          error: reason,
        });
        logger.warn({ chat: logIds.chat(chatId), outboxId: id, parts: reply.messages.length, err: described }, 'reply queued: the Bot API did not take it, retrying later');
        return { status: 'queued', messages: sent };
      }
    }
    return { status: 'sent', messages: sent };
  };
}
