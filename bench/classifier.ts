// node --import tsx bench/classifier.ts: does a classifier trained at build on the FAQ paraphrases beat or complement
// the retriever (BM25 + vectors, ranked by the answerer's own candidate score) at picking the answer? Issue 16.
//
// Every line is scored on the unit ranked first:
// - lines with `sources` (eval/holdout.jsonl, eval/questions.jsonl): a unit hits when one of its sources is one of
//   the line's (an FAQ entry through its `sources`);
// - lines with only `must` (the blind sets): a unit hits when its answer text (an FAQ entry's answers in every
//   language, an article section with its translations) holds a string of every `must` group.
// The fusions' parameters are chosen on eval/questions.jsonl, the set the retrieval was tuned on, and only then applied
// to the held-out sets; nothing here looks at a held-out line's wording.
//
// Optional: with @nlpjs/neural resolvable (or CLASSIFIER_LIB_DIR pointing at a folder whose node_modules has it), the
// NLP.js intent network is measured on the same features as a library alternative.
import { mkdtempSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '../src/app/create-core.js';
import { scoreCandidate, selectCandidate } from '../src/answer/select-candidate.js';
import { readEvalQuestions, satisfiesMust, type EvalQuestion } from '../src/eval/eval-question.js';
import type { RetrievalUnit } from '../src/retrieval/build-units.js';
import { createFaqClassifier, type FaqClassifier, type FaqPrediction } from '../src/retrieval/classifier/create-faq-classifier.js';
import { createFeaturizer } from '../src/retrieval/classifier/featurize-question.js';

const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  return process.memoryUsage().heapUsed;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const pct = (x: number, n: number) => (n === 0 ? '-' : `${((100 * x) / n).toFixed(1)}%`);

process.stdout.write(
  `date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; node ${process.version}; ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; load ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n\n`,
);

const indexDir = join(mkdtempSync(join(tmpdir(), 'faqbot-classifier-')), 'index');
const core = await createCore({ knowledgeDir: 'knowledge', indexDir, threshold: 0.4, maxChars: 1000 });
const { kb, retriever } = core.current();

// ---- the classifiers -----------------------------------------------------------------------------------------------

interface Ranker {
  name: string;
  rank(text: string): FaqPrediction[];
  trainMs: number[];
  /** Of which segmenting and glossary-matching the paraphrases. */
  featurizeMs: number[];
  modelBytes: number;
  heapBytes: number;
  features: number;
}

function measureOurs(name: string, build: () => FaqClassifier): Ranker {
  const trainMs: number[] = [];
  const featurizeMs: number[] = [];
  let model: FaqClassifier | undefined;
  let heapBytes = 0;
  for (let i = 0; i < 3; i++) {
    model = undefined;
    const before = heap();
    model = build();
    heapBytes = heap() - before;
    trainMs.push(model.trainMs);
    featurizeMs.push(model.featurizeMs);
  }
  const m = model!;
  return { name, rank: (t) => m.classify(t), trainMs, featurizeMs, modelBytes: m.modelBytes, heapBytes, features: m.featureCount };
}

const rankers: Ranker[] = [
  measureOurs('softmax', () => createFaqClassifier({ faq: kb.faq, tokenizer: retriever.tokenizer, glossary: retriever.glossary })),
  measureOurs('softmax, tokens only', () =>
    createFaqClassifier({ faq: kb.faq, tokenizer: retriever.tokenizer, glossary: retriever.glossary, features: { concepts: false, latinPrefixes: false } }),
  ),
  measureOurs('naive Bayes', () =>
    createFaqClassifier({ faq: kb.faq, tokenizer: retriever.tokenizer, glossary: retriever.glossary, model: { kind: 'naive-bayes' } }),
  ),
];

interface NlpjsNetwork {
  train(corpus: Array<{ input: Record<string, number>; output: Record<string, number> }>): { iterations: number };
  run(input: Record<string, number>): Record<string, number>;
}
function loadNlpjs(): (new (settings?: object) => NlpjsNetwork) | undefined {
  const bases = [import.meta.url, ...(process.env.CLASSIFIER_LIB_DIR ? [join(process.env.CLASSIFIER_LIB_DIR, 'index.js')] : [])];
  for (const base of bases) {
    try {
      return (createRequire(base)('@nlpjs/neural') as { NeuralNetwork: new (settings?: object) => NlpjsNetwork }).NeuralNetwork;
    } catch {
      // not installed there
    }
  }
  return undefined;
}
const NeuralNetwork = loadNlpjs();
if (NeuralNetwork) {
  const featurize = createFeaturizer({ tokenizer: retriever.tokenizer, glossary: retriever.glossary });
  const asInput = (text: string) => Object.fromEntries(featurize(text).map((f) => [f, 1]));
  const corpus = kb.faq.flatMap((e) => Object.values(e.questions).flatMap((qs) => (qs ?? []).map((q) => ({ input: asInput(q), output: { [e.id]: 1 } }))));
  const before = heap();
  const t0 = performance.now();
  const net = new NeuralNetwork({ log: false });
  const status = net.train(corpus.map((c) => ({ input: { ...c.input }, output: { ...c.output } })));
  const ms = performance.now() - t0;
  const heapBytes = heap() - before;
  rankers.push({
    name: `@nlpjs/neural (${status.iterations} it.)`,
    rank: (text) =>
      Object.entries(net.run(asInput(text)) ?? {})
        .map(([faqId, probability]) => ({ faqId, unitId: `faq:${faqId}`, probability }))
        .sort((a, b) => b.probability - a.probability),
    trainMs: [ms],
    featurizeMs: [],
    modelBytes: NaN,
    heapBytes,
    features: new Set(corpus.flatMap((c) => Object.keys(c.input))).size,
  });
}

// ---- the sets ------------------------------------------------------------------------------------------------------

interface SetSpec {
  name: string;
  file: string;
  keep: (q: EvalQuestion) => boolean;
}
const SETS: SetSpec[] = [
  { name: 'dev: questions (tuning)', file: 'eval/questions.jsonl', keep: () => true },
  { name: 'holdout', file: 'eval/holdout.jsonl', keep: () => true },
  { name: 'blind languages-a', file: 'eval/blind/languages-a.jsonl', keep: (q) => q.kind === 'single' || q.kind === 'first' },
  { name: 'blind messages-a', file: 'eval/blind/messages-a.jsonl', keep: () => true },
  { name: 'blind conversations-a (first)', file: 'eval/blind/conversations-a.jsonl', keep: (q) => q.kind === 'first' },
];
const answerable = (q: EvalQuestion) => !q.tool && !q.abstain && !!(q.sources?.length || q.must?.length);

// An article section's text with its translations (the bot quotes the asker's language where it exists).
const sectionTexts = new Map<string, string[]>();
for (const u of retriever.units) {
  if (u.kind === 'faq') continue;
  const key = `${u.kind}:${u.group}#${u.order}`;
  sectionTexts.set(key, [...(sectionTexts.get(key) ?? []), `${u.heading}\n${u.text}`]);
}
const unitText = (u: RetrievalUnit) =>
  u.faq ? Object.values(u.faq.answer).join('\n') : (sectionTexts.get(`${u.kind}:${u.group}#${u.order}`) ?? [u.text]).join('\n');
// An entry marked `unknown` answers "not published, ask a manager": an abstention, never a hit.
const hits = (u: RetrievalUnit | undefined, q: EvalQuestion) => {
  if (!u || u.faq?.unknown) return false;
  if (q.sources?.length) return u.sourceIds.some((s) => q.sources!.includes(s));
  return satisfiesMust(unitText(u), q.must);
};
const faqUnits = retriever.units.filter((u) => u.kind === 'faq');

interface Line {
  q: EvalQuestion;
  set: string;
  lang: string;
  confidence: number;
  abstained: boolean;
  botRight: boolean;
  /** Retriever candidates ordered by the answerer's score, and the one the answerer picks. */
  ordered: RetrievalUnit[];
  scored: Map<string, number>;
  picked: RetrievalUnit | undefined;
  ranked: Map<string, FaqPrediction[]>;
  faqCeiling: boolean;
}

const retrieveMs: number[] = [];
const classifyMs = new Map<string, number[]>(rankers.map((r) => [r.name, []]));
const lines: Line[] = [];
for (const spec of SETS) {
  const questions = (await readEvalQuestions(spec.file)).filter(spec.keep);
  for (const q of questions) {
    if (!answerable(q) && !q.abstain) continue;
    const result = await core.answer({ text: q.question, platform: 'eval' });
    const t0 = performance.now();
    const { candidates } = await retriever.retrieve(q.question, 15, { lang: result.lang });
    retrieveMs.push(performance.now() - t0);
    const maxFused = Math.max(0, ...candidates.map((c) => c.fused));
    const scored = new Map(candidates.map((c) => [c.unit.id, scoreCandidate(c, maxFused)]));
    const ordered = [...candidates].sort((a, b) => scored.get(b.unit.id)! - scored.get(a.unit.id)!).map((c) => c.unit);
    const ranked = new Map<string, FaqPrediction[]>();
    for (const r of rankers) {
      const t1 = performance.now();
      ranked.set(r.name, r.rank(q.question));
      classifyMs.get(r.name)!.push(performance.now() - t1);
    }
    lines.push({
      q,
      set: spec.name,
      lang: q.lang,
      confidence: result.abstained ? 0 : result.confidence,
      abstained: result.abstained,
      botRight: !result.abstained && !result.tool && satisfiesMust(result.text, q.must),
      ordered,
      scored,
      picked: selectCandidate(candidates)?.best.unit,
      ranked,
      faqCeiling: faqUnits.some((u) => hits(u, q)),
    });
  }
}

// ---- the pickers ---------------------------------------------------------------------------------------------------

type Picker = (l: Line) => RetrievalUnit | undefined;
const unitById = (id: string | undefined) => (id === undefined ? undefined : retriever.unit(id));
const topOf = (l: Line, r: string) => l.ranked.get(r)?.[0];

/** Reciprocal rank fusion of the retriever's order and the classifier's (its first 15), ties to the retriever. */
const rrf =
  (r: string, k = 60): Picker =>
  (l) => {
    const score = new Map<string, number>();
    l.ordered.forEach((u, i) => score.set(u.id, 1 / (k + i + 1)));
    (l.ranked.get(r) ?? []).slice(0, 15).forEach((p, i) => score.set(p.unitId, (score.get(p.unitId) ?? 0) + 1 / (k + i + 1)));
    const order = [...score.entries()].sort((a, b) => b[1] - a[1] || indexIn(l, a[0]) - indexIn(l, b[0]));
    return unitById(order[0]?.[0]);
  };
const indexIn = (l: Line, id: string) => {
  const i = l.ordered.findIndex((u) => u.id === id);
  return i < 0 ? Infinity : i;
};
/** The classifier's entry when it is at least this sure, the answerer's pick otherwise. */
const override =
  (r: string, tau: number): Picker =>
  (l) => {
    const top = topOf(l, r);
    return top && top.probability >= tau ? unitById(top.unitId) : l.picked;
  };
// selectCandidate's rule, on any score: a "not published" entry gives way to a unit that answers and scores within
// this much of it (KNOWN_ANSWER_MARGIN in src/answer/select-candidate.ts).
const KNOWN_ANSWER_MARGIN = 0.03;
const pickByScore = (l: Line, score: (u: RetrievalUnit) => number) => {
  const ranked = l.ordered.map((u) => ({ u, s: score(u) })).sort((a, b) => b.s - a.s);
  const best = ranked[0];
  if (!best?.u.faq?.unknown) return best?.u;
  return ranked.find((x) => !x.u.faq?.unknown && x.s >= best.s - KNOWN_ANSWER_MARGIN)?.u ?? best.u;
};
/**
 * The answerer's candidate score plus lambda × the classifier's probability (FAQ candidates only): with a small
 * lambda, a tie-breaker between candidates the retriever scores about equally.
 */
const blend =
  (r: string, lambda: number): Picker =>
  (l) => {
    const p = new Map((l.ranked.get(r) ?? []).map((x) => [x.unitId, x.probability]));
    return pickByScore(l, (u) => l.scored.get(u.id)! + lambda * (p.get(u.id) ?? 0));
  };

const isAnswerable = (l: Line) => answerable(l.q);
const hitRate = (ls: Line[], pick: Picker) => ls.filter((l) => isAnswerable(l) && hits(pick(l), l.q)).length;
const dev = lines.filter((l) => l.set.startsWith('dev'));
const devAnswerable = dev.filter(isAnswerable);
// The most conservative setting among the best on the tuning set: a larger threshold, a smaller weight.
const chooseOnDev = (make: (x: number) => Picker, grid: number[]) => {
  let best = grid[0]!;
  let bestHits = -1;
  for (const x of grid) {
    const h = hitRate(devAnswerable, make(x));
    if (h > bestHits) [best, bestHits] = [x, h];
  }
  return best;
};
const taus = Array.from({ length: 20 }, (_, i) => 0.99 - i * 0.05);
const lambdas = Array.from({ length: 21 }, (_, i) => (i + 1) * 0.025);

interface Column {
  name: string;
  pick: Picker;
}
const columns: Column[] = [
  { name: 'retriever pick', pick: (l) => l.picked },
  { name: 'retriever top FAQ', pick: (l) => l.ordered.find((u) => u.kind === 'faq') },
];
// Control: does a fusion gain from what the classifier learned, or only from leaning towards FAQ entries?
const faqBonus =
  (lambda: number): Picker =>
  (l) =>
    pickByScore(l, (u) => l.scored.get(u.id)! + (u.kind === 'faq' ? lambda : 0));
const bonus = Number(chooseOnDev(faqBonus, lambdas).toFixed(3));
columns.push({ name: `control: retriever score + ${bonus} for any FAQ`, pick: faqBonus(bonus) });
const chosen: string[] = [`FAQ bonus ${bonus}`];
for (const r of rankers) {
  columns.push({ name: `${r.name}`, pick: (l) => unitById(topOf(l, r.name)?.unitId) });
  columns.push({ name: `  RRF retriever+${r.name}`, pick: rrf(r.name) });
  const tau = Number(chooseOnDev((x) => override(r.name, x), taus).toFixed(2));
  columns.push({ name: `  ${r.name} if p>=${tau}, else retriever`, pick: override(r.name, tau) });
  const lambda = Number(chooseOnDev((x) => blend(r.name, x), lambdas).toFixed(3));
  columns.push({ name: `  retriever score + ${lambda}·p(${r.name})`, pick: blend(r.name, lambda) });
  chosen.push(`${r.name}: tau ${tau}, lambda ${lambda}`);
}

// ---- the tables ----------------------------------------------------------------------------------------------------

const table = (header: string[], rows: string[][]) => {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [fmt(header), fmt(widths.map((w) => '-'.repeat(w))), ...rows.map(fmt)].join('\n');
};

const groups: Array<{ name: string; ls: Line[] }> = [
  ...SETS.map((s) => ({ name: s.name, ls: lines.filter((l) => l.set === s.name) })),
  { name: 'held-out total', ls: lines.filter((l) => !l.set.startsWith('dev')) },
];
const heldOut = groups.at(-1)!.ls;

process.stdout.write(`## hit@1 on answerable lines (top unit answers the line)\n\n`);
process.stdout.write(
  table(
    ['picker', ...groups.map((g) => `${g.name} (${g.ls.filter(isAnswerable).length})`)],
    [
      ['bot answer right (must, whole pipeline)', ...groups.map((g) => pct(g.ls.filter((l) => isAnswerable(l) && l.q.must?.length && l.botRight).length, g.ls.filter((l) => isAnswerable(l) && l.q.must?.length).length))],
      ['some FAQ entry would hit (ceiling)', ...groups.map((g) => pct(g.ls.filter((l) => isAnswerable(l) && l.faqCeiling).length, g.ls.filter(isAnswerable).length))],
      ...columns.map((c) => [c.name, ...groups.map((g) => pct(hitRate(g.ls, c.pick), g.ls.filter(isAnswerable).length))]),
    ],
  ),
);
process.stdout.write(`\n\nfusion parameters chosen on the dev set: ${chosen.join('; ')}\n\n`);

// Where the classifier and the retriever disagree, on held-out lines: who is right.
process.stdout.write(`## Disagreements on held-out answerable lines (retriever pick vs classifier top)\n\n`);
process.stdout.write(
  table(
    ['classifier', 'differ', 'only retriever right', 'only classifier right', 'both wrong'],
    rankers.map((r) => {
      const ls = heldOut.filter(isAnswerable).filter((l) => l.picked?.id !== topOf(l, r.name)?.unitId);
      const retR = (l: Line) => hits(l.picked, l.q);
      const clfR = (l: Line) => hits(unitById(topOf(l, r.name)?.unitId), l.q);
      return [r.name, String(ls.length), String(ls.filter((l) => retR(l) && !clfR(l)).length), String(ls.filter((l) => clfR(l) && !retR(l)).length), String(ls.filter((l) => !clfR(l) && !retR(l)).length)];
    }),
  ),
);

// Paired on the same lines: what each picker wins and loses against the answerer's own pick (exact sign test).
const signTest = (wins: number, losses: number) => {
  const n = wins + losses;
  if (n === 0) return 1;
  const k = Math.min(wins, losses);
  let tail = 0;
  let c = 1;
  for (let i = 0; i <= k; i++) {
    tail += c;
    c = (c * (n - i)) / (i + 1);
  }
  return Math.min(1, (2 * tail) / 2 ** n);
};
process.stdout.write(`\n\n## Paired against the retriever's pick, held-out answerable lines\n\n`);
process.stdout.write(
  table(
    ['picker', 'hit@1', 'lines won', 'lines lost', 'sign test p (two-sided)'],
    columns.slice(1).map((c) => {
      const ls = heldOut.filter(isAnswerable);
      const won = ls.filter((l) => hits(c.pick(l), l.q) && !hits(l.picked, l.q)).length;
      const lost = ls.filter((l) => !hits(c.pick(l), l.q) && hits(l.picked, l.q)).length;
      return [c.name.trim(), pct(hitRate(ls, c.pick), ls.length), String(won), String(lost), signTest(won, lost).toFixed(3)];
    }),
  ),
);

// How much the blend's result depends on its weight (read, not chosen: the weight above comes from the dev set).
process.stdout.write(`\n\n## Sensitivity of the blend to its weight (hit@1; dev / held-out total)\n\n`);
const shownLambdas = [0, 0.025, 0.05, 0.1, 0.2, 0.4];
process.stdout.write(
  table(
    ['classifier', ...shownLambdas.map((x) => `λ=${x}`)],
    rankers.map((r) => [
      r.name,
      ...shownLambdas.map((x) => `${pct(hitRate(dev, blend(r.name, x)), devAnswerable.length)} / ${pct(hitRate(heldOut, blend(r.name, x)), heldOut.filter(isAnswerable).length)}`),
    ]),
  ),
);

process.stdout.write(`\n\n## hit@1 by language, held-out total\n\n`);
const langs = [...new Set(heldOut.map((l) => l.lang))].sort();
const keyColumns = columns.filter((c) => !c.name.startsWith('  ') || c.name.includes('RRF'));
process.stdout.write(
  table(
    ['picker', ...langs.map((g) => `${g} (${heldOut.filter((l) => l.lang === g && isAnswerable(l)).length})`)],
    keyColumns.map((c) => [c.name.trim(), ...langs.map((g) => pct(hitRate(heldOut.filter((l) => l.lang === g), c.pick), heldOut.filter((l) => l.lang === g && isAnswerable(l)).length))]),
  ),
);

// Abstention: does the score tell answerable lines from lines the knowledge does not answer?
const auc = (pos: number[], neg: number[]) => {
  if (pos.length === 0 || neg.length === 0) return NaN;
  let s = 0;
  for (const p of pos) for (const n of neg) s += p > n ? 1 : p === n ? 0.5 : 0;
  return s / (pos.length * neg.length);
};
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
process.stdout.write(`\n\n## Abstention separation, held-out total (${heldOut.filter(isAnswerable).length} answerable vs ${heldOut.filter((l) => l.q.abstain).length} abstain lines)\n\n`);
const devPos = dev.filter(isAnswerable);
const devNeg = dev.filter((l) => l.q.abstain);
const mus = [0, 0.05, 0.1, 0.2, 0.3, 0.5, 1];
const combined = (r: string, mu: number) => (l: Line) => l.confidence + mu * (topOf(l, r)?.probability ?? 0);
const scorers: Array<{ name: string; score: (l: Line) => number }> = [
  { name: 'bot confidence (0 when it abstained)', score: (l) => l.confidence },
  ...rankers.map((r) => ({ name: `${r.name}: top probability`, score: (l: Line) => topOf(l, r.name)?.probability ?? 0 })),
  ...rankers.map((r) => {
    // The weight with the best separation on the dev set (the smallest among equals).
    const mu = mus.reduce((best, x) => (auc(devPos.map(combined(r.name, x)), devNeg.map(combined(r.name, x))) > auc(devPos.map(combined(r.name, best)), devNeg.map(combined(r.name, best))) ? x : best), 0);
    return { name: `bot confidence + ${mu}·p(${r.name})`, score: combined(r.name, mu) };
  }),
];
process.stdout.write(
  table(
    ['score', 'AUC answerable > abstain', 'mean answerable', 'mean abstain', 'median answerable', 'median abstain'],
    scorers.map((s) => {
      const pos = heldOut.filter(isAnswerable).map(s.score);
      const neg = heldOut.filter((l) => l.q.abstain).map(s.score);
      return [s.name, auc(pos, neg).toFixed(3), mean(pos).toFixed(3), mean(neg).toFixed(3), median(pos).toFixed(3), median(neg).toFixed(3)];
    }),
  ),
);

process.stdout.write(`\n\n## Cost\n\n`);
process.stdout.write(
  table(
    ['', 'train at build (ms, median of runs)', 'of which featurizing (ms)', 'ms per question (median)', 'features', 'weights (KiB)', 'heap after training (MiB)'],
    [
      ['retriever.retrieve (for scale)', '-', '-', median(retrieveMs).toFixed(2), '-', '-', '-'],
      ...rankers.map((r) => [
        r.name,
        `${median(r.trainMs).toFixed(0)} (${r.trainMs.map((x) => x.toFixed(0)).join(', ')})`,
        r.featurizeMs.length ? median(r.featurizeMs).toFixed(0) : '-',
        median(classifyMs.get(r.name)!).toFixed(3),
        String(r.features),
        Number.isNaN(r.modelBytes) ? '-' : (r.modelBytes / 1024).toFixed(0),
        gc ? (r.heapBytes / 2 ** 20).toFixed(1) : '(run with --expose-gc)',
      ]),
    ],
  ),
);
process.stdout.write(`\n\n${kb.faq.length} FAQ entries, ${faqUnits.length} FAQ units, ${lines.length} lines scored.\n`);
