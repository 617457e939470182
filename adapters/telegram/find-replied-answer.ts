import type { Message } from 'grammy/types';
import { decodeCallback } from './callback-data.js';

/**
 * The id of the bot's answer a message replies to, read from the buttons under it (👍/👎 or "ask a manager" carry
 * it): the core continues that answer's conversation, for whoever replies. Any other message of the bot (help, a
 * tool dialogue, a refusal) has no answer id, and a reply to it passes nothing.
 */
export function findRepliedAnswer(msg: Pick<Message, 'reply_to_message'> | undefined, botId: number): string | undefined {
  const replied = msg?.reply_to_message;
  if (!replied || replied.from?.id !== botId) return undefined;
  for (const button of replied.reply_markup?.inline_keyboard.flat() ?? []) {
    const action = 'callback_data' in button ? decodeCallback(button.callback_data) : null;
    if (action?.kind === 'feedback' || action?.kind === 'handover') return action.answerId;
  }
  return undefined;
}
