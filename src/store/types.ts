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

export interface Store {
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
  close(): void;
}
