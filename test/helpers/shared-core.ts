import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../../src/app/create-core.js';

let core: Promise<Core> | undefined;

/** One real core over the real knowledge base per test file (the index lives in a temp dir). */
export function getSharedCore(): Promise<Core> {
  core ??= createCore({
    knowledgeDir: 'knowledge',
    indexDir: join(mkdtempSync(join(tmpdir(), 'faqbot-core-')), 'index'),
    threshold: 0.4,
    maxChars: 1000,
  });
  return core;
}
