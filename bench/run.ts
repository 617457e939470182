// npm run bench: latency of answer() over the evaluation questions, cold start, index build, peak RSS,
// each against a baseline measured in the same process (plain HNSWLib), because shared machines are noisy.
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseConfig } from '../src/config.js';
import { createCore } from '../src/app/create-core.js';
import { createBaseline } from '../src/eval/create-baseline.js';
import { readEvalQuestions } from '../src/eval/eval-question.js';

const config = parseConfig({ ...process.env, INDEX_DIR: '.index/bench' });
const options = {
  knowledgeDir: config.KNOWLEDGE_DIR,
  indexDir: config.INDEX_DIR,
  threshold: config.CONFIDENCE_THRESHOLD,
  maxChars: config.MAX_QUESTION_CHARS,
};
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const median = (xs: number[]) => quantile(xs, 0.5);

async function time<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const value = await fn();
  return [value, performance.now() - t0];
}

const buildTimes: number[] = [];
for (let i = 0; i < 3; i++) buildTimes.push((await time(() => createCore(options, { rebuildIndex: true })))[1]);
const coldTimes: number[] = [];
for (let i = 0; i < 3; i++) {
  const [, ms] = await time(async () => {
    const c = await createCore(options);
    await c.answer({ text: '本地托管是哪天上线的？' });
  });
  coldTimes.push(ms);
}

const core = await createCore(options);
const questions = (await readEvalQuestions('eval/questions.jsonl')).map((q) => q.question);
const baseline = await createBaseline(core.current().kb, '.index/bench-baseline');

const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const botTimes: number[] = [];
const baseTimes: number[] = [];
for (const q of questions) await core.answer({ text: q }); // warm-up
for (let r = 0; r < rounds; r++) {
  for (const q of questions) {
    // Interleaved so both see the same machine load.
    botTimes.push((await time(() => core.answer({ text: q })))[1]);
    baseTimes.push((await time(() => baseline.answer({ text: q })))[1]);
  }
}

const fmt = (x: number) => x.toFixed(2);
const rss = process.resourceUsage().maxRSS / 1024;
const lines = [
  `date: ${new Date().toISOString().slice(0, 10)}; node ${process.version}; ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; ${(totalmem() / 2 ** 30).toFixed(0)} GiB`,
  `questions: ${questions.length} × ${rounds} rounds (warm)`,
  `answer() latency ms: median ${fmt(median(botTimes))}, p95 ${fmt(quantile(botTimes, 0.95))}, p99 ${fmt(quantile(botTimes, 0.99))}`,
  `baseline (plain HNSWLib) ms: median ${fmt(median(baseTimes))}, p95 ${fmt(quantile(baseTimes, 0.95))}`,
  `ratio bot/baseline: median ${fmt(median(botTimes) / median(baseTimes))}, p95 ${fmt(quantile(botTimes, 0.95) / quantile(baseTimes, 0.95))}`,
  `index build (load knowledge + build + save) ms: median ${fmt(median(buildTimes))}`,
  `cold start to first answer (index on disk) ms: median ${fmt(median(coldTimes))}`,
  `peak RSS: ${rss.toFixed(0)} MiB`,
];
process.stdout.write(`${lines.join('\n')}\n`);
