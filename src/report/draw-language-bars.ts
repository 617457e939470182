import type { LangStats } from '../store/types.js';
import { escapeHtml } from './escape-html.js';
import { formatPercent } from './format-values.js';

const W = 760;
const ROW = 28;
const LABEL = 80;
// Room for the note beside the longest bar ("123 questions · 100.0% answered · 100.0% feedback" at the axis font size).
const NOTE = 330;

const n1 = (v: number) => v.toFixed(1);

/** One horizontal bar per language: answered and abstained stacked, with count and answer rate written beside it. */
export function drawLanguageBars(langs: readonly LangStats[]): string {
  const max = Math.max(1, ...langs.map((l) => l.questions));
  const barMax = W - LABEL - NOTE;
  const height = Math.max(1, langs.length) * ROW + 10;
  const parts: string[] = [];
  langs.forEach((l, i) => {
    const yTop = 5 + i * ROW;
    parts.push(`<text x="${LABEL - 8}" y="${yTop + 17}" text-anchor="end" class="label">${escapeHtml(l.lang)}</text>`);
    let x = LABEL;
    const other = Math.max(0, l.questions - l.answered - l.abstained);
    for (const [value, cls] of [[l.answered, 'answered'], [l.abstained, 'abstained'], [other, 'other']] as const) {
      if (value <= 0) continue;
      const w = (value / max) * barMax;
      parts.push(`<rect x="${n1(x)}" y="${yTop + 4}" width="${n1(w)}" height="${ROW - 10}" class="${cls}"/>`);
      x += w;
    }
    const note = `${l.questions} questions · ${formatPercent(l.answerRate)} answered · ${formatPercent(l.feedbackRate)} feedback`;
    parts.push(`<text x="${n1(x + 8)}" y="${yTop + 17}" class="axis">${escapeHtml(note)}</text>`);
  });
  if (langs.length === 0) parts.push(`<text x="${W / 2}" y="20" text-anchor="middle" class="axis">no data</text>`);
  return `<svg viewBox="0 0 ${W} ${height}" width="100%" role="img" aria-label="Questions per language">${parts.join('')}</svg>`;
}
