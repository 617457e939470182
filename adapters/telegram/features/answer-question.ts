import type { InlineKeyboardMarkup } from 'grammy/types';
import type { BotContext } from '../bot-context.js';
import { encodeCallback, type CallbackAction } from '../callback-data.js';
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
 * an answer only when it stands behind it, and records nothing otherwise.
 */
export async function answerQuestion(deps: FeatureDeps, ctx: BotContext, question: string, mode: 'direct' | 'auto'): Promise<void> {
  const chat = String(ctx.chat!.id);
  const request = {
    text: question,
    user: ctx.from ? String(ctx.from.id) : undefined,
    chat,
    platform: 'telegram' as const,
    chatLang: deps.chatLangs.get(chat) ?? ctx.ui.lang,
  };
  const result = mode === 'auto' ? await deps.service.autoAnswer(request) : await deps.service.answer(request);
  // The core returns an empty text for every rate-limited message after the first refusal.
  if (!result || !result.text.trim()) return;
  if (result.route !== 'invalid' && result.route !== 'rate-limited') deps.chatLangs.set(chat, result.lang);
  await deps.send(ctx, formatAnswerHtml(result), { replyTo: ctx.msg?.message_id, keyboard: keyboardFor(result, deps) });
}
