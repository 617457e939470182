import MiniSearch from 'minisearch';
import type { IndexDoc } from './build-units.js';
import type { Tokenizer } from './create-tokenizer.js';

export interface LexicalHit {
  docId: string;
  unitId: string;
  score: number;
}

export interface LexicalIndex {
  /** `expansions` are glossary terms from other languages, weighted below the asker's own words. */
  search(tokens: string[], expansions: string[], k: number): LexicalHit[];
}

const COMMON_TERM_SHARE = 0.2;

/** BM25 over jieba words, CJK bigrams and folded Latin words (MiniSearch with the project's tokenizer). */
export function createLexicalIndex(docs: IndexDoc[], tokenizer: Tokenizer): LexicalIndex {
  const unitOf = new Map(docs.map((d) => [d.id, d.unitId]));
  // Counted while MiniSearch tokenises each document (one field, so one call per document): terms in a large share
  // of the documents ("local hosting" in a Local Hosting FAQ) add almost nothing to BM25 but make MiniSearch score
  // most of the index; the question's rarer words carry the ranking.
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
  const tooCommon = (t: string) => (docFrequency.get(t) ?? 0) > docs.length * COMMON_TERM_SHARE;

  return {
    search(tokens, expansions, k) {
      if (tokens.length === 0 && expansions.length === 0) return [];
      const rare = tokens.filter((t) => !tooCommon(t));
      const own = new Set(rare.length > 0 ? rare : tokens);
      const extra = expansions.filter((t) => !own.has(t) && !tooCommon(t));
      // Expansions together weigh about one and a half of the asker's words, however many synonyms the glossary has:
      // they help a zh question reach en text without drowning the words that make the question specific.
      const expansionBoost = extra.length > 0 ? Math.min(0.4, 1.5 / extra.length) : 0;
      const query = [...own, ...extra].join(' ');
      const results = index.search(query, {
        // The query is already tokenised; re-tokenising a token returns itself.
        tokenize: (q) => q.split(' ').filter(Boolean),
        processTerm: (term) => term,
        boostTerm: (term) => (own.has(term) ? 1 : expansionBoost),
        // No fuzzy matching here: the retriever already corrects misspelt words against the vocabulary, and
        // MiniSearch's fuzzy walk of the radix tree was most of the time an answer took.
        combineWith: 'OR',
      });
      return results.slice(0, k).map((r) => ({ docId: String(r.id), unitId: unitOf.get(String(r.id)) ?? '', score: r.score }));
    },
  };
}
