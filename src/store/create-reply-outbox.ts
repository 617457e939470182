import type Database from 'better-sqlite3';
import { hashId } from './hash-id.js';
import type { PayloadSeal } from './seal-payload.js';
import { SCOPE_SQL, scopeParams } from './scope-filter.js';
import { startOfRange } from './time-range.js';
import type { DueReply, QueueReplyInput, RangeQuery, ReplyOutbox } from './types.js';

export interface ReplyOutboxOptions {
  now: () => Date;
  seal: PayloadSeal;
  salt: string;
  /** How long a reply handed out by `due` is held for the worker that took it. */
  handOutMs?: number;
}

/** A worker that took a reply and died: another takes it after this long. */
export const OUTBOX_HAND_OUT_MS = 60_000;

interface DueRow {
  id: number;
  payload: Buffer | null;
  attempts: number;
  deadlineAt: string;
}

const MAX_ERROR_CHARS = 500;

/**
 * Replies the platform did not take (5xx past the retries, a long 429): kept, retried by the adapter, and once their
 * deadline passes counted as undelivered. The payload goes as soon as the row is done; the count stays for /stats.
 */
export function createReplyOutbox(db: Database.Database, options: ReplyOutboxOptions): ReplyOutbox {
  const { now, seal, salt } = options;
  const iso = (offsetMs = 0) => new Date(now().getTime() + offsetMs).toISOString();
  const hash = (id: string | undefined) => (id ? hashId(salt, 'chat', id) : null);
  const clip = (error: string | undefined) => (error === undefined ? null : error.slice(0, MAX_ERROR_CHARS));

  const insert = db.prepare(
    `INSERT INTO reply_outbox (platform, chat_hash, community_hash, payload, state, attempts, next_attempt_at, deadline_at, last_error, created_at)
     VALUES (@platform, @chatHash, @communityHash, @payload, 'pending', 1, @nextAttemptAt, @deadlineAt, @lastError, @createdAt)`,
  );
  const due = db.prepare<{ now: string; limit: number }, DueRow>(
    `SELECT id, payload, attempts, deadline_at AS deadlineAt FROM reply_outbox
     WHERE state = 'pending' AND next_attempt_at <= @now ORDER BY next_attempt_at, id LIMIT @limit`,
  );
  const handOut = db.prepare('UPDATE reply_outbox SET next_attempt_at = ? WHERE id = ? AND state = \'pending\'');
  const progress = db.prepare('UPDATE reply_outbox SET payload = ? WHERE id = ? AND state = \'pending\'');
  const retry = db.prepare(
    `UPDATE reply_outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = ? AND state = 'pending'`,
  );
  const remove = db.prepare("DELETE FROM reply_outbox WHERE id = ? AND state = 'pending'");
  const giveUp = db.prepare(
    `UPDATE reply_outbox SET state = 'undelivered', payload = NULL, last_error = COALESCE(?, last_error), done_at = ?
     WHERE id = ? AND state = 'pending'`,
  );
  const nextDue = db.prepare<[], { at: string | null }>("SELECT MIN(next_attempt_at) AS at FROM reply_outbox WHERE state = 'pending'");
  const pending = db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM reply_outbox WHERE state = 'pending'");
  const undelivered = db.prepare<{ since: string } & ReturnType<typeof scopeParams>, { n: number }>(
    `SELECT COUNT(*) AS n FROM reply_outbox q WHERE q.state = 'undelivered' AND q.created_at >= @since AND ${SCOPE_SQL}`,
  );

  const takeDue = db.transaction((limit: number) => {
    const rows = due.all({ now: iso(), limit });
    const held = iso(options.handOutMs ?? OUTBOX_HAND_OUT_MS);
    for (const row of rows) handOut.run(held, row.id);
    return rows;
  });

  return {
    async add(input: QueueReplyInput) {
      return Number(
        insert.run({
          platform: input.platform,
          chatHash: hash(input.chat),
          communityHash: hash(input.community ?? input.chat),
          payload: seal.seal(input.payload),
          nextAttemptAt: iso(Math.max(0, input.retryInMs)),
          deadlineAt: iso(Math.max(0, input.keepForMs)),
          lastError: clip(input.error),
          createdAt: iso(),
        }).lastInsertRowid,
      );
    },
    async due(limit) {
      const out: DueReply[] = [];
      for (const row of takeDue.immediate(limit)) {
        const payload = row.payload ? seal.open<unknown>(row.payload) : undefined;
        if (payload === undefined) {
          giveUp.run('payload could not be opened (another salt?)', iso(), row.id);
          continue;
        }
        out.push({ id: row.id, payload, attempts: row.attempts, deadlineAt: row.deadlineAt });
      }
      return out;
    },
    progress: async (id, payload) => void progress.run(seal.seal(payload), id),
    retryLater: async (id, { retryInMs, error }) => void retry.run(iso(Math.max(0, retryInMs)), clip(error), id),
    delivered: async (id) => void remove.run(id),
    giveUp: async (id, error) => void giveUp.run(clip(error), iso(), id),
    nextDueAt: async () => nextDue.get()?.at ?? undefined,
    pendingCount: async () => pending.get()?.n ?? 0,
    async countUndelivered(query: RangeQuery = {}) {
      const since = startOfRange(now(), query.sinceDays) ?? '';
      const scope = query.community ? { platform: query.community.platform, hash: hashId(salt, 'chat', query.community.id) } : undefined;
      return undelivered.get({ since, ...scopeParams(scope) })?.n ?? 0;
    },
  };
}
