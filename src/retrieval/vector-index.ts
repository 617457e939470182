import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import hnswlib from 'hnswlib-node';
import type { IndexDoc } from './build-units.js';
import { readCacheJson, removeStaleCacheFiles, writeCacheFile } from '../cache/cache-files.js';

export interface VectorHit {
  docId: string;
  unitId: string;
  /** Cosine similarity (1 − the distance hnswlib returns). */
  similarity: number;
}

export interface VectorIndex {
  search(query: string, k: number): Promise<VectorHit[]>;
  /** Whether this start built the index (true) or loaded it from disk (false). */
  built: boolean;
}

class VectorIndexError extends Error {
  override name = 'VectorIndexError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

interface VectorMeta {
  knowledgeHash: string;
  embeddings: string;
  dimensions: number;
  /** Label i of the index is docIds[i]. */
  docIds: string[];
}

export interface LoadVectorIndexOptions {
  dir: string;
  docs: IndexDoc[];
  embeddings: EmbeddingsInterface;
  /** Identifies the embeddings (provider + model): a change rebuilds the index. */
  embeddingsId: string;
  knowledgeHash: string;
  /** Rebuild even when the saved index matches. */
  rebuild?: boolean;
  /** The documents' vectors when the index must be built, if the caller has a faster way than `embedDocuments`. */
  vectorsOf?: (docs: IndexDoc[]) => Promise<number[][]>;
}

/** Bump when the saved layout changes. */
const VECTOR_FORMAT = 3;
const PREFIX = 'vectors-';
/** What LangChain's HNSWLib.save wrote here before. */
const LANGCHAIN_FILES = ['hnswlib.index', 'docstore.json', 'args.json'];
// Exact search (hnswlib's brute-force index), not its HNSW graph: thousands of paraphrases share the program's words
// and sit close together, and the graph walk lost 6% of them even when queried with their own vector (186 of 4,622
// with a search list of 400; BENCHMARKS.md, 2026-12-02). At this size the exact scan takes about a millisecond.

/**
 * Loads the hnswlib index saved on disk, or builds and saves it when the knowledge or the embeddings changed.
 *
 * hnswlib-node is used directly (cosine space, points added in document order, `searchKnn`): the neighbours are the
 * exact k nearest by cosine (test/retrieval/vector-index.test.ts checks them against a scan of its own); importing
 * LangChain's vector store took about 0.4 s of every start. The files are named by their key, so processes on
 * different knowledge versions sharing a directory never read each other's half-written files.
 */
export async function loadVectorIndex(options: LoadVectorIndexOptions): Promise<VectorIndex> {
  const { dir, docs, embeddings } = options;
  const docIds = docs.map((d) => d.id);
  const key = createHash('sha256')
    .update(JSON.stringify([VECTOR_FORMAT, options.knowledgeHash, options.embeddingsId, docIds]))
    .digest('hex')
    .slice(0, 16);
  const metaFile = join(dir, `${PREFIX}${key}.json`);
  const indexFile = join(dir, `${PREFIX}${key}.hnsw`);
  const unitOf = new Map(docs.map((d) => [d.id, d.unitId]));

  let index: hnswlib.BruteforceSearch | null = null;
  let meta: VectorMeta | null = null;
  let built = false;
  if (!options.rebuild) {
    meta = await readCacheJson<VectorMeta>(metaFile);
    if (meta && meta.docIds.length === docIds.length && meta.docIds.every((id, i) => id === docIds[i])) {
      try {
        if (meta.docIds.length > 0) {
          index = new hnswlib.BruteforceSearch('cosine', meta.dimensions);
          await index.readIndex(indexFile);
        }
      } catch {
        index = null; // a half-written or foreign index is rebuilt, not fatal
        meta = null;
      }
    } else {
      meta = null;
    }
  }
  if (!meta) {
    try {
      const vectors = docs.length === 0 ? [] : options.vectorsOf ? await options.vectorsOf(docs) : await embeddings.embedDocuments(docs.map((d) => d.text));
      const dimensions = vectors[0]?.length ?? 0;
      if (vectors.length > 0) {
        index = new hnswlib.BruteforceSearch('cosine', dimensions);
        index.initIndex(vectors.length);
        vectors.forEach((v, i) => index!.addPoint(v, i));
        const written = index;
        await writeCacheFile(indexFile, (tmp) => written.writeIndex(tmp).then(() => undefined));
      }
      meta = { knowledgeHash: options.knowledgeHash, embeddings: options.embeddingsId, dimensions, docIds };
      // The meta file last: its presence says the index beside it is complete.
      await writeCacheFile(metaFile, JSON.stringify(meta));
      // For people and tools looking into the directory: what was built here last (never read back).
      const summary = { knowledgeHash: options.knowledgeHash, embeddings: options.embeddingsId, docs: docIds.length, key };
      await writeCacheFile(join(dir, 'meta.json'), `${JSON.stringify(summary, null, 2)}\n`);
      await removeStaleCacheFiles(dir, PREFIX, key, LANGCHAIN_FILES);
      built = true;
    } catch (error) {
      throw new VectorIndexError(`could not build the vector index in ${dir}`, { cause: error });
    }
  }
  const ready = index;
  const labels = meta.docIds;
  return {
    built,
    async search(query, k) {
      if (!ready) return [];
      const vector = await embeddings.embedQuery(query);
      const { neighbors, distances } = ready.searchKnn(vector, Math.min(k, labels.length));
      return neighbors.map((label, i) => {
        const docId = labels[label]!;
        return { docId, unitId: unitOf.get(docId) ?? '', similarity: 1 - distances[i]! };
      });
    },
  };
}
