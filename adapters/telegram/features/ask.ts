import { Composer } from 'grammy';
import type { BotContext } from '../bot-context.js';
import { escapeHtml } from '../escape-html.js';
import { findAddress } from '../find-address.js';
import { answerQuestion } from './answer-question.js';
import { startsWithCommand, type FeatureDeps } from './feature-deps.js';

/**
 * Questions: /start and /help, /ask, every text in a private chat, and group messages that address the bot (an
 * @mention, a reply to it). Installed last: commands other features did not take end here.
 */
export function createAskFeature(deps: FeatureDeps): Composer<BotContext> {
  const { send, passFlood } = deps;
  const feature = new Composer<BotContext>();

  feature.command(['start', 'help'], async (ctx) => {
    if (!(await passFlood(ctx))) return;
    await send(ctx, escapeHtml(ctx.ui.t.help), { replyTo: ctx.msg.message_id });
  });

  feature.command('ask', (ctx) => answerQuestion(deps, ctx, ctx.match, 'direct'));

  feature.chatType('private').on('message:text', async (ctx) => {
    if (!startsWithCommand(ctx.msg)) return answerQuestion(deps, ctx, ctx.msg.text, 'direct');
    // An unknown /command in a private chat is most likely a seller looking for the menu; a flood of them is not.
    if (!(await passFlood(ctx))) return;
    await send(ctx, escapeHtml(ctx.ui.t.help));
  });

  feature.chatType(['group', 'supergroup']).on('message:text', async (ctx, next) => {
    // Other bots' commands belong to them.
    if (startsWithCommand(ctx.msg)) return;
    const address = findAddress(ctx.msg, { id: ctx.me.id, username: ctx.me.username });
    if (address.addressed) return answerQuestion(deps, ctx, address.question, 'direct');
    return next();
  });

  return feature;
}
