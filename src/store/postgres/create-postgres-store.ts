import { z } from 'zod';
import { hashId } from '../hash-id.js';
import { createPayloadSeal } from '../seal-payload.js';
import { StoreError } from '../store-error.js';
import { answerRow, chatKeySchema, feedbackComment, feedbackSchema, handoverSchema, hashCommunity, questionRow, scopeOf } from '../store-input.js';
import type { RecordResult, Store } from '../types.js';
import { createPgConversationStore } from './create-pg-conversation-store.js';
import { createPgCoordination } from './create-pg-coordination.js';
import { createPgDatabase, type PgDatabase } from './create-pg-database.js';
import { createPgReaders } from './create-pg-readers.js';
import { createPgReplyOutbox } from './create-pg-reply-outbox.js';
import { createPgUpdateJournal } from './create-pg-update-journal.js';
import { runPgMigrations } from './run-pg-migrations.js';

export interface CreatePostgresStoreOptions {
  /** `postgres://user:password@host:5432/db` (DATABASE_URL). */
  url: string;
  salt: string;
  now?: () => Date;
  poolMax?: number;
  connectTimeoutMs?: number;
  autoAnswerDefault?: boolean;
  clusterWindow?: number;
  conversationRetainMs?: number;
  claimLeaseMs?: number;
  /** Idle connections the server dropped (a restart): for the log. */
  onPoolError?: (error: Error) => void;
}

/**
 * The store on PostgreSQL, for several instances: the same port and the same rows as SQLite. Connects and migrates
 * before returning, so a wrong URL or a server out of reach fails the start with a message naming where it looked.
 */
export async function createPostgresStore(options: CreatePostgresStoreOptions): Promise<Store> {
  if (!options.salt) throw new StoreError('invalid store options: a non-empty salt is required to hash user ids');
  const { salt } = options;
  const now = options.now ?? (() => new Date());
  const millis = () => now().getTime();
  const stamp = () => now().toISOString();
  const db = createPgDatabase({ url: options.url, max: options.poolMax, connectTimeoutMs: options.connectTimeoutMs, onPoolError: options.onPoolError });
  try {
    await db.one('SELECT 1 AS one');
  } catch (error) {
    await db.end().catch(() => undefined);
    const reason = (error as { cause?: { message?: string } }).cause?.message ?? (error as Error).message;
    throw new StoreError(`cannot reach PostgreSQL at ${db.where} (${reason}); check DATABASE_URL and that the server is running`, { cause: error, unreachable: true });
  }
  try {
    await runPgMigrations(db);
  } catch (error) {
    await db.end().catch(() => undefined);
    throw error;
  }
  return assemble(db, options, { salt, now, millis, stamp });
}

