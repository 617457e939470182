import { readFileSync } from 'node:fs';
import type { EldSubset } from './build-eld-subset.js';

/** The languages detected among (the knowledge is zh and en; de/fr/it/es questions get an English answer). */
export const SUBSET_LANGS = ['en', 'de', 'fr', 'it', 'es'] as const;

export interface LatinLangResult {
  /** eld's language code, or '' when no n-gram matched. */
  language: string;
  /** Each matched language's score, best first (eld's `getScores()`). */
  getScores(): Record<string, number>;
}

/**
 * eld's `detect` (Apache-2.0, Nito T.M.) over its medium database cut to en/de/fr/it/es. A language's score only
 * sums that language's n-gram values, so the cut gives the same language and the same scores as the full database
 * with `setLanguageSubset` (test/lang/detect-lang.test.ts); the full one cost 0.6 s and ~180 MB of every start.
 */
export function createLatinLangDetector(data: EldSubset = readSubset()): (text: string) => LatinLangResult {
  const { languages, ngrams, dictionary } = data;
  const separators = new RegExp(data.separators[0], data.separators[1]);
  const BASE_NGRAM_SCORE = 53; // eld subtracted it from every stored value to keep its database small
  const SCALE = 25;
  return (input) => {
    const text = input.substring(0, 1000).replace(separators, ' ').trim().toLowerCase();
    const grams = byteNgrams(utf8Words(text, dictionary));
    const scores = new Array<number>(languages.length).fill(0);
    for (const gram of grams) {
      const entry = ngrams[gram];
      if (entry) for (const lang in entry) scores[Number(lang)]! += entry[lang]! + BASE_NGRAM_SCORE;
    }
    let best = -1;
    let bestScore = 0;
    scores.forEach((s, i) => {
      if (s > 0 && s > bestScore) {
        bestScore = s;
        best = i;
      }
    });
    return {
      language: best >= 0 ? languages[best]! : '',
      getScores() {
        if (best < 0) return {};
        const ordered = scores
          .map((s, i) => [i, s] as const)
          .filter(([, s]) => s > 0)
          .map(([i, s]) => {
            const perGram = s / grams.size;
            return [i, perGram / (perGram + SCALE)] as const;
          })
          .sort((a, b) => b[1] - a[1]);
        return Object.fromEntries(ordered.map(([i, s]) => [languages[i]!, s]));
      },
    };
  };
}

function readSubset(): EldSubset {
  return JSON.parse(readFileSync(new URL('./eld-subset.json', import.meta.url), 'utf8')) as EldSubset;
}

/** eld's strToUtf8Bytes: words as strings of UTF-8 bytes (bytes ≥ 0x80 through eld's table), cut near 350 bytes. */
function utf8Words(str: string, dictionary: string[]): string[] {
  let encoded = '';
  const words: string[] = [];
  let countBytes = 0;
  for (let i = 0; i < str.length; i++) {
    let code = str.charCodeAt(i);
    if (code < 0x80) {
      if (code === 32) {
        if (encoded !== '') {
          words.push(encoded);
          encoded = '';
        }
        if (countBytes > 350) break;
      } else {
        encoded += str[i];
      }
      countBytes++;
    } else if (code < 0x800) {
      encoded += dictionary[0xc0 | (code >> 6)]! + dictionary[0x80 | (code & 0x3f)]!;
      countBytes += 2;
    } else if (code < 0xd800 || code >= 0xe000) {
      encoded += dictionary[0xe0 | (code >> 12)]! + dictionary[0x80 | ((code >> 6) & 0x3f)]! + dictionary[0x80 | (code & 0x3f)]!;
      countBytes += 3;
    } else {
      i++;
      code = 0x10000 + (((code & 0x3ff) << 10) | (str.charCodeAt(i) & 0x3ff));
      encoded +=
        dictionary[0xf0 | (code >> 18)]! + dictionary[0x80 | ((code >> 12) & 0x3f)]! + dictionary[0x80 | ((code >> 6) & 0x3f)]! + dictionary[0x80 | (code & 0x3f)]!;
      countBytes += 4;
    }
    if (countBytes > 380) break;
  }
  if (encoded !== '') words.push(encoded);
  return words;
}

/** eld's getByteNgrams: 4-byte grams at a stride of 3, word starts marked by a space, word ends by a trailing one. */
function byteNgrams(words: string[]): Set<string> {
  const grams = new Set<string>();
  for (const word of words) {
    const len = Math.min(word.length, 70);
    let j = 0;
    for (; j + 4 < len; j += 3) grams.add((j === 0 ? ' ' : '') + word.substring(j, j + 4));
    grams.add((j === 0 ? ' ' : '') + word.substring(len !== 3 ? len - 4 : 0) + ' ');
  }
  return grams;
}
