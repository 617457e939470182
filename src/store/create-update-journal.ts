import type Database from 'better-sqlite3';
import type { PayloadSeal } from './seal-payload.js';
import type { JournalCounts, RecoverOptions, RecoveredUpdates, UpdateJournal } from './types.js';

export interface UpdateJournalOptions {
  now: () => Date;
  seal: PayloadSeal;
  /** How long a claim holds before another handler may take the update over (a crashed sibling). */
  leaseMs?: number;
  /** Telegram keeps an update for a day; ids are remembered as long, so a late redelivery is still recognised. */
  expireAfterMs?: number;
  /** An update whose handling started this often without finishing (it crashes the process) is given up. */
  maxAttempts?: number;
}

interface Row {
  updateId: number;
  payload: Buffer | null;
  attempts: number;
}

const DAY_MS = 24 * 3600_000;

export const JOURNAL_DEFAULTS = { leaseMs: 120_000, expireAfterMs: DAY_MS, maxAttempts: 3 } as const;

/**
 * The Telegram updates the bot has accepted, over the store's connection. Each call is one statement or one
 * transaction, so claims are atomic also between processes sharing the file (webhook instances on one host).
 */
export function createUpdateJournal(db: Database.Database, options: UpdateJournalOptions): UpdateJournal {
  const { now, seal } = options;
  const leaseMs = options.leaseMs ?? JOURNAL_DEFAULTS.leaseMs;
  const expireAfterMs = options.expireAfterMs ?? JOURNAL_DEFAULTS.expireAfterMs;
  const maxAttempts = options.maxAttempts ?? JOURNAL_DEFAULTS.maxAttempts;
  const iso = (offsetMs = 0) => new Date(now().getTime() + offsetMs).toISOString();

  const insert = db.prepare(
    `INSERT INTO telegram_updates (update_id, payload, state, received_at) VALUES (?, ?, 'pending', ?)
     ON CONFLICT (update_id) DO NOTHING`,
  );
  const claim = db.prepare(
    `UPDATE telegram_updates SET state = 'claimed', owner = @owner, lease_until = @leaseUntil, attempts = attempts + 1
     WHERE update_id = @updateId AND (state = 'pending' OR (state = 'claimed' AND lease_until <= @now))`,
  );
  const finish = db.prepare(
    `UPDATE telegram_updates SET state = 'answered', payload = NULL, owner = NULL, lease_until = NULL, done_at = ?
     WHERE update_id = ? AND state <> 'answered'`,
  );
  const release = db.prepare(
    `UPDATE telegram_updates SET state = 'pending', owner = NULL, lease_until = NULL WHERE update_id = ? AND state = 'claimed'`,
  );
  const selectOpen = db.prepare<{ now: string; all: number; limit: number; pendingBefore: string }, Row>(
    `SELECT update_id AS updateId, payload, attempts FROM telegram_updates
     WHERE (state = 'pending' AND received_at <= @pendingBefore) OR (state = 'claimed' AND (@all = 1 OR lease_until <= @now))
     ORDER BY update_id LIMIT @limit`,
  );
  const resetClaim = db.prepare(
    `UPDATE telegram_updates SET state = 'pending', owner = NULL, lease_until = NULL WHERE update_id = ? AND state = 'claimed'`,
  );
  const prune = db.prepare<[string], { n: number }>(
    `DELETE FROM telegram_updates WHERE received_at < ? RETURNING state <> 'answered' AS n`,
  );
  const counts = db.prepare<[], { state: string; n: number }>('SELECT state, COUNT(*) AS n FROM telegram_updates GROUP BY state');

  const recover = db.transaction(({ takeOverClaims, limit = 10_000, pendingOlderThanMs = 0 }: RecoverOptions): RecoveredUpdates => {
    const rows = selectOpen.all({ now: iso(), all: takeOverClaims ? 1 : 0, limit, pendingBefore: iso(-pendingOlderThanMs) });
    const updates: unknown[] = [];
    let abandoned = 0;
    for (const row of rows) {
      const update = row.payload ? seal.open<unknown>(row.payload) : undefined;
      // Handled this often without finishing: the update itself brings the process down. Or sealed under another salt.
      if (update === undefined || row.attempts >= maxAttempts) {
        finish.run(iso(), row.updateId);
        abandoned++;
        continue;
      }
      resetClaim.run(row.updateId);
      updates.push(update);
    }
    return { updates, abandoned };
  });

  let accepted = 0;
  return {
    async accept(update) {
      // Expired ids are swept now and then, not on every insert.
      if (++accepted % 500 === 0) prune.all(iso(-expireAfterMs));
      return insert.run(update.update_id, seal.seal(update), iso()).changes === 1;
    },
    claim: async (updateId, owner) => claim.run({ updateId, owner, leaseUntil: iso(leaseMs), now: iso() }).changes === 1,
    finish: async (updateId) => void finish.run(iso(), updateId),
    release: async (updateId) => void release.run(updateId),
    recover: async (recoverOptions) => recover.immediate(recoverOptions),
    async prune() {
      const rows = prune.all(iso(-expireAfterMs));
      return { removed: rows.length, unanswered: rows.filter((r) => r.n === 1).length };
    },
    async counts() {
      const out: JournalCounts = { pending: 0, claimed: 0, answered: 0 };
      for (const { state, n } of counts.all()) if (state in out) out[state as keyof JournalCounts] = n;
      return out;
    },
  };
}
