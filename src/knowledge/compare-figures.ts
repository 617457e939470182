// The figures a text states (numbers, percentages, dates), normalised so that a translation can be checked against
// its English twin: "9 %", "9%" and "9％" are 9; "16. Januar 2026", "16 janvier 2026" and "2026年1月16日" are 16, 1, 2026.
import { MONTH_NUMBERS } from '../lang/month-names.js';

const MONTHS = MONTH_NUMBERS;
const MONTH_RE = new RegExp(`(?<![\\p{L}])(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}])`, 'giu');

/** The set of figures in a text, as canonical strings ("9", "5.5", "2026", "1" for January). */
export function extractFigures(text: string): Set<string> {
  const out = new Set<string>();
  // Months written as words count as their number, so "January 2026" matches "2026年1月".
  // Only next to a day or a year: "may" and "mars" are words too.
  for (const m of text.matchAll(new RegExp(`(?:\\d\\.?\\s+(?:de\\s+)?)${MONTH_RE.source}|${MONTH_RE.source}(?=\\s+(?:de\\s+)?\\d)`, 'giu'))) {
    out.add(String(MONTHS[(m[1] ?? m[2])!.toLowerCase()]));
  }
  // 1,500 / 1.500 / 1 500 as thousands; 5,5 / 5.5 as decimals.
  const cleaned = text.replace(/(\d)[\s\u00a0\u202f.,](\d{3})(?!\d)/g, '$1$2');
  // 10万 = 100k = 100,000; 2M = 2 million.
  const scale: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, k: 1e3, K: 1e3, M: 1e6 };
  for (const m of cleaned.matchAll(/(\d+(?:[.,]\d+)?)\s?(万|萬|亿|[kKM](?!\p{L})|(?:million|millions|Millionen|Mio\.?|milioni|millones)(?!\p{L}))?/gu)) {
    const base = Number(m[1]!.replace(',', '.'));
    const unit = m[2];
    const n = unit ? base * (scale[unit] ?? 1e6) : base;
    if (Number.isFinite(n)) out.add(String(Number(n.toPrecision(12))));
  }
  return out;
}

/** Figures in one text and not in the other, both ways; empty when they state the same figures. */
export function diffFigures(a: string, b: string): { onlyInA: string[]; onlyInB: string[] } {
  const fa = extractFigures(a);
  const fb = extractFigures(b);
  return { onlyInA: [...fa].filter((x) => !fb.has(x)), onlyInB: [...fb].filter((x) => !fa.has(x)) };
}

/** The latest full date a text states (ISO, "16 January 2026", "2026年1月16日"), as YYYY-MM-DD. */
export function latestStatedDate(text: string): string | undefined {
  const dates: string[] = [];
  const pad = (n: number) => String(n).padStart(2, '0');
  for (const m of text.matchAll(/\b(20\d{2})-(\d{2})-(\d{2})\b/g)) dates.push(`${m[1]}-${m[2]}-${m[3]}`);
  for (const m of text.matchAll(/(20\d{2})年(\d{1,2})月(\d{1,2})日/g)) dates.push(`${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`);
  for (const m of text.matchAll(new RegExp(`\\b(\\d{1,2})\\.?\\s+(?:de\\s+)?${MONTH_RE.source}\\s+(?:de\\s+)?(20\\d{2})\\b`, 'giu'))) {
    dates.push(`${m[3]}-${pad(MONTHS[m[2]!.toLowerCase()]!)}-${pad(Number(m[1]))}`);
  }
  return dates.sort().at(-1);
}
