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

const SPECIFIC_CONCEPT_SHARE = 0.1;
const SINGLE_HAN_WEIGHT = 0.5;
const isHanChar = (t: string) => t.length === 1 && HAN.test(t);
const isHanBigram = (t: string) => t.length === 2 && HAN.test(t[0]!) && HAN.test(t[1]!);

/** Per-unit token and concept sets and token weights, computed once at start for the confidence measure. */
export function buildUnitStats(deps: {
  kb: KnowledgeBase;
  units: RetrievalUnit[];
  docs: IndexDoc[];
  tokenizer: Tokenizer;
  glossary: GlossaryMatcher;
}): UnitStats {
  const { kb, units, docs, tokenizer, glossary } = deps;
  const unitBags = new Map<string, Bag>();
  const headingBags = new Map<string, Bag[]>();
  const answerBags = new Map<string, Bag>();
  const words = new Set<string>();
  const empty = (): Bag => ({ tokens: new Set<string>(), concepts: new Set<string>() });
  const merge = (into: Bag, bag: Bag) => {
    for (const t of bag.tokens) into.tokens.add(t);
    for (const c of bag.concepts) into.concepts.add(c);
    return into;
  };

  for (const doc of docs) {
    const analysed = tokenizer.analyze(doc.text);
    for (const w of analysed.words) words.add(w);
    const bag: Bag = { tokens: new Set(analysed.tokens), concepts: new Set(glossary.match(doc.text).concepts) };
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

  const unitFrequency = new Map<string, number>();
  const conceptUnits = new Map<string, number>();
  for (const bag of unitBags.values()) {
    for (const t of bag.tokens) unitFrequency.set(t, (unitFrequency.get(t) ?? 0) + 1);
    for (const c of bag.concepts) conceptUnits.set(c, (conceptUnits.get(c) ?? 0) + 1);
  }

  const conceptTokens = new Map<string, Set<string>>();
  const marketConcepts = new Set<string>();
  kb.glossary.forEach((entry, i) => {
    if (entry.kind === 'market') marketConcepts.add(`g:${i}`);
    const set = new Set<string>();
    for (const term of [...entry.zh, ...entry.en, ...entry.aliases]) for (const t of tokenizer.tokenize(term)) set.add(t);
    conceptTokens.set(`g:${i}`, set);
  });

  const n = units.length;
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
