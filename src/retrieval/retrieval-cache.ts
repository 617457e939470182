import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { readCacheJson, removeStaleCacheFiles, writeCacheFile } from '../cache/cache-files.js';
import { hashSourceDir } from '../cache/hash-source-dir.js';
import type { UnitStatsData } from './build-unit-stats.js';
import { TOKENIZER_VERSION } from './create-tokenizer.js';
import type { LexicalIndexData } from './lexical-index.js';

/** Everything the retriever computes from the documents before it can answer, as saved next to the vector index. */
export interface RetrievalSnapshot {
  key: string;
  docIds: string[];
  lexical: LexicalIndexData;
  stats: UnitStatsData;
}

export interface RetrievalCacheKey {
  knowledgeHash: string;
  embeddingsId: string;
  docIds: string[];
}

const PREFIX = 'retrieval-';

/** Also keyed by this folder's code (tokenizer, glossary matcher, statistics, BM25): a change to any of it rebuilds. */
export async function retrievalCacheKey(key: RetrievalCacheKey): Promise<string> {
  return createHash('sha256')
    .update(JSON.stringify([TOKENIZER_VERSION, key.knowledgeHash, key.embeddingsId, key.docIds, await hashSourceDir(import.meta.url)]))
    .digest('hex')
    .slice(0, 16);
}

const fileOf = (dir: string, key: string) => join(dir, `${PREFIX}${key}.json`);

/** The saved snapshot for this key, or null (missing, unreadable, or for other documents). */
export async function readRetrievalSnapshot(dir: string, key: string, docIds: string[]): Promise<RetrievalSnapshot | null> {
  const snapshot = await readCacheJson<RetrievalSnapshot>(fileOf(dir, key));
  if (!snapshot || snapshot.key !== key || snapshot.docIds.length !== docIds.length) return null;
  return snapshot.docIds.every((id, i) => id === docIds[i]) ? snapshot : null;
}

export async function writeRetrievalSnapshot(dir: string, snapshot: RetrievalSnapshot): Promise<void> {
  await writeCacheFile(fileOf(dir, snapshot.key), JSON.stringify(snapshot));
  await removeStaleCacheFiles(dir, PREFIX, snapshot.key);
}
