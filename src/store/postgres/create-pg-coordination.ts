import { ACQUIRE_LEASE_SQL, CLAIM_ONCE_SQL, LEASE_HOLDER_SQL, TAKE_OVER_LEASE_SQL } from '../create-sqlite-claims.js';
import { decideWindows, windowKey, type WindowState } from '../decide-windows.js';
import { hashId } from '../hash-id.js';
import type { PayloadSeal } from '../seal-payload.js';
import type { Leases, OnceClaims, SessionStore, WindowCounters } from '../types.js';
import type { PgDatabase } from './create-pg-database.js';

export interface PgCoordination {
  windows: WindowCounters;
  once: OnceClaims;
  leases: Leases;
  sessions: SessionStore;
}

/**
 * What instances must agree on: sliding windows (rate limits, model budgets), once-claims, leases and dialogue
 * sessions. A window take locks its rows in key order (no deadlock between two takes naming the same keys), reads
 * them, decides as one process would, and writes them back, all in one transaction (four round trips).
 */
export function createPgCoordination(db: PgDatabase, options: { salt: string; now: () => number; seal: PayloadSeal }): PgCoordination {
  const { salt, now, seal } = options;
  let takes = 0;
  let claims = 0;
  let writes = 0;
  const onceHash = (kind: string, key: string) => hashId(salt, 'chat', `once:${kind}:${key}`);
  const sessionHash = (key: string) => hashId(salt, 'chat', `session:${key}`);

  const windows: WindowCounters = {
    async take(specs) {
      if (specs.length === 0) return { ok: true };
      const keys = specs.map((s) => hashId(salt, 'chat', windowKey(s)));
      const sorted = [...new Set(keys)].sort();
      const t = now();
      if (++takes % 1000 === 0) await db.run('DELETE FROM rate_windows WHERE expires_at < @now', { now: t });
      return db.transaction(async (tx) => {
        // One statement creates the missing rows and locks and reads them all, in key order: an upsert that leaves
        // an existing row as it is still takes its row lock and returns it.
        const rows = await tx.rows<{ key: string; hits: string; noticedAt: number | null }>(
          `INSERT INTO rate_windows (key_hash, hits, noticed_at, expires_at)
           SELECT k, '[]', NULL, 0 FROM unnest(@keys::text[]) AS k ORDER BY k
           ON CONFLICT (key_hash) DO UPDATE SET key_hash = excluded.key_hash
           RETURNING key_hash AS key, hits, noticed_at AS "noticedAt"`,
          { keys: sorted },
        );
        const byKey = new Map(rows.map((r) => [r.key, r]));
        const states = keys.map((k): WindowState => {
          const row = byKey.get(k);
          return row ? { hits: JSON.parse(row.hits) as number[], noticedAt: row.noticedAt } : { hits: [], noticedAt: null };
        });
        // The clock is read under the locks, so hits are recorded in the order the takes were serialized.
        const decision = decideWindows(specs, states, now());
        await tx.run(
          `UPDATE rate_windows w SET hits = v.hits, noticed_at = v.noticed, expires_at = v.expires
           FROM unnest(@keys::text[], @hits::text[], @noticed::bigint[], @expires::bigint[]) AS v(key, hits, noticed, expires)
           WHERE w.key_hash = v.key`,
          {
            keys,
            hits: decision.next.map((s) => JSON.stringify(s.hits)),
            noticed: decision.next.map((s) => s.noticedAt),
            expires: decision.expiresAt,
          },
        );
        return decision.outcome;
      });
    },
  };

  return {
    windows,
    once: {
      async claim(kind, key, ttlMs) {
        const t = now();
        if (++claims % 1000 === 0) await db.run('DELETE FROM once_claims WHERE expires_at <= @now', { now: t });
        return (await db.rows(CLAIM_ONCE_SQL, { kind, keyHash: onceHash(kind, key), expiresAt: t + ttlMs, now: t })).length === 1;
      },
      async release(kind, key) {
        await db.run('DELETE FROM once_claims WHERE kind = @kind AND key_hash = @keyHash', { kind, keyHash: onceHash(kind, key) });
      },
    },
    leases: {
      async acquire(name, owner, ttlMs) {
        const t = now();
        return (await db.rows(ACQUIRE_LEASE_SQL, { name, owner, expiresAt: t + ttlMs, now: t })).length === 1;
      },
      async release(name, owner) {
        await db.run('DELETE FROM leases WHERE name = @name AND owner = @owner', { name, owner });
      },
      async holder(name) {
        return (await db.one<{ owner: string }>(LEASE_HOLDER_SQL, { name, now: now() }))?.owner;
      },
      async takeOver(name, from, to, ttlMs) {
        return (await db.rows(TAKE_OVER_LEASE_SQL, { name, from, to, expiresAt: now() + ttlMs })).length === 1;
      },
    },
    sessions: {
      async get<T>(key: string) {
        const row = await db.one<{ value: Buffer }>('SELECT value FROM sessions WHERE key_hash = @key AND expires_at > @now', { key: sessionHash(key), now: now() });
        return row ? seal.open<T>(row.value) : undefined;
      },
      async set(key, value, ttlMs) {
        const t = now();
        if (++writes % 500 === 0) await db.run('DELETE FROM sessions WHERE expires_at <= @now', { now: t });
        await db.run(
          `INSERT INTO sessions (key_hash, value, expires_at) VALUES (@key, @value, @expires)
           ON CONFLICT (key_hash) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at`,
          { key: sessionHash(key), value: seal.seal(value), expires: t + ttlMs },
        );
      },
      async delete(key) {
        await db.run('DELETE FROM sessions WHERE key_hash = @key', { key: sessionHash(key) });
      },
    },
  };
}
