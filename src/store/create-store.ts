import { z } from 'zod';
import { hashId } from './hash-id.js';
import { openDatabase, type SynchronousMode } from './open-database.js';
import { createSqliteConversationStore } from './create-sqlite-conversation-store.js';
import { createQuestionReaders } from './read-questions.js';
import { createReplyOutbox } from './create-reply-outbox.js';
import { createUpdateJournal } from './create-update-journal.js';
import { createPayloadSeal } from './seal-payload.js';
import { createStatsReader } from './read-stats.js';
import { sanitizeStoredText } from './sanitize-stored-text.js';
import { StoreError } from './store-error.js';
import type { RangeQuery, RecordExchangeInput, RecordFeedbackInput, RecordHandoverInput, RecordResult, Store } from './types.js';

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
}

const optionsSchema = z.object({
  path: z.string().min(1),
  salt: z.string().min(1, 'a non-empty salt is required to hash user ids'),
  synchronous: z.enum(['NORMAL', 'FULL']).optional(),
  busyTimeoutMs: z.number().int().min(0).optional(),
  autoAnswerDefault: z.boolean().optional(),
  clusterWindow: z.number().int().min(1).max(100_000).optional(),
});

const id = z.string().min(1).max(256);
const feedbackSchema = z.object({
  answerId: id,
  user: id,
  vote: z.enum(['up', 'down']),
  comment: z.string().optional(),
});
const handoverSchema = z.object({ answerId: id, platform: z.string().min(1).max(32), chat: id.optional(), community: id.optional() });
const chatKeySchema = z.tuple([z.string().min(1).max(32), id]);

function finiteOr(value: number, fallback: number): number {
  return Number.isFinite(value) ? value : fallback;
}

/**
 * The whole store over one better-sqlite3 connection. Every call is synchronous, so in one process writes from
 * the Telegram and Discord adapters cannot interleave: each runs to completion on the event loop before the next
 * starts, and each exchange is one transaction. Other processes (report CLI) are serialized by SQLite's lock,
 * waiting up to `busyTimeoutMs`; WAL lets them read while the bot writes.
 */
export function createStore(options: CreateStoreOptions): Store {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) throw new StoreError(`invalid store options: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  const { path, salt } = parsed.data;
  const now = options.now ?? (() => new Date());
  const stamp = () => now().toISOString();
  // The same kind as chat ids: on Telegram a community is its chat, so both hashes agree (migration 2 relies on it).
  const hashCommunity = (id: string | undefined) => (id ? hashId(salt, 'chat', id) : null);
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

  const writeExchange = db.transaction(({ request, result, latencyMs }: RecordExchangeInput) => {
    const createdAt = stamp();
    const questionId = Number(
      insertQuestion.run({
        platform: request.platform ?? 'unknown',
        chatHash: request.chat ? hashId(salt, 'chat', request.chat) : null,
        communityHash: hashCommunity(request.community ?? request.chat),
        userHash: request.user ? hashId(salt, 'user', request.user) : null,
        text: sanitizeStoredText(request.text ?? ''),
        lang: result.lang ?? request.lang ?? null,
        createdAt,
      }).lastInsertRowid,
    );
    insertAnswer.run({
      id: result.id,
      questionId,
      text: sanitizeStoredText(result.text ?? ''),
      sources: JSON.stringify(result.sources ?? []),
      tool: result.tool ?? null,
      route: result.route,
      confidence: Math.min(1, Math.max(0, finiteOr(result.confidence, 0))),
      abstained: result.abstained ? 1 : 0,
      latencyMs: Math.max(0, Math.round(finiteOr(latencyMs, 0))),
      resolved: result.resolved ? sanitizeStoredText(result.resolved) : null,
      followUp: result.followUp ? 1 : 0,
      createdAt,
    });
    return { questionId, answerId: result.id };
  });

  const writeFeedback = db.transaction((input: z.infer<typeof feedbackSchema>): RecordResult => {
    if (!answerExists.get(input.answerId)) return { ok: false, reason: 'unknown-answer' };
    const comment = input.comment === undefined ? '' : sanitizeStoredText(input.comment).trim();
    upsertFeedback.run({
      answerId: input.answerId,
      userHash: hashId(salt, 'user', input.user),
      vote: input.vote,
      comment: comment || null,
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
      communityHash: hashCommunity(input.community ?? input.chat),
      createdAt: stamp(),
    });
    return { ok: true };
  });

  const getStats = createStatsReader(db, now);
  const scoped = <Q extends RangeQuery>({ community, ...rest }: Q) => ({
    ...rest,
    ...(community ? { scope: { platform: community.platform, hash: hashId(salt, 'chat', community.id) } } : {}),
  });
  const readers = createQuestionReaders(db, now, options.clusterWindow ?? 2000);

  function guard<T>(what: string, fn: () => T): T {
    try {
      return fn();
    } catch (error) {
      if (error instanceof StoreError || error instanceof z.ZodError) throw error;
      throw new StoreError(`store: ${what} failed`, { cause: error });
    }
  }

  return {
    updates: createUpdateJournal(db, { now, seal: createPayloadSeal(salt, 'telegram-updates') }),
    outbox: createReplyOutbox(db, { now, salt, seal: createPayloadSeal(salt, 'reply-outbox') }),
    recordExchange: (input) => guard('recordExchange', () => writeExchange(input)),
    recordFeedback: (input: RecordFeedbackInput) => guard('recordFeedback', () => writeFeedback(feedbackSchema.parse(input))),
    recordHandover: (input: RecordHandoverInput) => guard('recordHandover', () => writeHandover(handoverSchema.parse(input))),
    getAutoAnswer(platform, chat) {
      const [p, c] = chatKeySchema.parse([platform, chat]);
      const row = guard('getAutoAnswer', () => selectAutoAnswer.get(p, hashId(salt, 'chat', c)));
      return row ? row.autoAnswer === 1 : (options.autoAnswerDefault ?? false);
    },
    setAutoAnswer(platform, chat, on) {
      const [p, c] = chatKeySchema.parse([platform, chat]);
      guard('setAutoAnswer', () => upsertAutoAnswer.run(p, hashId(salt, 'chat', c), on ? 1 : 0, stamp()));
    },
    getStats: (query = {}) => guard('getStats', () => getStats(scoped(query))),
    getGaps: (query) => guard('getGaps', () => readers.getGaps(scoped(query))),
    getTopQuestions: (query) => guard('getTopQuestions', () => readers.getTopQuestions(scoped(query))),
    getDownvoted: (query) => guard('getDownvoted', () => readers.getDownvoted(scoped(query))),
    conversations: createSqliteConversationStore(db, {
      salt,
      now: () => now().getTime(),
      retainMs: options.conversationRetainMs ?? 86_400_000,
    }),
    close() {
      if (db.open) db.close();
    },
  };
}
