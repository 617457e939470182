import type { Lang } from '../contract/types.js';
import { detectLang } from '../lang/detect-lang.js';
import { findProgramMentions } from '../analysis/find-subject.js';
import { findCountryMentions } from '../tools/country-mentions.js';
import { nameCountry } from './country-names.js';

const FILLER = new Set(
  'the a an in at for of on to and or what about how with der die das dem den im in für bei und oder mit le la les l du des de en au aux pour et ou avec il lo gli i della del di nel per e o con el los las al en para por y'.split(' '),
);

// Registration schemes that exist in one country only: "法国呢" after "在德国卖电子类的 要WEEE号吗" asks for France's
// own scheme, so the German name gives way to the general one (EPR), which finds the French rule.
const NATIONAL_SCHEMES: Array<{ re: RegExp; countries: string[] }> = [
  { re: /(?<![\p{Script=Latin}])(?:WEEE(?:[- ]?(?:Reg\.?-?)?(?:Nummer|Nr\.?|number|号|號))?|ElektroG|stiftung ear|EAR|LUCID|VerpackG|Verpackungsgesetz|包装法|包裝法)(?![\p{Script=Latin}])/giu, countries: ['DE'] },
  { re: /(?<![\p{Script=Latin}])(?:AGEC|Triman|IDU|UIN|identifiant unique|DEEE)(?![\p{Script=Latin}])/giu, countries: ['FR'] },
  { re: /(?<![\p{Script=Latin}])(?:RAEE|CONAI)(?![\p{Script=Latin}])/giu, countries: ['IT', 'ES'] },
];

export function generalizeSchemes(text: string, country: string): string {
  let out = text;
  for (const { re, countries } of NATIONAL_SCHEMES) if (!countries.includes(country)) out = out.replace(re, 'EPR');
  return out;
}

const LIST_JOINER = /^\s*(?:,|，|、|\/|\band\b|\bund\b|\bet\b|\be\b|\by\b|和|及|与|與)\s*$/iu;

const PLATFORM = /tiktok\s*shop|(?<!\p{L})TTS(?!\p{L})|抖音电商/iu;
// "instead", "invece", "stattdessen": what a swap leaves behind says only that it is one.
const INSTEAD = /(?<!\p{L})(?:instead|rather|invece|piuttosto|stattdessen|eher|plut[oô]t|en cambio|en vez|mejor)(?!\p{L})|反而|换成|改成/giu;

/** The previous question with the payload's one program in place of its own: [question, what is left of the payload]. */
function swapProgram(previous: string, rest: string): [string, string] | undefined {
  const fresh = findProgramMentions(rest);
  if (fresh.length !== 1) return undefined;
  const old = findProgramMentions(previous);
  const platform = PLATFORM.exec(previous);
  const target = old.length === 1 ? old[0] : old.length === 0 && platform ? { id: 'platform', start: platform.index, end: platform.index + platform[0].length } : undefined;
  if (!target || target.id === fresh[0]!.id) return undefined;
  const name = rest.slice(fresh[0]!.start, fresh[0]!.end);
  const left = (rest.slice(0, fresh[0]!.start) + ' ' + rest.slice(fresh[0]!.end)).replace(INSTEAD, ' ').replace(/^[\s,，、。.!！?？的呢]+|[\s,，、。.!！?？的呢]+$/gu, '').trim();
  const question = previous.slice(0, target.start) + name + previous.slice(target.end);
  return [question, left.split(/\s+/).every((w) => FILLER.has(w.toLowerCase())) ? '' : left];
}

export interface RebuiltQuestion {
  text: string;
  /** Countries the rebuilt question names, in text order. */
  countries: string[];
  /** The follow-up's program took the place of the previous question's. */
  swappedProgram?: boolean;
}

/**
 * The previous question with the follow-up's change applied: a country in the follow-up replaces the previous
 * question's first country (or is added); anything else is appended, so the earlier topic words carry the retrieval.
 */
export function rebuildQuestion(previous: string, payload: string, lang: Lang): RebuiltQuestion {
  const newCountries = findCountryMentions(payload).filter((m) => m.code !== 'EU');
  // "欧洲那边佣金涨了吗" then "那美国呢": Europe as a whole is the place the follow-up replaces, when no country is named.
  const named = findCountryMentions(previous).filter((m) => m.code !== 'EU');
  const oldCountries = named.length > 0 ? named : findCountryMentions(previous).filter((m) => m.code === 'EU').slice(0, 1);
  let rest = payload;
  for (const m of [...newCountries].reverse()) rest = rest.slice(0, m.start) + rest.slice(m.end);
  // "法国那边呢": "there" only points at the country just named.
  rest = rest.replace(/那边|那邊|那里|那裡|这边|這邊/gu, ' ');
  rest = rest.replace(/^[\s,，、。.!！?？的站呢]+|[\s,，、。.!！?？的站呢]+$/gu, '').trim();
  // "and the US?", "und für Spanien?": what is left of the payload may be only the article or preposition.
  if (rest.split(/\s+/).every((w) => FILLER.has(w.toLowerCase()))) rest = '';
  let text = previous;
  // Named in the language of the question being rebuilt ("sorry, I meant Spain" after a Chinese question).
  const textLang = detectLang(previous, lang);
  const first = newCountries[0];
  if (first) {
    const name = nameCountry(first.code, textLang) ?? first.text;
    const old = oldCountries[0];
    // "in the Germany market" → "in the US market", not "in the the US market".
    const before = old ? previous.slice(0, old.start) : '';
    const named = /(?:^|[\s(（])the\s+$/iu.test(before) ? name.replace(/^the\s+/iu, '') : name;
    // "launch in Germany, France and Italy?" then "and Spain?": the list the old country heads gives way as a whole.
    let end = old?.end ?? 0;
    for (const m of oldCountries) if (m.start >= end && LIST_JOINER.test(previous.slice(end, m.start)) && end >= (old?.end ?? Infinity)) end = m.end;
    // Every mention of the old country changes: "我在德国有仓…不注册德国VAT" → "我在意大利有仓…不注册意大利VAT".
    const later = old ? oldCountries.filter((m) => m !== old && m.code === old.code && m.start >= end) : [];
    let after = old ? previous.slice(end) : '';
    for (const m of [...later].reverse()) {
      const at = m.start - end;
      after = after.slice(0, at) + name + after.slice(at + m.end - m.start);
    }
    text = old ? generalizeSchemes(before, first.code) + named + generalizeSchemes(after, first.code) : `${previous.replace(/[?？]\s*$/u, '')} ${textLang === 'zh' ? `（${name}）` : `(${name})`}`;
  }
  // "e il Local Hosting invece?" after "Quando è partito TikTok Shop in Italia?": one program in place of the one (or
  // of the platform) the previous question named; the rest of that question is what is asked again.
  const swapped = swapProgram(text, rest);
  if (swapped) [text, rest] = swapped;
  if (rest) text = `${text.replace(/[?？]\s*$/u, '')} ${rest}${textLang === 'zh' ? '？' : '?'}`;
  const countries = findCountryMentions(text).map((m) => m.code);
  return { text, countries, ...(swapped ? { swappedProgram: true } : {}) };
}
