import { Composer } from 'grammy';
import type { BotContext } from '../bot-context.js';
import { decodeCallback, type CallbackAction } from '../callback-data.js';
import { createTtlMap } from '../create-ttl-map.js';
import {
  applyEligibilityChoice,
  buildEligibilityKeyboard,
  FIELD_BY_CODE,
  type EligibilityDialogue,
  type EligibilityField,
} from '../eligibility-keyboard.js';
import { escapeHtml } from '../escape-html.js';
import { splitHtml } from '../split-html.js';
import { pickToolLang } from '../ui-lang.js';
import { uiText, type UiText } from '../ui-text.js';
import type { FeatureDeps } from './feature-deps.js';

const dialogueKey = (chat: number, user: number) => `${chat}:${user}`;
const questionHtml = (t: UiText, field: EligibilityField) => `<b>${escapeHtml(t.eligibilityTitle)}</b>\n\n${escapeHtml(t.eligibilityAsk[field])}`;
const nextField = (d: EligibilityDialogue, missing: EligibilityField[]) => missing.find((f) => d.facts[f] === undefined);

/** The two tools: /margin in one message, /eligibility as a dialogue of buttons on one message. */
export function createToolsFeature(deps: FeatureDeps & { dialogueTtlMs: number }): Composer<BotContext> {
  const { service, send, passFlood } = deps;
  const dialogues = createTtlMap<EligibilityDialogue>(deps.dialogueTtlMs, 10_000);
  const feature = new Composer<BotContext>();

  feature.command('margin', async (ctx) => {
    if (!(await passFlood(ctx))) return;
    const args = ctx.match.trim();
    if (!args) return void (await send(ctx, escapeHtml(ctx.ui.t.marginUsage), { replyTo: ctx.msg.message_id }));
    const reply = service.calculateMargin(args, pickToolLang(args, ctx.from?.language_code));
    await send(ctx, escapeHtml(reply.text), { replyTo: ctx.msg.message_id });
  });

  feature.command('eligibility', async (ctx) => {
    if (!ctx.from || !(await passFlood(ctx))) return;
    const { lang, t } = ctx.ui;
    const d: EligibilityDialogue = { facts: {}, lang, asking: 'entityCountry', warehousePage: 'main', vatPicked: [] };
    const reply = service.checkEligibility(d.facts, lang);
    const next = reply.verdict === 'incomplete' ? nextField(d, reply.missing) : undefined;
    if (!next) return void (await send(ctx, escapeHtml(reply.text), { replyTo: ctx.msg.message_id }));
    d.asking = next;
    const outcome = await send(ctx, questionHtml(t, next), { replyTo: ctx.msg.message_id, keyboard: buildEligibilityKeyboard(next, d, t) });
    d.messageId = outcome.messages[0]?.message_id;
    dialogues.set(dialogueKey(ctx.chat.id, ctx.from.id), d);
  });

  async function onPress(ctx: BotContext, action: Extract<CallbackAction, { kind: 'eligibility' }>): Promise<void> {
    const { t } = ctx.ui;
    const msg = ctx.callbackQuery?.message;
    if (!ctx.chat || !ctx.from || !msg) return void (await ctx.answerCallbackQuery());
    const key = dialogueKey(ctx.chat.id, ctx.from.id);
    const d = dialogues.get(key);
    const field = FIELD_BY_CODE[action.field];
    if (!d || d.messageId !== msg.message_id || d.asking !== field) {
      // The dialogue message replies to the /eligibility command, so its author is the dialogue's owner.
      const owner = 'reply_to_message' in msg ? msg.reply_to_message?.from?.id : undefined;
      const text = owner !== undefined && owner !== ctx.from.id ? t.eligibilityNotYours : t.eligibilityExpired;
      return void (await ctx.answerCallbackQuery({ text }));
    }
    const outcome = applyEligibilityChoice(d, field, action.value);
    await ctx.answerCallbackQuery();
    if (outcome === 'invalid') return;
    // The dialogue keeps the language it started in, whoever's client presses.
    const dt = uiText(d.lang);
    if (outcome === 'redraw') {
      dialogues.set(key, d);
      await ctx.editMessageText(questionHtml(dt, field), { reply_markup: buildEligibilityKeyboard(field, d, dt) });
      return;
    }
    const reply = service.checkEligibility(d.facts, d.lang);
    const next = reply.verdict === 'incomplete' ? nextField(d, reply.missing) : undefined;
    if (next) {
      d.asking = next;
      d.warehousePage = 'main';
      dialogues.set(key, d);
      await ctx.editMessageText(questionHtml(dt, next), { reply_markup: buildEligibilityKeyboard(next, d, dt) });
      return;
    }
    dialogues.delete(key);
    const [first, ...rest] = splitHtml(escapeHtml(reply.text));
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
