import { z } from 'zod';
import { hashId } from './hash-id.js';
import { openDatabase, type SynchronousMode } from './open-database.js';
import { createSqliteClaims } from './create-sqlite-claims.js';
import { createSqliteConversationStore } from './create-sqlite-conversation-store.js';
import { createSqliteSessions } from './create-sqlite-sessions.js';
import { createSqliteWindows } from './create-sqlite-windows.js';
import { createQuestionReaders } from './read-questions.js';
import { createReplyOutbox } from './create-reply-outbox.js';
import { createUpdateJournal } from './create-update-journal.js';
import { createPayloadSeal } from './seal-payload.js';
import { createStatsReader } from './read-stats.js';
import { StoreError } from './store-error.js';
import { answerRow, chatKeySchema, feedbackComment, feedbackSchema, handoverSchema, hashCommunity, questionRow, scopeOf } from './store-input.js';
import type { RecordExchangeInput, RecordFeedbackInput, RecordHandoverInput, RecordResult, Store } from './types.js';

export interface CreateStoreOptions {
  /** File path (directory created when missing) or `':memory:'` for tests. */
  path: string;
  /** Secret for the HMAC of user and chat ids; changing it makes old and new hashes unrelated. */
  salt: string;
  now?: () => Date;
  synchronous?: SynchronousMode;
  busyTimeoutMs?: number;
  /** Whether chats without a setting auto-answer. */
  autoAnswerDefault?: boolean;
  /** How many recent questions `getGaps`/`getTopQuestions` cluster (default 2000: worst case ~0.2 s of event loop for `/gaps`). */
  clusterWindow?: number;
  /** Conversations idle longer than this are deleted from the table (default a day). */
  conversationRetainMs?: number;
  /** How long a claimed Telegram update is held before a sibling may take it over (default 2 minutes). */
  claimLeaseMs?: number;
}

const optionsSchema = z.object({
  path: z.string().min(1),
  salt: z.string().min(1, 'a non-empty salt is required to hash user ids'),
  synchronous: z.enum(['NORMAL', 'FULL']).optional(),
  busyTimeoutMs: z.number().int().min(0).optional(),
  autoAnswerDefault: z.boolean().optional(),
  clusterWindow: z.number().int().min(1).max(100_000).optional(),
  claimLeaseMs: z.number().int().min(1).optional(),
});

/**
 * The whole store over one better-sqlite3 connection: the asynchronous port over synchronous statements. Each
 * call runs to completion on the event loop before the next starts, and each exchange is one transaction, so in one
 * process writes from the Telegram and Discord adapters cannot interleave. Other processes (report CLI, webhook
 * instances on one host) are serialized by SQLite's lock, waiting up to `busyTimeoutMs`; WAL lets them read while
 * the bot writes.
 */
