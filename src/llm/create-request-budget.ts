import type { WindowCounters } from '../store/types.js';

export interface RequestBudgetOptions {
  /** Model requests one chat may cause per window. */
  perChat: number;
  /** Model requests the whole bot may make per window. */
  global: number;
  windowMs?: number;
  now?: () => number;
  /** Chats tracked before the least recently used are dropped; bounds memory under a flood of new ids. */
  maxChats?: number;
}

export type BudgetCheck = { ok: true } | { ok: false; scope: 'chat' | 'global'; retryAfterMs: number };

export interface RequestBudget {
  /** Takes one request from the chat's and the global budget, or refuses without taking anything. */
  take(chatKey: string): BudgetCheck | Promise<BudgetCheck>;
}

const HOUR = 3_600_000;

/** Sliding-window cost guard for the model: a refusal means "answer offline", never "do not answer". */
export function createRequestBudget(options: RequestBudgetOptions): { take(chatKey: string): BudgetCheck } {
  const windowMs = options.windowMs ?? HOUR;
  const now = options.now ?? Date.now;
  const maxChats = options.maxChats ?? 10_000;
  const global: number[] = [];
  const chats = new Map<string, number[]>();

  const prune = (hits: number[], t: number) => {
    while (hits.length > 0 && hits[0]! <= t - windowMs) hits.shift();
  };

  return {
    take(chatKey) {
      const t = now();
      prune(global, t);
      if (global.length >= options.global) return { ok: false, scope: 'global', retryAfterMs: global[0]! + windowMs - t };
      const hits = chats.get(chatKey) ?? [];
      prune(hits, t);
      if (hits.length >= options.perChat) return { ok: false, scope: 'chat', retryAfterMs: hits[0]! + windowMs - t };
      hits.push(t);
      global.push(t);
      // Re-inserted so the map's order is least recently used first.
      chats.delete(chatKey);
      chats.set(chatKey, hits);
      if (chats.size > maxChats) chats.delete(chats.keys().next().value!);
      return { ok: true };
    },
  };
}

/**
 * The same budgets counted in the store, so N instances together stay within them (the global budget is the bot's,
 * not each process's). When the store cannot decide, the model is not used: the offline answer costs nothing.
 */
export function createSharedRequestBudget(options: Omit<RequestBudgetOptions, 'now' | 'maxChats'> & { windows: WindowCounters; onStoreError?: (error: unknown) => void }): RequestBudget {
  const windowMs = options.windowMs ?? HOUR;
  return {
    async take(chatKey) {
      try {
        const outcome = await options.windows.take([
          { scope: 'llm-global', key: 'all', limit: options.global, windowMs },
          { scope: 'llm-chat', key: chatKey, limit: options.perChat, windowMs },
        ]);
        return outcome.ok ? { ok: true } : { ok: false, scope: outcome.index === 0 ? 'global' : 'chat', retryAfterMs: outcome.retryAfterMs };
      } catch (error) {
        options.onStoreError?.(error);
        return { ok: false, scope: 'global', retryAfterMs: 60_000 };
      }
    },
  };
}
