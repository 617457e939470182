import type Database from 'better-sqlite3';
import { clusterTexts, type TextCluster } from './cluster-texts.js';
import { SCOPE_SQL, scopeParams, type HashedScope } from './scope-filter.js';
import { startOfRange } from './time-range.js';
import type { DownvotedAnswer, Gap, QuestionCluster, TopQuestion } from './types.js';

export interface ScopedListQuery {
  limit: number;
  sinceDays?: number;
  scope?: HashedScope;
}

type Params = { since: string } & ReturnType<typeof scopeParams>;

export interface QuestionRow {
  text: string;
  lang: string | null;
  createdAt: string;
  abstained: number;
  down: number;
}

/** A row as SQLite returns it: the comments still joined in one string. */
type DownvotedRow = Omit<DownvotedAnswer, 'comments'> & { comments: string };

export interface QuestionReaders {
  getGaps(query: ScopedListQuery): Gap[];
  getTopQuestions(query: ScopedListQuery): TopQuestion[];
  getDownvoted(query: ScopedListQuery): DownvotedAnswer[];
}

const QUESTION_COLUMNS = `
  SELECT q.text AS text, q.lang AS lang, q.created_at AS createdAt,
    a.abstained AS abstained, COALESCE(fb.down, 0) AS down
  FROM questions q
  JOIN answers a ON a.question_id = q.id
  LEFT JOIN (SELECT answer_id, SUM(vote = 'down') AS down FROM feedback GROUP BY answer_id) fb ON fb.answer_id = a.id`;

function summarize(cluster: TextCluster<QuestionRow>): QuestionCluster {
  const langs = new Set<string>();
  let lastSeen = '';
  for (const m of cluster.members) {
    langs.add(m.lang ?? 'unknown');
    if (m.createdAt > lastSeen) lastSeen = m.createdAt;
  }
  return { count: cluster.members.length, representative: cluster.representative, langs: [...langs].sort(), lastSeen };
}

function byCountThenRecency(a: QuestionCluster, b: QuestionCluster): number {
  return b.count - a.count || b.lastSeen.localeCompare(a.lastSeen);
}

export function clampLimit(limit: number): number {
  return Number.isFinite(limit) ? Math.max(0, Math.min(1000, Math.trunc(limit))) : 0;
}

/** Abstained and down-voted questions grouped by phrasing, largest groups first (both stores). */
export function groupGaps(rows: QuestionRow[], limit: number): Gap[] {
  return clusterTexts(rows)
    .map((c): Gap => ({
      ...summarize(c),
      abstained: c.members.filter((m) => m.abstained === 1).length,
      downVoted: c.members.filter((m) => m.down > 0).length,
    }))
    .sort(byCountThenRecency)
    .slice(0, clampLimit(limit));
}

export function groupTopQuestions(rows: QuestionRow[], limit: number): TopQuestion[] {
  return clusterTexts(rows)
    .map((c): TopQuestion => {
      const abstained = c.members.filter((m) => m.abstained === 1).length;
      return { ...summarize(c), answered: c.members.length - abstained, abstained };
    })
    .sort(byCountThenRecency)
    .slice(0, clampLimit(limit));
}

export function keepComments(comments: readonly (string | null)[]): string[] {
  return comments.filter((c): c is string => typeof c === 'string' && c !== '');
}

/**
 * `window` bounds how many recent questions are clustered, so `/gaps` in a chat stays fast however old the
 * database gets; older questions still count in `getStats`.
 */
export function createQuestionReaders(db: Database.Database, now: () => Date, window: number): QuestionReaders {
  const gapRows = db.prepare<Params & { window: number }, QuestionRow>(`${QUESTION_COLUMNS}
    WHERE q.created_at >= @since AND ${SCOPE_SQL} AND (a.abstained = 1 OR fb.down > 0)
    ORDER BY q.created_at DESC, q.id DESC LIMIT @window`);
  const questionRows = db.prepare<Params & { window: number }, QuestionRow>(`${QUESTION_COLUMNS}
    WHERE q.created_at >= @since AND ${SCOPE_SQL} AND a.route NOT IN ('greeting', 'invalid', 'rate-limited')
    ORDER BY q.created_at DESC, q.id DESC LIMIT @window`);
  const downvotedRows = db.prepare<Params & { limit: number }, DownvotedRow>(`
    SELECT a.id AS answerId, q.text AS question, a.text AS answer, q.lang AS lang, q.platform AS platform,
      a.route AS route, SUM(f.vote = 'up') AS up, SUM(f.vote = 'down') AS down,
      json_group_array(f.comment) FILTER (WHERE f.comment IS NOT NULL) AS comments,
      MAX(f.created_at) AS lastVotedAt
    FROM answers a
    JOIN questions q ON q.id = a.question_id
    JOIN feedback f ON f.answer_id = a.id
    WHERE q.created_at >= @since AND ${SCOPE_SQL}
    GROUP BY a.id
    HAVING down > 0
    ORDER BY down DESC, lastVotedAt DESC
    LIMIT @limit`);

  const params = (q: ScopedListQuery): Params => ({ since: startOfRange(now(), q.sinceDays) ?? '', ...scopeParams(q.scope) });

  return {
    getGaps: (query) => groupGaps(gapRows.all({ ...params(query), window }), query.limit),
    getTopQuestions: (query) => groupTopQuestions(questionRows.all({ ...params(query), window }), query.limit),
    getDownvoted(query) {
      return downvotedRows.all({ ...params(query), limit: clampLimit(query.limit) }).map((r) => ({
        ...r,
        comments: keepComments(JSON.parse(r.comments) as (string | null)[]),
      }));
    },
  };
}
