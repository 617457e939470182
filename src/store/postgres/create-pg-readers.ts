import { ANSWER_ROUTES } from '../../contract/types.js';
import { assembleStats, type RateRow } from '../read-stats.js';
import { clampLimit, groupGaps, groupTopQuestions, keepComments, type QuestionRow } from '../read-questions.js';
import type { HashedScope } from '../scope-filter.js';
import { startOfRange } from '../time-range.js';
import type { DownvotedAnswer, Gap, Stats, TopQuestion } from '../types.js';
import type { PgDatabase } from './create-pg-database.js';

interface ScopedQuery {
  sinceDays?: number;
  scope?: HashedScope;
}

const ROUTES = `(${ANSWER_ROUTES.map((r) => `'${r}'`).join(', ')})`;
const SCOPE = '(NOT @scoped OR (q.platform = @scopePlatform AND q.community_hash = @scopeHash))';

function rates(groupKey: string | null): string {
  return `
    SELECT ${groupKey ?? 'NULL::text'} AS key,
      COUNT(*) AS questions,
      COUNT(*) FILTER (WHERE a.abstained = 0 AND a.route IN ${ROUTES}) AS answered,
      COUNT(*) FILTER (WHERE a.abstained = 1) AS abstained,
      COUNT(*) FILTER (WHERE fb.n > 0 AND (a.abstained = 1 OR a.route IN ${ROUTES})) AS "withFeedback",
      COALESCE(SUM(fb.up), 0)::bigint AS up,
      COALESCE(SUM(fb.down), 0)::bigint AS down
    FROM questions q
    LEFT JOIN answers a ON a.question_id = q.id
    LEFT JOIN (
      SELECT answer_id, COUNT(*) AS n, COUNT(*) FILTER (WHERE vote = 'up') AS up, COUNT(*) FILTER (WHERE vote = 'down') AS down
      FROM feedback GROUP BY answer_id
    ) fb ON fb.answer_id = a.id
    WHERE q.created_at >= @since AND ${SCOPE}
    ${groupKey ? 'GROUP BY 1' : ''}`;
}

// SQLite orders ties by the key's bytes; sorting here keeps both stores' answers identical whatever the collation.
const byQuestionsThenKey = (a: RateRow, b: RateRow) =>
  b.questions - a.questions || ((a.key ?? '') < (b.key ?? '') ? -1 : (a.key ?? '') > (b.key ?? '') ? 1 : 0);

const QUESTION_COLUMNS = `
  SELECT q.text AS text, q.lang AS lang, q.created_at AS "createdAt", a.abstained AS abstained, COALESCE(fb.down, 0) AS down
  FROM questions q
  JOIN answers a ON a.question_id = q.id
  LEFT JOIN (SELECT answer_id, COUNT(*) FILTER (WHERE vote = 'down') AS down FROM feedback GROUP BY answer_id) fb ON fb.answer_id = a.id`;

/** The admin views on PostgreSQL: the same rows as SQLite's readers, grouped by the same code. */
export function createPgReaders(db: PgDatabase, now: () => Date, window: number) {
  const params = (q: ScopedQuery) => ({
    since: startOfRange(now(), q.sinceDays) ?? '',
    scoped: q.scope !== undefined,
    scopePlatform: q.scope?.platform ?? '',
    scopeHash: q.scope?.hash ?? '',
  });

  return {
    async getStats(query: ScopedQuery = {}): Promise<Stats> {
      const at = now();
      const since = startOfRange(at, query.sinceDays);
      const p = params(query);
      // One snapshot, so the totals and the breakdowns describe the same moment.
      return db.transaction(
        async (tx) => {
          const total = await tx.one<RateRow>(rates(null), p);
          const handovers = await tx.one<{ n: number }>(`SELECT COUNT(*) AS n FROM handovers q WHERE q.created_at >= @since AND ${SCOPE}`, p);
          const followUps = await tx.one<{ n: number; answered: number | null }>(
            `SELECT COUNT(*) AS n, COUNT(*) FILTER (WHERE a.abstained = 0 AND a.route IN ${ROUTES}) AS answered
             FROM questions q JOIN answers a ON a.question_id = q.id
             WHERE a.follow_up = 1 AND q.created_at >= @since AND ${SCOPE}`,
            p,
          );
          const byLang = (await tx.rows<RateRow>(rates(`COALESCE(q.lang, 'unknown')`), p)).sort(byQuestionsThenKey);
          const byPlatform = (await tx.rows<RateRow>(rates('q.platform'), p)).sort(byQuestionsThenKey);
          const byDay = await tx.rows<RateRow>(rates('substr(q.created_at, 1, 10)'), p);
          return assembleStats(at, since, { total, handovers: handovers?.n ?? 0, followUps, byLang, byPlatform, byDay });
        },
        { readOnlySnapshot: true },
      );
    },
    async getGaps(query: ScopedQuery & { limit: number }): Promise<Gap[]> {
      const rows = await db.rows<QuestionRow>(
        `${QUESTION_COLUMNS}
         WHERE q.created_at >= @since AND ${SCOPE} AND (a.abstained = 1 OR fb.down > 0)
         ORDER BY q.created_at DESC, q.id DESC LIMIT @window`,
        { ...params(query), window },
      );
      return groupGaps(rows, query.limit);
    },
    async getTopQuestions(query: ScopedQuery & { limit: number }): Promise<TopQuestion[]> {
      const rows = await db.rows<QuestionRow>(
        `${QUESTION_COLUMNS}
         WHERE q.created_at >= @since AND ${SCOPE} AND a.route NOT IN ('greeting', 'invalid', 'rate-limited')
         ORDER BY q.created_at DESC, q.id DESC LIMIT @window`,
        { ...params(query), window },
      );
      return groupTopQuestions(rows, query.limit);
    },
    async getDownvoted(query: ScopedQuery & { limit: number }): Promise<DownvotedAnswer[]> {
      const rows = await db.rows<Omit<DownvotedAnswer, 'comments'> & { comments: (string | null)[] }>(
        `SELECT a.id AS "answerId", q.text AS question, a.text AS answer, q.lang AS lang, q.platform AS platform, a.route AS route,
           COUNT(*) FILTER (WHERE f.vote = 'up') AS up, COUNT(*) FILTER (WHERE f.vote = 'down') AS down,
           COALESCE(json_agg(f.comment) FILTER (WHERE f.comment IS NOT NULL), '[]'::json) AS comments,
           MAX(f.created_at) AS "lastVotedAt"
         FROM answers a
         JOIN questions q ON q.id = a.question_id
         JOIN feedback f ON f.answer_id = a.id
         WHERE q.created_at >= @since AND ${SCOPE}
         GROUP BY a.id, q.id
         HAVING COUNT(*) FILTER (WHERE f.vote = 'down') > 0
         ORDER BY down DESC, "lastVotedAt" DESC
         LIMIT @limit`,
        { ...params(query), limit: clampLimit(query.limit) },
      );
      return rows.map((r) => ({ ...r, comments: keepComments(r.comments) }));
    },
  };
}
