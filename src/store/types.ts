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
  accept(update: { update_id: number }): boolean;
  /** Takes an update for handling, atomically; false when it is answered or another handler holds a live claim. */
  claim(updateId: number, owner: string): boolean;
  /** Handled: the payload is dropped, the id kept until it expires so a redelivery is recognised. */
  finish(updateId: number): void;
  /** Gives a claim back unhandled (a stopping process), so a restart or a sibling answers it. */
  release(updateId: number): void;
  recover(options: RecoverOptions): RecoveredUpdates;
  /** Forgets ids older than the expiry (a day); `unanswered` of them were never answered. */
  prune(): { removed: number; unanswered: number };
  counts(): JournalCounts;
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
  add(input: QueueReplyInput): number;
  /** Pending replies whose retry time has come, oldest first. */
  due(limit: number): DueReply[];
  /** Part of the reply went out: keeps the rest. */
  progress(id: number, payload: unknown): void;
  retryLater(id: number, retry: { retryInMs: number; error?: string }): void;
  delivered(id: number): void;
  /** Counted as undelivered from now on; the payload is dropped. */
  giveUp(id: number, error?: string): void;
  nextDueAt(): string | undefined;
  pendingCount(): number;
  countUndelivered(query?: RangeQuery): number;
}

export interface Store {
  /** Accepted Telegram updates until they are answered (at-least-once delivery). */
  updates: UpdateJournal;
  /** Replies a platform refused for a while. */
  outbox: ReplyOutbox;
  /** Question and answer in one transaction: either both rows exist or neither. */
  recordExchange(input: RecordExchangeInput): { questionId: number; answerId: string };
  /** One vote per user per answer; a later vote replaces the earlier one. */
  recordFeedback(input: RecordFeedbackInput): RecordResult;
  recordHandover(input: RecordHandoverInput): RecordResult;
  getAutoAnswer(platform: string, chat: string): boolean;
  setAutoAnswer(platform: string, chat: string, on: boolean): void;
  getStats(query?: RangeQuery): Stats;
  /** Abstained and down-voted questions, similar phrasings grouped, largest groups first. */
  getGaps(query: ListQuery): Gap[];
  /** All questions grouped the same way, most asked first. */
  getTopQuestions(query: ListQuery): TopQuestion[];
  getDownvoted(query: ListQuery): DownvotedAnswer[];
  /** Each asker's conversation, in the same database. */
  readonly conversations: ConversationStore;
  close(): void;
}
