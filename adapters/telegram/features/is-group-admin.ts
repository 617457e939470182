import type { BotContext } from '../bot-context.js';

/** Asked of Telegram (getChatMember), never read from the message: a username or a display name can be anyone's. */
export async function isGroupAdmin(ctx: BotContext): Promise<boolean> {
  // An anonymous admin posts as the group itself.
  if (ctx.msg?.sender_chat?.id === ctx.chat?.id) return true;
  if (!ctx.from) return false;
  const member = await ctx.getChatMember(ctx.from.id);
  return member.status === 'creator' || member.status === 'administrator';
}
