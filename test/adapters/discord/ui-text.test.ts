import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES, optionName, slash } from '../../../adapters/discord/command-names.js';
import { countryLabel } from '../../../adapters/discord/country-choices.js';
import { formatEuro, formatPercent } from '../../../adapters/discord/format-numbers.js';
import { uiText, type UiText } from '../../../adapters/discord/ui-text.js';
import { LANGS, type Lang } from '../../../src/index.js';

const OTHERS = LANGS.filter((l) => l !== 'en');

/** Every text of a UiText as a flat list of [key, string], functions called with recognisable arguments. */
function flatten(t: UiText): Array<[string, string]> {
  return Object.entries(t).flatMap(([key, value]): Array<[string, string]> => {
    if (typeof value === 'string') return [[key, value]];
    if (typeof value === 'function') {
      if (key === 'autoAnswer') return [[`${key}(on)`, value(true, '<#42>')], [`${key}(off)`, value(false, '<#42>')]];
      return [[key, value('ARG1', key === 'badCountryCodes' ? ['ARG2', 'ARG3'] : 'ARG2')]];
    }
    return Object.entries(value as Record<string, string>).map(([sub, text]): [string, string] => [`${key}.${sub}`, text]);
  });
}

const english = new Map(flatten(uiText('en')));
// Words the languages share with English, checked by hand: French writes "Sources" too.
const SAME_AS_ENGLISH = new Set(['fr:sources']);

describe('Discord UI texts', () => {
  it('has the same keys in every language', () => {
    for (const lang of LANGS) expect(flatten(uiText(lang)).map(([k]) => k)).toEqual([...english.keys()]);
  });

  it.each(OTHERS.flatMap((lang) => [...english.keys()].map((key) => [lang, key] as const)))('%s has its own %s', (lang, key) => {
    const text = new Map(flatten(uiText(lang))).get(key)!;
    expect(text.trim().length).toBeGreaterThan(0);
    if (!SAME_AS_ENGLISH.has(`${lang}:${key}`)) expect(text).not.toBe(english.get(key));
  });

  it.each(LANGS)('%s: texts with arguments show them', (lang) => {
    const texts = new Map(flatten(uiText(lang)));
    expect(texts.get('handoverNotice')).toContain('ARG1');
    expect(texts.get('handoverNotice')).toContain('ARG2');
    expect(texts.get('badCountryCodes')).toMatch(/ARG1[\s\S]*ARG2.*ARG3/);
    expect(texts.get('autoAnswer(on)')).toContain('<#42>');
    expect(texts.get('autoAnswer(off)')).toContain('<#42>');
    expect(texts.get('autoAnswer(on)')).not.toBe(texts.get('autoAnswer(off)'));
  });

  it.each([
    ['de', 'Quellen', 'Hilfreich', 'Nicht hilfreich', 'Mit einem Menschen sprechen'],
    ['fr', 'Sources', 'Utile', 'Pas utile', 'Parler à un humain'],
    ['it', 'Fonti', 'Utile', 'Non utile', 'Parla con una persona'],
    ['es', 'Fuentes', 'Útil', 'No es útil', 'Hablar con una persona'],
    ['zh', '来源', '有帮助', '没帮助', '转人工'],
  ] as const)('%s: field and button labels', (lang, sources, helpful, notHelpful, askHuman) => {
    expect(uiText(lang)).toMatchObject({ sources, helpful, notHelpful, askHuman });
  });

  it.each(LANGS)('%s: the help names the commands as that client lists them', (lang) => {
    const help = uiText(lang).help;
    for (const command of ['ask', 'eligibility', 'margin', 'reset', 'autoanswer', 'stats', 'gaps'] as const) expect(help).toContain(slash(command, lang));
  });

  it('localizes command names for de, fr, it, es only; zh and en clients keep the registered names', () => {
    expect(slash('margin', 'de')).toBe('/marge');
    expect(slash('eligibility', 'es')).toBe('/requisitos');
    expect(slash('margin', 'zh')).toBe('/margin');
    expect(optionName('vat_countries', 'it')).toBe('paesi_iva');
    expect(optionName('vat_countries', 'en')).toBe('vat_countries');
    expect(Object.keys(COMMAND_NAMES).sort()).toEqual(['ask', 'autoanswer', 'eligibility', 'gaps', 'help', 'margin', 'reload', 'reset', 'stats']);
  });

  it('French texts keep a no-break space before high punctuation', () => {
    for (const [key, text] of flatten(uiText('fr'))) {
      expect(text, key).not.toMatch(/ [!?:;»]/);
      expect(text, key).not.toMatch(/« /);
    }
  });
});

describe('number formats', () => {
  const NBSP = '\u00a0';
  const NNBSP = '\u202f';
  it.each([
    ['en', 14.5, '€14.50'],
    ['en', -1.005, '-€1.01'],
    ['zh', 10.655, '€10.66'],
    ['de', 1234.5, `1.234,50${NBSP}€`],
    ['fr', 1234.5, `1${NNBSP}234,50${NBSP}€`],
    ['it', 14.5, `14,50${NBSP}€`],
    ['es', 14.5, `14,50${NBSP}€`],
  ] as Array<[Lang, number, string]>)('%s: %d EUR -> %s', (lang, amount, shown) => {
    expect(formatEuro(amount, lang)).toBe(shown);
  });

  it.each([
    ['en', 0.5755, 2, '57.55%'],
    ['de', 0.5755, 2, `57,55${NBSP}%`],
    ['fr', 0.12345, 2, `12,35${NBSP}%`],
    ['es', 0.834, 0, `83${NBSP}%`],
    ['it', 0.834, 0, '83%'],
  ] as Array<[Lang, number, number, string]>)('%s: ratio %d -> %s', (lang, ratio, digits, shown) => {
    expect(formatPercent(ratio, lang, digits)).toBe(shown);
  });
});

describe('countryLabel', () => {
  it.each([
    ['CN', 'de', 'Festlandchina'],
    ['HK', 'fr', 'Hong Kong'],
    ['DE', 'it', 'Germania'],
    ['NL', 'es', 'Países Bajos'],
    ['PL', 'zh', '波兰'],
    ['GB', 'en', 'United Kingdom'],
    ['QQ', 'de', 'QQ'],
  ] as Array<[string, Lang, string]>)('%s in %s is %s', (code, lang, name) => {
    expect(countryLabel(code, lang)).toBe(name);
  });
});
