import { Composer } from 'grammy';
import type { BotContext } from '../bot-context.js';
import { escapeHtml } from '../escape-html.js';
import { findAddress } from '../find-address.js';
import { answerQuestion } from './answer-question.js';
import { startsWithCommand, type FeatureDeps } from './feature-deps.js';
import { isGroupAdmin } from './is-group-admin.js';
import { isClearQuestion } from '../../../src/index.js';

/** /autoanswer on|off for a group's admins, and, where it is on, answers to clear questions nobody addressed to the bot. */
export function createAutoAnswerFeature(deps: FeatureDeps): Composer<BotContext> {
  const { service, logger, logIds, send, passFlood } = deps;
  const feature = new Composer<BotContext>();

  feature.command('autoanswer', async (ctx) => {
    const t = ctx.ui.t;
    const reply = (text: string) => send(ctx, escapeHtml(text), { replyTo: ctx.msg.message_id });
    if (ctx.chat.type !== 'group' && ctx.chat.type !== 'supergroup') return void (await reply(t.autoAnswerGroupOnly));
    if (!(await passFlood(ctx))) return;
    const chat = String(ctx.chat.id);
    const arg = ctx.match.trim().toLowerCase();
    if (arg !== 'on' && arg !== 'off') return void (await reply(t.autoAnswerStatus(await service.getAutoAnswer('telegram', chat))));
    if (!(await isGroupAdmin(ctx))) return void (await reply(t.autoAnswerAdminOnly));
    await service.setAutoAnswer('telegram', chat, arg === 'on');
    logger.info({ chat: logIds.chat(chat), on: arg === 'on', by: logIds.user(ctx.from?.id) }, 'auto-answer switched');
    await reply(arg === 'on' ? t.autoAnswerOn : t.autoAnswerOff);
  });

  feature.chatType(['group', 'supergroup']).on('message:text', async (ctx, next) => {
    const msg = ctx.msg;
    if (startsWithCommand(msg) || findAddress(msg, { id: ctx.me.id, username: ctx.me.username }).addressed) return next();
    if (!isClearQuestion(msg.text) || !(await service.getAutoAnswer('telegram', String(ctx.chat.id)))) return next();
    await answerQuestion(deps, ctx, msg.text, 'auto');
  });

  return feature;
}
