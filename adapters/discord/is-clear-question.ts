// Auto-answer speaks without being asked, so it only takes messages that are plainly questions: ending with "?",
// "？" or the Chinese question particles 吗/呢 (Chinese questions often carry no question mark).
const QUESTION_END = /(?:[?？]|[吗呢嗎])[\s"'”’)）\]】!！~～。.…]*$/u;
const MIN_CHARS = 6;

export function isClearQuestion(text: string): boolean {
  const t = text.trim();
  return Array.from(t).length >= MIN_CHARS && QUESTION_END.test(t);
}
