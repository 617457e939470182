import { Composer } from 'grammy';
import type { BotContext } from '../bot-context.js';
import { decodeCallback } from '../callback-data.js';
import type { FeatureDeps } from './feature-deps.js';

/** 👍 / 👎 under an answer: one vote per user per answer, acknowledged in the presser's language. */
export function createFeedbackFeature(deps: FeatureDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  feature.on('callback_query:data', async (ctx, next) => {
    const action = decodeCallback(ctx.callbackQuery.data);
    if (action?.kind !== 'feedback') return next();
    const outcome = await deps.service.recordFeedback({ answerId: action.answerId, user: String(ctx.from.id), vote: action.vote });
    await ctx.answerCallbackQuery({ text: outcome.ok ? ctx.ui.t.thanks : ctx.ui.t.feedbackFailed });
  });
  return feature;
}
