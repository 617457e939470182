import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';
import { HAN, HAN_RUN, normalizeText } from './normalize-text.js';
import { stemLatinWord } from './stem-latin-word.js';
import { STOPWORDS } from './stopwords.js';
import { expandMarketInitials } from '../lang/market-initials.js';

export { stemEnglish, stemLatinWord } from './stem-latin-word.js';

/** Bump when tokenisation changes: saved vectors made with another version no longer match the questions. */
export const TOKENIZER_VERSION = 25;

export interface Tokenizer {
  /** Index and query tokens: jieba words, overlapping CJK bigrams, folded Latin words; stopwords removed. */
  tokenize(text: string): string[];
  /** Only the words (jieba words and Latin words), for phrase matching against the glossary. */
  words(text: string): string[];
  /** Both at once, segmenting the text a single time (the question's hot path needs both). */
  analyze(text: string): { tokens: string[]; words: string[] };
  /**
   * The Latin words of `words`, with one empty string where each run of Han characters stands: what phrase matching
   * of Latin terms needs, without segmenting the Chinese (no Latin term's words are Han or empty, so a run breaks a
   * phrase exactly as its words do).
   */
  latinWords(text: string): string[];
}

export interface TokenizerOptions {
  /** Extra Chinese words for the segmenter (the glossary's zh terms), so 本地托管 stays one word. */
  extraWords?: string[];
}

const LATIN_WORD = /[\p{L}\p{N}][\p{L}\p{N}%.+'-]*/gu;

let shared: { key: string; jieba: Jieba } | undefined;

/**
 * Loading jieba's dictionary takes ~0.1 s and ~34 MB: a reload with the same glossary, or a second core in the same
 * process, reuses the last segmenter instead of building another. The dictionary file is read here rather than
 * through `@node-rs/jieba/dict.js`, which also reads (and keeps) the 6 MB keyword IDF table the bot never uses.
 */
function loadJieba(extra: string[]): Jieba {
  const key = extra.join('\n');
  if (shared?.key === key) return shared.jieba;
  const jieba = Jieba.withDict(dropTags(readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt'))));
  if (extra.length > 0) {
    // High frequency so the segmenter prefers the glossary term over its parts.
    jieba.loadDict(Buffer.from(extra.map((w) => `${w} 200000 n`).join('\n'), 'utf8'));
  }
  shared = { key, jieba };
  return jieba;
}

/**
 * The dictionary's lines are `word frequency tag`; segmentation reads only the word and its frequency, the tag is for
 * part-of-speech tagging the bot never does. Without the tags jieba loads in 0.09 s instead of 0.24 s and holds 4 MB
 * less; test/retrieval/create-tokenizer.test.ts checks the segmentation is the same.
 */
export function dropTags(dict: Buffer): Buffer {
  const out = Buffer.allocUnsafe(dict.length);
  let o = 0;
  let spaces = 0;
  for (let i = 0; i < dict.length; i++) {
    const b = dict[i]!;
    if (b === 0x0a) spaces = 0;
    else if (b === 0x20 && ++spaces >= 2) continue;
    else if (spaces >= 2) continue;
    out[o++] = b;
  }
  return out.subarray(0, o);
}

export function createTokenizer(options: TokenizerOptions = {}): Tokenizer {
  const extra = [...new Set((options.extraWords ?? []).map(normalizeText).filter((w) => HAN.test(w)))];
  const jieba = loadJieba(extra);
  const multiChar = extra.filter((w) => w.length >= 2);

  const splitWords = (text: string): { words: string[]; hanRuns: string[] } => {
    const normalized = expandMarketInitials(text);
    const words: string[] = [];
    const hanRuns: string[] = [];
    let last = 0;
    for (const m of normalized.matchAll(HAN_RUN)) {
      pushLatin(normalized.slice(last, m.index), words);
      hanRuns.push(m[0]);
      const cut = jieba.cut(m[0], false);
      for (const w of cut) if (w.trim()) words.push(w);
      // The segmenter may still split a glossary term across a neighbour ("全托管模式" -> 全 / 托管模式); the
      // term is a word all the same.
      for (const term of multiChar) if (m[0].includes(term) && !cut.includes(term)) words.push(term);
      last = (m.index ?? 0) + m[0].length;
    }
    pushLatin(normalized.slice(last), words);
    return { words, hanRuns };
  };

  const analyze = (text: string) => {
    const { words, hanRuns } = splitWords(normalizeText(text).replace(NOW_IDIOMS, ' '));
    const tokens = words.filter((w) => !STOPWORDS.has(w));
    for (const run of hanRuns) {
      for (let i = 0; i + 1 < run.length; i++) {
        const bigram = run.slice(i, i + 2);
        // A bigram identical to a word is already there; one made only of particles says nothing.
        if (!STOPWORDS.has(bigram) && !(STOPWORDS.has(bigram[0]!) && STOPWORDS.has(bigram[1]!))) tokens.push(bigram);
      }
    }
    return { tokens, words };
  };

  const latinWords = (text: string) => {
    const normalized = normalizeText(text);
    const words: string[] = [];
    let last = 0;
    for (const m of normalized.matchAll(HAN_RUN)) {
      pushLatin(normalized.slice(last, m.index), words);
      words.push('');
      last = (m.index ?? 0) + m[0].length;
    }
    pushLatin(normalized.slice(last), words);
    return words;
  };

  return {
    analyze,
    tokenize: (text) => analyze(text).tokens,
    words: (text) => splitWords(normalizeText(text)).words,
    latinWords,
  };
}

// Elisions ("l'elettronica", "c'est", "dell'IVA") and compounds joined by a hyphen ("MwSt-Satz", "9%-Provision",
// "USt-IdNr.") are read as their parts, the way the same words stand alone elsewhere; a hyphen between digits
// ("2026-01-16") stays.
const CONTRACTION_TAILS = new Set(['s', 't', 'm', 'd', 'll', 're', 've']);
// "what's the commission these days?": "now", said with a word ("days") that elsewhere asks for a duration; "quick
// one", "quick question": a chat's preamble, no topic.
const NOW_IDIOMS = /\b(?:these days|nowadays|this days|quick (?:one|question|q))\b/gu;
const HYPHEN_JOIN = /(?<=[\p{L}%])-|-(?=\p{L})/u;

function pushLatin(segment: string, out: string[]): void {
  for (const m of segment.matchAll(LATIN_WORD)) {
    const elided = m[0].split("'");
    for (let i = 0; i < elided.length; i++) {
      // The article or pronoun an apostrophe cut off ("l'", "d'", "c'", "qu'") says nothing on its own; a short word
      // before a possessive or a contraction ("UK's", "EU's") is the word itself.
      const tail = elided[elided.length - 1]!;
      if (i < elided.length - 1 && elided[i]!.length <= 2 && !(i === elided.length - 2 && CONTRACTION_TAILS.has(tail))) continue;
      // ...nor does an English contraction's tail ("what's", "don't", "we're").
      if (i > 0 && i === elided.length - 1 && CONTRACTION_TAILS.has(elided[i]!)) continue;
      for (const part of elided[i]!.split(HYPHEN_JOIN)) {
        // Trailing dots and dashes are punctuation, not part of the word ("VAT." -> "vat"), but keep "9.5%".
        const word = part.replace(/[.+-]+$/u, '');
        if (word) out.push(stemLatinWord(word));
      }
    }
  }
}
