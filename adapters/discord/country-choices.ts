import type { Lang } from '../../src/index.js';
import { INTL_LOCALES, localizedChoice, type Texts } from './localizations.js';

// The program distinguishes mainland China from Hong Kong, so the plain "China" and the long "Hong Kong SAR
// China" of the locale data would mislead or clutter a choice list.
const OVERRIDES: Record<string, Texts> = {
  CN: { en: 'Mainland China', zh: '中国内地', de: 'Festlandchina', fr: 'Chine continentale', it: 'Cina continentale', es: 'China continental' },
  HK: { en: 'Hong Kong', zh: '中国香港', de: 'Hongkong', fr: 'Hong Kong', it: 'Hong Kong', es: 'Hong Kong' },
};

const displayNames = new Map<Lang, Intl.DisplayNames>();

/** A country's name in `lang`, from the ICU data Node ships with; the code itself if ICU does not know it. */
export function countryLabel(code: string, lang: Lang): string {
  const override = OVERRIDES[code];
  if (override) return override[lang];
  let names = displayNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([INTL_LOCALES[lang]], { type: 'region', fallback: 'code' });
    displayNames.set(lang, names);
  }
  return names.of(code) ?? code;
}

/**
 * A country as a slash-command choice: English and Chinese by default (Chinese sellers often run an English
 * client), each supported client locale in its own language; `suffix` is appended to every label, e.g. " (DE)".
 */
export function countryChoice<V extends string>(code: V, suffix = '') {
  const label = (lang: Lang) => `${countryLabel(code, lang)}${suffix}`;
  return localizedChoice(code, `${countryLabel(code, 'en')} ${countryLabel(code, 'zh')}${suffix}`, {
    zh: label('zh'),
    de: label('de'),
    fr: label('fr'),
    it: label('it'),
    es: label('es'),
  });
}

/** A choice that is not a country ("other EU country"), labelled in every language. */
export function labelledChoice<V extends string>(value: V, labels: Texts) {
  const { en, ...others } = labels;
  return localizedChoice(value, `${en} ${labels.zh}`, others);
}
