import { Composer } from 'grammy';
import type { BotContext } from '../bot-context.js';
import { decodeCallback, type CallbackAction } from '../callback-data.js';
import { buildEligibilityKeyboard, FIELD_BY_CODE, readEligibilityPress, type EligibilityField, type WarehousePage } from '../eligibility-keyboard.js';
import { escapeHtml } from '../escape-html.js';
import { findAsker } from '../find-asker.js';
import { splitHtml } from '../split-html.js';
import { pickToolLang } from '../ui-lang.js';
import { uiText, type UiText } from '../ui-text.js';
import type { FeatureDeps } from './feature-deps.js';
import type { EligibilityDialogueReply, EligibilityDialogueStep } from '../../../src/index.js';

type Asking = Extract<EligibilityDialogueReply, { status: 'asking' }>;

const questionHtml = (t: UiText, field: EligibilityField) => `<b>${escapeHtml(t.eligibilityTitle)}</b>\n\n${escapeHtml(t.eligibilityAsk[field])}`;

/**
 * The two tools: /margin in one message, /eligibility as a dialogue of buttons on one message. The dialogue lives in
 * the core (keyed like the asker's conversation, forgotten with it): the adapter turns presses into steps and shows
 * the question or the verdict the core returns.
 */
export function createToolsFeature(deps: FeatureDeps): Composer<BotContext> {
  const { service, send, passFlood } = deps;
  const feature = new Composer<BotContext>();
  const keyboardOf = (reply: Asking, page: WarehousePage = 'main') =>
    buildEligibilityKeyboard(reply.field, { facts: reply.facts, ticked: reply.ticked, page, choices: service.countryChoices() }, uiText(reply.lang));

  feature.command('margin', async (ctx) => {
    if (!(await passFlood(ctx))) return;
    const args = ctx.match.trim();
    if (!args) return void (await send(ctx, escapeHtml(ctx.ui.t.marginUsage), { replyTo: ctx.msg.message_id }));
    const reply = service.calculateMargin(args, pickToolLang(args, ctx.from?.language_code));
    await send(ctx, escapeHtml(reply.text), { replyTo: ctx.msg.message_id });
  });

  feature.command('eligibility', async (ctx) => {
    const who = findAsker(ctx);
    if (!who || !(await passFlood(ctx))) return;
    const reply = await service.eligibilityDialogue(who, { kind: 'start' }, ctx.ui.lang);
    if (reply.status === 'done') return void (await send(ctx, escapeHtml(reply.reply.text), { replyTo: ctx.msg.message_id }));
    if (reply.status !== 'asking') return;
    const outcome = await send(ctx, questionHtml(uiText(reply.lang), reply.field), { replyTo: ctx.msg.message_id, keyboard: keyboardOf(reply) });
    // A question Telegram did not take yet (queued) has no message: its presses will be refused as expired.
    const shown = outcome.messages[0]?.message_id;
    if (shown !== undefined) await service.eligibilityDialogue(who, { kind: 'shown', message: String(shown) }, reply.lang);
  });

  async function onPress(ctx: BotContext, action: Extract<CallbackAction, { kind: 'eligibility' }>): Promise<void> {
    const msg = ctx.callbackQuery?.message;
    const who = findAsker(ctx);
    if (!who || !msg || !ctx.from) return void (await ctx.answerCallbackQuery());
    const field = FIELD_BY_CODE[action.field];
    const press = readEligibilityPress(field, action.value);
    if (!press) return void (await ctx.answerCallbackQuery());
    const message = String(msg.message_id);
    const step: EligibilityDialogueStep =
      press.kind === 'page'
        ? { kind: 'look', message, field }
        : press.kind === 'tick'
          ? { kind: 'tick', message, field: 'vatCountries', country: press.country }
          : press.kind === 'confirm'
            ? { kind: 'confirm', message, field: 'vatCountries' }
            : { kind: 'answer', message, field: field as Exclude<EligibilityField, 'vatCountries'>, value: press.value };
    const reply = await service.eligibilityDialogue(who, step, ctx.ui.lang);
    if (reply.status === 'stale') {
      // The dialogue message replies to the /eligibility command, so its author is the dialogue's owner.
      const owner = 'reply_to_message' in msg ? msg.reply_to_message?.from?.id : undefined;
      const t = ctx.ui.t;
      return void (await ctx.answerCallbackQuery({ text: owner !== undefined && owner !== ctx.from.id ? t.eligibilityNotYours : t.eligibilityExpired }));
    }
    await ctx.answerCallbackQuery();
    if (reply.status === 'invalid') return;
    // The dialogue keeps the language it started in, whoever's client presses.
    if (reply.status === 'asking') {
      const page = press.kind === 'page' ? press.page : 'main';
      await ctx.editMessageText(questionHtml(uiText(reply.lang), reply.field), { reply_markup: keyboardOf(reply, page) });
      return;
    }
    const [first, ...rest] = splitHtml(escapeHtml(reply.reply.text));
    await ctx.editMessageText(first ?? '', { link_preview_options: { is_disabled: true } });
    for (const chunk of rest) await send(ctx, chunk);
  }

  feature.on('callback_query:data', async (ctx, next) => {
    const action = decodeCallback(ctx.callbackQuery.data);
    if (action?.kind !== 'eligibility') return next();
    await onPress(ctx, action);
  });

  return feature;
}
