import { describe, expect, it } from 'vitest';
import { createConcurrencyGate, createRateLimiter, OverloadedError, RateLimiterConfigError, type RateCheck } from '../../src/limits/rate-limiter.js';

function makeLimiter(overrides: Partial<Parameters<typeof createRateLimiter>[0]> = {}) {
  let t = 1_000_000;
  const limiter = createRateLimiter({
    perUser: { limit: 3, windowMs: 60_000 },
    perChat: { limit: 5, windowMs: 60_000 },
    now: () => t,
    ...overrides,
  });
  return { limiter, advance: (ms: number) => (t += ms) };
}

const brief = (r: RateCheck) => (r.ok ? 'ok' : `${r.scope}:${r.retryAfterMs}:${r.firstRefusal ? 'first' : 'again'}`);

describe('createRateLimiter', () => {
  it('slides the per-user window and reports when to retry', () => {
    const { limiter, advance } = makeLimiter();
    // [ms to advance before the check, expected outcome]
    const steps: [number, string][] = [
      [0, 'ok'], // t=0
      [10_000, 'ok'], // t=10s
      [10_000, 'ok'], // t=20s
      [5_000, 'user:35000:first'], // t=25s: oldest hit (t=0) leaves at 60s
      [5_000, 'user:30000:again'],
      [30_000, 'ok'], // t=60s: the t=0 hit has slid out
      [0, 'user:10000:again'], // a notice was given 35s ago, still inside its window
      [10_000, 'ok'], // t=70s: the t=10s hit has slid out
    ];
    const got = steps.map(([ms]) => {
      advance(ms);
      return brief(limiter.check('u1', 'c1'));
    });
    expect(got).toEqual(steps.map(([, expected]) => expected));
  });

  it('says firstRefusal once per window per key, again after a full window', () => {
    const { limiter, advance } = makeLimiter({ perUser: { limit: 1, windowMs: 1000 } });
    expect(limiter.check('u').ok).toBe(true);
    const refusals = [limiter.check('u'), limiter.check('u'), limiter.check('u')].map(brief);
    expect(refusals).toEqual(['user:1000:first', 'user:1000:again', 'user:1000:again']);
    advance(999);
    expect(brief(limiter.check('u'))).toBe('user:1:again');
    advance(1);
    expect(limiter.check('u').ok).toBe(true);
    expect(brief(limiter.check('u'))).toBe('user:1000:first');
  });

  it('limits a chat across its users, without spending user budgets on refused messages', () => {
    const { limiter } = makeLimiter();
    const results = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((u) => brief(limiter.check(u, 'group')));
    expect(results).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'chat:60000:first', 'chat:60000:again']);
    // User f was refused by the chat, so their own budget is intact elsewhere.
    expect([1, 2, 3, 4].map(() => brief(limiter.check('f', 'dm-f')))).toEqual(['ok', 'ok', 'ok', 'user:60000:first']);
  });

  it('keeps users and chats independent and skips missing keys', () => {
    const { limiter } = makeLimiter({ perUser: { limit: 1, windowMs: 1000 }, perChat: { limit: 1, windowMs: 1000 } });
    expect(limiter.check('u1', 'c1').ok).toBe(true);
    expect(limiter.check('u2', 'c2').ok).toBe(true);
    expect(brief(limiter.check('u1'))).toBe('user:1000:first');
    expect(brief(limiter.check(undefined, 'c1'))).toBe('chat:1000:first');
    expect(limiter.check().ok).toBe(true);
    expect(limiter.check(undefined, undefined).ok).toBe(true);
  });

  it('evicts idle keys so memory stays bounded', () => {
    const { limiter, advance } = makeLimiter({ sweepEvery: 10 });
    for (let i = 0; i < 9; i++) limiter.check(`user-${i}`, `chat-${i}`);
    expect(limiter.size()).toEqual({ user: 9, chat: 9 });
    advance(60_001);
    limiter.check('fresh', 'fresh-chat'); // 10th check triggers the sweep
    expect(limiter.size()).toEqual({ user: 1, chat: 1 });
  });

  it('caps tracked keys under a flood of new ids, dropping the least recently seen', () => {
    const { limiter } = makeLimiter({ maxKeys: 100, perUser: { limit: 1, windowMs: 60_000 } });
    limiter.check('veteran');
    for (let i = 0; i < 1000; i++) {
      limiter.check(`bot-${i}`);
      if (i % 50 === 0) expect(limiter.check('veteran').ok).toBe(false); // touched, so kept
    }
    expect(limiter.size().user).toBe(100);
    expect(limiter.check('veteran').ok).toBe(false);
  });

  it.each([
    [{ limit: 0, windowMs: 1000 }],
    [{ limit: 1.5, windowMs: 1000 }],
    [{ limit: 1, windowMs: 0 }],
  ])('rejects invalid limits %j', (bad) => {
    expect(() => createRateLimiter({ perUser: bad, perChat: { limit: 1, windowMs: 1 } })).toThrow(RateLimiterConfigError);
  });
});

function deferred<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('createConcurrencyGate', () => {
  it('runs up to max at once, queues up to maxQueue, rejects beyond with OverloadedError', async () => {
    const gate = createConcurrencyGate(2, { maxQueue: 1 });
    const jobs = [deferred<string>(), deferred<string>(), deferred<string>()];
    const started: number[] = [];
    const runs = jobs.map((d, i) =>
      gate.run(() => {
        started.push(i);
        return d.promise;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(gate.stats()).toEqual({ active: 2, queued: 1 });
    const overflow = gate.run(() => 'never');
    await expect(overflow).rejects.toBeInstanceOf(OverloadedError);
    await expect(overflow).rejects.toMatchObject({ name: 'OverloadedError', active: 2, queued: 1 });

    jobs[0]!.resolve('a');
    await expect(runs[0]).resolves.toBe('a');
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual([0, 1, 2]);
    expect(gate.stats()).toEqual({ active: 2, queued: 0 });
    jobs[1]!.resolve('b');
    jobs[2]!.resolve('c');
    await expect(Promise.all(runs)).resolves.toEqual(['a', 'b', 'c']);
    expect(gate.stats()).toEqual({ active: 0, queued: 0 });
  });

  it('frees the slot when the task throws', async () => {
    const gate = createConcurrencyGate(1, { maxQueue: 0 });
    await expect(gate.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(gate.run(() => 42)).resolves.toBe(42);
    expect(gate.stats()).toEqual({ active: 0, queued: 0 });
  });

  it('never exceeds the cap under many concurrent callers', async () => {
    const gate = createConcurrencyGate(3);
    let inFlight = 0;
    let peak = 0;
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, () =>
        gate.run(async () => {
          peak = Math.max(peak, ++inFlight);
          await new Promise((r) => setTimeout(r, 2));
          inFlight--;
        }),
      ),
    );
    expect(peak).toBe(3);
    // 3 running + 3 queued (default maxQueue = max) succeed, the rest are refused at once.
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(6);
    expect(results.filter((r) => r.status === 'rejected' && r.reason instanceof OverloadedError)).toHaveLength(14);
  });
});
