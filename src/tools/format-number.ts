// Amounts and percentages as each reply language writes them: zh/en "€1234.56", "9%"; de/it/es "1.234,56 €",
// fr "1 234,56 €" (narrow no-break space between thousands); a space before % in de, fr, es ("15 %"), none in it.
import type { Lang } from '../contract/types.js';

const GROUP: Partial<Record<Lang, string>> = { de: '.', it: '.', es: '.', fr: '\u202f' };
const PERCENT: Record<Lang, string> = { zh: '%', en: '%', de: ' %', fr: ' %', it: '%', es: ' %' };

const isEuropean = (lang: Lang): boolean => GROUP[lang] !== undefined;

/** "1234.5" -> "1.234,5" in de; digits unchanged in zh/en. */
function localizeDigits(fixed: string, lang: Lang): string {
  const group = GROUP[lang];
  if (group === undefined) return fixed;
  const [int, frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return frac === undefined ? grouped : `${grouped},${frac}`;
}

export function formatEuro(n: number, lang: Lang): string {
  const abs = Math.abs(n).toFixed(2);
  const sign = n < 0 && Number(abs) !== 0 ? '-' : '';
  return isEuropean(lang) ? `${sign}${localizeDigits(abs, lang)} €` : `${sign}€${abs}`;
}

/** A rate as the seller typed it: 0.09 -> "9%", 0.155 -> "15.5%" ("15,5 %" in de). */
export function formatRate(r: number, lang: Lang): string {
  return `${localizeDigits(String(Number((r * 100).toFixed(2))), lang)}${PERCENT[lang]}`;
}

/** A computed ratio with two decimals: 0.239 -> "23.90%" ("23,90 %" in de). */
export function formatRatio(r: number, lang: Lang): string {
  return `${localizeDigits((r * 100).toFixed(2), lang)}${PERCENT[lang]}`;
}

/** A plain number (a limit, a count): 100000 -> "100000", "100.000" in de. */
export function formatPlainNumber(n: number, lang: Lang): string {
  return localizeDigits(String(n), lang);
}
