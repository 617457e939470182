import type { ConversationStore } from '../contract/conversation.js';
import type { AnswerRequest, AnswerResult } from '../contract/types.js';

export type Vote = 'up' | 'down';

export interface RecordExchangeInput {
  request: AnswerRequest;
  result: AnswerResult;
  latencyMs: number;
}

export interface RecordFeedbackInput {
  answerId: string;
  /** Raw platform user id; hashed before it reaches the database. */
  user: string;
  vote: Vote;
  comment?: string;
}

export interface RecordHandoverInput {
  answerId: string;
  platform: string;
  /** Raw platform chat id; hashed before it reaches the database. */
  chat?: string;
  /** Raw community id (Telegram chat, Discord server); hashed. Defaults to `chat`. */
  community?: string;
}

export type RecordResult = { ok: true } | { ok: false; reason: 'unknown-answer' };

export interface RangeQuery {
  /** Only questions from the last N days (UTC, today included); everything when absent. */
  sinceDays?: number;
  /** Only this community's questions (raw id, hashed by the store); every community when absent. */
  community?: { platform: string; id: string };
}

export interface ListQuery extends RangeQuery {
  limit: number;
}

export interface Rates {
  /** Every stored exchange, greetings and refusals included. */
  questions: number;
  /** Real answers (tool, FAQ or passage route, not abstained). */
  answered: number;
  abstained: number;
  /** answered / (answered + abstained): greetings, invalid input and rate-limit replies are neither. */
  answerRate: number;
  /** Answered or abstained replies that received at least one vote. */
  withFeedback: number;
  /** withFeedback / (answered + abstained). */
  feedbackRate: number;
  up: number;
  down: number;
}

export interface LangStats extends Rates {
  lang: string;
}

export interface PlatformStats extends Rates {
  platform: string;
}

export interface DayStats extends Rates {
  /** YYYY-MM-DD, UTC. */
  day: string;
}

export interface Stats extends Rates {
  /** First UTC day included (YYYY-MM-DD), or null for all time. */
  since: string | null;
  handovers: number;
  /** Questions read as a follow-up to the asker's previous turn, and how many of them got an answer. */
  followUps: number;
  followUpsAnswered: number;
  byLang: LangStats[];
  byPlatform: PlatformStats[];
  /** Ascending; with `sinceDays`, every day of the range is present, empty days as zeros. */
  byDay: DayStats[];
}

export interface QuestionCluster {
  count: number;
  representative: string;
  /** Sorted language codes seen in the cluster. */
  langs: string[];
  /** ISO timestamp of the most recent question. */
  lastSeen: string;
}

export interface Gap extends QuestionCluster {
  abstained: number;
  downVoted: number;
}

export interface TopQuestion extends QuestionCluster {
  answered: number;
  abstained: number;
}

export interface DownvotedAnswer {
  answerId: string;
  question: string;
  answer: string;
  lang: string | null;
  platform: string;
  route: string;
  up: number;
  down: number;
  comments: string[];
  lastVotedAt: string;
}

export interface RecoverOptions {
  /**
   * Also take updates other handlers claimed, whatever their lease: right for long polling, where only one process
   * may consume a token, so every claim is a dead process's. Webhook instances take only expired claims.
   */
  takeOverClaims: boolean;
  /**
   * Only pending updates accepted at least this long ago: a sibling instance that accepted one a moment ago is
   * about to handle it in its chat's order. Long polling (one consumer) leaves it out.
   */
  pendingOlderThanMs?: number;
  limit?: number;
}

export interface RecoveredUpdates {
  /** The accepted updates not yet answered, oldest first, back in the pending state. */
  updates: unknown[];
  /** Given up: their handling started too often without finishing, or their payload could not be opened. */
  abandoned: number;
}

export interface JournalCounts {
  pending: number;
  claimed: number;
  answered: number;
}

/** Telegram updates from their acceptance to their answer, for at-least-once handling across crashes and restarts. */
export interface UpdateJournal {
  /** Keeps an accepted update (before it is acknowledged to Telegram); false when its id was seen (a redelivery). */
  accept(update: { update_id: number }): Promise<boolean>;
  /** Takes an update for handling, atomically; false when it is answered or another handler holds a live claim. */
  claim(updateId: number, owner: string): Promise<boolean>;
  /** Handled: the payload is dropped, the id kept until it expires so a redelivery is recognised. */
  finish(updateId: number): Promise<void>;
  /** Gives a claim back unhandled (a stopping process), so a restart or a sibling answers it. */
  release(updateId: number): Promise<void>;
  recover(options: RecoverOptions): Promise<RecoveredUpdates>;
  /** Forgets ids older than the expiry (a day); `unanswered` of them were never answered. */
  prune(): Promise<{ removed: number; unanswered: number }>;
  counts(): Promise<JournalCounts>;
}

