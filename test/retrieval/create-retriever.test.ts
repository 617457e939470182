import { beforeAll, describe, expect, it } from 'vitest';
import { scoreCandidate, selectCandidate } from '../../src/answer/select-candidate.js';
import type { Retriever } from '../../src/retrieval/create-retriever.js';
import { createFixtureRetriever } from '../helpers/fixture-retriever.js';

let retriever: Retriever;
beforeAll(async () => {
  retriever = await createFixtureRetriever();
});

async function top(question: string, lang?: 'de' | 'en' | 'zh') {
  const { candidates } = await retriever.retrieve(question, 30, lang ? { lang } : {});
  const max = Math.max(...candidates.map((c) => c.fused));
  return [...candidates].sort((a, b) => scoreCandidate(b, max) - scoreCandidate(a, max));
}

// The fixture knowledge base (test/fixtures/knowledge); the real one's ranking table is in test/regression/.
describe('ranking: the right unit comes first', () => {
  it.each([
    ['本托几号开的', 'faq:faq-lh-launch-date'],
    ['local hosting 现在开放了哪几个国家', 'faq:faq-lh-countries'],
    ['what markets is local hosting open in', 'faq:faq-lh-countries'],
    ['入仓国的VAT是必须的吗', 'art:lh-eligibility.zh#1'],
    ['do I need VAT in the warehouse country', 'art:lh-eligibility.en#1'],
    ['意大利增值税标准税率多少', 'art:eu-vat.zh#0'],
    ['standard VAT rate in spain', 'art:eu-vat.en#0'],
    ['卖电器去德国要WEEE吗', 'art:eu-compliance.zh#1'],
    ['German packaging law LUCID', 'art:eu-compliance.en#0'],
    ['德区扣点现在多少', 'faq:faq-eu-commission'],
    ['品牌托管能自己定价吗', 'art:brand-hosting.zh#0'],
    ['本地托管仓储费多少钱', 'faq:faq-lh-storage-fee'],
  ])('%s -> %s', async (question, unit) => {
    expect((await top(question))[0]?.unit.id).toBe(unit);
  });

  // The tolerance is one edit below 8 letters of the stem: "countires" stems to "countir", two edits from "country".
  it('reads a misspelt English word as the word the knowledge uses', async () => {
    const { tokens } = await retriever.retrieve('which contries does loacl hosting cover', 10);
    expect(tokens).toEqual(expect.arrayContaining(['country', 'local']));
    expect((await top('which contries does loacl hosting cover'))[0]?.unit.id).toBe('faq:faq-lh-countries');
  });

  it('reaches English text from a Chinese question through the glossary', async () => {
    const { candidates, concepts } = await retriever.retrieve('本地托管 入仓国 增值税', 200);
    expect(concepts.length).toBeGreaterThanOrEqual(3);
    const english = candidates.find((c) => c.unit.id === 'art:lh-eligibility.en#1');
    expect(english?.coverage).toBeGreaterThan(0.5);
  });

  it('counts a market the answer never names against it, and names the rare terms a question asks about', async () => {
    const { candidates, terms } = await retriever.retrieve('英国站本地托管什么时候上线', 30);
    const launch = candidates.find((c) => c.unit.id === 'faq:faq-lh-launch-date')!;
    expect(launch.missingMarkets).toBe(1);
    const both = await retriever.retrieve('在德国卖电子产品，包装法和WEEE分别要办什么？', 30);
    expect(both.terms.length).toBe(2);
    expect(terms).toEqual([]);
  });


  it('finds nothing it can vouch for in an off-topic question', async () => {
    const { candidates } = await retriever.retrieve('番茄炒蛋先放蛋还是先放番茄', 30);
    expect(selectCandidate(candidates)!.confidence).toBeLessThan(0.3);
  });
});
