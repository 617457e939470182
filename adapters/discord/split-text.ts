// Discord caps an embed description at 4096 characters; longer answers go out as several embeds.

/** Boundaries to prefer, best first: paragraph, line, end of sentence, word. */
const BOUNDARIES: RegExp[] = [/\n\n/g, /\n/g, /[.!?。！？；;](?=\s|$)|[。！？；]/g, /\s/g];

function lastBoundary(window: string, re: RegExp, min: number): number {
  let cut = -1;
  for (const m of window.matchAll(re)) {
    const end = m.index + m[0].length;
    if (end >= min) cut = end;
  }
  return cut;
}

/** A hard cut must not split a surrogate pair or separate a markdown escape from the character it escapes. */
function safeHardCut(text: string, max: number): number {
  let cut = max;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  let slashes = 0;
  while (cut - 1 - slashes >= 0 && text[cut - 1 - slashes] === '\\') slashes += 1;
  if (slashes % 2 === 1) cut -= 1;
  return Math.max(cut, 1);
}

/**
 * Splits `text` into pieces of at most `max` UTF-16 units, cutting at the best boundary in the second half of each
 * window so pieces stay reasonably full. Pieces are trimmed; empty ones are dropped.
 */
export function splitText(text: string, max: number): string[] {
  if (max < 2) throw new RangeError('max must be at least 2');
  const pieces: string[] = [];
  let rest = text.trim();
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let cut = -1;
    for (const re of BOUNDARIES) {
      cut = lastBoundary(window, re, Math.floor(max / 2));
      if (cut > 0) break;
    }
    if (cut <= 0) cut = safeHardCut(rest, max);
    const piece = rest.slice(0, cut).trim();
    if (piece) pieces.push(piece);
    rest = rest.slice(cut).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}
