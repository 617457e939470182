import type { RateCheck, RateLimiter } from '../contract/ports.js';

export type { RateCheck, RateLimiter };

export interface WindowLimit {
  /** Messages allowed per window. */
  limit: number;
  windowMs: number;
}

export interface RateLimiterOptions {
  perUser: WindowLimit;
  perChat: WindowLimit;
  now?: () => number;
  /** Keys tracked per scope before the least recently seen are dropped; bounds memory under a flood of new ids. */
  maxKeys?: number;
  /** Idle keys are swept every this many checks. */
  sweepEvery?: number;
}


interface KeyState {
  /** Accepted message times, oldest first; never longer than the limit because refusals are not recorded. */
  hits: number[];
  /** When this key last got `firstRefusal: true`. */
  noticedAt: number | undefined;
}

export class RateLimiterConfigError extends Error {
  override name = 'RateLimiterConfigError';
}

function assertLimit(name: string, l: WindowLimit): void {
  if (!Number.isInteger(l.limit) || l.limit < 1 || !Number.isFinite(l.windowMs) || l.windowMs <= 0) {
    throw new RateLimiterConfigError(`${name}: limit must be a positive integer and windowMs positive`);
  }
}

function createWindow(limit: WindowLimit, maxKeys: number) {
  // Map iteration order is insertion order; re-inserting on every touch makes the first key the least recently used.
  const keys = new Map<string, KeyState>();

  function prune(state: KeyState, now: number): void {
    const cutoff = now - limit.windowMs;
    let drop = 0;
    while (drop < state.hits.length && state.hits[drop]! <= cutoff) drop++;
    if (drop) state.hits.splice(0, drop);
  }

  function touch(key: string, now: number): KeyState {
    let state = keys.get(key);
    if (state) {
      keys.delete(key);
      prune(state, now);
    } else {
      state = { hits: [], noticedAt: undefined };
    }
    keys.set(key, state);
    while (keys.size > maxKeys) keys.delete(keys.keys().next().value!);
    return state;
  }

  return {
    keys,
    /** Refusal for this key, or null when it has room. Does not record anything. */
    peek(key: string, now: number): { retryAfterMs: number; firstRefusal: boolean } | null {
      const state = touch(key, now);
      if (state.hits.length < limit.limit) return null;
      const firstRefusal = state.noticedAt === undefined || now - state.noticedAt >= limit.windowMs;
      if (firstRefusal) state.noticedAt = now;
      return { retryAfterMs: Math.max(1, state.hits[0]! + limit.windowMs - now), firstRefusal };
    },
    record(key: string, now: number): void {
      touch(key, now).hits.push(now);
    },
    sweep(now: number): void {
      for (const [key, state] of keys) {
        prune(state, now);
        const noticeLive = state.noticedAt !== undefined && now - state.noticedAt < limit.windowMs;
        if (state.hits.length === 0 && !noticeLive) keys.delete(key);
      }
    },
  };
}

/**
 * Sliding-window log per user and per chat. A message is recorded only when both scopes accept it, so a refused
 * message neither spends the user's budget nor the chat's, and a spammer is never locked out longer than the
 * window. Memory: at most `limit` timestamps per key, idle keys swept, and at most `maxKeys` keys per scope.
 */
/** The in-memory limiter answers at once; the port also allows a limiter that answers from a shared store. */
export type MemoryRateLimiter = Omit<RateLimiter, 'check'> & { check(user?: string, chat?: string): RateCheck };

export function createRateLimiter(options: RateLimiterOptions): MemoryRateLimiter {
  assertLimit('perUser', options.perUser);
  assertLimit('perChat', options.perChat);
  const now = options.now ?? Date.now;
  const maxKeys = options.maxKeys ?? 50_000;
  const sweepEvery = options.sweepEvery ?? 1000;
  const users = createWindow(options.perUser, maxKeys);
  const chats = createWindow(options.perChat, maxKeys);
  let checks = 0;

  return {
    check(user, chat) {
      const t = now();
      if (++checks >= sweepEvery) {
        checks = 0;
        users.sweep(t);
        chats.sweep(t);
      }
      if (user !== undefined) {
        const refused = users.peek(user, t);
        if (refused) return { ok: false, scope: 'user', ...refused };
      }
      if (chat !== undefined) {
        const refused = chats.peek(chat, t);
        if (refused) return { ok: false, scope: 'chat', ...refused };
      }
      if (user !== undefined) users.record(user, t);
      if (chat !== undefined) chats.record(chat, t);
      return { ok: true };
    },
    size: () => ({ user: users.keys.size, chat: chats.keys.size }),
  };
}

/** Thrown by a concurrency gate when both its slots and its queue are full: the caller should answer "busy". */
export class OverloadedError extends Error {
  override name = 'OverloadedError';
  constructor(
    readonly active: number,
    readonly queued: number,
  ) {
    super(`overloaded: ${active} running, ${queued} waiting`);
  }
}

export interface ConcurrencyGateOptions {
  /**
   * Calls that may wait for a slot. Default `max`: a short burst (many chats at once) is smoothed rather than
   * refused, while the bound keeps memory and the worst wait (≈ 2 × a call's duration) small. 0 refuses at once.
   */
  maxQueue?: number;
}

export interface ConcurrencyGate {
  run<T>(fn: () => Promise<T> | T): Promise<T>;
  stats(): { active: number; queued: number };
}

/** Global cap on calls in flight; past the cap, calls wait in a bounded FIFO, past that they reject with OverloadedError. */
export function createConcurrencyGate(max: number, options: ConcurrencyGateOptions = {}): ConcurrencyGate {
  if (!Number.isInteger(max) || max < 1) throw new RateLimiterConfigError('max must be a positive integer');
  const maxQueue = options.maxQueue ?? max;
  if (!Number.isInteger(maxQueue) || maxQueue < 0) throw new RateLimiterConfigError('maxQueue must be an integer >= 0');
  let active = 0;
  const waiting: (() => void)[] = [];

  function release(): void {
    const next = waiting.shift();
    // The slot passes straight to the next waiter, so `active` never dips and a newcomer cannot jump the queue.
    if (next) next();
    else active--;
  }

  return {
    async run(fn) {
      if (active >= max) {
        if (waiting.length >= maxQueue) throw new OverloadedError(active, waiting.length);
        await new Promise<void>((resolve) => waiting.push(resolve));
      } else {
        active++;
      }
      try {
        return await fn();
      } finally {
        release();
      }
    },
    stats: () => ({ active, queued: waiting.length }),
  };
}
