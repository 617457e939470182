import type Database from 'better-sqlite3';
import { hashId } from './hash-id.js';
import type { Leases, OnceClaims } from './types.js';

// One statement each: an insert that takes a free or expired row and returns it, or returns nothing when another
// holder's row is live. The same SQL runs on PostgreSQL (create-postgres-claims.ts).
export const CLAIM_ONCE_SQL = `INSERT INTO once_claims (kind, key_hash, expires_at) VALUES (@kind, @keyHash, @expiresAt)
  ON CONFLICT (kind, key_hash) DO UPDATE SET expires_at = excluded.expires_at WHERE once_claims.expires_at <= @now
  RETURNING kind`;
export const LEASE_HOLDER_SQL = 'SELECT owner FROM leases WHERE name = @name AND expires_at > @now';
export const TAKE_OVER_LEASE_SQL = `UPDATE leases SET owner = @to, expires_at = @expiresAt WHERE name = @name AND owner = @from RETURNING owner`;
export const ACQUIRE_LEASE_SQL = `INSERT INTO leases (name, owner, expires_at) VALUES (@name, @owner, @expiresAt)
  ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, expires_at = excluded.expires_at
  WHERE leases.owner = excluded.owner OR leases.expires_at <= @now
  RETURNING owner`;

export function createSqliteClaims(db: Database.Database, options: { salt: string; now: () => number }): { once: OnceClaims; leases: Leases } {
  const { salt, now } = options;
  const claim = db.prepare(CLAIM_ONCE_SQL);
  const releaseOnce = db.prepare('DELETE FROM once_claims WHERE kind = ? AND key_hash = ?');
  const sweep = db.prepare('DELETE FROM once_claims WHERE expires_at <= ?');
  const acquire = db.prepare(ACQUIRE_LEASE_SQL);
  const releaseLease = db.prepare('DELETE FROM leases WHERE name = ? AND owner = ?');
  const holder = db.prepare<{ name: string; now: number }, { owner: string }>(LEASE_HOLDER_SQL);
  const takeOver = db.prepare(TAKE_OVER_LEASE_SQL);
  const hash = (kind: string, key: string) => hashId(salt, 'chat', `once:${kind}:${key}`);
  let claims = 0;
  return {
    once: {
      async claim(kind, key, ttlMs) {
        const t = now();
        if (++claims % 1000 === 0) sweep.run(t);
        return claim.all({ kind, keyHash: hash(kind, key), expiresAt: t + ttlMs, now: t }).length === 1;
      },
      async release(kind, key) {
        releaseOnce.run(kind, hash(kind, key));
      },
    },
    leases: {
      async acquire(name, owner, ttlMs) {
        const t = now();
        return acquire.all({ name, owner, expiresAt: t + ttlMs, now: t }).length === 1;
      },
      async release(name, owner) {
        releaseLease.run(name, owner);
      },
      async holder(name) {
        return holder.get({ name, now: now() })?.owner;
      },
      async takeOver(name, from, to, ttlMs) {
        return takeOver.all({ name, from, to, expiresAt: now() + ttlMs }).length === 1;
      },
    },
  };
}
