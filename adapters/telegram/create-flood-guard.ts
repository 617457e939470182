// Questions are limited by the core (BotService.answer); this guards the commands that do not pass through it
// (/margin, /eligibility, /help, button presses), so one user cannot make the bot flood a group.

export interface FloodLimit {
  perUser: number;
  perChat: number;
  windowMs: number;
}

export type FloodDecision = { ok: true } | { ok: false; notify: boolean };

export interface FloodGuard {
  check(user: string, chat: string): FloodDecision;
}

interface Bucket {
  start: number;
  count: number;
  notified: boolean;
}

export const DEFAULT_FLOOD_LIMIT: FloodLimit = { perUser: 10, perChat: 40, windowMs: 60_000 };

/** Fixed windows per user and per chat; a refused sender is told once per window, then ignored. */
export function createFloodGuard(limit: FloodLimit = DEFAULT_FLOOD_LIMIT, now: () => number = Date.now, maxKeys = 20_000): FloodGuard {
  const buckets = new Map<string, Bucket>();

  function bucket(key: string, t: number): Bucket {
    let b = buckets.get(key);
    if (!b || t - b.start >= limit.windowMs) {
      b = { start: t, count: 0, notified: false };
      buckets.delete(key);
      buckets.set(key, b);
      while (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value as string);
    }
    return b;
  }

  return {
    check(user, chat) {
      const t = now();
      const u = bucket(`u:${user}`, t);
      const c = bucket(`c:${chat}`, t);
      const full = u.count >= limit.perUser ? u : c.count >= limit.perChat ? c : null;
      if (full) {
        const notify = !full.notified;
        full.notified = true;
        return { ok: false, notify };
      }
      u.count++;
      c.count++;
      return { ok: true };
    },
  };
}
