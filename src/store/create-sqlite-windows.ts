import type Database from 'better-sqlite3';
import { decideWindows, windowKey, type WindowState } from './decide-windows.js';
import { hashId } from './hash-id.js';
import type { WindowCounters, WindowSpec } from './types.js';

interface Row {
  hits: string;
  noticedAt: number | null;
}

/**
 * Windows in SQLite: one IMMEDIATE transaction reads, decides and writes every window named, so processes sharing
 * the file (webhook instances on one host) decide as one.
 */
export function createSqliteWindows(db: Database.Database, options: { salt: string; now: () => number }): WindowCounters {
  const { salt, now } = options;
  const select = db.prepare<[string], Row>('SELECT hits, noticed_at AS noticedAt FROM rate_windows WHERE key_hash = ?');
  const upsert = db.prepare(
    `INSERT INTO rate_windows (key_hash, hits, noticed_at, expires_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (key_hash) DO UPDATE SET hits = excluded.hits, noticed_at = excluded.noticed_at, expires_at = excluded.expires_at`,
  );
  const sweep = db.prepare('DELETE FROM rate_windows WHERE expires_at < ?');
  let takes = 0;
  const take = db.transaction((specs: readonly WindowSpec[]) => {
    const t = now();
    if (++takes % 1000 === 0) sweep.run(t);
    const keys = specs.map((s) => hashId(salt, 'chat', windowKey(s)));
    const states = keys.map((k): WindowState => {
      const row = select.get(k);
      return row ? { hits: JSON.parse(row.hits) as number[], noticedAt: row.noticedAt } : { hits: [], noticedAt: null };
    });
    const decision = decideWindows(specs, states, t);
    decision.next.forEach((s, i) => upsert.run(keys[i]!, JSON.stringify(s.hits), s.noticedAt, decision.expiresAt[i]!));
    return decision.outcome;
  });
  return {
    async take(specs) {
      return specs.length === 0 ? { ok: true } : take.immediate(specs);
    },
  };
}
