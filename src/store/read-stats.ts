import type Database from 'better-sqlite3';
import { ANSWER_ROUTES } from '../contract/types.js';
import { listDays, startOfRange } from './time-range.js';
import { SCOPE_SQL, scopeParams, type HashedScope } from './scope-filter.js';
import type { DayStats, Rates, Stats } from './types.js';

type Params = { since: string } & ReturnType<typeof scopeParams>;

export interface RateRow {
  key: string | null;
  questions: number;
  answered: number | null;
  abstained: number | null;
  withFeedback: number | null;
  up: number | null;
  down: number | null;
}

// Routes that count as a real answer; greetings, invalid input and rate-limit replies are not questions answered.
const ANSWER_ROUTES_SQL = `(${ANSWER_ROUTES.map((r) => `'${r}'`).join(', ')})`;

function selectRates(groupKey: string): string {
  return `
    SELECT ${groupKey} AS key,
      COUNT(*) AS questions,
      SUM(a.abstained = 0 AND a.route IN ${ANSWER_ROUTES_SQL}) AS answered,
      SUM(a.abstained = 1) AS abstained,
      SUM(fb.n > 0 AND (a.abstained = 1 OR a.route IN ${ANSWER_ROUTES_SQL})) AS withFeedback,
      SUM(fb.up) AS up,
      SUM(fb.down) AS down
    FROM questions q
    LEFT JOIN answers a ON a.question_id = q.id
    LEFT JOIN (
      SELECT answer_id, COUNT(*) AS n, SUM(vote = 'up') AS up, SUM(vote = 'down') AS down
      FROM feedback GROUP BY answer_id
    ) fb ON fb.answer_id = a.id
    WHERE q.created_at >= @since AND ${SCOPE_SQL}
    GROUP BY key
    ORDER BY questions DESC, key`;
}

function readFollowUps(row: { n: number; answered: number | null } | undefined): Pick<Stats, 'followUps' | 'followUpsAnswered'> {
  return { followUps: row?.n ?? 0, followUpsAnswered: row?.answered ?? 0 };
}

function ratio(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

function toRates(row: RateRow | undefined): Rates {
  const questions = row?.questions ?? 0;
  const answered = row?.answered ?? 0;
  const abstained = row?.abstained ?? 0;
  const withFeedback = row?.withFeedback ?? 0;
  return {
    questions,
    answered,
    abstained,
    answerRate: ratio(answered, answered + abstained),
    withFeedback,
    feedbackRate: ratio(withFeedback, answered + abstained),
    up: row?.up ?? 0,
    down: row?.down ?? 0,
  };
}

export interface ScopedRangeQuery {
  sinceDays?: number;
  scope?: HashedScope;
}

export function createStatsReader(db: Database.Database, now: () => Date): (query?: ScopedRangeQuery) => Stats {
  const total = db.prepare<Params, RateRow>(selectRates('NULL'));
  const byLang = db.prepare<Params, RateRow>(selectRates(`COALESCE(q.lang, 'unknown')`));
  const byPlatform = db.prepare<Params, RateRow>(selectRates('q.platform'));
  const byDay = db.prepare<Params, RateRow>(selectRates('substr(q.created_at, 1, 10)'));
  const followUps = db.prepare<Params, { n: number; answered: number | null }>(
    `SELECT COUNT(*) AS n, SUM(a.abstained = 0 AND a.route IN ${ANSWER_ROUTES_SQL}) AS answered
     FROM questions q JOIN answers a ON a.question_id = q.id
     WHERE a.follow_up = 1 AND q.created_at >= @since AND ${SCOPE_SQL}`,
  );
  const handovers = db.prepare<Params, { n: number }>(
    `SELECT COUNT(*) AS n FROM handovers q WHERE q.created_at >= @since AND ${SCOPE_SQL}`,
  );

  return (query = {}) => {
    const at = now();
    const since = startOfRange(at, query.sinceDays);
    const params: Params = { since: since ?? '', ...scopeParams(query.scope) };
    // One read transaction so the totals and the breakdowns describe the same snapshot.
    return db.transaction(
      (): Stats =>
        assembleStats(at, since, {
          total: total.get(params),
          handovers: handovers.get(params)?.n ?? 0,
          followUps: followUps.get(params),
          byLang: byLang.all(params),
          byPlatform: byPlatform.all(params),
          byDay: byDay.all(params),
        }),
    )();
  };
}

export interface StatsRows {
  total: RateRow | undefined;
  handovers: number;
  followUps: { n: number; answered: number | null } | undefined;
  byLang: RateRow[];
  byPlatform: RateRow[];
  byDay: RateRow[];
}

/** The rows of one snapshot as `Stats`; with a range, every day of it is present. Shared by both stores. */
export function assembleStats(at: Date, since: string | null, rows: StatsRows): Stats {
  const dayRows = new Map(rows.byDay.map((r) => [r.key ?? '', r]));
  const days = since ? listDays(since, at) : [...dayRows.keys()].sort();
  const perDay: DayStats[] = days.map((day) => ({ day, ...toRates(dayRows.get(day)) }));
  return {
    since,
    ...toRates(rows.total),
    handovers: rows.handovers,
    ...readFollowUps(rows.followUps),
    byLang: rows.byLang.map((r) => ({ lang: r.key ?? 'unknown', ...toRates(r) })),
    byPlatform: rows.byPlatform.map((r) => ({ platform: r.key ?? 'unknown', ...toRates(r) })),
    byDay: perDay,
  };
}
