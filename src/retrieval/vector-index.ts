import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document } from '@langchain/core/documents';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { HNSWLib } from '@langchain/community/vectorstores/hnswlib';
import type { IndexDoc } from './build-units.js';

export interface VectorHit {
  docId: string;
  unitId: string;
  /** Cosine similarity (1 − the distance HNSWLib returns). */
  similarity: number;
}

export interface VectorIndex {
  search(query: string, k: number): Promise<VectorHit[]>;
  /** Whether this start built the index (true) or loaded it from disk (false). */
  built: boolean;
}

export class VectorIndexError extends Error {
  override name = 'VectorIndexError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

interface IndexMeta {
  knowledgeHash: string;
  embeddings: string;
  docs: number;
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
}

/** Loads the HNSWLib index saved on disk, or builds and saves it when the knowledge or the embeddings changed. */
export async function loadVectorIndex(options: LoadVectorIndexOptions): Promise<VectorIndex> {
  const { dir, docs, embeddings } = options;
  const wanted: IndexMeta = { knowledgeHash: options.knowledgeHash, embeddings: options.embeddingsId, docs: docs.length };
  let store: HNSWLib | null = null;
  let built = false;
  if (!options.rebuild) {
    const meta = await readMeta(dir);
    if (meta && meta.knowledgeHash === wanted.knowledgeHash && meta.embeddings === wanted.embeddings && meta.docs === wanted.docs) {
      try {
        store = await HNSWLib.load(dir, embeddings);
      } catch {
        store = null; // a half-written or foreign index is rebuilt, not fatal
      }
    }
  }
  if (!store) {
    try {
      const documents = docs.map((d) => new Document({ pageContent: d.text, metadata: { docId: d.id, unitId: d.unitId } }));
      store = await HNSWLib.fromDocuments(documents, embeddings);
      await rm(dir, { recursive: true, force: true });
      await mkdir(dir, { recursive: true });
      await store.save(dir);
      await writeFile(join(dir, 'meta.json'), JSON.stringify(wanted, null, 2));
      built = true;
    } catch (error) {
      throw new VectorIndexError(`could not build the vector index in ${dir}`, { cause: error });
    }
  }
  const ready = store;
  return {
    built,
    async search(query, k) {
      const vector = await embeddings.embedQuery(query);
      const hits = await ready.similaritySearchVectorWithScore(vector, Math.min(k, docs.length));
      return hits.map(([doc, distance]) => ({
        docId: String(doc.metadata.docId),
        unitId: String(doc.metadata.unitId),
        similarity: 1 - distance,
      }));
    },
  };
}

async function readMeta(dir: string): Promise<IndexMeta | null> {
  try {
    return JSON.parse(await readFile(join(dir, 'meta.json'), 'utf8')) as IndexMeta;
  } catch {
    return null;
  }
}