export interface QueueReplyInput {
  platform: string;
  /** Raw chat id and community id; hashed. */
  chat?: string;
  community?: string;
  /** What the adapter needs to send it again; sealed. */
  payload: unknown;
  /** First retry after this long. */
  retryInMs: number;
  /** Given up after this long (from now). */
  keepForMs: number;
  /** Why the first attempt failed (already free of secrets). */
  error?: string;
}

export interface DueReply {
  id: number;
  payload: unknown;
  attempts: number;
  /** ISO time after which the reply is given up. */
  deadlineAt: string;
}

/** Replies waiting for the platform to take them. */
export interface ReplyOutbox {
  add(input: QueueReplyInput): Promise<number>;
  /**
   * Pending replies whose retry time has come, oldest first. Each is handed out for a minute (its retry time moves
   * on), so two instances' workers never send the same reply; the worker then reports what happened to it.
   */
  due(limit: number): Promise<DueReply[]>;
  /** Part of the reply went out: keeps the rest. */
  progress(id: number, payload: unknown): Promise<void>;
  retryLater(id: number, retry: { retryInMs: number; error?: string }): Promise<void>;
  delivered(id: number): Promise<void>;
  /** Counted as undelivered from now on; the payload is dropped. */
  giveUp(id: number, error?: string): Promise<void>;
  nextDueAt(): Promise<string | undefined>;
  pendingCount(): Promise<number>;
  countUndelivered(query?: RangeQuery): Promise<number>;
}

/** One sliding window to take a hit from: `limit` hits per `windowMs` for `key` in `scope`. */
export interface WindowSpec {
  scope: string;
  /** Raw key (a platform-prefixed user or chat id); hashed by the store. */
  key: string;
  limit: number;
  windowMs: number;
}

/**
 * `index`: which of the windows asked for was full (the first full one, in the order given). `firstRefusal`: true
 * once per window per key, so a flooder is told once and then ignored.
 */
export type WindowOutcome = { ok: true } | { ok: false; index: number; retryAfterMs: number; firstRefusal: boolean };

/**
 * Sliding-window counters every instance shares: rate limits and model budgets. `take` is atomic over all the
 * windows it names: either each has room and each records the hit, or none records anything.
 */
export interface WindowCounters {
  take(windows: readonly WindowSpec[]): Promise<WindowOutcome>;
}

/** Something to be done once across instances (a handover per answer): the first claim wins until released or expired. */
export interface OnceClaims {
  claim(kind: string, key: string, ttlMs: number): Promise<boolean>;
  release(kind: string, key: string): Promise<void>;
}

/** A named lease one process holds at a time (a Discord shard's gateway connection). */
export interface Leases {
  /** Takes the lease or renews it for its owner; false while another owner holds it and it has not run out. */
  acquire(name: string, owner: string, ttlMs: number): Promise<boolean>;
  release(name: string, owner: string): Promise<void>;
  /** Who holds it now (a live lease), if anyone. */
  holder(name: string): Promise<string | undefined>;
  /** Moves a lease from `from` (known to be gone) to `to`; false when `from` no longer holds it. */
  takeOver(name: string, from: string, to: string, ttlMs: number): Promise<boolean>;
}

/** Short-lived state of an adapter's dialogue (values sealed, ids hashed), shared by every instance. */
export interface SessionStore {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown, ttlMs: number): Promise<void>;
  delete(key: string): Promise<void>;
}

export type StoreKind = 'sqlite' | 'postgres';

/**
 * Everything the bot keeps, behind one asynchronous port: SQLite (embedded, the default) and PostgreSQL (several
 * instances) implement it alike, and the same contract tests run against both.
 */
export interface Store {
  readonly kind: StoreKind;
  /** Accepted Telegram updates until they are answered (at-least-once delivery). */
  updates: UpdateJournal;
  /** Replies a platform refused for a while. */
  outbox: ReplyOutbox;
  /** Rate limits and model budgets. */
  windows: WindowCounters;
  once: OnceClaims;
  leases: Leases;
  sessions: SessionStore;
  /** Question and answer in one transaction: either both rows exist or neither. */
  recordExchange(input: RecordExchangeInput): Promise<{ questionId: number; answerId: string }>;
  /** One vote per user per answer; a later vote replaces the earlier one. */
  recordFeedback(input: RecordFeedbackInput): Promise<RecordResult>;
  recordHandover(input: RecordHandoverInput): Promise<RecordResult>;
  getAutoAnswer(platform: string, chat: string): Promise<boolean>;
  setAutoAnswer(platform: string, chat: string, on: boolean): Promise<void>;
  getStats(query?: RangeQuery): Promise<Stats>;
  /** Abstained and down-voted questions, similar phrasings grouped, largest groups first. */
  getGaps(query: ListQuery): Promise<Gap[]>;
  /** All questions grouped the same way, most asked first. */
  getTopQuestions(query: ListQuery): Promise<TopQuestion[]>;
  getDownvoted(query: ListQuery): Promise<DownvotedAnswer[]>;
  /** Each asker's conversation, in the same database. */
  readonly conversations: ConversationStore;
  /** Resolves when the database answers; a StoreError otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
