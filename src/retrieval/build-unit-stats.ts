import type { KnowledgeBase } from '../knowledge/types.js';
import type { IndexDoc, RetrievalUnit } from './build-units.js';
import type { GlossaryMatcher } from './create-glossary-matcher.js';
import type { Tokenizer } from './create-tokenizer.js';
import { HAN } from './normalize-text.js';

/** The tokens and glossary concepts of a text. */
export interface Bag {
  tokens: Set<string>;
  concepts: Set<string>;
}

export interface UnitStats {
  /** Everything a unit's documents say (FAQ paraphrases included). */
  unitBags: Map<string, Bag>;
  /** What a unit is about: its heading, or each of its FAQ paraphrases. */
  headingBags: Map<string, Bag[]>;
  /** What a unit answers with: its text; for FAQ entries, the answers only. */
  answerBags: Map<string, Bag>;
  /** In how many units each token occurs. */
  unitFrequency: Map<string, number>;
  /** The tokens of every term of each glossary concept (`g:<n>`). */
  conceptTokens: Map<string, Set<string>>;
  marketConcepts: Set<string>;
  /** A concept few units mention ("GPSR", "WEEE", "保证金"): it names what a question is about. */
  isSpecific(concept: string): boolean;
  /** The weight of a question token in the coverage measure. */
  idfOf(token: string, questionWords: Set<string>): number;
}

/** What the tokenizer and the glossary make of a document, computed once per build. */
export interface DocAnalysis {
  tokens: string[];
  words: string[];
  concepts: string[];
}

/** A bag as saved: indexes into the vocabulary, and glossary entry numbers (`g:<n>`), in their set order. */
type BagData = [tokens: number[], concepts: number[]];

/**
 * What `buildUnitStats` computes from the documents (segmenting and glossary-matching every one of them, most of a
 * start's time), in a form that is saved next to the index and read back on the next start. Every list keeps the
 * iteration order of the sets it came from: the spelling corrector picks among equally close words by that order.
 */
export interface UnitStatsData {
  vocabulary: string[];
  /** In the order the units' documents come. */
  units: Array<{ id: string; all: BagData | null; answer: BagData | null; headings: BagData[] }>;
  /** Every word of the documents (not only tokens: stopwords too), as vocabulary indexes. */
  words: number[];
  /** Per glossary entry, the tokens of all its terms. */
  conceptTokens: number[][];
}

const SPECIFIC_CONCEPT_SHARE = 0.1;
const SINGLE_HAN_WEIGHT = 0.5;
const isHanChar = (t: string) => t.length === 1 && HAN.test(t);
const isHanBigram = (t: string) => t.length === 2 && HAN.test(t[0]!) && HAN.test(t[1]!);
const conceptNumber = (c: string) => Number(c.slice(2));

/** Per-unit token and concept sets, from every document: the slow part, done once per knowledge version. */
export function computeUnitStatsData(deps: {
  kb: KnowledgeBase;
  units: RetrievalUnit[];
  docs: IndexDoc[];
  /** Each document's analysis, in order (the lexical index and the hashed vectors use the same). */
  analyses: DocAnalysis[];
  tokenizer: Tokenizer;
  glossary: GlossaryMatcher;
}): UnitStatsData {
  const { kb, units, docs, analyses, tokenizer, glossary } = deps;
  const ids = new Map<string, number>();
  const vocabulary: string[] = [];
  const idOf = (t: string) => {
    let id = ids.get(t);
    if (id === undefined) {
      id = vocabulary.length;
      ids.set(t, id);
      vocabulary.push(t);
    }
    return id;
  };
  interface RawBag {
    tokens: Set<string>;
    concepts: Set<string>;
  }
  const toData = (bag: RawBag): BagData => [[...bag.tokens].map(idOf), [...bag.concepts].map(conceptNumber)];
  const empty = (): RawBag => ({ tokens: new Set<string>(), concepts: new Set<string>() });
  const merge = (into: RawBag, bag: RawBag) => {
    for (const t of bag.tokens) into.tokens.add(t);
    for (const c of bag.concepts) into.concepts.add(c);
    return into;
  };

  const unitBags = new Map<string, RawBag>();
  const headingBags = new Map<string, RawBag[]>();
  const answerBags = new Map<string, RawBag>();
  const words = new Set<string>();
  for (const [i, doc] of docs.entries()) {
    const analysed = analyses[i]!;
    for (const w of analysed.words) words.add(w);
    const bag: RawBag = { tokens: new Set(analysed.tokens), concepts: new Set(analysed.concepts) };
    unitBags.set(doc.unitId, merge(unitBags.get(doc.unitId) ?? empty(), bag));
    // Question words found only in paraphrases do not count as an answer's content.
    if (doc.isQuestion) headingBags.set(doc.unitId, [...(headingBags.get(doc.unitId) ?? []), bag]);
    else answerBags.set(doc.unitId, merge(answerBags.get(doc.unitId) ?? empty(), bag));
  }
  for (const unit of units) {
    if (unit.kind === 'faq') continue;
    const heading = unit.heading || unit.title;
    headingBags.set(unit.id, [{ tokens: new Set(tokenizer.tokenize(heading)), concepts: new Set(glossary.match(heading).concepts) }]);
  }

  const unitsData: UnitStatsData['units'] = [...unitBags].map(([id, all]) => {
    const answer = answerBags.get(id);
    return { id, all: toData(all), answer: answer ? toData(answer) : null, headings: (headingBags.get(id) ?? []).map(toData) };
  });
  // A unit without documents still has a heading (none today; kept so the saved form loses nothing).
  for (const [id, headings] of headingBags) {
    if (!unitBags.has(id)) unitsData.push({ id, all: null, answer: null, headings: headings.map(toData) });
  }
  const conceptTokens = kb.glossary.map((entry) => {
    const set = new Set<string>();
    for (const term of [...entry.zh, ...entry.en, ...entry.aliases]) for (const t of tokenizer.tokenize(term)) set.add(t);
    return [...set].map(idOf);
  });
  return { vocabulary, units: unitsData, words: [...words].map(idOf), conceptTokens };
}

