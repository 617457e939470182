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

/** After the answer went out, marking it answered is retried this often (a database blip), then given up and logged. */
const FINISH_RETRY_MS = [250, 1_000, 4_000];

export function createUpdateGate(journal: UpdateJournal, onFinishLost?: (updateId: number, error: unknown) => void): UpdateGate {
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

  // The reply is out: a failure here must not make Telegram redeliver (the copy would find the update still claimed
  // and be dropped anyway); if every retry fails, a sibling answers it again once the claim's lease runs out.
  async function finish(id: number): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await journal.finish(id);
        return;
      } catch (error) {
        const wait = FINISH_RETRY_MS[attempt];
        if (wait === undefined) return onFinishLost?.(id, error);
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }

  return {
    owner,
    get inFlight() {
      return inFlight;
    },
    // A journal that cannot keep the update throws out of handleUpdate: a webhook answers 5xx and Telegram redelivers.
    async accept(ctx, next) {
      await journal.accept(ctx.update);
      return next();
    },
    async claim(ctx, next) {
      if (closed) return;
      const id = ctx.update.update_id;
      if (!(await journal.claim(id, owner))) return;
      inFlight++;
      try {
        await next();
      } finally {
        await finish(id);
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
