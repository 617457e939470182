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

/** BM25 over jieba words, CJK bigrams and folded Latin words (MiniSearch with the project's tokenizer). */
export function createLexicalIndex(docs: IndexDoc[], tokenizer: Tokenizer): LexicalIndex {
  const unitOf = new Map(docs.map((d) => [d.id, d.unitId]));
  const index = new MiniSearch<IndexDoc>({
    fields: ['text'],
    idField: 'id',
    tokenize: (text) => tokenizer.tokenize(text),
    processTerm: (term) => term,
  });
  index.addAll(docs);

  return {
    search(tokens, expansions, k) {
      if (tokens.length === 0 && expansions.length === 0) return [];
      const own = new Set(tokens);
      const extra = expansions.filter((t) => !own.has(t));
      // Expansions together weigh about one and a half of the asker's words, however many synonyms the glossary has:
      // they help a zh question reach en text without drowning the words that make the question specific.
      const expansionBoost = extra.length > 0 ? Math.min(0.4, 1.5 / extra.length) : 0;
      const query = [...tokens, ...extra].join(' ');
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
