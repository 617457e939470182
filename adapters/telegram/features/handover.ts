import { Composer } from 'grammy';
import type { Message, User } from 'grammy/types';
import type { BotContext } from '../bot-context.js';
import { decodeCallback } from '../callback-data.js';
import { describeApiError } from '../classify-api-error.js';
import type { SendOutcome } from '../create-sender.js';
import { cutText } from '../cut-text.js';
import { escapeHtml } from '../escape-html.js';
import type { FeatureDeps } from './feature-deps.js';

export interface HandoverDeps extends FeatureDeps {
  /** Telegram usernames, already checked. */
  managers: readonly string[];
  handoverChatId?: string;
}

const MAX_QUESTION_CHARS = 500;

function displayName(user: User): string {
  const name = [user.first_name, user.last_name].filter(Boolean).join(' ');
  return user.username ? `${name} (@${user.username})` : name;
}

/** A public link to a message, when Telegram has one (public chats, supergroups). */
function linkTo(chat: Message['chat'], messageId: number): string | undefined {
  if ('username' in chat && chat.username) return `https://t.me/${chat.username}/${messageId}`;
  const id = String(chat.id);
  return chat.type === 'supergroup' && id.startsWith('-100') ? `https://t.me/c/${id.slice(4)}/${messageId}` : undefined;
}

/**
 * "🙋 Ask a manager" under an "I don't know": mentions the managers in the chat and/or posts a notice to the handover
 * chat, then tells the seller what really happened (notified, queued because Telegram is refusing for now, or not
 * sent at all, in which case the button works again).
 */
export function createHandoverFeature(deps: HandoverDeps): Composer<BotContext> {
  const { service, logger, logIds, send, managers } = deps;
  const feature = new Composer<BotContext>();

  async function attempt(what: string, sending: () => Promise<SendOutcome>): Promise<SendOutcome['status'] | 'failed'> {
    try {
      return (await sending()).status;
    } catch (error) {
      logger.warn({ err: describeApiError(error), what }, 'handover notice not sent');
      return 'failed';
    }
  }

  feature.on('callback_query:data', async (ctx, next) => {
    const action = decodeCallback(ctx.callbackQuery.data);
    if (action?.kind !== 'handover') return next();
    const { t } = ctx.ui;
    const msg = ctx.callbackQuery.message;
    if (!ctx.chat || !msg) return void (await ctx.answerCallbackQuery());
    const { answerId } = action;
    // Once per answer across every instance (the store's claim): a second press, here or on a sibling, is told so.
    if (!(await service.claimHandover({ answerId, platform: 'telegram' }))) return void (await ctx.answerCallbackQuery({ text: t.handoverAlready }));
    const record = () => service.recordHandover({ answerId, platform: 'telegram', chat: String(ctx.chat!.id) });
    if (managers.length === 0 && !deps.handoverChatId) {
      await record();
      return void (await ctx.answerCallbackQuery({ text: t.handoverNone, show_alert: true }));
    }
    const isPrivate = ctx.chat.type === 'private';
    // Raw text into the templates, escaped once on the way out.
    const who = displayName(ctx.from);
    const outcomes: Array<SendOutcome['status'] | 'failed'> = [];
    if (managers.length > 0) {
      const list = managers.map((m) => `@${escapeHtml(m)}`).join(' ');
      const head = isPrivate ? '' : `${escapeHtml(t.handoverNotice(who))}\n`;
      outcomes.push(await attempt('managers', () => send(ctx, `${head}${escapeHtml(t.handoverManagers)}${list}`, { replyTo: msg.message_id })));
    }
    if (deps.handoverChatId) {
      const where = isPrivate ? t.privateChat : (ctx.chat.title ?? '');
      const question = 'reply_to_message' in msg ? msg.reply_to_message?.text : undefined;
      const link = linkTo(ctx.chat, msg.message_id);
      const lines = [
        escapeHtml(t.handoverForwarded(who, where)),
        ...(question ? [`${escapeHtml(t.handoverQuestion)}${escapeHtml(cutText(question, MAX_QUESTION_CHARS))}`] : []),
        ...(link ? [escapeHtml(link)] : []),
      ];
      outcomes.push(await attempt('handover chat', () => send(ctx, lines.join('\n'), { chatId: deps.handoverChatId })));
    }
    const delivered = outcomes.includes('sent');
    const queued = !delivered && outcomes.includes('queued');
    // Nothing went out: the seller may press again, and it is recorded then.
    if (delivered || queued) await record();
    else await service.releaseHandover({ answerId, platform: 'telegram' });
    logger.info({ chat: logIds.chat(ctx.chat.id), outcomes }, 'handover');
    const text = delivered ? t.handoverSent : queued ? t.handoverQueued : t.handoverFailed;
    await ctx.answerCallbackQuery({ text, ...(delivered ? {} : { show_alert: true }) });
  });

  return feature;
}
