import type Database from 'better-sqlite3';
import { hashId } from './hash-id.js';
import type { PayloadSeal } from './seal-payload.js';
import type { SessionStore } from './types.js';

/** Dialogue state by key, sealed like the journal's payloads; expired rows read as absent and are swept now and then. */
export function createSqliteSessions(db: Database.Database, options: { salt: string; now: () => number; seal: PayloadSeal }): SessionStore {
  const { salt, now, seal } = options;
  const hash = (key: string) => hashId(salt, 'chat', `session:${key}`);
  const select = db.prepare<[string, number], { value: Buffer }>('SELECT value FROM sessions WHERE key_hash = ? AND expires_at > ?');
  const upsert = db.prepare(
    `INSERT INTO sessions (key_hash, value, expires_at) VALUES (?, ?, ?)
     ON CONFLICT (key_hash) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`,
  );
  const remove = db.prepare('DELETE FROM sessions WHERE key_hash = ?');
  const sweep = db.prepare('DELETE FROM sessions WHERE expires_at <= ?');
  let writes = 0;
  return {
    async get<T>(key: string) {
      const row = select.get(hash(key), now());
      return row ? seal.open<T>(row.value) : undefined;
    },
    async set(key, value, ttlMs) {
      const t = now();
      if (++writes % 500 === 0) sweep.run(t);
      upsert.run(hash(key), seal.seal(value), t + ttlMs);
    },
    async delete(key) {
      remove.run(hash(key));
    },
  };
}
