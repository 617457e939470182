// What conversations cost: answer() latency with the asker's conversation looked up and saved (SQLite store) beside
// the same questions asked alone, interleaved in one process; and the live heap across 10,000 distinct askers.
// Run with --expose-gc (npm run bench does) so the heap after a full collection can be read.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApp } from '../src/app/create-app.js';
import { parseConfig } from '../src/config.js';
import { readEvalQuestions } from '../src/eval/eval-question.js';

const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const askers = Number(process.env.BENCH_ASKERS ?? 10_000);
const dir = mkdtempSync(join(tmpdir(), 'faqbot-conv-'));
const config = parseConfig({
  ...process.env,
  INDEX_DIR: '.index/bench',
  DB_PATH: join(dir, 'bot.db'),
  RATE_USER_PER_MINUTE: '1000000',
  RATE_CHAT_PER_MINUTE: '1000000',
});
const app = await createApp(config, { store: true });
const questions = (await readEvalQuestions('eval/questions.jsonl')).map((q) => q.question);
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const gc = (globalThis as { gc?: () => void }).gc;
const liveHeap = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
};

// Warm both paths first, so neither pays for the first segmentations.
for (const q of questions.slice(0, 20)) {
  await app.core.answer({ text: q, platform: 'telegram' });
  await app.core.answer({ text: q, platform: 'telegram', chat: 'warm', user: 'warm' });
}
const alone: number[] = [];
const withConversation: number[] = [];
for (let r = 0; r < rounds; r++) {
  for (const [i, q] of questions.entries()) {
    let t = performance.now();
    await app.core.answer({ text: q, platform: 'telegram' });
    alone.push(performance.now() - t);
    // A few askers, so each lookup finds a conversation with turns in it.
    t = performance.now();
    await app.core.answer({ text: q, platform: 'telegram', chat: `c${i % 7}`, user: `u${i % 13}` });
    withConversation.push(performance.now() - t);
  }
}
const row = (name: string, xs: number[]) => `| ${name} | ${quantile(xs, 0.5).toFixed(2)} ms | ${quantile(xs, 0.95).toFixed(2)} ms | ${quantile(xs, 0.99).toFixed(2)} ms |`;
console.log(`\nanswer() with and without the conversation layer's lookup and save (SQLite store), ${alone.length} questions each, interleaved`);
console.log('| path | p50 | p95 | p99 |\n|---|---|---|---|');
console.log(row('alone (no chat/user)', alone));
console.log(row('in a conversation', withConversation));
console.log(`p95 added: ${(quantile(withConversation, 0.95) - quantile(alone, 0.95)).toFixed(2)} ms`);

// The lookup and save alone, on the same store: what a conversation adds before any extra retrieval a follow-up needs.
const store = app.store!.conversations;
const ops: number[] = [];
for (let i = 0; i < 5000; i++) {
  const key = `telegram|c${i % 7}||u${i % 13}`;
  const t = performance.now();
  const state = await store.load(key);
  await store.save(key, { lang: 'en', turns: (state?.turns ?? []).slice(-5), updatedAt: Date.now() }, `bench-${i}`);
  ops.push(performance.now() - t);
}
console.log(`conversation lookup + save (SQLite): p50 ${quantile(ops, 0.5).toFixed(3)} ms, p95 ${quantile(ops, 0.95).toFixed(3)} ms, p99 ${quantile(ops, 0.99).toFixed(3)} ms`);

const before = liveHeap();
const t0 = performance.now();
for (let i = 0; i < askers; i++) {
  await app.core.answer({ text: questions[i % questions.length]!, platform: 'telegram', chat: `g${i % 50}`, user: `asker-${i}` });
}
const after = liveHeap();
console.log(`\n${askers} distinct askers in ${((performance.now() - t0) / 1000).toFixed(1)} s: live heap ${before.toFixed(1)} → ${after.toFixed(1)} MiB (${(after - before).toFixed(1)} MiB)`);
app.close();
