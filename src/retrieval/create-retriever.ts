import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { Lang } from '../contract/types.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { computeUnitStatsData, createUnitStats, type Bag, type DocAnalysis, type UnitStatsData } from './build-unit-stats.js';
import { buildUnits, type RetrievalUnit } from './build-units.js';
import { createSpellingCorrector } from './correct-spelling.js';
import { createGlossaryMatcher, type GlossaryMatcher } from './create-glossary-matcher.js';
import { createTokenizer, type Tokenizer } from './create-tokenizer.js';
import { fuseRanks } from './fuse-ranks.js';
import { HashedEmbeddings } from './hashed-embeddings.js';
import { createLexicalIndex, loadLexicalIndex, type LexicalIndex } from './lexical-index.js';
import { readRetrievalSnapshot, retrievalCacheKey, writeRetrievalSnapshot } from './retrieval-cache.js';
import { STOPWORDS } from './stopwords.js';
import { loadVectorIndex } from './vector-index.js';
import { escapeRegExp } from '../lang/escape-reg-exp.js';

export interface Candidate {
  unit: RetrievalUnit;
  /** Reciprocal-rank-fusion score of the lexical and vector rankings. */
  fused: number;
  /** Best cosine similarity of the unit's documents to the question. */
  similarity: number;
  /** Share of the question's IDF weight found in the unit (own words or glossary equivalents): 0..1. */
  coverage: number;
  /** The same share for the unit's heading, or its best-matching FAQ paraphrase: 0..1. */
  headingCoverage: number;
  /** Markets (countries) the question names and the unit's answer text does not, while it names others. */
  missingMarkets: number;
  /** Rare glossary terms ("GPSR", "WEEE") the question names and the unit's answer text does not. */
  missingTerms: number;
  /** The question's rare terms the unit's answer text does name. */
  coveredTerms: string[];
  /** The question's rare terms the unit is about: named in its heading or in one of its FAQ paraphrases. */
  headlineTerms: string[];
}

export interface RetrievalResult {
  candidates: Candidate[];
  /** The question's tokens after spelling correction (what coverage was computed on). */
  tokens: string[];
  concepts: string[];
  /** Rare glossary terms the question names ("WEEE", "packaging law"): each one a topic an answer should cover. */
  terms: string[];
}

export interface Retriever {
  retrieve(text: string, k?: number, options?: { lang?: Lang }): Promise<RetrievalResult>;
  units: RetrievalUnit[];
  unit(id: string): RetrievalUnit | undefined;
  tokenizer: Tokenizer;
  glossary: GlossaryMatcher;
  vectorIndexBuilt: boolean;
  /** Whether this start segmented the documents (true) or read them from the snapshot saved beside the index. */
  snapshotBuilt: boolean;
}

export interface CreateRetrieverDeps {
  kb: KnowledgeBase;
  /** Where the HNSWLib index is saved. */
  indexDir: string;
  /** A configured embeddings provider; the offline hashed embeddings otherwise. */
  embeddings?: { model: EmbeddingsInterface; id: string };
  rebuildIndex?: boolean;
}

// How deep each ranking goes before fusion: deeper lists add noise to the fusion, not answers.
const CANDIDATES_PER_LIST = 60;

