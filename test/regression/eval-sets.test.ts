// The evaluation sets against floors a few points under the figures of the last BENCHMARKS run (2026-12-02:
// tuning set right 92.1%, hit@1 96.7%, answer 90.7%, abstention 94.9%, tools 96.0%; held-out set right 88.9%,
// hit@1 98.3%, answer 88.1%, abstention 88.2%, tools 92.9%). A knowledge or code change that costs more fails here.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/app/create-core.js';
import { runEval } from '../../src/eval/run-eval.js';
import type { Metrics } from '../../src/eval/score-eval.js';
import { tempIndexDir } from '../helpers/fixture-retriever.js';
import { getSharedCore } from '../helpers/shared-core.js';

let core: Core;
beforeAll(async () => {
  core = await getSharedCore({ knowledge: 'real' });
});

const FLOORS: Record<string, Partial<Record<keyof Metrics, number>>> = {
  'eval/questions.jsonl': { overall: 0.88, hit1: 0.94, hit5: 0.98, answerAccuracy: 0.86, abstentionAccuracy: 0.9, toolAccuracy: 0.9 },
  'eval/holdout.jsonl': { overall: 0.84, hit1: 0.94, hit5: 0.97, answerAccuracy: 0.82, abstentionAccuracy: 0.8, toolAccuracy: 0.85 },
};

describe.each(Object.entries(FLOORS))('%s', (file, floors) => {
  let all: Metrics;
  beforeAll(async () => {
    const report = await runEval(core, { file, indexDir: tempIndexDir('eval'), baseline: false });
    all = report.rows.find((r) => r.name === 'bot all')!.m;
  }, 120_000);

  it.each(Object.entries(floors))('%s stays at or above %d', (metric, floor) => {
    expect(all[metric as keyof Metrics]).toBeGreaterThanOrEqual(floor!);
  });
});
