import { join } from 'node:path';
import type { Core } from '../app/create-core.js';
import { scoreCandidate } from '../answer/select-candidate.js';
import { createBaseline } from './create-baseline.js';
import { readEvalQuestions, type EvalQuestion } from './eval-question.js';
import { formatMetrics, isCorrect, scoreOutcomes, type EvalOutcome, type Metrics } from './score-eval.js';

export interface EvalReport {
  rows: Array<{ name: string; m: Metrics }>;
  failures: EvalOutcome[];
  text: string;
}

const byLang = (outcomes: EvalOutcome[], prefix: string) => {
  const langs = [...new Set(outcomes.map((o) => o.question.lang))].sort();
  return [
    { name: `${prefix} all`, m: scoreOutcomes(outcomes) },
    ...langs.map((l) => ({ name: `${prefix} ${l}`, m: scoreOutcomes(outcomes.filter((o) => o.question.lang === l)) })),
  ];
};

export async function runEval(core: Core, options: { file: string; indexDir: string; baseline: boolean }): Promise<EvalReport> {
  const questions = await readEvalQuestions(options.file);
  const outcomes = await evaluate(core, questions);
  const rows = byLang(outcomes, 'bot');
  if (options.baseline) {
    const baseline = await createBaseline(core.current().kb, join(options.indexDir, 'baseline'));
    const baseOutcomes: EvalOutcome[] = [];
    for (const question of questions) {
      const { result, ranking } = await baseline.answer({ text: question.question, platform: 'eval' });
      baseOutcomes.push({ question, result, ranking });
    }
    rows.push(...byLang(baseOutcomes, 'baseline'));
  }
  const failures = outcomes.filter((o) => !isCorrect(o));
  return { rows, failures, text: formatMetrics(rows) };
}

export async function evaluate(core: Core, questions: EvalQuestion[]): Promise<EvalOutcome[]> {
  const outcomes: EvalOutcome[] = [];
  for (const question of questions) {
    const result = await core.answer({ text: question.question, platform: 'eval' });
    const { candidates } = await core.current().retriever.retrieve(question.question, 30, { lang: result.lang });
    const maxFused = Math.max(0, ...candidates.map((c) => c.fused));
    const ranking = [...candidates]
      .sort((a, b) => scoreCandidate(b, maxFused) - scoreCandidate(a, maxFused))
      .map((c) => c.unit.sourceIds);
    outcomes.push({ question, result, ranking });
  }
  return outcomes;
}
