import type { GlossaryEntry } from '../knowledge/schemas.js';
import { HAN, normalizeText } from './normalize-text.js';
import { STOPWORDS } from './stopwords.js';
import type { Tokenizer } from './create-tokenizer.js';

export interface GlossaryMatch {
  /** Concept ids (`g:<n>`) of the entries found: shared by every language's wording of the same term. */
  concepts: string[];
  /** The other terms of the entries found, for query expansion across languages. */
  expansions: string[];
}

export interface GlossaryMatcher {
  match(text: string): GlossaryMatch;
  /** Every zh term, for the segmenter's dictionary. */
  zhTerms: string[];
}

interface LatinTerm {
  words: string[];
  concept: number;
  /** Short terms that are also function words ("IT", "ES", "DE", "US") only count when typed in capitals. */
  upper: string | null;
}

export function createGlossaryMatcher(glossary: GlossaryEntry[], tokenizer: Pick<Tokenizer, 'words'>): GlossaryMatcher {
  const hanTerms: Array<{ term: string; concept: number }> = [];
  const latinTerms: LatinTerm[] = [];
  const termsOf: string[][] = [];

  glossary.forEach((entry, concept) => {
    const all = [...entry.zh, ...entry.en, ...entry.aliases];
    termsOf.push(all);
    for (const raw of all) {
      const term = normalizeText(raw).trim();
      if (!term) continue;
      if (HAN.test(term)) {
        hanTerms.push({ term, concept });
      } else {
        const words = tokenizer.words(term);
        if (words.length === 0) continue;
        const ambiguous = words.length === 1 && STOPWORDS.has(words[0]!);
        latinTerms.push({ words, concept, upper: ambiguous ? raw.toUpperCase() : null });
      }
    }
  });

  return {
    zhTerms: hanTerms.map((t) => t.term),
    match(text) {
      const normalized = normalizeText(text);
      const found = new Set<number>();
      for (const { term, concept } of hanTerms) if (normalized.includes(term)) found.add(concept);
      const words = tokenizer.words(text);
      const originalWords = new Set(text.split(/[^\p{L}\p{N}]+/u));
      for (const t of latinTerms) {
        if (found.has(t.concept)) continue;
        if (t.upper !== null) {
          if (originalWords.has(t.upper)) found.add(t.concept);
        } else if (containsSequence(words, t.words)) {
          found.add(t.concept);
        }
      }
      const concepts = [...found].sort((a, b) => a - b);
      return {
        concepts: concepts.map((c) => `g:${c}`),
        expansions: concepts.flatMap((c) => termsOf[c] ?? []),
      };
    },
  };
}

function containsSequence(haystack: string[], needle: string[]): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
