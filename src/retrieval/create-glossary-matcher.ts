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

export function createGlossaryMatcher(glossary: GlossaryEntry[], tokenizer: Pick<Tokenizer, 'words' | 'latinWords'>): GlossaryMatcher {
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

  // Indexed by first character and first word: a text is checked only against the terms that could start at each of
  // its positions (the same matches as trying every term, a tenth of the time on a long passage).
  const hanByFirst = new Map<string, Array<{ term: string; concept: number }>>();
  for (const t of hanTerms) hanByFirst.set(t.term[0]!, [...(hanByFirst.get(t.term[0]!) ?? []), t]);
  const latinByFirst = new Map<string, LatinTerm[]>();
  const upperTerms: LatinTerm[] = [];
  for (const t of latinTerms) {
    if (t.upper !== null) upperTerms.push(t);
    else latinByFirst.set(t.words[0]!, [...(latinByFirst.get(t.words[0]!) ?? []), t]);
  }

  return {
    zhTerms: hanTerms.map((t) => t.term),
    match(text) {
      const normalized = normalizeText(text);
      const found = new Set<number>();
      for (let p = 0; p < normalized.length; p++) {
        const candidates = hanByFirst.get(normalized[p]!);
        if (candidates) for (const { term, concept } of candidates) if (normalized.startsWith(term, p)) found.add(concept);
      }
      const words = tokenizer.latinWords(text);
      for (let i = 0; i < words.length; i++) {
        const candidates = latinByFirst.get(words[i]!);
        if (candidates) for (const t of candidates) if (!found.has(t.concept) && startsSequence(words, i, t.words)) found.add(t.concept);
      }
      if (upperTerms.length > 0) {
        const originalWords = new Set(text.split(/[^\p{L}\p{N}]+/u));
        for (const t of upperTerms) if (originalWords.has(t.upper!)) found.add(t.concept);
      }
      const concepts = [...found].sort((a, b) => a - b);
      return {
        concepts: concepts.map((c) => `g:${c}`),
        expansions: concepts.flatMap((c) => termsOf[c] ?? []),
      };
    },
  };
}

function startsSequence(haystack: string[], at: number, needle: string[]): boolean {
  if (at + needle.length > haystack.length) return false;
  for (let j = 1; j < needle.length; j++) if (haystack[at + j] !== needle[j]) return false;
  return true;
}
