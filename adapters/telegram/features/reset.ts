import { Composer } from 'grammy';
import type { BotContext } from '../bot-context.js';
import { escapeHtml } from '../escape-html.js';
import { findAsker } from '../find-asker.js';
import type { FeatureDeps } from './feature-deps.js';

/** /reset: the core forgets the asker's conversation in this chat (or forum topic) and says so. */
export function createResetFeature(deps: FeatureDeps): Composer<BotContext> {
  const { service, send, passFlood } = deps;
  const feature = new Composer<BotContext>();
  feature.command('reset', async (ctx) => {
    const who = findAsker(ctx);
    if (!who || !(await passFlood(ctx))) return;
    const text = await service.resetConversation(who, ctx.ui.lang);
    await send(ctx, escapeHtml(text), { replyTo: ctx.msg.message_id });
  });
  return feature;
}
