import { Decimal } from 'decimal.js';
import { MONTH_NUMBERS } from '../lang/month-names.js';

/**
 * A figure a reader would act on: a percentage, an amount, a count or a date, in one canonical form so that
 * "9 %" and "9%", or "2026-01-16", "16 January 2026" and "2026年1月16日", compare equal.
 */
export type Figure =
  | {
      kind: 'percent' | 'money' | 'number';
      value: Decimal;
      decimals: number;
      raw: string;
      /** The lower end of a range or the old value of a change ("1% to 80%", "rose from 5% to 9%", "10–20%"). */
      rangeStart?: boolean;
    }
  | { kind: 'date'; value: string; raw: string } // YYYY-MM-DD
  | { kind: 'month'; value: string; raw: string } // YYYY-MM
  | { kind: 'monthday'; value: string; raw: string } // MM-DD
  | { kind: 'year'; value: string; raw: string };

const MONTHS = MONTH_NUMBERS;
// Longest first, so "juni" is not read as "jun" + "i".
const MONTH = `(${Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|')})\\.?`;

const pad = (n: number | string) => String(n).padStart(2, '0');
const validDay = (m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= 31;

const NUM = String.raw`\d+(?:[.,]\d+)*`;
const NOT_DIGIT_BEFORE = String.raw`(?<![\d.,])`;
const NOT_DIGIT_AFTER = String.raw`(?![.,]?\d)`;

interface Pattern {
  re: RegExp;
  toFigure(m: RegExpExecArray): Figure | null;
}

// Ordered: the first pattern to claim a span wins, so a date's digits are never read again as plain numbers.
const PATTERNS: Pattern[] = [
  {
    re: new RegExp(String.raw`${NOT_DIGIT_BEFORE}(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})${NOT_DIGIT_AFTER}`, 'gu'),
    toFigure: (m) => (validDay(+m[2]!, +m[3]!) ? { kind: 'date', value: `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`, raw: m[0] } : null),
  },
  {
    // 16.01.2026 and 16/01/2026: day first, as Europe writes them.
    re: new RegExp(String.raw`${NOT_DIGIT_BEFORE}(\d{1,2})[./](\d{1,2})[./](\d{4})${NOT_DIGIT_AFTER}`, 'gu'),
    toFigure: (m) => (validDay(+m[2]!, +m[1]!) ? { kind: 'date', value: `${m[3]}-${pad(m[2]!)}-${pad(m[1]!)}`, raw: m[0] } : null),
  },
  {
    re: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/gu,
    toFigure: (m) => (validDay(+m[2]!, +m[3]!) ? { kind: 'date', value: `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`, raw: m[0] } : null),
  },
  {
    re: /(\d{4})\s*年\s*(\d{1,2})\s*月/gu,
    toFigure: (m) => (validDay(+m[2]!, 1) ? { kind: 'month', value: `${m[1]}-${pad(m[2]!)}`, raw: m[0] } : null),
  },
  {
    re: /(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/gu,
    toFigure: (m) => (validDay(+m[1]!, +m[2]!) ? { kind: 'monthday', value: `${pad(m[1]!)}-${pad(m[2]!)}`, raw: m[0] } : null),
  },
  {
    // 16 January 2026, 16. Januar 2026, 1er janvier 2026, 16 de enero de 2026, 16 Jan (no year)
    re: new RegExp(String.raw`(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|º)?\.?\s+(?:de\s+)?${MONTH}(?![\p{L}])(?:,?\s+(?:de\s+)?(\d{4})(?!\d))?`, 'giu'),
    toFigure: (m) => dayMonthYear(m[1]!, m[2]!, m[3], m[0]),
  },
  {
    // January 16, 2026; January 2026
    re: new RegExp(String.raw`(?<![\p{L}])${MONTH}\s+(?:(\d{1,2})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(\d{4})(?!\d))?|(\d{4})(?!\d))`, 'giu'),
    toFigure: (m) => {
      const month = MONTHS[m[1]!.toLowerCase()];
      if (!month) return null;
      if (m[4]) return { kind: 'month', value: `${m[4]}-${pad(month)}`, raw: m[0] };
      return dayMonthYear(m[2]!, m[1]!, m[3], m[0]);
    },
  },
  {
    re: new RegExp(String.raw`百分之\s*(${NUM})|${NOT_DIGIT_BEFORE}(${NUM})\s*(?:%|percent\b|per\s?cent\b|prozent\b|pour\s?cent\b|per\s?cento\b|por\s?ciento\b)`, 'giu'),
    toFigure: (m) => amount('percent', m[1] ?? m[2]!, m[0]),
  },
  {
    re: new RegExp(String.raw`(?:€|\$|£|¥|EUR|USD|GBP|RMB|CNY)\s*(${NUM})${NOT_DIGIT_AFTER}`, 'giu'),
    toFigure: (m) => amount('money', m[1]!, m[0]),
  },
  {
    re: new RegExp(String.raw`${NOT_DIGIT_BEFORE}(${NUM})\s*(?:€|\$|£|EUR\b|USD\b|GBP\b|RMB\b|CNY\b|euros?\b|欧元|美元|英镑|元|人民币)`, 'giu'),
    toFigure: (m) => amount('money', m[1]!, m[0]),
  },
  {
    re: /(?<![\d.,])((?:19|20)\d{2})(?![.,]?\d)/gu,
    toFigure: (m) => ({ kind: 'year', value: m[1]!, raw: m[0] }),
  },
  {
    re: new RegExp(String.raw`${NOT_DIGIT_BEFORE}(${NUM})${NOT_DIGIT_AFTER}`, 'gu'),
    toFigure: (m) => amount('number', m[1]!, m[0]),
  },
];

function dayMonthYear(day: string, monthName: string, year: string | undefined, raw: string): Figure | null {
  const month = MONTHS[monthName.toLowerCase()];
  if (!month || !validDay(month, +day)) return null;
  return year
    ? { kind: 'date', value: `${year}-${pad(month)}-${pad(day)}`, raw }
    : { kind: 'monthday', value: `${pad(month)}-${pad(day)}`, raw };
}

function amount(kind: 'percent' | 'money' | 'number', text: string, raw: string): Figure | null {
  const plain = parseNumber(text);
  if (plain === null) return null;
  const decimals = plain.includes('.') ? plain.split('.')[1]!.length : 0;
  return { kind, value: new Decimal(plain), decimals, raw };
}

/** "1,000" and "1.000.000" are thousands; "3,50" and "3.50" are decimals; "1.000,50" and "1,000.50" are both. */
export function parseNumber(text: string): string | null {
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  let normal: string;
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    normal = text.split(group).join('').replace(decimal, '.');
  } else if (lastComma >= 0) {
    const parts = text.split(',');
    const thousands = parts.length > 2 || (parts.length === 2 && parts[1]!.length === 3 && parts[0]!.length <= 3);
    normal = thousands ? parts.join('') : parts.join('.');
  } else if ((text.match(/\./g) ?? []).length > 1) {
    normal = text.split('.').join('');
  } else {
    normal = text;
  }
  return /^\d+(\.\d+)?$/.test(normal) ? normal : null;
}

// What follows the first figure of "1% to 80%", "10–20%", "1%至80%", "从5%提高到9%", "de 5 % à 9 %", "dal 5% al 9%".
const RANGE_CONNECTOR = /^\s*(?:to|up to|-|–|—|~|bis|à|a|al|hasta|[\p{Script=Han}]{0,3}[到至])\s*(?:[€$£]|EUR\s)?\s*\d/iu;

/** Every figure in the text, left to right, each span read once. */
export function extractFigures(text: string): Figure[] {
  // NFKC folds full-width digits and ％ (common in Chinese text) to ASCII.
  const normal = text.normalize('NFKC');
  let rest = normal;
  const found: Array<{ index: number; figure: Figure }> = [];
  for (const pattern of PATTERNS) {
    pattern.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    const claimed: Array<[number, number]> = [];
    while ((m = pattern.re.exec(rest)) !== null) {
      if (m[0].length === 0) {
        pattern.re.lastIndex++;
        continue;
      }
      const figure = pattern.toFigure(m);
      if (!figure) continue;
      if ('decimals' in figure && RANGE_CONNECTOR.test(normal.slice(m.index + m[0].length))) figure.rangeStart = true;
      found.push({ index: m.index, figure });
      claimed.push([m.index, m.index + m[0].length]);
    }
    // Blank the claimed spans (keeping offsets) so later patterns cannot read them again.
    for (const [start, end] of claimed) rest = rest.slice(0, start) + ' '.repeat(end - start) + rest.slice(end);
  }
  return found.sort((a, b) => a.index - b.index).map((f) => f.figure);
}
