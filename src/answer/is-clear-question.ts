// Auto-answer speaks without being asked, so it only takes messages that are plainly questions: ending with "?",
// "？" or the Chinese question particles 吗/呢 (Chinese questions often carry no question mark), closing quotes,
// brackets and stray punctuation ignored.
const QUESTION_END = /(?:[?？]|[吗呢嗎])[\s"'”’)）\]】」』!！~～。.…]*$/u;
// Chinese says in four characters what takes a sentence elsewhere ("那全托管呢").
const MIN_CHARS = { han: 4, other: 6 };

export function isClearQuestion(text: string): boolean {
  const t = text.trim();
  const min = /\p{Script=Han}/u.test(t) ? MIN_CHARS.han : MIN_CHARS.other;
  return Array.from(t).length >= min && QUESTION_END.test(t);
}
