/** Rates are kept as exact fractions and rounded only here, for display. */
export function formatPercent(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}

// Defence in depth: stored text is already sanitised, but a database written by an older version might not be.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;

/** One line of visible text: controls and line breaks become spaces, invisible characters go, whitespace collapses. */
export function flattenText(text: string): string {
  return text.replace(CONTROL, ' ').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}

/** Cuts to `max` code points with an ellipsis, never inside a surrogate pair. */
export function shorten(text: string, max: number): string {
  const points = Array.from(text);
  return points.length <= max ? text : `${points.slice(0, Math.max(0, max - 1)).join('')}…`;
}
