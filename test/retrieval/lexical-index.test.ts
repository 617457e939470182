import MiniSearch from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildUnits, type IndexDoc } from '../../src/retrieval/build-units.js';
import { createLexicalIndex, loadLexicalIndex, type LexicalIndex } from '../../src/retrieval/lexical-index.js';
import { createTokenizer, type Tokenizer } from '../../src/retrieval/create-tokenizer.js';
import { loadFixtureKnowledge } from '../helpers/fixture-retriever.js';

/** The lexical search as it was written on MiniSearch 7 (what the weights and thresholds were tuned with). */
function miniSearchReference(docs: IndexDoc[], tokenizer: Tokenizer) {
  const docFrequency = new Map<string, number>();
  const index = new MiniSearch<IndexDoc>({
    fields: ['text'],
    idField: 'id',
    tokenize: (text) => {
      const tokens = tokenizer.tokenize(text);
      for (const t of new Set(tokens)) docFrequency.set(t, (docFrequency.get(t) ?? 0) + 1);
      return tokens;
    },
    processTerm: (term) => term,
  });
  index.addAll(docs);
  const tooCommon = (t: string) => (docFrequency.get(t) ?? 0) > docs.length * 0.2;
  const unitOf = new Map(docs.map((d) => [d.id, d.unitId]));
  return (tokens: string[], expansions: string[], k: number) => {
    if (tokens.length === 0 && expansions.length === 0) return [];
    const rare = tokens.filter((t) => !tooCommon(t));
    const own = new Set(rare.length > 0 ? rare : tokens);
    const extra = expansions.filter((t) => !own.has(t) && !tooCommon(t));
    const expansionBoost = extra.length > 0 ? Math.min(0.4, 1.5 / extra.length) : 0;
    return index
      .search([...own, ...extra].join(' '), {
        tokenize: (q) => q.split(' ').filter(Boolean),
        processTerm: (term) => term,
        boostTerm: (term) => (own.has(term) ? 1 : expansionBoost),
        combineWith: 'OR',
      })
      .slice(0, k)
      .map((r) => ({ docId: String(r.id), unitId: unitOf.get(String(r.id)) ?? '', score: r.score }));
  };
}

const QUERIES: Array<[string[], string[]]> = [
  [['本地托管', '上线', '本地', '托管'], []],
  [['local', 'hosting', 'country', 'cover'], ['本地托管', '本土托管']],
  [['入仓国', 'vat', '必须'], ['warehouse', 'country', 'value', 'added', 'tax']],
  [['意大利', '增值税', '多少', '意大'], ['italy', 'italian', 'vat']],
  [['weee', '德国', '电器'], ['elektrog', 'germany']],
  [['vat'], []], // a term in many documents: kept when it is all the question has
  [['vat', 'vat', 'italy'], ['italy']], // repeated terms count once towards the matched-term factor
  [['番茄', '炒蛋'], []],
  [[], ['local', 'hosting']],
  [[], []],
];

describe('the lexical index', () => {
  let docs: IndexDoc[];
  let tokenizer: Tokenizer;
  let index: LexicalIndex;
  beforeAll(async () => {
    const kb = await loadFixtureKnowledge();
    docs = buildUnits(kb).docs;
    tokenizer = createTokenizer({ extraWords: kb.glossary.flatMap((g) => g.zh) });
    index = createLexicalIndex(docs, (d) => tokenizer.tokenize(d.text));
  });

  it.each(QUERIES)('scores %j + expansions %j exactly as MiniSearch did', (tokens, expansions) => {
    const reference = miniSearchReference(docs, tokenizer);
    // Short lists too: the best k of many hits, equal scores in MiniSearch's order.
    for (const k of [1, 3, 10, 60]) expect(index.search(tokens, expansions, k)).toEqual(reference(tokens, expansions, k));
  });

  it('keeps equal scores in the order the documents were first hit, as MiniSearch did', () => {
    const twins: IndexDoc[] = ['a', 'b', 'c', 'd'].map((id) => ({ id, unitId: id, text: 'same words here', isQuestion: false }));
    const lexical = createLexicalIndex(twins, (d) => tokenizer.tokenize(d.text));
    const reference = miniSearchReference(twins, tokenizer);
    expect(lexical.search(['same'], [], 2).map((h) => h.docId)).toEqual(['a', 'b']);
    expect(lexical.search(['same'], [], 4)).toEqual(reference(['same'], [], 4));
  });

  it('finds the passage a rare word names, first', () => {
    expect(index.search(['weee'], [], 5)[0]?.unitId).toMatch(/^art:eu-compliance\.(zh|en)#1$/);
  });

  it('reads back from its saved form with the same results', () => {
    const loaded = loadLexicalIndex(JSON.parse(JSON.stringify(index.toData())), docs);
    for (const [tokens, expansions] of QUERIES) expect(loaded.search(tokens, expansions, 60)).toEqual(index.search(tokens, expansions, 60));
  });
});
