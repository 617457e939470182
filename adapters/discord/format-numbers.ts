import { Decimal } from 'decimal.js';
import type { Lang } from '../../src/index.js';
import { INTL_LOCALES } from './localizations.js';

// Display only: the core's figures are rounded here (half-up, as the core renders them) and then written the way
// each language writes them: €14.50 in English, 14,50 € in German, 57,55 % in French.

const formats = new Map<string, Intl.NumberFormat>();

function formatFor(lang: Lang, kind: 'euro' | 'percent', digits: number): Intl.NumberFormat {
  const key = `${lang}:${kind}:${digits}`;
  let format = formats.get(key);
  if (!format) {
    const style = kind === 'euro' ? { style: 'currency', currency: 'EUR' } : { style: 'percent' };
    format = new Intl.NumberFormat(INTL_LOCALES[lang], { ...style, minimumFractionDigits: digits, maximumFractionDigits: digits } as Intl.NumberFormatOptions);
    formats.set(key, format);
  }
  return format;
}

export function formatEuro(amount: number, lang: Lang): string {
  // Rounded by Decimal first, so the rounding rule is the core's and not whatever the Intl engine applies.
  const cents = new Decimal(amount).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();
  return formatFor(lang, 'euro', 2).format(cents);
}

/** `ratio` is a fraction: 0.5755 → "57.55%" (en), "57,55 %" (de, fr). */
export function formatPercent(ratio: number, lang: Lang, digits = 2): string {
  const rounded = new Decimal(ratio).toDecimalPlaces(digits + 2, Decimal.ROUND_HALF_UP).toNumber();
  return formatFor(lang, 'percent', digits).format(rounded);
}
