import { randomUUID } from 'node:crypto';
import type { Context, MiddlewareFn } from 'grammy';
import type { UpdateJournal } from '../../src/index.js';

/**
 * At-least-once handling around the journal. `accept` runs first for every update (webhook and handleUpdate callers
 * included; long polling has already accepted it before acknowledging it): the update is on disk before anything
 * else happens. `claim` runs after the per-chat queue: it takes the update atomically (a redelivered or recovered
 * copy finds it answered, or held, and is dropped) and marks it answered when its handlers are done.
 */
export interface UpdateGate {
  accept: MiddlewareFn<Context>;
  claim: MiddlewareFn<Context>;
  /** Stop starting updates: those still waiting stay pending for the next start (or a sibling instance). */
  close(): void;
  /** Resolves true once no update is being handled, false after `timeoutMs`. */
  idle(timeoutMs: number): Promise<boolean>;
  readonly inFlight: number;
  readonly owner: string;
}

export function createUpdateGate(journal: UpdateJournal): UpdateGate {
  const owner = randomUUID();
  let closed = false;
  let inFlight = 0;
  let waiters: Array<() => void> = [];
  const settle = () => {
    if (inFlight > 0) return;
    const done = waiters;
    waiters = [];
    for (const w of done) w();
  };

  return {
    owner,
    get inFlight() {
      return inFlight;
    },
    accept(ctx, next) {
      journal.accept(ctx.update);
      return next();
    },
    async claim(ctx, next) {
      if (closed) return;
      const id = ctx.update.update_id;
      if (!journal.claim(id, owner)) return;
      inFlight++;
      try {
        await next();
      } finally {
        journal.finish(id);
        inFlight--;
        settle();
      }
    },
    close() {
      closed = true;
    },
    idle(timeoutMs) {
      if (inFlight === 0) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w !== done);
          resolve(false);
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          resolve(true);
        };
        waiters.push(done);
      });
    },
  };
}
