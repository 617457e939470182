import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore } from '../../src/store/create-store.js';
import { hashId } from '../../src/store/hash-id.js';
import { StoreError } from '../../src/store/store-error.js';
import type { Store } from '../../src/store/types.js';
import { makeClock, makeExchange, makeTempDir } from './helpers.js';

let tmp: ReturnType<typeof makeTempDir>;
let path: string;
let store: Store;
const clock = makeClock('2026-11-26T12:00:00Z');

beforeEach(() => {
  tmp = makeTempDir();
  // A nested directory that does not exist yet: the store creates it, like data/ on first run.
  path = join(tmp.dir, 'data', 'bot.db');
  clock.set('2026-11-26T12:00:00Z');
  store = createStore({ path, salt: 'test-salt', now: clock.now });
});

afterEach(async () => {
  await store.close();
  tmp.remove();
});

function raw(): Database.Database {
  return new Database(path, { readonly: true });
}

describe('createStore', () => {
  it('creates the database file and its directory, in WAL mode', () => {
    expect(existsSync(path)).toBe(true);
    const db = raw();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('rejects an empty salt', () => {
    expect(() => createStore({ path: ':memory:', salt: '' })).toThrow(StoreError);
  });

  it('works in memory for tests', async () => {
    const mem = createStore({ path: ':memory:', salt: 's' });
    await mem.recordExchange(makeExchange('m1', 'hello'));
    expect((await mem.getStats()).questions).toBe(1);
    await mem.close();
  });

  it('answers ping while open and says it is SQLite', async () => {
    expect(store.kind).toBe('sqlite');
    await expect(store.ping()).resolves.toBeUndefined();
  });
});

describe('user and chat ids are never stored raw', () => {
  it('leaves no trace of the raw ids in the database files', async () => {
    const user = '735911842066';
    const chat = '-1002468135790';
    await store.recordExchange(makeExchange('h1', 'question', { user, chat }));
    expect(await store.recordFeedback({ answerId: 'h1', user, vote: 'up' })).toEqual({ ok: true });
    expect(await store.recordHandover({ answerId: 'h1', platform: 'telegram', chat })).toEqual({ ok: true });
    await store.setAutoAnswer('telegram', chat, true);
    await store.close();
    const bytes = Buffer.concat(
      [path, `${path}-wal`].filter((p) => existsSync(p)).map((p) => readFileSync(p)),
    );
    expect(bytes.includes(Buffer.from(user))).toBe(false);
    expect(bytes.includes(Buffer.from(chat))).toBe(false);
    expect(bytes.includes(Buffer.from(hashId('test-salt', 'user', user)))).toBe(true);
    store = createStore({ path, salt: 'test-salt', now: clock.now });
    expect(await store.getAutoAnswer('telegram', chat)).toBe(true);
  });

  it.each([
    ['same salt, same id', 'a', 'user', '1', 'a', 'user', '1', true],
    ['different salt', 'a', 'user', '1', 'b', 'user', '1', false],
    ['user vs chat with the same digits', 'a', 'user', '1', 'a', 'chat', '1', false],
  ] as const)('hashId: %s', (_name, s1, k1, id1, s2, k2, id2, equal) => {
    expect(hashId(s1, k1, id1) === hashId(s2, k2, id2)).toBe(equal);
  });
});

