// The journal of accepted Telegram updates and the reply outbox, on a real SQLite file and a clock the test moves.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore } from '../../src/store/create-store.js';
import type { Store } from '../../src/store/types.js';
import { makeClock, makeTempDir } from './helpers.js';

let tmp: ReturnType<typeof makeTempDir>;
let path: string;
let store: Store;
const clock = makeClock('2026-11-26T12:00:00Z');
const later = (ms: number) => clock.set(new Date(clock.now().getTime() + ms).toISOString());
const update = (id: number, text = 'Which countries does Local Hosting cover?') => ({ update_id: id, message: { chat: { id: 4242 }, from: { id: 777, first_name: 'Seller' }, text } });

beforeEach(() => {
  tmp = makeTempDir();
  path = join(tmp.dir, 'bot.db');
  clock.set('2026-11-26T12:00:00Z');
  store = createStore({ path, salt: 'salt-one', now: clock.now });
});
afterEach(() => {
  store.close();
  tmp.remove();
});

describe('update journal', () => {
  it('accepts an id once, lets one handler claim it, and forgets the payload once answered', () => {
    expect(store.updates.accept(update(1))).toBe(true);
    expect(store.updates.accept(update(1))).toBe(false);
    expect(store.updates.claim(1, 'a')).toBe(true);
    expect(store.updates.claim(1, 'b')).toBe(false);
    store.updates.finish(1);
    expect(store.updates.claim(1, 'b')).toBe(false);
    expect(store.updates.counts()).toEqual({ pending: 0, claimed: 0, answered: 1 });
    const row = new Database(path, { readonly: true }).prepare('SELECT payload FROM telegram_updates WHERE update_id = 1').get() as { payload: Buffer | null };
    expect(row.payload).toBeNull();
  });

  it('keeps the payload sealed: neither the text nor the ids are readable in the file', () => {
    store.updates.accept(update(2, 'a question about VAT in Spain'));
    const raw = new Database(path, { readonly: true }).prepare('SELECT payload FROM telegram_updates').get() as { payload: Buffer };
    const bytes = raw.payload.toString('latin1');
    expect(bytes).not.toContain('VAT in Spain');
    expect(bytes).not.toContain('4242');
    expect(store.updates.recover({ takeOverClaims: true }).updates).toEqual([update(2, 'a question about VAT in Spain')]);
  });

  it('recovers pending and dead claims in order; a webhook instance takes over only expired leases', () => {
    for (const id of [5, 3, 4]) store.updates.accept(update(id));
    store.updates.claim(4, 'sibling');
    expect(store.updates.recover({ takeOverClaims: false }).updates.map((u) => (u as { update_id: number }).update_id)).toEqual([3, 5]);
    later(121_000);
    expect(store.updates.recover({ takeOverClaims: false }).updates.map((u) => (u as { update_id: number }).update_id)).toEqual([3, 4, 5]);
    store.updates.claim(4, 'sibling');
    expect(store.updates.recover({ takeOverClaims: true }).updates).toHaveLength(3);
  });

  it('gives up an update whose handling started three times without finishing (it brings the process down)', () => {
    store.updates.accept(update(9));
    for (let i = 0; i < 3; i++) {
      expect(store.updates.recover({ takeOverClaims: true }).updates).toHaveLength(1);
      expect(store.updates.claim(9, `process-${i}`)).toBe(true);
    }
    expect(store.updates.recover({ takeOverClaims: true })).toEqual({ updates: [], abandoned: 1 });
  });

  it('cannot open payloads sealed under another salt, and says so instead of answering garbage', () => {
    store.updates.accept(update(11));
    store.close();
    store = createStore({ path, salt: 'salt-two', now: clock.now });
    expect(store.updates.recover({ takeOverClaims: true })).toEqual({ updates: [], abandoned: 1 });
  });

  it('forgets ids after a day, counting those never answered', () => {
    store.updates.accept(update(20));
    store.updates.accept(update(21));
    store.updates.claim(21, 'a');
    store.updates.finish(21);
    later(24 * 3600_000 + 1);
    expect(store.updates.prune()).toEqual({ removed: 2, unanswered: 1 });
    expect(store.updates.accept(update(21))).toBe(true);
  });
});

describe('reply outbox', () => {
  const reply = { messages: [{ chat_id: 4242, text: 'the answer' }] };

  it('hands a reply out when its time comes, keeps progress, and counts a given-up one per community', () => {
    const id = store.outbox.add({ platform: 'telegram', chat: '-1001', payload: reply, retryInMs: 5_000, keepForMs: 600_000, error: 'HttpError: down' });
    expect(store.outbox.due(10)).toEqual([]);
    later(5_000);
    expect(store.outbox.due(10)).toEqual([{ id, payload: reply, attempts: 1, deadlineAt: '2026-11-26T12:10:00.000Z' }]);
    store.outbox.retryLater(id, { retryInMs: 10_000 });
    expect(store.outbox.due(10)).toEqual([]);
    later(10_000);
    expect(store.outbox.due(10)[0]!.attempts).toBe(2);
    store.outbox.giveUp(id, 'deadline');
    expect(store.outbox.pendingCount()).toBe(0);
    expect(store.outbox.countUndelivered({ sinceDays: 7 })).toBe(1);
    expect(store.outbox.countUndelivered({ sinceDays: 7, community: { platform: 'telegram', id: '-1001' } })).toBe(1);
    expect(store.outbox.countUndelivered({ sinceDays: 7, community: { platform: 'telegram', id: '-1002' } })).toBe(0);
    const row = new Database(path, { readonly: true }).prepare('SELECT payload FROM reply_outbox').get() as { payload: Buffer | null };
    expect(row.payload).toBeNull();
  });

  it('removes a delivered reply', () => {
    const id = store.outbox.add({ platform: 'telegram', chat: '1', payload: reply, retryInMs: 0, keepForMs: 1_000 });
    store.outbox.delivered(id);
    expect(store.outbox.pendingCount()).toBe(0);
    expect(store.outbox.countUndelivered()).toBe(0);
  });
});
