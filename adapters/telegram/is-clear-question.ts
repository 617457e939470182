/** Ends like a question: ? ？ or the Chinese question particles 吗 / 呢 (closing quotes and spaces ignored). */
export function isClearQuestion(text: string): boolean {
  const trimmed = text.replace(/[\s"'”’」』)）]+$/u, '');
  return /[?？吗呢]$/u.test(trimmed);
}
