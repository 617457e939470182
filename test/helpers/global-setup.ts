// vitest globalSetup: builds the index of the fixture and of the real knowledge base once per run, before any test
// file starts; every file reads them (test/helpers/shared-index.ts) instead of building its own. They are kept in
// .index/test/ between runs: the files are named by their key, so an unchanged knowledge base costs the next run
// nothing and a changed one is rebuilt (FAQBOT_TEST_INDEX_DIR moves them).
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createCore } from '../../src/app/create-core.js';
import { FIXTURE_KNOWLEDGE_DIR, REAL_KNOWLEDGE_DIR } from './knowledge-dirs.js';
import type { SharedIndexDirs } from './shared-index.js';

export default async function setup(project: TestProject): Promise<void> {
  const root = resolve(process.env.FAQBOT_TEST_INDEX_DIR ?? join('.index', 'test'));
  const dirs: SharedIndexDirs = { fixture: join(root, 'fixture'), real: join(root, 'real') };
  const options = { threshold: 0.4, maxChars: 1000 };
  await createCore({ ...options, knowledgeDir: FIXTURE_KNOWLEDGE_DIR, indexDir: dirs.fixture });
  await createCore({ ...options, knowledgeDir: REAL_KNOWLEDGE_DIR, indexDir: dirs.real });
  project.provide('indexDirs', dirs);
}
