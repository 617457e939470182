// The limits and the model budgets counted in the store: two instances (two stores over one database) together
// allow what one process would; while the store cannot decide, the instance's own limiter does and the model rests.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSharedRateLimiter } from '../../src/limits/create-shared-rate-limiter.js';
import { createRateLimiter } from '../../src/limits/rate-limiter.js';
import { createSharedRequestBudget } from '../../src/llm/create-request-budget.js';
import { createStore } from '../../src/store/create-store.js';
import { createPostgresStore } from '../../src/store/postgres/create-postgres-store.js';
import type { Store, WindowCounters } from '../../src/store/types.js';
import { makeTempDir } from '../store/helpers.js';
import { startPostgres } from '../store/postgres-server.js';

const availability = await startPostgres();
const tmp = makeTempDir();
const opened: Store[] = [];
afterAll(async () => {
  await Promise.all(opened.map((s) => s.close()));
  if (availability.ok) await availability.server.stop();
  tmp.remove();
});

type Open = () => Promise<Store>;
const backends: Array<[string, () => Promise<Open>]> = [
  ['SQLite', async () => {
    const path = join(tmp.dir, `limits-${Math.random()}.db`);
    return async () => createStore({ path, salt: 's' });
  }],
  ...(availability.ok ? [['PostgreSQL', async () => {
    const url = await availability.server.createDatabase();
    return async () => createPostgresStore({ url, salt: 's' });
  }] as [string, () => Promise<Open>]] : []),
];
const minute = { windowMs: 60_000 };
const broken: WindowCounters = { take: () => Promise.reject(new Error('database unreachable')) };

describe.each(backends)('shared limits on %s', (_name, database) => {
  async function instances(): Promise<[Store, Store]> {
    const open = await database();
    const pair: [Store, Store] = [await open(), await open()];
    opened.push(...pair);
    return pair;
  }

  it('counts a user\'s messages on both instances against one budget, refusing once then quietly', async () => {
    const [a, b] = await instances();
    const limiters = [a, b].map((s) => createSharedRateLimiter({ windows: s.windows, perUser: { limit: 3, ...minute }, perChat: { limit: 100, ...minute } }));
    const outcomes = [];
    for (let i = 0; i < 6; i++) outcomes.push(await limiters[i % 2]!.check('telegram:42', 'telegram:-100'));
    expect(outcomes.map((o) => (o.ok ? 'ok' : `${o.scope}:${o.firstRefusal ? 'first' : 'again'}`))).toEqual(['ok', 'ok', 'ok', 'user:first', 'user:again', 'user:again']);
    // Another user in the same chat still has room: a refusal spent nothing of the chat's budget.
    expect((await limiters[1]!.check('telegram:43', 'telegram:-100')).ok).toBe(true);
  });

  it('keeps the model within its hourly budgets across instances, per chat and for the whole bot', async () => {
    const [a, b] = await instances();
    const budgets = [a, b].map((s) => createSharedRequestBudget({ windows: s.windows, perChat: 2, global: 5 }));
    const taken = [];
    for (let i = 0; i < 8; i++) taken.push(await budgets[i % 2]!.take(`telegram:chat-${i % 3}`));
    expect(taken.map((t) => (t.ok ? 'ok' : t.scope))).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'global', 'global', 'global']);
    const roomy = [a, b].map((s) => createSharedRequestBudget({ windows: s.windows, perChat: 2, global: 100 }));
    const oneChat = [];
    for (let i = 0; i < 3; i++) oneChat.push(await roomy[i % 2]!.take('telegram:busy-chat'));
    expect(oneChat.map((t) => (t.ok ? 'ok' : t.scope))).toEqual(['ok', 'ok', 'chat']);
  });

  it('decides with the instance\'s own limits while the store is out, and counts those decisions', async () => {
    const errors: unknown[] = [];
    const limiter = createSharedRateLimiter({
      windows: broken,
      perUser: { limit: 2, ...minute },
      perChat: { limit: 100, ...minute },
      fallback: createRateLimiter({ perUser: { limit: 2, ...minute }, perChat: { limit: 100, ...minute } }),
      onStoreError: (e) => errors.push(e),
    });
    const outcomes = [];
    for (let i = 0; i < 3; i++) outcomes.push((await limiter.check('telegram:7', 'telegram:7')).ok);
    expect(outcomes).toEqual([true, true, false]);
    expect(limiter.storeErrors()).toBe(3);
    expect(errors).toHaveLength(3);
    // The model is not used while its budget cannot be counted: the offline answer costs nothing.
    expect(await createSharedRequestBudget({ windows: broken, perChat: 10, global: 10 }).take('telegram:7')).toEqual({ ok: false, scope: 'global', retryAfterMs: 60_000 });
  });
});