function assemble(
  db: PgDatabase,
  options: CreatePostgresStoreOptions,
  { salt, now, millis, stamp }: { salt: string; now: () => Date; millis: () => number; stamp: () => string },
): Store {
  const readers = createPgReaders(db, now, options.clusterWindow ?? 2000);
  const coordination = createPgCoordination(db, { salt, now: millis, seal: createPayloadSeal(salt, 'sessions') });
  const validate = <T>(fn: () => T): T => {
    try {
      return fn();
    } catch (error) {
      if (error instanceof z.ZodError) throw error;
      throw new StoreError('store: invalid input', { cause: error });
    }
  };

  return {
    kind: 'postgres',
    updates: createPgUpdateJournal(db, { now, seal: createPayloadSeal(salt, 'telegram-updates'), leaseMs: options.claimLeaseMs }),
    outbox: createPgReplyOutbox(db, { now, salt, seal: createPayloadSeal(salt, 'reply-outbox') }),
    ...coordination,
    async recordExchange(input) {
      const createdAt = stamp();
      const q = questionRow(salt, input, createdAt);
      const a = answerRow(input, createdAt);
      // One statement: the question and its answer are inserted together or not at all.
      const row = await db.one<{ questionId: number }>(
        `WITH q AS (
           INSERT INTO questions (platform, chat_hash, community_hash, user_hash, text, lang, created_at)
           VALUES (@platform, @chatHash, @communityHash, @userHash, @text, @lang, @createdAt) RETURNING id)
         INSERT INTO answers (id, question_id, text, sources, tool, route, confidence, abstained, latency_ms, resolved, follow_up, created_at)
         SELECT @answerId::text, q.id, @answerText::text, @sources::text, @tool::text, @route::text, @confidence::float8, @abstained::int,
           @latencyMs::int, @resolved::text, @followUp::int, @createdAt::text FROM q
         RETURNING question_id AS "questionId"`,
        {
          ...q,
          answerId: a.id,
          answerText: a.text,
          sources: a.sources,
          tool: a.tool,
          route: a.route,
          confidence: a.confidence,
          abstained: a.abstained,
          latencyMs: a.latencyMs,
          resolved: a.resolved,
          followUp: a.followUp,
        },
      );
      return { questionId: row!.questionId, answerId: input.result.id };
    },
    async recordFeedback(input): Promise<RecordResult> {
      const f = validate(() => feedbackSchema.parse(input));
      const written = await db.run(
        `INSERT INTO feedback (answer_id, user_hash, vote, comment, created_at)
         SELECT @answerId::text, @userHash::text, @vote::text, @comment::text, @createdAt::text
         WHERE EXISTS (SELECT 1 FROM answers WHERE id = @answerId)
         ON CONFLICT (answer_id, user_hash) DO UPDATE SET vote = excluded.vote, comment = excluded.comment, created_at = excluded.created_at`,
        { answerId: f.answerId, userHash: hashId(salt, 'user', f.user), vote: f.vote, comment: feedbackComment(f.comment), createdAt: stamp() },
      );
      return written === 1 ? { ok: true } : { ok: false, reason: 'unknown-answer' };
    },
    async recordHandover(input): Promise<RecordResult> {
      const h = validate(() => handoverSchema.parse(input));
      const written = await db.run(
        `INSERT INTO handovers (answer_id, platform, chat_hash, community_hash, created_at)
         SELECT @answerId::text, @platform::text, @chatHash::text, @communityHash::text, @createdAt::text
         WHERE EXISTS (SELECT 1 FROM answers WHERE id = @answerId)`,
        {
          answerId: h.answerId,
          platform: h.platform,
          chatHash: h.chat ? hashId(salt, 'chat', h.chat) : null,
          communityHash: hashCommunity(salt, h.community ?? h.chat),
          createdAt: stamp(),
        },
      );
      return written === 1 ? { ok: true } : { ok: false, reason: 'unknown-answer' };
    },
    async getAutoAnswer(platform, chat) {
      const [p, c] = chatKeySchema.parse([platform, chat]);
      const row = await db.one<{ autoAnswer: number }>(
        'SELECT auto_answer AS "autoAnswer" FROM chat_settings WHERE platform = @p AND chat_id_hash = @c',
        { p, c: hashId(salt, 'chat', c) },
      );
      return row ? row.autoAnswer === 1 : (options.autoAnswerDefault ?? false);
    },
    async setAutoAnswer(platform, chat, on) {
      const [p, c] = chatKeySchema.parse([platform, chat]);
      await db.run(
        `INSERT INTO chat_settings (platform, chat_id_hash, auto_answer, updated_at) VALUES (@p, @c, @on, @at)
         ON CONFLICT (platform, chat_id_hash) DO UPDATE SET auto_answer = excluded.auto_answer, updated_at = excluded.updated_at`,
        { p, c: hashId(salt, 'chat', c), on: on ? 1 : 0, at: stamp() },
      );
    },
    getStats: (query = {}) => readers.getStats(scopeOf(salt, query)),
    getGaps: (query) => readers.getGaps(scopeOf(salt, query)),
    getTopQuestions: (query) => readers.getTopQuestions(scopeOf(salt, query)),
    getDownvoted: (query) => readers.getDownvoted(scopeOf(salt, query)),
    conversations: createPgConversationStore(db, { salt, now: millis, retainMs: options.conversationRetainMs ?? 86_400_000 }),
    async ping() {
      await db.one('SELECT 1 AS one');
    },
    close: () => db.end(),
  };
}
