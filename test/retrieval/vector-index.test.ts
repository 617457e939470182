import { mkdtemp, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { buildUnits } from '../../src/retrieval/build-units.js';
import { createTokenizer } from '../../src/retrieval/create-tokenizer.js';
import { HashedEmbeddings } from '../../src/retrieval/hashed-embeddings.js';
import { loadVectorIndex } from '../../src/retrieval/vector-index.js';

describe('the HNSWLib vector index on disk', () => {
  it('has the native hnswlib-node addon built', () => {
    // If this fails, `npm ci` did not build the addon: run `npm rebuild hnswlib-node` (needs g++, make, python3).
    const require = createRequire(import.meta.url);
    expect(typeof require('hnswlib-node').HierarchicalNSW).toBe('function');
  });

  it('builds once, loads from disk while unchanged, rebuilds when knowledge or embeddings change', async () => {
    const { kb } = await loadKnowledge('knowledge');
    const { docs } = buildUnits(kb);
    const embeddings = new HashedEmbeddings({ tokenizer: createTokenizer() });
    const dir = join(await mkdtemp(join(tmpdir(), 'vec-')), 'index');
    const base = { dir, docs, embeddings, embeddingsId: embeddings.id, knowledgeHash: kb.hash };

    const first = await loadVectorIndex(base);
    expect(first.built).toBe(true);
    const meta = JSON.parse(await readFile(join(dir, 'meta.json'), 'utf8'));
    expect(meta).toMatchObject({ knowledgeHash: kb.hash, embeddings: embeddings.id, docs: docs.length });

    expect((await loadVectorIndex(base)).built).toBe(false);
    expect((await loadVectorIndex({ ...base, knowledgeHash: 'changed' })).built).toBe(true);
    expect((await loadVectorIndex({ ...base, knowledgeHash: 'changed', embeddingsId: 'other-model' })).built).toBe(true);
  });

  it('finds the passage a question is about, with cosine similarity', async () => {
    const { kb } = await loadKnowledge('knowledge');
    const { docs } = buildUnits(kb);
    const embeddings = new HashedEmbeddings({ tokenizer: createTokenizer() });
    const dir = join(await mkdtemp(join(tmpdir(), 'vec-')), 'index');
    const index = await loadVectorIndex({ dir, docs, embeddings, embeddingsId: embeddings.id, knowledgeHash: kb.hash });
    const hits = await index.search('Germany packaging LUCID registration', 5);
    expect(hits[0]!.similarity).toBeGreaterThan(0.2);
    expect(hits[0]!.similarity).toBeLessThanOrEqual(1);
    expect(hits.some((h) => h.unitId.includes('eu-compliance') || h.unitId.includes('epr'))).toBe(true);
  });
});
