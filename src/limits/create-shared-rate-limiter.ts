import type { RateCheck, RateLimiter } from '../contract/ports.js';
import type { WindowCounters } from '../store/types.js';
import type { WindowLimit } from './rate-limiter.js';

export interface SharedRateLimiterOptions {
  /** The store's windows: every instance counts against the same rows. */
  windows: WindowCounters;
  perUser: WindowLimit;
  perChat: WindowLimit;
  /**
   * Decides while the store cannot (PostgreSQL down): this instance's own limits, so a flood is still slowed and a
   * seller still answered. Without it every message passes while the store is out.
   */
  fallback?: RateLimiter;
  /** Told about each decision the store could not make (for the log and a counter). */
  onStoreError?: (error: unknown) => void;
}

/**
 * The per-user and per-chat limits exact across instances: one atomic take over both windows in the store, with the
 * same sliding-window rules as the in-memory limiter (a refused message spends nothing, "slow down" once per window).
 */
export function createSharedRateLimiter(options: SharedRateLimiterOptions): RateLimiter & { storeErrors(): number } {
  let storeErrors = 0;
  return {
    async check(user, chat): Promise<RateCheck> {
      const specs = [
        ...(user !== undefined ? [{ scope: 'user' as const, key: user, ...options.perUser }] : []),
        ...(chat !== undefined ? [{ scope: 'chat' as const, key: chat, ...options.perChat }] : []),
      ];
      if (specs.length === 0) return { ok: true };
      try {
        const outcome = await options.windows.take(specs);
        if (outcome.ok) return { ok: true };
        return { ok: false, scope: specs[outcome.index]!.scope, retryAfterMs: outcome.retryAfterMs, firstRefusal: outcome.firstRefusal };
      } catch (error) {
        storeErrors++;
        options.onStoreError?.(error);
        return options.fallback ? options.fallback.check(user, chat) : { ok: true };
      }
    },
    size: () => options.fallback?.size() ?? { user: 0, chat: 0 },
    storeErrors: () => storeErrors,
  };
}
