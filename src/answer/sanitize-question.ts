import { STOPWORDS } from '../retrieval/stopwords.js';

export type SanitizedQuestion =
  | { ok: true; text: string; truncated: boolean }
  | { ok: false; reason: 'empty' | 'no-text' };

/** Control and zero-width characters are dropped; whitespace is collapsed; overlong text is cut. */
export function sanitizeQuestion(raw: string, maxChars: number): SanitizedQuestion {
  const text = raw
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ')
    .replace(/[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return { ok: false, reason: 'empty' };
  if (!/[\p{L}\p{N}]/u.test(text) || (!hasContentWord(text) && !isGreeting(text))) return { ok: false, reason: 'no-text' };
  if (text.length <= maxChars) return { ok: true, text, truncated: false };
  // Cut on a code point boundary, never inside a surrogate pair.
  return { ok: true, text: Array.from(text).slice(0, maxChars).join(''), truncated: true };
}

/**
 * Something to answer: a Han character or a word of two letters or more that is not a function word. "1' OR '1'='1"
 * and "%2e%2e%2f" are not questions, and BM25 would otherwise match their digits against any answer with a "1".
 */
function hasContentWord(text: string): boolean {
  if (/\p{Script=Han}/u.test(text)) return true;
  return (text.toLowerCase().match(/\p{L}{2,}/gu) ?? []).some((w) => !STOPWORDS.has(w));
}

const GREETING = /^(hi|hello|hey|yo|help|start|你好|您好|哈喽|嗨|在吗|在不在|帮助|hallo|bonjour|salut|ciao|hola|buongiorno|guten tag)[\s!！。.?？~]*$/iu;

export function isGreeting(text: string): boolean {
  return GREETING.test(text.trim());
}
