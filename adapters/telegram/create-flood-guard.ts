import { escapeHtml } from './escape-html.js';
import type { BotContext } from './bot-context.js';
import type { Sender } from './create-sender.js';
import { createRateLimiter, type RateLimiter } from '../../src/index.js';

/** Per user and per chat, for the commands that do not pass through the core's own limiter. */
export interface FloodLimit {
  perUser: number;
  perChat: number;
  windowMs: number;
}

export const DEFAULT_FLOOD_LIMIT: FloodLimit = { perUser: 10, perChat: 40, windowMs: 60_000 };

/** True when the sender may go on; a refused sender hears it once per window, then nothing. */
export type FloodGuard = (ctx: BotContext) => Promise<boolean>;

/**
 * The core's limiter, a second instance: questions are limited inside BotService.answer; this one guards /margin,
 * /eligibility, /help, unknown commands and admin commands, so one user cannot make the bot flood a chat with them.
 */
export function createFloodGuard(limit: FloodLimit, send: Sender, shared?: RateLimiter): FloodGuard {
  // Several instances pass a limiter counted in the shared store, so the limits hold across them.
  const limiter =
    shared ??
    createRateLimiter({
      perUser: { limit: limit.perUser, windowMs: limit.windowMs },
      perChat: { limit: limit.perChat, windowMs: limit.windowMs },
    });
  return async (ctx) => {
    const decision = await limiter.check(String(ctx.from?.id ?? 'anon'), String(ctx.chat?.id ?? 'none'));
    if (decision.ok) return true;
    if (decision.firstRefusal) await send(ctx, escapeHtml(ctx.ui.t.slowDown), { replyTo: ctx.msg?.message_id });
    return false;
  };
}
