// Finds where a text names a country (names, adjectives, codes, Chinese names, cities and regions), for the chat
// parsers.
import { CASED_PLACES, COMPANY_COUNTRY_WORDS, COMPANY_PLACES, WAREHOUSE_PLACES } from './cities.js';
import { COUNTRIES, countryWords } from './countries.js';
import { escapeRegExp } from '../lang/escape-reg-exp.js';

export interface CountryMention {
  /** ISO code, or 'EU' for "Europe"/"欧洲" without a country. */
  code: string;
  start: number;
  end: number;
  text: string;
  /** A city or region that names where a company sits ("深圳", "Hong Kong", "London"), usable as the entity alone. */
  entityHint: boolean;
  /** A town or region rather than the country itself ("Lyon", "马德里", "NRW"). */
  place: boolean;
}

const EUROPE = [
  'Europe', 'European', 'EU', 'E.U.', 'European Union', 'Europe-based', 'Europa', 'Europäische Union', 'europäisch', 'europäische',
  'europäischer', 'europäischen', 'europäisches', 'Union européenne', 'européen', 'européenne', 'européens', 'européennes',
  'Unione europea', 'europeo', 'europea', 'europei', 'europee', 'Unión Europea', 'europeos', 'europeas',
  '欧洲', '歐洲', '欧盟', '歐盟', '欧洲本土', '歐洲本土', '海外本土',
];

// Upper-case codes only, and only those that are not everyday words ("NO", "AT" are left out).
const CODES = ['DE', 'FR', 'IT', 'ES', 'CN', 'HK', 'GB', 'UK', 'US', 'USA', 'PL', 'NL', 'CZ', 'EU', 'UE', 'UAE', 'PRC', 'BRD', 'SG', 'JP', 'TW'];
const CODE_ALIASES: Record<string, string> = { UK: 'GB', USA: 'US', UE: 'EU', UAE: 'AE', PRC: 'CN', BRD: 'DE' };

interface Term {
  text: string;
  code: string;
  entityHint: boolean;
  place: boolean;
  cjk: boolean;
}

const isCjk = (s: string): boolean => /[\u3400-\u9fff]/.test(s);

function collectTerms(): Term[] {
  const terms: Term[] = [];
  const add = (text: string, code: string, entityHint = false, place = false): void => {
    terms.push({ text, code, entityHint, place, cjk: isCjk(text) });
  };
  for (const c of COUNTRIES) {
    const words = countryWords(c);
    for (const n of [...words.latin, ...words.cjk]) {
      if (/^[A-Z]{2,3}$/.test(n)) continue; // codes are matched case-sensitively
      add(n, c.code);
    }
  }
  for (const [code, places] of Object.entries(WAREHOUSE_PLACES)) for (const p of places) add(p, code, false, true);
  for (const [code, places] of Object.entries(COMPANY_PLACES)) for (const p of places) add(p, code, true, true);
  for (const [code, words] of Object.entries(COMPANY_COUNTRY_WORDS)) for (const w of words) add(w, code, true);
  for (const e of EUROPE) add(e, 'EU');
  return terms;
}


const TERMS = collectTerms();
const BY_TEXT = new Map<string, Term>();
// Later entries (cities) win over plain names so "香港" keeps its entity hint.
for (const t of TERMS) BY_TEXT.set(t.text.toLowerCase(), t);

const sorted = [...BY_TEXT.values()].sort((a, b) => b.text.length - a.text.length);
// One boundary check around one alternation: V8 runs this far faster than a lookbehind inside every alternative.
// The boundary is a Latin letter or a digit, not a Han character: "我们是Shenzhen company", "在Spain的warehouse".
const LATIN_RE = new RegExp(
  `(?<![\\p{Script=Latin}\\p{N}])(?:${sorted.filter((t) => !t.cjk).map((t) => escapeRegExp(t.text)).join('|')})(?![\\p{Script=Latin}\\p{N}])`,
  'giu',
);
const CJK_RE = new RegExp(sorted.filter((t) => t.cjk).map((t) => escapeRegExp(t.text)).join('|'), 'gu');
const CASED = new Map(Object.entries(CASED_PLACES).flatMap(([code, places]) => places.map((p) => [p, code] as const)));
const CASED_RE = new RegExp(`(?<![\\p{Script=Latin}\\p{N}])(?:${[...CASED.keys()].map(escapeRegExp).join('|')})(?![\\p{Script=Latin}\\p{N}])`, 'gu');
const CODES_RE = new RegExp(`(?<![A-Za-z0-9])(${CODES.join('|')})(?![A-Za-z0-9])`, 'g');

/** Non-overlapping mentions in text order; the longest match wins where two overlap. */
export function findCountryMentions(text: string): CountryMention[] {
  const found: CountryMention[] = [];
  for (const m of [...text.matchAll(LATIN_RE), ...(/[\u3400-\u9fff]/.test(text) ? text.matchAll(CJK_RE) : [])]) {
    const term = BY_TEXT.get(m[0].toLowerCase());
    if (!term) continue;
    found.push({ code: term.code, start: m.index, end: m.index + m[0].length, text: m[0], entityHint: term.entityHint, place: term.place });
  }
  for (const m of text.matchAll(CASED_RE)) {
    const code = CASED.get(m[0])!;
    found.push({ code, start: m.index, end: m.index + m[0].length, text: m[0], entityHint: code === 'CN', place: true });
  }
  for (const m of text.matchAll(CODES_RE)) {
    const code = CODE_ALIASES[m[1]] ?? m[1];
    found.push({ code, start: m.index, end: m.index + m[0].length, text: m[0], entityHint: false, place: false });
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: CountryMention[] = [];
  for (const m of found) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}
