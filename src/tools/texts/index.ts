// The tools' wording per reply language, and the formatting helpers the renderers hand it.
import type { LocalizedText } from '../../contract/tool-result.js';
import { LANGS, type Lang } from '../../contract/types.js';
import { nameCountry } from '../countries.js';
import { formatEuro, formatPlainNumber, formatRate, formatRatio } from '../format-number.js';
import { de } from './de.js';
import { en } from './en.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { it } from './it.js';
import type { Fmt, ToolTexts } from './tool-texts.js';
import { zh } from './zh.js';

export type { Fmt, ToolTexts } from './tool-texts.js';

const TEXTS: Record<Lang, ToolTexts> = { zh, en, de, fr, it, es };

// "A, B and C" / "A, B or C" per language; zh lists with 、 and puts 或 before the last of an "either" list.
const JOIN: Record<Lang, { sep: string; and: string; or: string }> = {
  zh: { sep: '、', and: '、', or: '或' },
  en: { sep: ', ', and: ' and ', or: ' or ' },
  de: { sep: ', ', and: ' und ', or: ' oder ' },
  fr: { sep: ', ', and: ' et ', or: ' ou ' },
  it: { sep: ', ', and: ' e ', or: ' o ' },
  es: { sep: ', ', and: ' y ', or: ' o ' },
};

function joinList(items: string[], sep: string, last: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(sep)}${last}${items[items.length - 1]}`;
}

export function createFmt(lang: Lang): Fmt {
  const j = JOIN[lang];
  const country = (code: string): string => nameCountry(code, lang);
  return {
    lang,
    euro: (n) => formatEuro(n, lang),
    rate: (r) => formatRate(r, lang),
    ratio: (r) => formatRatio(r, lang),
    plain: (n) => formatPlainNumber(n, lang),
    country,
    all: (codes) => joinList(codes.map(country), j.sep, j.and),
    either: (codes) => joinList(codes.map(country), j.sep, j.or),
    rule: (text: LocalizedText) => text[lang] ?? text.en,
  };
}

export function toolTexts(lang: Lang): ToolTexts {
  return TEXTS[lang];
}

/** The margin formula in every reply language, as the replies print it. */
export const MARGIN_FORMULA: Record<Lang, string> = Object.fromEntries(LANGS.map((l) => [l, TEXTS[l].margin.formula])) as Record<Lang, string>;
