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

export async function buildReport(store: ReportSource, options: BuildReportOptions): Promise<ReportData> {
  const { days, limit = 20 } = options;
  const now = options.now ?? (() => new Date());
  return {
    generatedAt: now().toISOString(),
    days,
    stats: await store.getStats({ sinceDays: days }),
    topQuestions: await store.getTopQuestions({ limit, sinceDays: days }),
    gaps: await store.getGaps({ limit, sinceDays: days }),
    downvoted: await store.getDownvoted({ limit, sinceDays: days }),
  };
}
