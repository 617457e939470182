import { hashId } from '../hash-id.js';
import { OUTBOX_HAND_OUT_MS, type ReplyOutboxOptions } from '../create-reply-outbox.js';
import { startOfRange } from '../time-range.js';
import type { DueReply, ReplyOutbox } from '../types.js';
import type { PgDatabase } from './create-pg-database.js';

const MAX_ERROR_CHARS = 500;

interface DueRow {
  id: number;
  payload: Buffer | null;
  attempts: number;
  deadlineAt: string;
  dueAt: string;
}

/** The reply outbox on PostgreSQL: `due` hands each reply to one worker (SKIP LOCKED, its retry time moved on). */
export function createPgReplyOutbox(db: PgDatabase, options: ReplyOutboxOptions): ReplyOutbox {
  const { now, seal, salt } = options;
  const iso = (offsetMs = 0) => new Date(now().getTime() + offsetMs).toISOString();
  const hash = (id: string | undefined) => (id ? hashId(salt, 'chat', id) : null);
  const clip = (error: string | undefined) => (error === undefined ? null : error.slice(0, MAX_ERROR_CHARS));
  const GIVE_UP = `UPDATE reply_outbox SET state = 'undelivered', payload = NULL, last_error = COALESCE(@error, last_error), done_at = @now
    WHERE id = @id AND state = 'pending'`;

  return {
    async add(input) {
      const row = await db.one<{ id: number }>(
        `INSERT INTO reply_outbox (platform, chat_hash, community_hash, payload, state, attempts, next_attempt_at, deadline_at, last_error, created_at)
         VALUES (@platform, @chatHash, @communityHash, @payload, 'pending', 1, @nextAttemptAt, @deadlineAt, @lastError, @createdAt)
         RETURNING id`,
        {
          platform: input.platform,
          chatHash: hash(input.chat),
          communityHash: hash(input.community ?? input.chat),
          payload: seal.seal(input.payload),
          nextAttemptAt: iso(Math.max(0, input.retryInMs)),
          deadlineAt: iso(Math.max(0, input.keepForMs)),
          lastError: clip(input.error),
          createdAt: iso(),
        },
      );
      return row!.id;
    },
    async due(limit) {
      const rows = await db.rows<DueRow>(
        `WITH d AS (
           SELECT id, next_attempt_at AS due_at FROM reply_outbox
           WHERE state = 'pending' AND next_attempt_at <= @now ORDER BY next_attempt_at, id LIMIT @limit FOR UPDATE SKIP LOCKED)
         UPDATE reply_outbox o SET next_attempt_at = @held FROM d WHERE o.id = d.id
         RETURNING o.id, o.payload, o.attempts, o.deadline_at AS "deadlineAt", d.due_at AS "dueAt"`,
        { now: iso(), limit, held: iso(options.handOutMs ?? OUTBOX_HAND_OUT_MS) },
      );
      rows.sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : a.id - b.id));
      const out: DueReply[] = [];
      for (const row of rows) {
        const payload = row.payload ? seal.open<unknown>(row.payload) : undefined;
        if (payload === undefined) {
          await db.run(GIVE_UP, { error: 'payload could not be opened (another salt?)', now: iso(), id: row.id });
          continue;
        }
        out.push({ id: row.id, payload, attempts: row.attempts, deadlineAt: row.deadlineAt });
      }
      return out;
    },
    async progress(id, payload) {
      await db.run(`UPDATE reply_outbox SET payload = @payload WHERE id = @id AND state = 'pending'`, { payload: seal.seal(payload), id });
    },
    async retryLater(id, { retryInMs, error }) {
      await db.run(
        `UPDATE reply_outbox SET attempts = attempts + 1, next_attempt_at = @at, last_error = @error WHERE id = @id AND state = 'pending'`,
        { at: iso(Math.max(0, retryInMs)), error: clip(error), id },
      );
    },
    async delivered(id) {
      await db.run(`DELETE FROM reply_outbox WHERE id = @id AND state = 'pending'`, { id });
    },
    async giveUp(id, error) {
      await db.run(GIVE_UP, { error: clip(error), now: iso(), id });
    },
    async nextDueAt() {
      return (await db.one<{ at: string | null }>(`SELECT MIN(next_attempt_at) AS at FROM reply_outbox WHERE state = 'pending'`))?.at ?? undefined;
    },
    async pendingCount() {
      return (await db.one<{ n: number }>(`SELECT COUNT(*) AS n FROM reply_outbox WHERE state = 'pending'`))?.n ?? 0;
    },
    async countUndelivered(query = {}) {
      const since = startOfRange(now(), query.sinceDays) ?? '';
      const scope = query.community ? { platform: query.community.platform, hash: hashId(salt, 'chat', query.community.id) } : undefined;
      const row = await db.one<{ n: number }>(
        `SELECT COUNT(*) AS n FROM reply_outbox q WHERE q.state = 'undelivered' AND q.created_at >= @since
         AND (NOT @scoped OR (q.platform = @scopePlatform AND q.community_hash = @scopeHash))`,
        { since, scoped: scope !== undefined, scopePlatform: scope?.platform ?? '', scopeHash: scope?.hash ?? '' },
      );
      return row?.n ?? 0;
    },
  };
}
