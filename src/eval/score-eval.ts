import type { AnswerResult } from '../contract/types.js';
import { satisfiesMust, type EvalQuestion } from './eval-question.js';

export interface EvalOutcome {
  question: EvalQuestion;
  result: AnswerResult;
  /** Article/FAQ source ids of the ranked candidates, best first. */
  ranking: string[][];
}

export interface Metrics {
  n: number;
  answerable: number;
  hit1: number;
  hit5: number;
  mrr: number;
  answerAccuracy: number;
  abstainQuestions: number;
  abstentionAccuracy: number;
  /** Answerable questions the bot abstained on. */
  falseAbstentions: number;
  toolQuestions: number;
  toolAccuracy: number;
}

export function isCorrect(o: EvalOutcome): boolean {
  const q = o.question;
  if (q.abstain) return o.result.abstained;
  if (q.tool) {
    if (o.result.tool !== q.tool) return false;
    if (q.verdict && (o.result.toolResult as { verdict?: string } | undefined)?.verdict !== q.verdict) return false;
    return satisfiesMust(o.result.text, q.must);
  }
  return !o.result.abstained && satisfiesMust(o.result.text, q.must);
}

export function scoreOutcomes(outcomes: EvalOutcome[]): Metrics {
  const retrievalQs = outcomes.filter((o) => !o.question.abstain && !o.question.tool && o.question.sources?.length);
  let hit1 = 0;
  let hit5 = 0;
  let mrr = 0;
  for (const o of retrievalQs) {
    const want = new Set(o.question.sources);
    const rank = o.ranking.findIndex((ids) => ids.some((id) => want.has(id)));
    if (rank === 0) hit1++;
    if (rank >= 0 && rank < 5) hit5++;
    if (rank >= 0) mrr += 1 / (rank + 1);
  }
  const answerable = outcomes.filter((o) => !o.question.abstain && !o.question.tool);
  const abstainQs = outcomes.filter((o) => o.question.abstain);
  const toolQs = outcomes.filter((o) => o.question.tool);
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  return {
    n: outcomes.length,
    answerable: answerable.length,
    hit1: ratio(hit1, retrievalQs.length),
    hit5: ratio(hit5, retrievalQs.length),
    mrr: ratio(mrr, retrievalQs.length),
    answerAccuracy: ratio(answerable.filter(isCorrect).length, answerable.length),
    abstainQuestions: abstainQs.length,
    abstentionAccuracy: ratio(abstainQs.filter(isCorrect).length, abstainQs.length),
    falseAbstentions: answerable.filter((o) => o.result.abstained).length,
    toolQuestions: toolQs.length,
    toolAccuracy: ratio(toolQs.filter(isCorrect).length, toolQs.length),
  };
}

export function formatMetrics(rows: Array<{ name: string; m: Metrics }>): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const header = ['set', 'n', 'hit@1', 'hit@5', 'MRR', 'answer acc', 'abstain acc', 'false abst', 'tool acc'];
  const lines = rows.map(({ name, m }) => [
    name,
    String(m.n),
    pct(m.hit1),
    pct(m.hit5),
    m.mrr.toFixed(3),
    `${pct(m.answerAccuracy)} (${m.answerable})`,
    `${pct(m.abstentionAccuracy)} (${m.abstainQuestions})`,
    String(m.falseAbstentions),
    m.toolQuestions ? `${pct(m.toolAccuracy)} (${m.toolQuestions})` : '-',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [fmt(header), fmt(widths.map((w) => '-'.repeat(w))), ...lines.map(fmt)].join('\n');
}
