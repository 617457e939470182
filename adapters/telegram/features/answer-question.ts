import type { InlineKeyboardMarkup } from 'grammy/types';
import type { BotContext } from '../bot-context.js';
import { encodeCallback, type CallbackAction } from '../callback-data.js';
import { topicOf } from '../find-asker.js';
import { findRepliedAnswer } from '../find-replied-answer.js';
import { formatAnswerHtml } from '../format-answer.js';
import { uiText } from '../ui-text.js';
import type { FeatureDeps } from './feature-deps.js';
import { isAnswerRoute, type AnswerResult } from '../../../src/index.js';

function keyboardFor(result: AnswerResult, deps: FeatureDeps): InlineKeyboardMarkup | undefined {
  const button = (text: string, action: CallbackAction) => {
    const data = encodeCallback(action);
    return data ? { text, callback_data: data } : null;
  };
  if (result.abstained) {
    const ask = button(uiText(result.lang).askManager, { kind: 'handover', answerId: result.id });
    return ask ? { inline_keyboard: [[ask]] } : undefined;
  }
  if (!isAnswerRoute(result.route)) return undefined;
  const up = button('👍', { kind: 'feedback', vote: 'up', answerId: result.id });
  const down = button('👎', { kind: 'feedback', vote: 'down', answerId: result.id });
  if (!up || !down) {
    deps.logger.warn({ answerId: result.id }, 'answer id too long for callback data; no feedback buttons');
    return undefined;
  }
  return { inline_keyboard: [[up, down]] };
}

/**
 * Asks the core and replies in the thread. `direct`: someone asked the bot. `auto`: nobody did; the service returns
 * an answer only when it stands behind it, and records nothing otherwise. The facts the core needs to find the
 * conversation go with the text: the forum topic, and the answer the message replies to.
 */
export async function answerQuestion(deps: FeatureDeps, ctx: BotContext, question: string, mode: 'direct' | 'auto'): Promise<void> {
  const chat = String(ctx.chat!.id);
  const user = ctx.from ? String(ctx.from.id) : undefined;
  // In a group the asker's own last language beats the chat's: two sellers may talk to the bot in two languages.
  const asker = user ? `${chat}:${user}` : undefined;
  const thread = topicOf(ctx.msg);
  const replyTo = findRepliedAnswer(ctx.msg, ctx.me.id);
  const request = {
    text: question,
    user,
    chat,
    platform: 'telegram' as const,
    chatLang: (asker ? deps.chatLangs.get(asker) : undefined) ?? deps.chatLangs.get(chat) ?? ctx.ui.lang,
    ...(thread ? { thread } : {}),
    ...(replyTo ? { replyTo } : {}),
  };
  const result = mode === 'auto' ? await deps.service.autoAnswer(request) : await deps.service.answer(request);
  // The core returns an empty text for every rate-limited message after the first refusal.
  if (!result || !result.text.trim()) return;
  if (result.route !== 'invalid' && result.route !== 'rate-limited') {
    deps.chatLangs.set(chat, result.lang);
    if (asker) deps.chatLangs.set(asker, result.lang);
  }
  await deps.send(ctx, formatAnswerHtml(result), { replyTo: ctx.msg?.message_id, keyboard: keyboardFor(result, deps) });
}
