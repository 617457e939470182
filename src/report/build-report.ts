import type { DownvotedAnswer, Gap, Stats, Store, TopQuestion } from '../store/types.js';

export interface ReportData {
  generatedAt: string;
  days: number;
  stats: Stats;
  topQuestions: TopQuestion[];
  gaps: Gap[];
  downvoted: DownvotedAnswer[];
}

export type ReportSource = Pick<Store, 'getStats' | 'getGaps' | 'getTopQuestions' | 'getDownvoted'>;

export interface BuildReportOptions {
  days: number;
  /** Rows per list (top questions, gaps, down-voted answers). */
  limit?: number;
  now?: () => Date;
}

export function buildReport(store: ReportSource, options: BuildReportOptions): ReportData {
  const { days, limit = 20 } = options;
  const now = options.now ?? (() => new Date());
  return {
    generatedAt: now().toISOString(),
    days,
    stats: store.getStats({ sinceDays: days }),
    topQuestions: store.getTopQuestions({ limit, sinceDays: days }),
    gaps: store.getGaps({ limit, sinceDays: days }),
    downvoted: store.getDownvoted({ limit, sinceDays: days }),
  };
}
