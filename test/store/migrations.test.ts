import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore } from '../../src/store/create-store.js';
import { MIGRATIONS, runMigrations, type Migration } from '../../src/store/migrations.js';
import { StoreError } from '../../src/store/store-error.js';
import { makeExchange, makeTempDir } from './helpers.js';

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  tmp = makeTempDir();
});
afterEach(() => tmp.remove());

const latest = Math.max(...MIGRATIONS.map((m) => m.version));

describe('migrations', () => {
  it('are idempotent: opening the same file twice keeps data and version', () => {
    const path = join(tmp.dir, 'bot.db');
    const first = createStore({ path, salt: 's' });
    first.recordExchange(makeExchange('keep-1', 'still here?'));
    first.close();
    const second = createStore({ path, salt: 's' });
    expect(second.getStats().questions).toBe(1);
    second.close();
    const db = new Database(path);
    expect(db.pragma('user_version', { simple: true })).toBe(latest);
    expect(runMigrations(db)).toBe(latest);
    db.close();
  });

  it('versions are unique and ascending from 1', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: MIGRATIONS.length }, (_, i) => i + 1));
  });

  it('refuses a database written by a newer schema', () => {
    const path = join(tmp.dir, 'future.db');
    const db = new Database(path);
    db.pragma(`user_version = ${latest + 1}`);
    db.close();
    expect(() => createStore({ path, salt: 's' })).toThrow(/newer/);
  });

  it('rolls back a failing migration with its version bump', () => {
    const db = new Database(':memory:');
    const steps: Migration[] = [
      { version: 1, up: (d) => d.exec('CREATE TABLE a (x INTEGER)') },
      {
        version: 2,
        up: (d) => {
          d.exec('CREATE TABLE b (x INTEGER)');
          throw new Error('boom');
        },
      },
    ];
    expect(() => runMigrations(db, steps)).toThrow(StoreError);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all();
    expect(tables).toEqual([{ name: 'a' }]);
    db.close();
  });
});
