// Sustained load through the bot service with the SQLite store on: 10,000 questions one at a time, then the same
// with 8 concurrent callers; throughput, latency percentiles and RSS across the run.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseConfig } from '../src/config.js';
import { createApp } from '../src/app/create-app.js';
import { readEvalQuestions } from '../src/eval/eval-question.js';

const total = Number(process.env.BENCH_LOAD ?? 10_000);
const dir = mkdtempSync(join(tmpdir(), 'faqbot-load-'));
const config = parseConfig({
  ...process.env,
  INDEX_DIR: '.index/bench',
  DB_PATH: join(dir, 'bot.db'),
  // Many distinct users, so the flood limits measure nothing here.
  RATE_USER_PER_MINUTE: '1000000',
  RATE_CHAT_PER_MINUTE: '1000000',
  MAX_CONCURRENT_ANSWERS: '64',
});
const app = await createApp(config, { store: true });
const questions = (await readEvalQuestions('eval/questions.jsonl')).map((q) => q.question);
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const mib = () => process.memoryUsage().rss / 2 ** 20;
// With --expose-gc (npm run bench passes it), the live heap after a full collection: the figure that shows a leak.
const gc = (globalThis as { gc?: () => void }).gc;
const liveHeap = () => {
  if (!gc) return NaN;
  gc();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

async function run(label: string, callers: number): Promise<string> {
  const latencies: number[] = [];
  const rssSamples: number[] = [];
  let next = 0;
  const heapBefore = liveHeap();
  const t0 = performance.now();
  const worker = async (w: number) => {
    for (;;) {
      const i = next++;
      if (i >= total) return;
      const started = performance.now();
      await app.service.answer({ text: questions[i % questions.length]!, user: `u${i % 500}`, chat: `c${w}`, platform: 'telegram' });
      latencies.push(performance.now() - started);
      if (i % 1000 === 0) rssSamples.push(mib());
    }
  };
  await Promise.all(Array.from({ length: callers }, (_, w) => worker(w)));
  const seconds = (performance.now() - t0) / 1000;
  rssSamples.push(mib());
  const heapAfter = liveHeap();
  const f = (x: number) => x.toFixed(2);
  return `${label}: ${total} answers in ${seconds.toFixed(1)} s = ${(total / seconds).toFixed(0)} answers/s; latency ms p50 ${f(quantile(latencies, 0.5))}, p95 ${f(quantile(latencies, 0.95))}, p99 ${f(quantile(latencies, 0.99))}; RSS MiB first/last/max ${rssSamples[0]!.toFixed(0)}/${rssSamples.at(-1)!.toFixed(0)}/${Math.max(...rssSamples).toFixed(0)}; live heap after GC MiB before/after ${heapBefore.toFixed(1)}/${heapAfter.toFixed(1)}`;
}

for (let i = 0; i < 300; i++) await app.service.answer({ text: questions[i % questions.length]!, user: 'warm', platform: 'cli' });
// The machine is shared: each setting runs three times, alternating, and every run is printed; read the middle one.
const runs = Number(process.env.BENCH_LOAD_RUNS ?? 3);
const lines: string[] = [];
for (let r = 0; r < runs; r++) lines.push(await run(`run ${r + 1}, 1 caller `, 1), await run(`run ${r + 1}, 8 callers`, 8));
const stats = await app.store!.getStats();
lines.push(`store: ${stats.questions} questions recorded (${stats.answered} answered, ${stats.abstained} abstained)`);
app.close();
process.stdout.write(`${lines.join('\n')}\n`);
// Timers of the app (conversation expiry, store upkeep) would hold the process open.
process.exit(0);
