import type { AnswerResult } from '../contract/types.js';
import { detectLang } from '../lang/detect-lang.js';
import { avoidsMustNot, satisfiesMust, type EvalQuestion } from './eval-question.js';

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
  /** Every line: right in content and language. */
  overall: number;
  /** Lines with `reply_lang` whose reply text is in that language (handovers included as they are). */
  langLines: number;
  langAccuracy: number;
}

/** The language the reply text is written in (its body, without the sources line and the inputs' numbers). */
export function replyLanguage(result: AnswerResult): string {
  // A quoted Chinese form name in a German reply does not make it Chinese: the majority of its letters decides.
  const text = result.body.replace(/[\d.,%€]+/g, ' ');
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  if (han > 0 && han * 2 >= latin) return 'zh';
  return detectLang(text.replace(/[\p{Script=Han}《》（）【】]+/gu, ' '), result.lang === 'zh' ? 'en' : result.lang);
}

/** The reply is a tool's question for a missing input (not a result, not a handover). */
export function asksForInput(result: AnswerResult): boolean {
  const r = result.toolResult as { ok?: boolean; verdict?: string } | undefined;
  return result.route === 'tool' && (r?.ok === false || r?.verdict === 'incomplete');
}

function contentCorrect(o: EvalOutcome): boolean {
  const q = o.question;
  if (!avoidsMustNot(o.result.text, q.must_not)) return false;
  if (q.expect_ask) return asksForInput(o.result);
  if (q.abstain) return o.result.abstained;
  if (q.tool) {
    if (o.result.tool !== q.tool) return false;
    if (q.verdict && (o.result.toolResult as { verdict?: string } | undefined)?.verdict !== q.verdict) return false;
    return satisfiesMust(o.result.text, q.must);
  }
  return !o.result.abstained && satisfiesMust(o.result.text, q.must);
}

/** Right in content and, where the line says so, written in the asker's language (a handover counts in any). */
export function isCorrect(o: EvalOutcome): boolean {
  if (!contentCorrect(o)) return false;
  const want = o.question.reply_lang;
  if (!want || o.result.abstained) return true;
  return replyLanguage(o.result) === want;
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
  const langQs = outcomes.filter((o) => o.question.reply_lang && !o.result.abstained);
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
    overall: ratio(outcomes.filter(isCorrect).length, outcomes.length),
    langLines: langQs.length,
    langAccuracy: ratio(langQs.filter((o) => replyLanguage(o.result) === o.question.reply_lang).length, langQs.length),
  };
}

export function formatMetrics(rows: Array<{ name: string; m: Metrics }>): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const header = ['set', 'n', 'right', 'hit@1', 'hit@5', 'MRR', 'answer acc', 'abstain acc', 'false abst', 'tool acc', 'reply lang'];
  const lines = rows.map(({ name, m }) => [
    name,
    String(m.n),
    pct(m.overall),
    pct(m.hit1),
    pct(m.hit5),
    m.mrr.toFixed(3),
    `${pct(m.answerAccuracy)} (${m.answerable})`,
    `${pct(m.abstentionAccuracy)} (${m.abstainQuestions})`,
    String(m.falseAbstentions),
    m.toolQuestions ? `${pct(m.toolAccuracy)} (${m.toolQuestions})` : '-',
    m.langLines ? `${pct(m.langAccuracy)} (${m.langLines})` : '-',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ');
  return [fmt(header), fmt(widths.map((w) => '-'.repeat(w))), ...lines.map(fmt)].join('\n');
}
