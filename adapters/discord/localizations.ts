import { Locale, type LocalizationMap } from 'discord.js';
import type { Lang } from '../../src/index.js';

/** A text in every language the adapter speaks; `en` is Discord's default, the others become localizations. */
export type Texts = Record<Lang, string>;

/** Localized command, option and choice names. Chinese clients keep the English names the Chinese texts call. */
export type Names = Record<'de' | 'fr' | 'it' | 'es', string>;

/** The locale each language formats numbers and names countries in (Intl). */
export const INTL_LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB', de: 'de-DE', fr: 'fr-FR', it: 'it-IT', es: 'es-ES' };

/** Discord client locales per language; Latin American Spanish clients get the Spanish of Spain. */
const CLIENT_LOCALES: Record<Exclude<Lang, 'en'>, readonly Locale[]> = {
  zh: [Locale.ChineseCN],
  de: [Locale.German],
  fr: [Locale.French],
  it: [Locale.Italian],
  es: [Locale.SpanishES, Locale.SpanishLATAM],
};

function toMap(texts: Partial<Record<Exclude<Lang, 'en'>, string>>): LocalizationMap {
  const map: LocalizationMap = {};
  for (const [lang, locales] of Object.entries(CLIENT_LOCALES) as Array<[Exclude<Lang, 'en'>, readonly Locale[]]>) {
    const text = texts[lang];
    if (text !== undefined) for (const locale of locales) map[locale] = text;
  }
  return map;
}

export function nameLocalizations(names: Names): LocalizationMap {
  return toMap(names);
}

/** `extra` carries a locale beyond the six languages, e.g. a zh-TW text in traditional characters. */
export function descriptionLocalizations(texts: Texts, extra: LocalizationMap = {}): LocalizationMap {
  const { en: _default, ...others } = texts;
  return { ...toMap(others), ...extra };
}

/** A choice's label per client locale: `name` is what every other client sees. */
export function localizedChoice<V extends string>(value: V, name: string, labels: Omit<Texts, 'en'>): { name: string; value: V; name_localizations: LocalizationMap } {
  return { name, value, name_localizations: toMap(labels) };
}