/** The confidence measure's lookups, from the saved or freshly computed data. */
export function createUnitStats(data: UnitStatsData, kb: KnowledgeBase, unitCount: number): UnitStats {
  const { vocabulary } = data;
  const conceptIds = kb.glossary.map((_, i) => `g:${i}`);
  const toBag = ([tokens, concepts]: BagData): Bag => ({
    tokens: new Set(tokens.map((t) => vocabulary[t]!)),
    concepts: new Set(concepts.map((c) => conceptIds[c] ?? `g:${c}`)),
  });
  const unitBags = new Map<string, Bag>();
  const headingBags = new Map<string, Bag[]>();
  const answerBags = new Map<string, Bag>();
  for (const u of data.units) {
    if (u.all) unitBags.set(u.id, toBag(u.all));
    if (u.answer) answerBags.set(u.id, toBag(u.answer));
    if (u.headings.length > 0) headingBags.set(u.id, u.headings.map(toBag));
  }
  const words = new Set(data.words.map((w) => vocabulary[w]!));

  const unitFrequency = new Map<string, number>();
  const conceptUnits = new Map<string, number>();
  for (const bag of unitBags.values()) {
    for (const t of bag.tokens) unitFrequency.set(t, (unitFrequency.get(t) ?? 0) + 1);
    for (const c of bag.concepts) conceptUnits.set(c, (conceptUnits.get(c) ?? 0) + 1);
  }

  const conceptTokens = new Map<string, Set<string>>();
  const marketConcepts = new Set<string>();
  kb.glossary.forEach((entry, i) => {
    if (entry.kind === 'market') marketConcepts.add(conceptIds[i]!);
    conceptTokens.set(conceptIds[i]!, new Set((data.conceptTokens[i] ?? []).map((t) => vocabulary[t]!)));
  });

  const n = unitCount;
  return {
    unitBags,
    headingBags,
    answerBags,
    unitFrequency,
    conceptTokens,
    marketConcepts,
    isSpecific: (c) => (conceptUnits.get(c) ?? 0) <= n * SPECIFIC_CONCEPT_SHARE,
    idfOf(t, questionWords) {
      const d = unitFrequency.get(t);
      const bigram = isHanBigram(t) && !words.has(t) && !questionWords.has(t);
      // A word the knowledge never uses weighs most: "红烧肉" or "Poland" must pull confidence down. A CJK bigram that
      // is no word is mostly a pair straddling two words ("线的"): unknown, it weighs nothing; known, it repeats what
      // the words say and weighs half. A lone Han character ("开", "放") is usually a verb or particle.
      const factor = bigram ? 0.5 : isHanChar(t) ? SINGLE_HAN_WEIGHT : 1;
      if (!d) return bigram ? 0 : factor * (Math.log(1 + n) + 1);
      return factor * Math.log(1 + n / d);
    },
  };
}
