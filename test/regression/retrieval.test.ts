// Retrieval on the real knowledge base: the ranking table (questions written for this test in the ways sellers type),
// and the guarantees the start-up caches make on the real data (the fixture's versions are in test/retrieval/).
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/app/create-core.js';
import { scoreCandidate, selectCandidate } from '../../src/answer/select-candidate.js';
import { buildUnits } from '../../src/retrieval/build-units.js';
import { createGlossaryMatcher } from '../../src/retrieval/create-glossary-matcher.js';
import { createRetriever, type RetrievalResult, type Retriever } from '../../src/retrieval/create-retriever.js';
import { createTokenizer } from '../../src/retrieval/create-tokenizer.js';
import { tempIndexDir } from '../helpers/fixture-retriever.js';
import { createReferenceGlossaryMatch } from '../helpers/reference-glossary-match.js';
import { getSharedCore } from '../helpers/shared-core.js';

let core: Core;
let retriever: Retriever;
beforeAll(async () => {
  core = await getSharedCore({ knowledge: 'real' });
  retriever = core.current().retriever;
});

async function topGroups(question: string, n: number): Promise<string[]> {
  const { candidates } = await retriever.retrieve(question, 30);
  const max = Math.max(...candidates.map((c) => c.fused));
  return [...candidates]
    .sort((a, b) => scoreCandidate(b, max) - scoreCandidate(a, max))
    .slice(0, n)
    .flatMap((c) => c.unit.sourceIds);
}

// Written for this test in the ways sellers type; the evaluation set under eval/ is kept apart.
describe('ranking: the right article comes first', () => {
  it.each([
    ['本土托管 几号开始的', 'lh-overview'],
    ['local hosting 现在开放了哪几个国家', 'lh-overview'],
    ['HK公司能不能做托管', 'lh-eligibility'],
    // The warehouse-country VAT rule is stated in both the eligibility and the VAT articles.
    ['入仓国的VAT是必须的吗', 'lh-eligibility|eu-vat'],
    ['意向表填完之后平台审核啥', 'lh-application'],
    ['what documents go with the intention form', 'lh-application'],
    ['冷启期和孵化期有什么区别', 'lh-growth-stages'],
    ['how big are the coupons under local hosting', 'lh-incentives'],
    ['全托和本地托管差在哪', 'hosting-modes-compared'],
    ['品牌托管能自己定价吗', 'brand-hosting'],
    ['what share of US tiktok shop is full hosting', 'full-hosting'],
    ['德区扣点现在多少', 'eu-commission'],
    ['达人佣金最低能设多少', 'eu-commission'],
    ['is OSS enough if my stock sits in a spanish warehouse', 'eu-vat'],
    ['卖电器去德国要WEEE吗', 'eu-compliance'],
    ['how long can EU buyers return stuff without a reason', 'eu-compliance'],
    ['美区保证金涨到多少了', 'us-deposit'],
    ['when did tiktok shop open in spain', 'tts-eu-launch'],
    ['跨境直邮店要不要VAT', 'eu-store-types'],
  ])('%s -> %s', async (question, groups) => {
    const top = await topGroups(question, 1);
    expect(groups.split('|').some((g) => top.includes(g)), `${top.join(',')}`).toBe(true);
  });

  it('reaches text in another language from a Chinese question through the glossary', async () => {
    const { candidates, concepts } = await retriever.retrieve('本地托管 入仓国 增值税', 200);
    expect(concepts.length).toBeGreaterThanOrEqual(2);
    // Since the de/fr/it/es articles came, their sections fill the 60-deep lists before the English ones do.
    const other = candidates.find((c) => c.unit.kind === 'article' && c.unit.lang !== 'zh' && c.unit.group === 'lh-eligibility');
    expect(other?.coverage).toBeGreaterThan(0.5);
  });

  it('finds nothing it can vouch for in an off-topic question', async () => {
    const { candidates } = await retriever.retrieve('番茄炒蛋先放蛋还是先放番茄', 30);
    expect(selectCandidate(candidates)!.confidence).toBeLessThan(0.3);
  });
});

describe('the start-up caches on the real knowledge', () => {
  const plain = (r: RetrievalResult) => ({ ...r, candidates: r.candidates.map(({ unit, ...rest }) => ({ unit: unit.id, ...rest })) });

  it('rank the evaluation questions exactly as a fresh build does', async () => {
    const kb = core.current().kb;
    const fresh = await createRetriever({ kb, indexDir: tempIndexDir('fresh') });
    expect(fresh.snapshotBuilt).toBe(true);
    expect(retriever.snapshotBuilt).toBe(false); // read from what the global setup saved
    const questions = ['eval/questions.jsonl', 'eval/holdout.jsonl'].flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => (JSON.parse(l) as { question: string; lang: string }).question),
    );
    // Every third question (about a hundred, every language and kind): the fixture's table covers the rest of the logic.
    const sample = questions.filter((_, i) => i % 3 === 0);
    for (const q of sample) expect(plain(await retriever.retrieve(q, 30)), q).toEqual(plain(await fresh.retrieve(q, 30)));
  }, 120_000);

  it('match the glossary in every document as trying every term does', () => {
    const kb = core.current().kb;
    const tokenizer = createTokenizer({ extraWords: kb.glossary.flatMap((g) => g.zh) });
    const matcher = createGlossaryMatcher(kb.glossary, tokenizer);
    const reference = createReferenceGlossaryMatch(kb.glossary, tokenizer);
    for (const doc of buildUnits(kb).docs) expect(matcher.match(doc.text).concepts, doc.id).toEqual(reference(doc.text));
    // About 6 s alone; the reference tries every term on every document, slow on a shared, busy machine.
  }, 120_000);
});

describe('jieba without the dictionary’s part-of-speech tags', () => {
  it('segments every line of the knowledge base and the evaluation sets exactly as the full dictionary does', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { createRequire } = await import('node:module');
    const { Jieba } = await import('@node-rs/jieba');
    const { dropTags } = await import('../../src/retrieval/create-tokenizer.js');
    const dict = readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'));
    const stripped = dropTags(dict);
    expect(stripped.toString('utf8', 0, 40).split('\n').slice(0, 2)).toEqual(['1号店 3', '4S店 3']);
    const full = Jieba.withDict(dict);
    const lean = Jieba.withDict(stripped);
    const texts = [
      ...readdirSync('knowledge/articles').map((f) => readFileSync(`knowledge/articles/${f}`, 'utf8')),
      ...readdirSync('knowledge/faq').map((f) => readFileSync(`knowledge/faq/${f}`, 'utf8')),
      readFileSync('eval/questions.jsonl', 'utf8'),
      readFileSync('eval/holdout.jsonl', 'utf8'),
    ].flatMap((t) => t.split('\n'));
    expect(texts.length).toBeGreaterThan(1000);
    for (const line of texts) expect(lean.cut(line, false)).toEqual(full.cut(line, false));
  });
});
