import { JOURNAL_DEFAULTS, type UpdateJournalOptions } from '../create-update-journal.js';
import type { JournalCounts, RecoveredUpdates, UpdateJournal } from '../types.js';
import type { PgDatabase } from './create-pg-database.js';

interface Row {
  updateId: number;
  payload: Buffer | null;
  attempts: number;
}

/**
 * The Telegram journal on PostgreSQL, shared by every webhook instance. Accepting is an insert that does nothing on
 * a known id; claiming is one conditional UPDATE (under READ COMMITTED a second claimer waits for the first's row
 * lock, re-reads the row and finds it claimed), so exactly one instance handles each update.
 */
export function createPgUpdateJournal(db: PgDatabase, options: UpdateJournalOptions): UpdateJournal {
  const { now, seal } = options;
  const leaseMs = options.leaseMs ?? JOURNAL_DEFAULTS.leaseMs;
  const expireAfterMs = options.expireAfterMs ?? JOURNAL_DEFAULTS.expireAfterMs;
  const maxAttempts = options.maxAttempts ?? JOURNAL_DEFAULTS.maxAttempts;
  const iso = (offsetMs = 0) => new Date(now().getTime() + offsetMs).toISOString();
  const PRUNE = `DELETE FROM telegram_updates WHERE received_at < @before RETURNING (state <> 'answered') AS unanswered`;
  let accepted = 0;

  return {
    async accept(update) {
      if (++accepted % 500 === 0) await db.run(PRUNE, { before: iso(-expireAfterMs) });
      const inserted = await db.run(
        `INSERT INTO telegram_updates (update_id, payload, state, received_at) VALUES (@id, @payload, 'pending', @now)
         ON CONFLICT (update_id) DO NOTHING`,
        { id: update.update_id, payload: seal.seal(update), now: iso() },
      );
      return inserted === 1;
    },
    async claim(updateId, owner) {
      const changed = await db.run(
        `UPDATE telegram_updates SET state = 'claimed', owner = @owner, lease_until = @leaseUntil, attempts = attempts + 1
         WHERE update_id = @updateId AND (state = 'pending' OR (state = 'claimed' AND lease_until <= @now))`,
        { updateId, owner, leaseUntil: iso(leaseMs), now: iso() },
      );
      return changed === 1;
    },
    async finish(updateId) {
      await db.run(
        `UPDATE telegram_updates SET state = 'answered', payload = NULL, owner = NULL, lease_until = NULL, done_at = @now
         WHERE update_id = @updateId AND state <> 'answered'`,
        { updateId, now: iso() },
      );
    },
    async release(updateId) {
      await db.run(`UPDATE telegram_updates SET state = 'pending', owner = NULL, lease_until = NULL WHERE update_id = @updateId AND state = 'claimed'`, { updateId });
    },
    recover({ takeOverClaims, limit = 10_000, pendingOlderThanMs = 0 }) {
      return db.transaction(async (tx): Promise<RecoveredUpdates> => {
        // SKIP LOCKED: rows a sibling is claiming right now are its own; two recovering instances split the rest.
        const rows = await tx.rows<Row>(
          `SELECT update_id AS "updateId", payload, attempts FROM telegram_updates
           WHERE (state = 'pending' AND received_at <= @pendingBefore) OR (state = 'claimed' AND (@all OR lease_until <= @now))
           ORDER BY update_id LIMIT @limit FOR UPDATE SKIP LOCKED`,
          { now: iso(), all: takeOverClaims, limit, pendingBefore: iso(-pendingOlderThanMs) },
        );
        const updates: unknown[] = [];
        const reset: number[] = [];
        const abandoned: number[] = [];
        for (const row of rows) {
          const update = row.payload ? seal.open<unknown>(row.payload) : undefined;
          if (update === undefined || row.attempts >= maxAttempts) abandoned.push(row.updateId);
          else {
            reset.push(row.updateId);
            updates.push(update);
          }
        }
        if (abandoned.length > 0) {
          await tx.run(
            `UPDATE telegram_updates SET state = 'answered', payload = NULL, owner = NULL, lease_until = NULL, done_at = @now
             WHERE update_id = ANY(@ids::bigint[])`,
            { ids: abandoned, now: iso() },
          );
        }
        if (reset.length > 0) {
          await tx.run(`UPDATE telegram_updates SET state = 'pending', owner = NULL, lease_until = NULL WHERE update_id = ANY(@ids::bigint[]) AND state = 'claimed'`, { ids: reset });
        }
        return { updates, abandoned: abandoned.length };
      });
    },
    async prune() {
      const rows = await db.rows<{ unanswered: boolean }>(PRUNE, { before: iso(-expireAfterMs) });
      return { removed: rows.length, unanswered: rows.filter((r) => r.unanswered).length };
    },
    async counts() {
      const out: JournalCounts = { pending: 0, claimed: 0, answered: 0 };
      for (const { state, n } of await db.rows<{ state: string; n: number }>('SELECT state, COUNT(*) AS n FROM telegram_updates GROUP BY state')) {
        if (state in out) out[state as keyof JournalCounts] = n;
      }
      return out;
    },
  };
}
