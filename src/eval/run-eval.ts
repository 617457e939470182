import { join } from 'node:path';
import type { Core } from '../answer/core.js';
import { scoreCandidate, selectCandidate } from '../answer/select-candidate.js';
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
  const kinds = [...new Set(outcomes.map((o) => o.question.kind).filter((k): k is string => !!k))].sort();
  return [
    { name: `${prefix} all`, m: scoreOutcomes(outcomes) },
    ...langs.map((l) => ({ name: `${prefix} ${l}`, m: scoreOutcomes(outcomes.filter((o) => o.question.lang === l)) })),
    ...(kinds.length > 1 ? kinds.map((k) => ({ name: `${prefix} kind:${k}`, m: scoreOutcomes(outcomes.filter((o) => o.question.kind === k)) })) : []),
  ];
};

export async function runEval(core: Core, options: { file: string; indexDir: string; baseline: boolean }): Promise<EvalReport> {
  const questions = await readEvalQuestions(options.file);
  const outcomes = await evaluate(core, questions);
  const rows = byLang(outcomes, 'bot');
  if (questions.some((q) => q.chat)) {
    // The same bot answering every line alone: what the conversation state adds, measured in the same run.
    rows.push(...byLang(await evaluate(core, questions, { alone: true }), 'alone'));
  }
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

export async function evaluate(core: Core, questions: EvalQuestion[], options: { alone?: boolean } = {}): Promise<EvalOutcome[]> {
  const outcomes: EvalOutcome[] = [];
  // Each run has its own conversations: a second run over the same file must not continue the first one's.
  const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  for (const question of questions) {
    const together = !options.alone && question.chat !== undefined;
    const result = await core.answer({
      text: question.question,
      platform: 'eval',
      ...(together ? { chat: `${run}:${question.chat}`, user: question.user ?? 'u' } : {}),
    });
    const { candidates } = await core.current().retriever.retrieve(question.question, 30, { lang: result.lang });
    const maxFused = Math.max(0, ...candidates.map((c) => c.fused));
    // The unit the bot would answer with first (the same selection, "not published" rule included), then the rest.
    const chosen = selectCandidate(candidates)?.best;
    const ranking = [...candidates]
      .sort((a, b) => Number(b === chosen) - Number(a === chosen) || scoreCandidate(b, maxFused) - scoreCandidate(a, maxFused))
      .map((c) => c.unit.sourceIds);
    outcomes.push({ question, result, ranking });
  }
  return outcomes;
}