export function createStore(options: CreateStoreOptions): Store {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) throw new StoreError(`invalid store options: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  const { path, salt } = parsed.data;
  const now = options.now ?? (() => new Date());
  const millis = () => now().getTime();
  const stamp = () => now().toISOString();
  const db = openDatabase({ path, synchronous: options.synchronous, busyTimeoutMs: options.busyTimeoutMs });

  const insertQuestion = db.prepare(
    `INSERT INTO questions (platform, chat_hash, community_hash, user_hash, text, lang, created_at)
     VALUES (@platform, @chatHash, @communityHash, @userHash, @text, @lang, @createdAt)`,
  );
  const insertAnswer = db.prepare(
    `INSERT INTO answers (id, question_id, text, sources, tool, route, confidence, abstained, latency_ms, resolved, follow_up, created_at)
     VALUES (@id, @questionId, @text, @sources, @tool, @route, @confidence, @abstained, @latencyMs, @resolved, @followUp, @createdAt)`,
  );
  const answerExists = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM answers WHERE id = ?');
  const upsertFeedback = db.prepare(
    `INSERT INTO feedback (answer_id, user_hash, vote, comment, created_at)
     VALUES (@answerId, @userHash, @vote, @comment, @createdAt)
     ON CONFLICT (answer_id, user_hash) DO UPDATE SET
       vote = excluded.vote, comment = excluded.comment, created_at = excluded.created_at`,
  );
  const insertHandover = db.prepare(
    `INSERT INTO handovers (answer_id, platform, chat_hash, community_hash, created_at)
     VALUES (@answerId, @platform, @chatHash, @communityHash, @createdAt)`,
  );
  const selectAutoAnswer = db.prepare<[string, string], { autoAnswer: number }>(
    'SELECT auto_answer AS autoAnswer FROM chat_settings WHERE platform = ? AND chat_id_hash = ?',
  );
  const upsertAutoAnswer = db.prepare(
    `INSERT INTO chat_settings (platform, chat_id_hash, auto_answer, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (platform, chat_id_hash) DO UPDATE SET auto_answer = excluded.auto_answer, updated_at = excluded.updated_at`,
  );

  const writeExchange = db.transaction((input: RecordExchangeInput) => {
    const createdAt = stamp();
    const questionId = Number(insertQuestion.run(questionRow(salt, input, createdAt)).lastInsertRowid);
    insertAnswer.run({ ...answerRow(input, createdAt), questionId });
    return { questionId, answerId: input.result.id };
  });

  const writeFeedback = db.transaction((input: z.infer<typeof feedbackSchema>): RecordResult => {
    if (!answerExists.get(input.answerId)) return { ok: false, reason: 'unknown-answer' };
    upsertFeedback.run({
      answerId: input.answerId,
      userHash: hashId(salt, 'user', input.user),
      vote: input.vote,
      comment: feedbackComment(input.comment),
      createdAt: stamp(),
    });
    return { ok: true };
  });

  const writeHandover = db.transaction((input: z.infer<typeof handoverSchema>): RecordResult => {
    if (!answerExists.get(input.answerId)) return { ok: false, reason: 'unknown-answer' };
    insertHandover.run({
      answerId: input.answerId,
      platform: input.platform,
      chatHash: input.chat ? hashId(salt, 'chat', input.chat) : null,
      communityHash: hashCommunity(salt, input.community ?? input.chat),
      createdAt: stamp(),
    });
    return { ok: true };
  });

  const getStats = createStatsReader(db, now);
  const readers = createQuestionReaders(db, now, options.clusterWindow ?? 2000);

  async function guard<T>(what: string, fn: () => T): Promise<T> {
    try {
      return fn();
    } catch (error) {
      if (error instanceof StoreError || error instanceof z.ZodError) throw error;
      throw new StoreError(`store: ${what} failed`, { cause: error });
    }
  }

  const claims = createSqliteClaims(db, { salt, now: millis });
  return {
    kind: 'sqlite',
    updates: createUpdateJournal(db, { now, seal: createPayloadSeal(salt, 'telegram-updates'), leaseMs: options.claimLeaseMs }),
    outbox: createReplyOutbox(db, { now, salt, seal: createPayloadSeal(salt, 'reply-outbox') }),
    windows: createSqliteWindows(db, { salt, now: millis }),
    once: claims.once,
    leases: claims.leases,
    sessions: createSqliteSessions(db, { salt, now: millis, seal: createPayloadSeal(salt, 'sessions') }),
    recordExchange: (input) => guard('recordExchange', () => writeExchange(input)),
    recordFeedback: (input: RecordFeedbackInput) => guard('recordFeedback', () => writeFeedback(feedbackSchema.parse(input))),
    recordHandover: (input: RecordHandoverInput) => guard('recordHandover', () => writeHandover(handoverSchema.parse(input))),
    async getAutoAnswer(platform, chat) {
      const [p, c] = chatKeySchema.parse([platform, chat]);
      const row = await guard('getAutoAnswer', () => selectAutoAnswer.get(p, hashId(salt, 'chat', c)));
      return row ? row.autoAnswer === 1 : (options.autoAnswerDefault ?? false);
    },
    async setAutoAnswer(platform, chat, on) {
      const [p, c] = chatKeySchema.parse([platform, chat]);
      await guard('setAutoAnswer', () => upsertAutoAnswer.run(p, hashId(salt, 'chat', c), on ? 1 : 0, stamp()));
    },
    getStats: (query = {}) => guard('getStats', () => getStats(scopeOf(salt, query))),
    getGaps: (query) => guard('getGaps', () => readers.getGaps(scopeOf(salt, query))),
    getTopQuestions: (query) => guard('getTopQuestions', () => readers.getTopQuestions(scopeOf(salt, query))),
    getDownvoted: (query) => guard('getDownvoted', () => readers.getDownvoted(scopeOf(salt, query))),
    conversations: createSqliteConversationStore(db, {
      salt,
      now: () => now().getTime(),
      retainMs: options.conversationRetainMs ?? 86_400_000,
    }),
    ping: () => guard('ping', () => void db.prepare('SELECT 1').get()),
    async close() {
      if (db.open) db.close();
    },
  };
}
