import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore } from '../../src/store/create-store.js';
import { LATEST_SCHEMA_VERSION, MIGRATIONS, runMigrations, type Migration } from '../../src/store/migrations.js';
import { createPostgresStore } from '../../src/store/postgres/create-postgres-store.js';
import { splitStatements } from '../../src/store/postgres/run-pg-migrations.js';
import { StoreError } from '../../src/store/store-error.js';
import { makeExchange, makeTempDir } from './helpers.js';
import { startPostgres } from './postgres-server.js';

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => {
  tmp = makeTempDir();
});
afterEach(() => tmp.remove());

const latest = Math.max(...MIGRATIONS.map((m) => m.version));
const availability = await startPostgres();
afterAll(async () => {
  if (availability.ok) await availability.server.stop();
});

// A database as the release before the shared store left it: schema version 4 with one exchange in it.
const OLD_VERSION = 4;
const OLD_QUESTION = `INSERT INTO questions (platform, chat_hash, community_hash, user_hash, text, lang, created_at)
  VALUES ('telegram', 'c', 'c', 'u', 'asked before the upgrade', 'en', '2026-11-20T08:00:00.000Z')`;
const OLD_ANSWER = `INSERT INTO answers (id, question_id, text, sources, tool, route, confidence, abstained, latency_ms, created_at)
  VALUES ('old-1', 1, 'an answer', '[]', NULL, 'faq', 0.8, 0, 3, '2026-11-20T08:00:00.000Z')`;

describe('migrations', () => {
  it('are one list for both stores: versions unique and ascending from 1, each with PostgreSQL text', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(Array.from({ length: MIGRATIONS.length }, (_, i) => i + 1));
    expect(LATEST_SCHEMA_VERSION).toBe(latest);
    for (const m of MIGRATIONS) expect(splitStatements(m.postgres).length).toBeGreaterThan(0);
  });

  it('SQLite: are idempotent, opening the same file twice keeps data and version', async () => {
    const path = join(tmp.dir, 'bot.db');
    const first = createStore({ path, salt: 's' });
    await first.recordExchange(makeExchange('keep-1', 'still here?'));
    await first.close();
    const second = createStore({ path, salt: 's' });
    expect((await second.getStats()).questions).toBe(1);
    await second.close();
    const db = new Database(path);
    expect(db.pragma('user_version', { simple: true })).toBe(latest);
    expect(runMigrations(db)).toBe(latest);
    db.close();
  });

  it('SQLite: a file at an older version is migrated on start, its rows kept', async () => {
    const path = join(tmp.dir, 'old.db');
    const db = new Database(path);
    runMigrations(db, MIGRATIONS.filter((m) => m.version <= OLD_VERSION));
    db.exec(`${OLD_QUESTION}; ${OLD_ANSWER}`);
    db.close();
    const store = createStore({ path, salt: 's' });
    expect((await store.getStats()).questions).toBe(1);
    expect(await store.once.claim('handover', 'telegram:old-1', 1000)).toBe(true);
    await store.close();
    const after = new Database(path);
    expect(after.pragma('user_version', { simple: true })).toBe(latest);
    after.close();
  });

  it('SQLite: refuses a database written by a newer schema', () => {
    const path = join(tmp.dir, 'future.db');
    const db = new Database(path);
    db.pragma(`user_version = ${latest + 1}`);
    db.close();
    expect(() => createStore({ path, salt: 's' })).toThrow(/newer/);
  });

  it('SQLite: rolls back a failing migration with its version bump', () => {
    const db = new Database(':memory:');
    const steps: Migration[] = [
      { version: 1, up: (d) => d.exec('CREATE TABLE a (x INTEGER)'), postgres: 'CREATE TABLE a (x INTEGER)' },
      {
        version: 2,
        up: (d) => {
          d.exec('CREATE TABLE b (x INTEGER)');
          throw new Error('boom');
        },
        postgres: 'CREATE TABLE b (x INTEGER)',
      },
    ];
    expect(() => runMigrations(db, steps)).toThrow(StoreError);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`).all();
    expect(tables).toEqual([{ name: 'a' }]);
    db.close();
  });

  describe.skipIf(!availability.ok)('PostgreSQL', () => {
    const server = availability.ok ? availability.server : undefined;
    async function sql(url: string, text: string): Promise<Record<string, unknown>[]> {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        return (await client.query(text)).rows as Record<string, unknown>[];
      } finally {
        await client.end();
      }
    }

    it('a database at an older version is migrated on start, once however many instances start together', async () => {
      const url = await server!.createDatabase();
      await sql(url, 'CREATE TABLE schema_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL)');
      for (const m of MIGRATIONS.filter((m) => m.version <= OLD_VERSION)) for (const s of splitStatements(m.postgres)) await sql(url, s);
      await sql(url, `INSERT INTO schema_version VALUES (1, ${OLD_VERSION})`);
      await sql(url, OLD_QUESTION);
      await sql(url, OLD_ANSWER);
      const stores = await Promise.all([1, 2, 3].map(() => createPostgresStore({ url, salt: 's' })));
      expect((await stores[0]!.getStats()).questions).toBe(1);
      expect(await stores[1]!.once.claim('handover', 'telegram:old-1', 1000)).toBe(true);
      await Promise.all(stores.map((s) => s.close()));
      expect(await sql(url, 'SELECT version FROM schema_version')).toEqual([{ version: latest }]);
    });

    it('refuses a database a newer release migrated, and says which versions', async () => {
      const url = await server!.createDatabase();
      await (await createPostgresStore({ url, salt: 's' })).close();
      await sql(url, `UPDATE schema_version SET version = ${latest + 1}`);
      await expect(createPostgresStore({ url, salt: 's' })).rejects.toThrow(`database schema version ${latest + 1} is newer than this program knows (${latest})`);
    });

    it('fails the start with a message naming the server, never the password, when PostgreSQL is unreachable', async () => {
      const error = await createPostgresStore({ url: 'postgres://bot:s3cret-pw@127.0.0.1:1/botdb', salt: 's', connectTimeoutMs: 2_000 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreError);
      expect((error as StoreError).unreachable).toBe(true);
      expect((error as Error).message).toMatch(/^cannot reach PostgreSQL at postgres:\/\/bot@127\.0\.0\.1:1\/botdb \(.*ECONNREFUSED.*\); check DATABASE_URL/);
      expect((error as Error).message).not.toContain('s3cret-pw');
    });
  });
});
