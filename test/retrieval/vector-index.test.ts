import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildUnits, type IndexDoc } from '../../src/retrieval/build-units.js';
import { createGlossaryMatcher } from '../../src/retrieval/create-glossary-matcher.js';
import { createTokenizer } from '../../src/retrieval/create-tokenizer.js';
import { HashedEmbeddings } from '../../src/retrieval/hashed-embeddings.js';
import { loadVectorIndex } from '../../src/retrieval/vector-index.js';
import { loadFixtureKnowledge, tempIndexDir } from '../helpers/fixture-retriever.js';

let docs: IndexDoc[];
let knowledgeHash: string;
let embeddings: HashedEmbeddings;
beforeAll(async () => {
  const kb = await loadFixtureKnowledge();
  docs = buildUnits(kb).docs;
  knowledgeHash = kb.hash;
  const tokenizer = createTokenizer({ extraWords: kb.glossary.flatMap((g) => g.zh) });
  embeddings = new HashedEmbeddings({ tokenizer, glossary: createGlossaryMatcher(kb.glossary, tokenizer) });
});

describe('the hnswlib vector index on disk', () => {
  it('has the native hnswlib-node addon built', () => {
    // If this fails, `npm ci` did not build the addon: run `npm rebuild hnswlib-node` (needs g++, make, python3).
    const require = createRequire(import.meta.url);
    expect(typeof require('hnswlib-node').BruteforceSearch).toBe('function');
  });

  it('builds once, loads from disk while unchanged, rebuilds when knowledge or embeddings change', async () => {
    const dir = tempIndexDir('vec');
    const base = { dir, docs, embeddings, embeddingsId: embeddings.id, knowledgeHash };
    expect((await loadVectorIndex(base)).built).toBe(true);
    const metaFile = readdirSync(dir).find((n) => n.startsWith('vectors-') && n.endsWith('.json'))!;
    const meta = JSON.parse(readFileSync(join(dir, metaFile), 'utf8'));
    expect(meta).toMatchObject({ knowledgeHash, embeddings: embeddings.id, dimensions: 1024, docIds: docs.map((d) => d.id) });

    expect((await loadVectorIndex(base)).built).toBe(false);
    expect((await loadVectorIndex({ ...base, rebuild: true })).built).toBe(true);
    expect((await loadVectorIndex({ ...base, knowledgeHash: 'changed' })).built).toBe(true);
    expect((await loadVectorIndex({ ...base, knowledgeHash: 'changed', embeddingsId: 'other-model' })).built).toBe(true);
    expect((await loadVectorIndex({ ...base, knowledgeHash: 'changed', embeddingsId: 'other-model', docs: docs.slice(1) })).built).toBe(true);
    // Only the last build's files are kept.
    expect(readdirSync(dir).filter((n) => n.startsWith('vectors-'))).toHaveLength(2);
  });

  it('returns the exact k nearest documents by cosine similarity', async () => {
    const mine = await loadVectorIndex({ dir: tempIndexDir('vec'), docs, embeddings, embeddingsId: embeddings.id, knowledgeHash });
    const vectors = await embeddings.embedDocuments(docs.map((d) => d.text));
    for (const query of ['本地托管是哪天上线的', 'Germany packaging LUCID registration', 'VAT in the warehouse country', 'Pizza']) {
      const q = await embeddings.embedQuery(query);
      // A scan of every document: the reference the index must match (hnswlib stores float32, hence the precision).
      const scan = vectors.map((v, i) => ({ docId: docs[i]!.id, similarity: v.reduce((sum, x, j) => sum + x * q[j]!, 0) })).sort((a, b) => b.similarity - a.similarity);
      const ours = await mine.search(query, 10);
      expect(ours).toHaveLength(10);
      ours.forEach((hit, i) => expect(hit.similarity).toBeCloseTo(scan[i]!.similarity, 5));
      const bySimilarity = new Map(scan.map((h) => [h.docId, h.similarity]));
      for (const hit of ours) expect(hit.similarity).toBeCloseTo(bySimilarity.get(hit.docId)!, 5);
    }
  });

  it('finds every document when its own text is the query (the search list is wide enough for near twins)', async () => {
    const index = await loadVectorIndex({ dir: tempIndexDir('vec'), docs, embeddings, embeddingsId: embeddings.id, knowledgeHash });
    const texts = new Map<string, string[]>();
    for (const d of docs) texts.set(d.text, [...(texts.get(d.text) ?? []), d.id]);
    for (const [text, ids] of texts) {
      const hits = await index.search(text, 60);
      expect(ids).toContain(hits[0]!.docId);
      expect(hits[0]!.similarity).toBeCloseTo(1, 4);
    }
  });

  it('finds the passage a question is about, with cosine similarity', async () => {
    const index = await loadVectorIndex({ dir: tempIndexDir('vec'), docs, embeddings, embeddingsId: embeddings.id, knowledgeHash });
    const hits = await index.search('packaging registration in the LUCID register', 5);
    expect(hits[0]!.unitId).toMatch(/^art:eu-compliance\./);
    expect(hits[0]!.similarity).toBeGreaterThan(0.2);
    expect(hits[0]!.similarity).toBeLessThanOrEqual(1);
  });

  it('answers an empty knowledge base with no hits instead of failing', async () => {
    const index = await loadVectorIndex({ dir: tempIndexDir('vec'), docs: [], embeddings, embeddingsId: embeddings.id, knowledgeHash: 'empty' });
    expect(await index.search('anything', 5)).toEqual([]);
  });
});