export async function createRetriever(deps: CreateRetrieverDeps): Promise<Retriever> {
  const { kb } = deps;
  const tokenizer = createTokenizer({ extraWords: kb.glossary.flatMap((g) => g.zh) });
  const glossary = createGlossaryMatcher(kb.glossary, tokenizer);
  const { units, docs } = buildUnits(kb);
  const unitsById = new Map(units.map((u) => [u.id, u]));

  const hashed = new HashedEmbeddings({ tokenizer, glossary });
  const embeddings = deps.embeddings ?? { model: hashed, id: hashed.id };
  const docIds = docs.map((d) => d.id);
  // Segmenting and glossary-matching the documents is most of a build: done once, for whichever of the snapshot and
  // the hashed vectors has to be built.
  let analysed: DocAnalysis[] | undefined;
  const analyse = () => (analysed ??= docs.map((d) => ({ ...tokenizer.analyze(d.text), concepts: glossary.match(d.text).concepts })));
  const key = await retrievalCacheKey({ knowledgeHash: kb.hash, embeddingsId: embeddings.id, docIds });
  const [vector, saved] = await Promise.all([
    loadVectorIndex({
      dir: deps.indexDir,
      docs,
      embeddings: embeddings.model,
      embeddingsId: embeddings.id,
      knowledgeHash: kb.hash,
      rebuild: deps.rebuildIndex,
      ...(deps.embeddings ? {} : { vectorsOf: async () => analyse().map((a, i) => hashed.embedAnalysed(docs[i]!.text, a.tokens, a.concepts)) }),
    }),
    deps.rebuildIndex ? null : readRetrievalSnapshot(deps.indexDir, key, docIds),
  ]);
  // The rest of a start's cost, done once per knowledge version (and tokenizer, embeddings and retrieval code), then
  // read back. Both paths give the same rankings (test/retrieval/retrieval-cache.test.ts).
  let lexical: LexicalIndex;
  let statsData: UnitStatsData;
  if (saved) {
    lexical = loadLexicalIndex(saved.lexical, docs);
    statsData = saved.stats;
  } else {
    const analyses = analyse();
    statsData = computeUnitStatsData({ kb, units, docs, analyses, tokenizer, glossary });
    lexical = createLexicalIndex(docs, (_, i) => analyses[i]!.tokens);
    // The snapshot only saves time: a read-only or full disk costs the next start its speed, nothing else.
    await writeRetrievalSnapshot(deps.indexDir, { key, docIds, lexical: lexical.toData(), stats: statsData }).catch(() => undefined);
  }
  analysed = undefined;
  const stats = createUnitStats(statsData, kb, units.length);
  const { unitBags, headingBags, answerBags, conceptTokens, marketConcepts, isSpecific, idfOf } = stats;
  const df = stats.unitFrequency;
  // The glossary's words are vocabulary too: "Abzeichen" is the badge, not a misspelt "Anzeichen" of some article.
  const glossaryWords = kb.glossary.flatMap((g) => [...g.en, ...g.aliases]).flatMap((t) => tokenizer.words(t));
  const correct = createSpellingCorrector([...df.keys(), ...glossaryWords]);

  const cues = new Map<string, RegExp>();
  const lacksCue = (unit: RetrievalUnit, text: string): boolean => {
    const words = unit.faq?.onlyWhen;
    if (!words) return false;
    let re = cues.get(unit.faq!.id);
    if (!re) {
      // Latin words whole ("more", not "moreover"); Han words anywhere.
      const alternatives = words.map((w) => (/\p{Script=Han}/u.test(w) ? escapeRegExp(w) : `(?<!\\p{L})${escapeRegExp(w)}(?!\\p{L})`));
      re = new RegExp(alternatives.join('|'), 'iu');
      cues.set(unit.faq!.id, re);
    }
    return !re.test(text);
  };

  return {
    units,
    unit: (id) => unitsById.get(id),
    tokenizer,
    glossary,
    vectorIndexBuilt: vector.built,
    snapshotBuilt: saved === null,
    async retrieve(text, k = 10, options = {}) {
      const analysed = tokenizer.analyze(text);
      const tokens = [...new Set(analysed.tokens.map(correct))];
      const match = glossary.match(text);
      // Whole words of the equivalent terms, without their bigrams: half the query terms for BM25, same reach.
      const expansionTokens = [...new Set(match.expansions.flatMap((t) => tokenizer.words(t)))].filter((t) => !STOPWORDS.has(t));
      const lexHits = lexical.search(tokens, expansionTokens, CANDIDATES_PER_LIST);
      const vecHits = await vector.search(text, CANDIDATES_PER_LIST);
      const fused = fuseRanks([lexHits, vecHits]);

      const similarity = new Map<string, number>();
      for (const h of vecHits) similarity.set(h.unitId, Math.max(similarity.get(h.unitId) ?? -1, h.similarity));

      // Every word counts, in every language: the knowledge is written in all six, so a word it does not know is a
      // topic it does not cover ("Serie A", "Mindestmenge"), as in English (BENCHMARKS.md, 2026-12-02).
      const queryWords = new Set(analysed.words);
      const weightOf = (t: string) => idfOf(t, queryWords);
      const weights = tokens.map(weightOf);
      const totalWeight = weights.reduce((a, b) => a + b, 0);
      // Per question, once: which of its tokens each of its glossary concepts accounts for.
      const coveredByConcept = match.concepts.map((c) => {
        const terms = conceptTokens.get(c);
        return { concept: c, indexes: tokens.flatMap((t, i) => (terms?.has(t) ? [i] : [])) };
      });
      const covered = new Uint8Array(tokens.length);
      const coverageOf = (...bags: Array<Bag | undefined>) => {
        if (totalWeight === 0) return 0;
        covered.fill(0);
        for (const bag of bags) {
          if (!bag) continue;
          for (let i = 0; i < tokens.length; i++) if (bag.tokens.has(tokens[i]!)) covered[i] = 1;
          for (const { concept, indexes } of coveredByConcept) if (bag.concepts.has(concept)) for (const i of indexes) covered[i] = 1;
        }
        let sum = 0;
        for (let i = 0; i < tokens.length; i++) if (covered[i]) sum += weights[i]!;
        return sum / totalWeight;
      };
      // A market the question names that the answer never mentions ("英国站本地托管什么时候上线" answered with the
      // launch date of the four markets) is a different question.
      const questionTerms = match.concepts.filter((c) => !marketConcepts.has(c) && isSpecific(c));
      const missing = (unitId: string) => {
        const answer = answerBags.get(unitId);
        const absent = match.concepts.filter((c) => !answer?.concepts.has(c));
        const answerMarkets = [...(answer?.concepts ?? [])].filter((c) => marketConcepts.has(c)).length;
        return {
          // A market matters when the answer speaks of other markets; a general answer ("the warehouse country")
          // still answers "stock in Spain".
          markets: answerMarkets > 0 && !unitsById.get(unitId)?.faq?.coversOtherMarkets ? absent.filter((c) => marketConcepts.has(c)).length : 0,
          terms: absent.filter((c) => !marketConcepts.has(c) && isSpecific(c)).length,
        };
      };

      const candidates = [...fused.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, k)
        .flatMap(([unitId, score]) => {
          const unit = unitsById.get(unitId);
          if (!unit) return [];
          return [{
            unit,
            fused: score,
            similarity: Math.max(0, similarity.get(unitId) ?? 0),
            // An FAQ entry answers a question when one of its paraphrases, with its answer, covers it.
            coverage:
              unit.kind === 'faq'
                ? Math.max(0, ...(headingBags.get(unitId) ?? []).map((b) => coverageOf(b, answerBags.get(unitId))))
                : coverageOf(unitBags.get(unitId)),
            headingCoverage: Math.max(0, ...(headingBags.get(unitId) ?? []).map((b) => coverageOf(b))),
            // An entry about one side of a topic (its expansion) misses the question that has none of its words.
            ...(({ markets, terms }) => ({ missingMarkets: markets, missingTerms: terms + (lacksCue(unit, text) ? 1 : 0) }))(missing(unitId)),
            coveredTerms: questionTerms.filter((c) => answerBags.get(unitId)?.concepts.has(c)),
            headlineTerms: questionTerms.filter((c) => headingBags.get(unitId)?.some((b) => b.concepts.has(c))),
          }];
        });
      return { candidates, tokens, concepts: match.concepts, terms: questionTerms };
    },
  };
}
