const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * At most `max` user-perceived characters, with an ellipsis when cut: never inside a surrogate pair (Telegram
 * refuses a lone surrogate with a 400) nor inside an emoji sequence or a letter with its accents.
 */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const parts: string[] = [];
  for (const { segment } of graphemes.segment(text)) {
    if (parts.length === max) return `${parts.join('')}…`;
    parts.push(segment);
  }
  return parts.join('');
}
