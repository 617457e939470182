import type { GlossaryEntry } from '../../src/knowledge/schemas.js';
import type { Tokenizer } from '../../src/retrieval/create-tokenizer.js';
import { HAN, normalizeText } from '../../src/retrieval/normalize-text.js';
import { STOPWORDS } from '../../src/retrieval/stopwords.js';

/** The glossary matcher as first written: every zh term with `includes`, every Latin term against the whole word list. */
export function referenceGlossaryMatch(entries: GlossaryEntry[], tok: Tokenizer, text: string): string[] {
  const normalized = normalizeText(text);
  const words = tok.words(text);
  const original = new Set(text.split(/[^\p{L}\p{N}]+/u));
  const found = new Set<number>();
  entries.forEach((entry, concept) => {
    for (const raw of [...entry.zh, ...entry.en, ...entry.aliases]) {
      const term = normalizeText(raw).trim();
      if (!term) continue;
      if (HAN.test(term)) {
        if (normalized.includes(term)) found.add(concept);
        continue;
      }
      const needle = tok.words(term);
      if (needle.length === 0) continue;
      if (needle.length === 1 && STOPWORDS.has(needle[0]!)) {
        if (original.has(raw.toUpperCase())) found.add(concept);
      } else if (words.some((_, i) => needle.every((w, j) => words[i + j] === w))) {
        found.add(concept);
      }
    }
  });
  return [...found].sort((a, b) => a - b).map((c) => `g:${c}`);
}
