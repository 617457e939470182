import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import type { KnowledgeBase } from '../../src/knowledge/types.js';
import { createRetriever, type Retriever } from '../../src/retrieval/create-retriever.js';
import { FIXTURE_KNOWLEDGE_DIR } from './knowledge-dirs.js';

/** The fixture knowledge base, read once per test file. */
let fixture: Promise<KnowledgeBase> | undefined;
export function loadFixtureKnowledge(): Promise<KnowledgeBase> {
  fixture ??= loadKnowledge(FIXTURE_KNOWLEDGE_DIR).then(({ kb, problems }) => {
    if (problems.length > 0) throw new Error(`fixture knowledge has problems: ${JSON.stringify(problems)}`);
    return kb;
  });
  return fixture;
}

export const tempIndexDir = (label = 'index') => join(mkdtempSync(join(tmpdir(), `faqbot-${label}-`)), 'index');

/** A retriever over the fixture knowledge (no rules passages), with its index in `indexDir` or a fresh temp dir. */
export async function createFixtureRetriever(indexDir = tempIndexDir()): Promise<Retriever> {
  return createRetriever({ kb: await loadFixtureKnowledge(), indexDir });
}
