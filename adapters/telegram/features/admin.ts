import { Composer } from 'grammy';
import type { BotContext } from '../bot-context.js';
import { escapeHtml } from '../escape-html.js';
import type { FeatureDeps } from './feature-deps.js';
import { isGroupAdmin } from './is-group-admin.js';
import type { AdminScope } from '../../../src/index.js';

/**
 * /stats, /gaps, /reload. Ids, never usernames: a username can be changed to anyone's. A bot admin (configured id)
 * sees every community, anywhere; a group's admin only their own group, wherever they created it; in a private chat
 * only the configured admins pass.
 */
export function createAdminFeature(deps: FeatureDeps & { adminIds: readonly string[] }): Composer<BotContext> {
  const { service, logger, logIds, send, passFlood } = deps;
  const botAdmins = new Set(deps.adminIds);
  const feature = new Composer<BotContext>();

  feature.command(['stats', 'gaps', 'reload'], async (ctx) => {
    if (!(await passFlood(ctx))) return;
    const reply = (text: string) => send(ctx, escapeHtml(text), { replyTo: ctx.msg.message_id });
    const inGroup = ctx.chat.type === 'group' || ctx.chat.type === 'supergroup';
    const scope: AdminScope | undefined =
      ctx.from !== undefined && botAdmins.has(String(ctx.from.id))
        ? { kind: 'all' }
        : inGroup && (await isGroupAdmin(ctx))
          ? { kind: 'community', platform: 'telegram', community: String(ctx.chat.id) }
          : undefined;
    if (!scope) return void (await reply(ctx.ui.t.adminOnly));
    const { lang } = ctx.ui;
    const command = ctx.msg.text.slice(1).split(/[@\s]/)[0]!.toLowerCase();
    logger.info({ command, chat: logIds.chat(ctx.chat.id), by: logIds.user(ctx.from?.id), scope: scope.kind }, 'admin command');
    if (command === 'stats') return void (await reply(await service.stats(lang, scope)));
    if (command === 'gaps') return void (await reply(await service.gaps(lang, scope)));
    await reply((await service.reload(lang, scope)).text);
  });

  return feature;
}
