export const MAX_STORED_CHARS = 4000;

// C0/C1 controls except tab and newline, which answers legitimately contain.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Zero-width, bidi overrides/isolates and BOM: invisible, and bidi controls can visually reorder a report row.
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
// A lone surrogate cannot be encoded as UTF-8 and would turn into U+FFFD somewhere downstream anyway.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Makes text safe to keep and to show later: invisible and control characters gone, CRLF folded, and at most
 * `max` code points (never cut inside a surrogate pair), so nothing a seller typed can break the report.
 */
export function sanitizeStoredText(raw: string, max = MAX_STORED_CHARS): string {
  const text = raw
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(INVISIBLE, '')
    .replace(LONE_SURROGATE, '');
  if (text.length <= max) return text;
  const points = Array.from(text);
  return points.length <= max ? text : points.slice(0, max).join('');
}
