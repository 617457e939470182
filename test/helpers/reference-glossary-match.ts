import type { GlossaryEntry } from '../../src/knowledge/schemas.js';
import type { Tokenizer } from '../../src/retrieval/create-tokenizer.js';
import { HAN, normalizeText } from '../../src/retrieval/normalize-text.js';
import { STOPWORDS } from '../../src/retrieval/stopwords.js';

/**
 * The glossary matcher as first written: every zh term with `includes`, every Latin term against the whole word
 * list of the text (jieba words included). The reference the indexed matcher must agree with.
 */
type Term = { concept: number; han: string } | { concept: number; needle: string[]; upper: string | null };

export function createReferenceGlossaryMatch(entries: GlossaryEntry[], tok: Tokenizer): (text: string) => string[] {
  const terms = entries.flatMap((entry, concept) =>
    [...entry.zh, ...entry.en, ...entry.aliases].flatMap((raw): Term[] => {
      const term = normalizeText(raw).trim();
      if (!term) return [];
      if (HAN.test(term)) return [{ concept, han: term }];
      const needle = tok.words(term);
      if (needle.length === 0) return [];
      return [{ concept, needle, upper: needle.length === 1 && STOPWORDS.has(needle[0]!) ? raw.toUpperCase() : null }];
    }),
  );
  return (text) => {
    const normalized = normalizeText(text);
    const words = tok.words(text);
    const original = new Set(text.split(/[^\p{L}\p{N}]+/u));
    const found = new Set<number>();
    for (const t of terms) {
      if ('han' in t) {
        if (normalized.includes(t.han)) found.add(t.concept);
      } else if (t.upper !== null) {
        if (original.has(t.upper)) found.add(t.concept);
      } else if (words.some((_, i) => t.needle.every((w, j) => words[i + j] === w))) {
        found.add(t.concept);
      }
    }
    return [...found].sort((a, b) => a - b).map((c) => `g:${c}`);
  };
}
