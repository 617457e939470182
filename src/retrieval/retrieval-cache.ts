import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { UnitStatsData } from './build-unit-stats.js';
import { readCacheJson, removeStaleCacheFiles, writeCacheFile } from './cache-files.js';
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

let codeHash: Promise<string> | undefined;

/**
 * The source of this folder (tokenizer, glossary matcher, statistics, BM25 setup): a change to any of it would make
 * a saved snapshot silently wrong, and a version number someone must remember to bump is how that happens.
 */
function hashRetrievalCode(): Promise<string> {
  codeHash ??= (async () => {
    const dir = dirname(fileURLToPath(import.meta.url));
    const hash = createHash('sha256');
    const names = (await readdir(dir)).filter((n) => /\.(?:ts|js)$/.test(n)).sort();
    for (const name of names) hash.update(`${name}\0`).update(await readFile(join(dir, name))).update('\0');
    return hash.digest('hex');
  })();
  return codeHash;
}

export async function retrievalCacheKey(key: RetrievalCacheKey): Promise<string> {
  return createHash('sha256')
    .update(JSON.stringify([TOKENIZER_VERSION, key.knowledgeHash, key.embeddingsId, key.docIds, await hashRetrievalCode()]))
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
