import type { WindowOutcome, WindowSpec } from './types.js';

/** One key's recent hits (epoch ms, oldest first) and when it was last told to slow down. */
export interface WindowState {
  hits: number[];
  noticedAt: number | null;
}

export interface WindowDecision {
  outcome: WindowOutcome;
  /** Every window's state after the decision (pruned; the hit added to each when ok, the notice moved when refused). */
  next: WindowState[];
  /** When each row may be deleted: nothing in it matters after this. */
  expiresAt: number[];
}

/**
 * The sliding-window log of `createRateLimiter`, over states a store loaded under a lock, so every instance decides
 * exactly as one process would. A hit is recorded only when every window has room: a refused message spends no
 * budget, and a flooder is never locked out longer than the window.
 */
export function decideWindows(specs: readonly WindowSpec[], states: readonly WindowState[], now: number): WindowDecision {
  const next = specs.map((spec, i) => {
    const state = states[i] ?? { hits: [], noticedAt: null };
    const cutoff = now - spec.windowMs;
    return { hits: state.hits.filter((t) => t > cutoff), noticedAt: state.noticedAt };
  });
  const expiry = () => next.map((s, i) => Math.max(s.hits.at(-1) ?? 0, s.noticedAt ?? 0) + specs[i]!.windowMs);
  for (const [index, spec] of specs.entries()) {
    const state = next[index]!;
    if (state.hits.length < spec.limit) continue;
    const firstRefusal = state.noticedAt === null || now - state.noticedAt >= spec.windowMs;
    if (firstRefusal) state.noticedAt = now;
    const retryAfterMs = Math.max(1, state.hits[0]! + spec.windowMs - now);
    return { outcome: { ok: false, index, retryAfterMs, firstRefusal }, next, expiresAt: expiry() };
  }
  for (const state of next) state.hits.push(now);
  return { outcome: { ok: true }, next, expiresAt: expiry() };
}

/** Row key of a window: scope and raw key hashed together (the keys are platform ids). */
export function windowKey(spec: WindowSpec): string {
  return `window:${spec.scope}:${spec.key}`;
}
