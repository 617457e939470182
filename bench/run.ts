// npm run bench: what a user waits for (process start to first answer, `npm start` to ready, a running bot's memory;
// bench/measure-start.ts), then the in-process latency of answer() over the evaluation questions and the index build.
// Every figure is a median of runs on the shared machine, beside a baseline measured in the same run.
import { mkdtempSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseConfig } from '../src/config.js';
import { createCore } from '../src/app/create-core.js';
import { createBaseline } from '../src/eval/create-baseline.js';
import { readEvalQuestions } from '../src/eval/eval-question.js';
import { formatStart, measureBotMemory, measureStart, measureTelegramMemory } from './measure-start.js';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const header = () =>
  `date: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; node ${process.version}; ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}; ${(totalmem() / 2 ** 30).toFixed(0)} GiB; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`;
process.stdout.write(`${header()}\n\n`);

if (process.env.BENCH_SKIP_START !== '1') {
  process.stdout.write(`## Start (${runs} runs each)\n\n${formatStart(await measureStart(runs))}\n\n`);
  const memory = [await measureBotMemory(runs), await measureTelegramMemory(runs)];
  // BENCH_RSS_NODE_OPTIONS="--max-semi-space-size=2": the same measure under other V8 settings, for comparison.
  if (process.env.BENCH_RSS_NODE_OPTIONS) memory.push(await measureBotMemory(runs, { nodeOptions: process.env.BENCH_RSS_NODE_OPTIONS }));
  process.stdout.write(`## Memory of a running bot (${runs} runs each)\n\n${formatStart({ rows: memory.flatMap((m) => m.rows) })}\n\n`);
}

const config = parseConfig({ ...process.env, INDEX_DIR: join(mkdtempSync(join(tmpdir(), 'faqbot-bench-')), 'index') });
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

// In one warm process: a full build (knowledge parsed, documents segmented, BM25, embeddings, HNSW, all saved), then
// a core from what is on disk.
const buildTimes: number[] = [];
for (let i = 0; i < runs; i++) buildTimes.push((await time(() => createCore(options, { rebuildIndex: true })))[1]);
const loadTimes: number[] = [];
for (let i = 0; i < runs; i++) loadTimes.push((await time(() => createCore(options)))[1]);

const core = await createCore(options);
const questions = (await readEvalQuestions('eval/questions.jsonl')).map((q) => q.question);
const baseline = await createBaseline(core.current().kb, join(config.INDEX_DIR, 'baseline'));

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

const ms = (x: number) => `${x.toFixed(2)} ms`;
const s = (x: number) => `${(x / 1000).toFixed(2)} s`;
const lines = [
  `## In one process (${questions.length} evaluation questions × ${rounds} rounds, warm; builds: ${runs} runs)`,
  '',
  '| measure | bot | baseline (plain HNSWLib) | ratio |',
  '|---|---|---|---|',
  `| \`answer()\` latency, median | ${ms(median(botTimes))} | ${ms(median(baseTimes))} | ${(median(botTimes) / median(baseTimes)).toFixed(1)}× |`,
  `| \`answer()\` latency, p95 | ${ms(quantile(botTimes, 0.95))} | ${ms(quantile(baseTimes, 0.95))} | ${(quantile(botTimes, 0.95) / quantile(baseTimes, 0.95)).toFixed(1)}× |`,
  `| \`answer()\` latency, p99 | ${ms(quantile(botTimes, 0.99))} | ${ms(quantile(baseTimes, 0.99))} | – |`,
  `| full build: parse knowledge, segment ${core.current().retriever.units.length} units' documents, BM25, embed, HNSW, save (median) | ${s(median(buildTimes))} | – | – |`,
  `| core from disk in a warm process (median) | ${s(median(loadTimes))} | – | – |`,
  '',
  `${header()}`,
];
process.stdout.write(`${lines.join('\n')}\n`);
// The cores built above keep timers (conversation expiry) that would hold the process open.
process.exit(0);
