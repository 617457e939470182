import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RetrievalResult, Retriever } from '../../src/retrieval/create-retriever.js';
import { createRetriever } from '../../src/retrieval/create-retriever.js';
import { createFixtureRetriever, loadFixtureKnowledge, tempIndexDir } from '../helpers/fixture-retriever.js';

// Every kind of question the retriever sees: zh, en, de, mixed, slang, typos, two topics, off-topic, empty.
const QUESTIONS: Array<[string, { lang?: 'zh' | 'en' | 'de' }]> = [
  ['本地托管是哪天上线的？', {}],
  ['本托几号开的', {}],
  ['which countries does local hosting cover', {}],
  ['Which countires does loacl hosting cover?', {}],
  ['入仓国的VAT是必须的吗', {}],
  ['local hosting 需要意大利VAT吗', {}],
  ['意大利增值税多少', {}],
  ['在德国卖电子产品，包装法和WEEE分别要办什么？', {}],
  ['本地托管仓储费多少', {}],
  ['英国站本地托管什么时候上线', {}],
  ['wann ist local hosting gestartet', { lang: 'de' }],
  ['Welche Länder deckt Local Hosting ab?', { lang: 'de' }],
  ['番茄炒蛋先放蛋还是先放番茄', {}],
  ['who won the champions league final', { lang: 'en' }],
  ['', {}],
];

const plain = (r: RetrievalResult) => ({ ...r, candidates: r.candidates.map(({ unit, ...rest }) => ({ unit: unit.id, ...rest })) });

describe('the retrieval snapshot saved beside the index', () => {
  let dir: string;
  let fresh: Retriever;
  let cached: Retriever;
  beforeAll(async () => {
    dir = tempIndexDir('snapshot');
    fresh = await createFixtureRetriever(dir);
    cached = await createFixtureRetriever(dir);
  });

  it('is written by the first start and read by the next, with the vector index', () => {
    expect(fresh.snapshotBuilt).toBe(true);
    expect(fresh.vectorIndexBuilt).toBe(true);
    expect(cached.snapshotBuilt).toBe(false);
    expect(cached.vectorIndexBuilt).toBe(false);
    expect(readdirSync(dir).filter((n) => n.startsWith('retrieval-'))).toHaveLength(1);
  });

  it.each(QUESTIONS)('gives the same candidates, scores and measures as a fresh build: %s', async (question, options) => {
    const a = plain(await fresh.retrieve(question, 30, options));
    const b = plain(await cached.retrieve(question, 30, options));
    expect(b).toEqual(a);
    if (question) expect(a.candidates.length).toBeGreaterThan(0);
  });

  it('is rebuilt when the knowledge changes, and the old one removed', async () => {
    const kb = await loadFixtureKnowledge();
    const changed = await createRetriever({ kb: { ...kb, hash: `${kb.hash}-edited` }, indexDir: dir });
    expect(changed.snapshotBuilt).toBe(true);
    expect(changed.vectorIndexBuilt).toBe(true);
    expect(readdirSync(dir).filter((n) => n.startsWith('retrieval-'))).toHaveLength(1);
  });

  it('is rebuilt, not fatal, when the saved file is damaged', async () => {
    const other = tempIndexDir('damaged');
    await createFixtureRetriever(other);
    const file = readdirSync(other).find((n) => n.startsWith('retrieval-'))!;
    writeFileSync(join(other, file), '{"key": "trunc');
    const again = await createFixtureRetriever(other);
    expect(again.snapshotBuilt).toBe(true);
    expect(plain(await again.retrieve('本地托管是哪天上线的？', 30))).toEqual(plain(await fresh.retrieve('本地托管是哪天上线的？', 30)));
  });

  it('is rebuilt with the index when asked to (npm run index)', async () => {
    const rebuilt = await createRetriever({ kb: await loadFixtureKnowledge(), indexDir: dir, rebuildIndex: true });
    expect(rebuilt.snapshotBuilt).toBe(true);
    expect(rebuilt.vectorIndexBuilt).toBe(true);
  });
});
