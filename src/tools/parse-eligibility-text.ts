// Reads a seller's facts about themselves from chat text in zh (simplified and traditional), en, de, fr, it and es:
// where the company is registered, where the stock is, the warehouse country, VAT registrations. Deterministic
// phrase patterns over country mentions (each replaced by a placeholder ⟦i⟧); a mention used by one fact is not
// reused for another, and no phrase runs across a clause. A negation before a phrase ("没有欧洲仓库", "no stock in
// Europe", "keine deutsche USt", "pas de TVA", "senza magazzino in UE", "sin almacén en Europa") turns it into an
// absence. Plain data out: the facts, what was negated, and the numbers the check does not use.
import { OTHER_COUNTRY } from '../contract/country-choices.js';
import { findCountryMentions, type CountryMention } from './country-mentions.js';
import type { EligibilityField, EligibilityInput } from './eligibility-schema.js';
import { findLegalForms } from './legal-forms.js';
import { findNumberTokens } from './text-numbers.js';

export interface NegatedFact {
  fact: 'entity' | 'stock' | 'vat';
  /** The country the negated phrase names ('EU' for Europe); absent for "no VAT at all". */
  country?: string;
  text: string;
}

export interface ParsedEligibilityText {
  facts: EligibilityInput;
  /** Distinct facts stated: company, stock/warehouse (one phrase often gives both), VAT. */
  factCount: number;
  /** Which of entity/stock/warehouse/VAT the text states. */
  stated: EligibilityField[];
  /** Phrases the text negates ("没有德国VAT", "not a Chinese company"), as plain data. */
  negated?: NegatedFact[];
  /** Numbers in the text: the eligibility check uses none of them, so all are named back. */
  unread?: string[];
  /** Where the entity country came from, when not from a phrase: a legal form ("GmbH") or a city ("深圳"). */
  entityFrom?: 'phrase' | 'legal-form' | 'city';
}

const VAT = String.raw`(?:VAT(?:\s?(?:number|no\.?|ID|registration))?|TVA|numéro de TVA|n° de TVA|N° TVA|P\.?\s?IVA|partita IVA|NIF-IVA|IVA|USt(?:-IdNr\.?|-ID|IdNr\.?)?|Umsatzsteuer(?:-ID|-Identifikationsnummer)?|MwSt|增值税号?|增值稅號?|税号|稅號|VAT号|VAT號)`;
const SEP = String.raw`\s*(?:,|、|/|&|\band\b|\bund\b|\bet\b|\be\b|\by\b|和|及|与|與|跟|或|\bor\b|\boder\b|\bou\b|\bo\b)\s*`;
// A run of country placeholders: "⟦0⟧", "⟦0⟧和⟦1⟧", "⟦0⟧, ⟦1⟧ and ⟦2⟧"; a separator only between two of them.
const RUN = String.raw`⟦\d+⟧(?:${SEP}⟦\d+⟧)*`;
const STOCK_WORDS = String.raw`(?:stock|inventory|goods|products|merchandise|Ware|Waren|Bestand|Lagerbestand|marchandises?|stocks?|merce|merci|scorte|prodotti|mercancía|mercancia|mercancías|productos|inventario|existencias)`;
const WAREHOUSE_WORDS = String.raw`(?:warehouses?|3PL|fulfil(?:l)?ment cent(?:er|re)s?|FBT|FBA|depot|storage|Lager|Lagerhaus|Warenlager|Auslieferungslager|entrepôts?|entrepot|magazzin[oi]|almac[eé]n(?:es)?)`;
const COMPANY_WORDS = String.raw`(?:company|companies|entity|business|firm|seller|sellers|brand|manufacturer|factory|supplier|team|Ltd\.?|Limited|GmbH|UG|SAS|SARL|S\.?r\.?l\.?|S\.?L\.?|S\.?A\.?|LLC|Inc\.?|Corp\.?|corporation|B\.?V\.?|N\.?V\.?|AG|S\.?p\.?A\.?|Sp\.?\s?z\s?o\.?o\.?|s\.?r\.?o\.?|Unternehmen|Firma|Gesellschaft|société|entreprise|azienda|società|ditta|empresa|sociedad|compañía)`;
const ZH_STOCK = '(?:海外仓|海外倉|本地仓|本地倉|仓库|倉庫|仓|倉|库存|庫存|货物|貨物|货|貨|备货|備貨)';
const ZH_COMPANY = '(?:公司|主体|主體|企业|企業|营业执照|營業執照|执照|執照|卖家|賣家|商家|工厂|工廠|品牌|团队|團隊)';
// A negation inside a stock phrase: "货不在德国", "is not in", "ist nicht in", "n'est pas en", "non è in", "no está en".
const NEG_IN = String.raw`(?:(?:不|没|沒|并不|並不|not|no|nicht|non|ne|n[’']|pas)\s*)?`;
const PREP = String.raw`(?:在|放在|位于|位於|设在|設在|near|close to|outside|in|at|inside|en|a|à|au|aux|dans|in der|im|in den|bei|nel|nella|negli|nei|in el|en el|en la|en los)`;

// Clause boundaries and contrast words: a negation before them does not reach the phrase after them.
const CLAUSE_END = /[，,。.;；:：!?！？\n]|\b(?:but|and|aber|und|mais|et|ma|e|pero|y)\b|但是|但|不过|不過|而且|并且|並且|而|且/giu;
// "没有", "no", "keine", "pas de", "senza", "sin" close before a phrase (within the clause, a few words back).
const NEGATION =
  /(?:没有|沒有|没|沒|无|無|不是|不|未|尚未|还没有?|還沒有?|并没有|並沒有|暂无|暫無|\b(?:no|not|without|don't|dont|do not|doesn't|does not|haven't|have not|hasn't|has not|never|none|kein|keine|keinen|keinem|keiner|nicht|ohne|pas|sans|aucun|aucune|non|senza|nessun|nessuna|nessuno|sin|ningún|ninguna|ninguno)\b|n[’'])/iu;

/** Whether the text just before `at` (same clause, at most four words or eight Han characters) negates it. */
function negatedBefore(masked: string, at: number): boolean {
  const before = masked.slice(0, at);
  let start = 0;
  for (const m of before.matchAll(CLAUSE_END)) start = m.index + m[0].length;
  const clause = before.slice(start).replace(/⟦\d+⟧/g, ' ');
  const words = clause.trim().split(/\s+/).slice(-4).join(' ');
  const han = clause.replace(/[^\u3400-\u9fff]/g, '').slice(-8);
  return NEGATION.test(words) || NEGATION.test(han);
}

const NO_VAT = new RegExp(
  [
    String.raw`(?:没有|沒有|没|沒|无|無|还没有?|還沒有?|未|尚未|不具备|不具備|暂无|暫無)(?:注册|註冊|办理?|辦理?|申请|申請)?(?:任何)?(?:的)?\s*${VAT}`,
    String.raw`${VAT}(?:号|號)?(?:还|還)?(?:没有|沒有|没|沒|未|尚未)(?:注册|註冊|办理?|辦理?|申请|申請)?`,
    String.raw`\bno\s+${VAT}`,
    String.raw`without\s+(?:a\s+|any\s+)?${VAT}`,
    String.raw`not\s+(?:yet\s+)?${VAT}[- ]?registered`,
    String.raw`(?:don't|do not|doesn't|does not|haven't|have not)\s+(?:yet\s+)?(?:have|got|registered(?:\s+for)?)\s+(?:a\s+|any\s+)?${VAT}`,
    String.raw`(?:keine|keinen|ohne)\s+${VAT}`,
    String.raw`(?:pas\s+(?:encore\s+)?de|sans|aucun(?:e)?)\s+${VAT}`,
    String.raw`(?:non\s+(?:abbiamo|ho)\s+(?:la\s+|una\s+)?|senza\s+|nessuna\s+)${VAT}`,
    String.raw`(?:no\s+(?:tenemos|tengo)\s+(?:el\s+|un\s+)?|sin\s+)${VAT}`,
  ].join('|'),
  'giu',
);
// The run may not start right after "in"/"在": in "Lager in Deutschland und deutsche USt" the first country is the warehouse.
const VAT_RUN = String.raw`(?<!(?:\bin|\ben|\bat|\bim|\bnel|在)\s*)${RUN}`;
const VAT_BEFORE = new RegExp(String.raw`(${VAT_RUN})(?:\s|的|都|也|均|已经|已|有|注册|註冊|办|了|registered)*${VAT}`, 'giu');
const VAT_AFTER = new RegExp(
  String.raw`${VAT}(?:\s|[-:：]|number|no\.?|ID|号码?|號碼?|注册|註冊|registration|registered|is|are|在|于|於|位于|是|只|就|有|都|in|at|for|the|en|a|au|aux|dans|in der|im|nel|nella|en el)*(${RUN})`,
  'giu',
);
const VAT_IN = new RegExp(String.raw`在(${RUN})(?:注册了?|註冊了?|办了?|辦了?|有|申请了?|申請了?)(?:的)?\s*${VAT}`, 'giu');
const REGISTERED_FOR_VAT_IN = new RegExp(
  String.raw`(?:registered\s+for\s+${VAT}\s+in|für\s+die\s+(?:Umsatzsteuer|USt\.?)\s+registriert\s+in|immatricul[ée]e?s?\s+à\s+la\s+TVA\s+(?:en|au|aux|dans)|registrat[ioa]\s+(?:ai\s+fini\s+)?IVA\s+in|dad[oa]s?\s+de\s+alta\s+(?:en\s+el|a\s+efectos\s+del)\s+IVA\s+en)\s+(?:the\s+)?(${RUN})`,
  'giu',
);
// "Do I need German VAT?" asks about the rule, it does not state a fact.
const QUESTION_BEFORE_VAT =
  /(?:need|needs|require|required|must|should|have to|需要|要不要|必须|必須|是否|得有|需不需要|brauche|brauchen|braucht|benötige|muss|faut-il|dois-je|ai-je besoin|serve|servono|devo|necesito|necesitamos|hace falta)\s*(?:a|an|the|to get|to register|eine|einen|une|un|una|la|el|注册|办)?\s*$/iu;

// "还没备货", "未备货", "没有海外仓": no stock abroad yet (a 海外仓 is by definition outside China).
const STOCK_NONE = /(?:还|還)?(?:没|沒)(?:有)?(?:在⟦\d+⟧)?(?:备货|備貨)|未(?:备货|備貨)|(?:还|還)?(?:没有|沒有|没|沒|无|無)(?:任何)?(?:海外仓|海外倉)/gu;
// "国内发货", "从国内发", "ship from China": sent from where the company is, so not in Europe when that is CN or HK.
const SHIPS_FROM = new RegExp(
  String.raw`(?:从|從|由)?(${RUN})(?:直)?(?:发货|發貨|直发|直發|发|發)|ship(?:ping|s)?\s+(?:directly\s+|straight\s+)?from\s+(${RUN})|(?:Versand|versenden|verschicken)\s+(?:direkt\s+)?(?:aus|von)\s+(${RUN})|(?:expédi\w*|envoy\w*)\s+(?:directement\s+)?depuis\s+(?:la\s+|le\s+)?(${RUN})|(?:spedi\w*|spediamo)\s+(?:direttamente\s+)?dalla?\s+(${RUN})|(?:envi\w*|enviamos)\s+(?:directamente\s+)?desde\s+(${RUN})`,
  'giu',
);
const STOCK_PATTERNS = [
  // "⟦0⟧仓", "⟦0⟧ warehouse", "⟦0⟧-based 3PL"
  new RegExp(String.raw`(${RUN})(?:\s|的|本地|-based|based)*(?:${ZH_STOCK}|${WAREHOUSE_WORDS})`, 'giu'),
  // "货在⟦0⟧", "stock is in ⟦0⟧", "Lager in ⟦0⟧", "entrepôt en ⟦0⟧", "magazzino in ⟦0⟧", "almacén en ⟦0⟧"
  new RegExp(
    String.raw`(?:${ZH_STOCK}|${WAREHOUSE_WORDS}|${STOCK_WORDS})(?:都|还|還|已经|已經|已|目前)?\s*${NEG_IN}(?:(?:is|are|isn't|aren't|ist|sind|liegt|liegen|lagert|est|sont|se trouve|se trouvent|è|sono|si trova|si trovano|está|están|se encuentra|se encuentran)\s+)?${NEG_IN}` +
      String.raw`(?:located\s+|sitting\s+|stored\s+|held\s+|kept\s+|already\s+|still\s+|all\s+|currently\s+|now\s+|sits\s+|sit\s+|lies\s+|bereits\s+|schon\s+|noch\s+|déjà\s+|encore\s+|già\s+|ancora\s+|ya\s+|todavía\s+|aún\s+)*` +
      String.raw`${PREP}\s*(?:a\s+|an\s+|the\s+|our\s+|einem\s+|einer\s+|un\s+|une\s+|uno\s+|una\s+)?(?:(?:${WAREHOUSE_WORDS})\s+(?:${PREP}\s+)?)?(${RUN})`,
    'giu',
  ),
  new RegExp(String.raw`在(${RUN})(?:有|备了?|備了?|囤了?)(?:货|貨|库存|庫存|仓|倉|海外仓|海外倉)`, 'giu'),
  new RegExp(String.raw`(${RUN})(?:有|备了?|備了?)(?:货|貨|库存|庫存|仓|倉|海外仓|海外倉)`, 'giu'),
  new RegExp(String.raw`(${RUN})\s*(?:stock|inventory)`, 'giu'),
];
const ENTITY_PATTERNS = [
  new RegExp(String.raw`(${RUN})(?:\s|-based|based|的|本土|注册|註冊)*(?:${ZH_COMPANY}|${COMPANY_WORDS})`, 'giu'),
  new RegExp(String.raw`(?:公司|主体|主體|营业执照|營業執照|执照|執照|企业|企業)(?:是|在|注册在|註冊在|注册于|註冊於|位于|位於|属于|屬於)(${RUN})`, 'giu'),
  new RegExp(
    String.raw`(?:we're|we are|i'm|i am|our company is|the company is|company is|business is|entity is|we)\s+(?:a\s+|an\s+)?(?:based|registered|incorporated|located|headquartered|from)\s+(?:in\s+)?(?:the\s+)?(${RUN})`,
    'giu',
  ),
  new RegExp(String.raw`(?:company|entity|business|firm)\s+(?:is\s+)?(?:based\s+|registered\s+|incorporated\s+)?in\s+(?:the\s+)?(${RUN})`, 'giu'),
  // "registered in the UK", "mit Sitz in Deutschland", "immatriculée en France", "con sede in Italia", "registrada en España".
  new RegExp(
    String.raw`(?:registered|incorporated|headquartered|domiciled|Sitz|Firmensitz|ansässig|registriert|eingetragen|gegründet|immatricul[ée]e?s?|enregistr[ée]e?s?|bas[ée]e?s?|établie?s?|siège(?:\s+social)?|registrat[aoi]|con sede|sede(?:\s+legale)?|costituit[aoi]|registrad[ao]s?|constituid[ao]s?|domiciliad[ao]s?)` +
      String.raw`\s+(?:in|im|in der|in den|en|au|aux|à|dans|a|nel|nella|negli|en el|en la)\s+(?:the\s+)?(${RUN})`,
    'giu',
  ),
  new RegExp(String.raw`(?:注册在|註冊在|注册于|註冊於)(${RUN})`, 'giu'),
  // Noun before adjective: "société française", "azienda italiana", "empresa española", "Firma aus Deutschland".
  new RegExp(
    String.raw`(?:société|entreprise|azienda|società|ditta|empresa|sociedad|compañía|Firma|Unternehmen|Gesellschaft)\s+(?:aus\s+|in\s+|en\s+|de\s+|di\s+)?(${RUN})`,
    'giu',
  ),
  new RegExp(String.raw`我们是(${RUN})的?|我們是(${RUN})的?`, 'giu'),
];
// A VAT number names its country by its prefix: DE123456789, FR12345678901, IT12345678901, ESX1234567X (EL is Greece).
const VAT_ID = /(?<![A-Za-z0-9])(AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK)\s?(?:U?\d{8,12}|[0-9A-Z]{2}\d{9}|[0-9A-Z]\d{7}[0-9A-Z]|\d{9}B\d{2})(?![A-Za-z0-9])/g;

// "our company is registered in Kenya": a country the tables do not know is still a stated, unlisted entity.
const UNLISTED_ENTITY = /\b(?:company|entity|business|we)\s+(?:is\s+|are\s+)?(?:registered|incorporated|based)\s+in\s+(?:the\s+)?(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)/u;
const NOT_COUNTRIES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Europe|Asia|Africa|America|The|A|Our)$/;

const NEGATED_INSIDE = /不在|没在|沒在|\b(?:not|isn't|aren't|nicht|pas|non)\b|\bno\s+(?:está|están|se encuentra)|\bne\b|\bn[’']/iu;

const mentionIndexes = (run: string): number[] => [...run.matchAll(/⟦(\d+)⟧/g)].map((m) => Number(m[1]));

/** Replaces every country mention with ⟦i⟧ so the phrase patterns stay short and language-neutral. */
function maskMentions(text: string, mentions: CountryMention[]): string {
  let out = '';
  let pos = 0;
  mentions.forEach((m, i) => {
    out += `${text.slice(pos, m.start)}⟦${i}⟧`;
    pos = m.end;
  });
  return out + text.slice(pos);
}

// What a consumed phrase becomes: not a space, so a later pattern cannot bridge the gap it leaves.
const FILLER = '\u2063';

/**
 * Runs a pattern, hands each match's mention indexes, whether a negation comes just before it, and its text to
 * `use`, and blanks out the matches it accepted so later patterns cannot reuse them.
 */
function consume(text: string, re: RegExp, use: (indexes: number[], negated: boolean, before: string) => boolean): string {
  let out = '';
  let pos = 0;
  for (const m of text.matchAll(re)) {
    const run = m.slice(1).find((g) => g !== undefined) ?? '';
    const isNegated = negatedBefore(text, m.index) || NEGATED_INSIDE.test(m[0].replace(/⟦\d+⟧/g, ' '));
    if (!use(mentionIndexes(run), isNegated, text.slice(0, m.index))) continue;
    out += text.slice(pos, m.index) + FILLER.repeat(m[0].length);
    pos = m.index + m[0].length;
  }
  return out + text.slice(pos);
}

export function parseEligibilityText(text: string): ParsedEligibilityText {
  const mentions = findCountryMentions(text);
  const code = (i: number): string => mentions[i].code;
  const facts: EligibilityInput = {};
  const negated: NegatedFact[] = [];
  let entityFrom: ParsedEligibilityText['entityFrom'];
  let rest = maskMentions(text, mentions);
  const negatedVat = new Set<string>();

  const vatIds = [...text.matchAll(VAT_ID)];
  for (const m of vatIds) {
    const c = m[1] === 'EL' ? 'GR' : m[1];
    facts.vatCountries = [...new Set([...(facts.vatCountries ?? []), c])];
  }
  // VAT first: "German VAT" must not be read as a German company or warehouse.
  rest = consume(rest, NO_VAT, () => {
    facts.vatCountries ??= [];
    negated.push({ fact: 'vat', text: 'VAT' });
    return true;
  });
  const addVat = (indexes: number[], isNegated: boolean, before: string): boolean => {
    if (QUESTION_BEFORE_VAT.test(before)) return false;
    const codes = indexes.map(code).filter((c) => c !== 'EU');
    if (codes.length === 0) {
      // "no EU VAT", "keine EU-USt": no VAT registration in Europe at all.
      if (!isNegated || indexes.length === 0) return false;
      facts.vatCountries ??= [];
      negated.push({ fact: 'vat', country: 'EU', text: 'VAT EU' });
      return true;
    }
    if (isNegated) {
      for (const c of codes) {
        negatedVat.add(c);
        negated.push({ fact: 'vat', country: c, text: `VAT ${c}` });
      }
      return true;
    }
    facts.vatCountries = [...new Set([...(facts.vatCountries ?? []), ...codes])];
    return true;
  };
  for (const re of [REGISTERED_FOR_VAT_IN, VAT_IN, VAT_BEFORE, VAT_AFTER]) rest = consume(rest, re, addVat);

  rest = consume(rest, STOCK_NONE, () => {
    facts.hasEuStock = false;
    negated.push({ fact: 'stock', country: 'EU', text: 'stock' });
    return true;
  });
  rest = consume(rest, SHIPS_FROM, (indexes) => {
    if (!indexes.map(code).some((c) => c === 'CN' || c === 'HK')) return false;
    facts.hasEuStock ??= false;
    return true;
  });
  for (const re of STOCK_PATTERNS) {
    rest = consume(rest, re, (indexes, isNegated) => {
      const codes = indexes.map(code);
      if (codes.length === 0) return false;
      const c = codes[0];
      if (isNegated) {
        negated.push({ fact: 'stock', country: c, text: `stock ${c}` });
        // "没有欧洲仓库", "no stock in Europe": not in Europe; "no warehouse in Germany" says nothing about France.
        if (c === 'EU') facts.hasEuStock ??= false;
        return true;
      }
      if (c === 'CN' || c === 'HK') {
        facts.hasEuStock ??= false;
      } else if (c === 'EU') {
        facts.hasEuStock ??= true;
      } else {
        // Stock in a European country is in Europe even when that country is outside the EU (GB, CH, NO).
        if (c !== 'US') facts.hasEuStock ??= true;
        facts.warehouseCountry ??= c;
      }
      return true;
    });
  }

  for (const re of ENTITY_PATTERNS) {
    rest = consume(rest, re, (indexes, isNegated) => {
      const c = indexes.map(code).find((x) => x !== 'EU');
      if (!c) return false;
      if (isNegated) {
        negated.push({ fact: 'entity', country: c, text: `company ${c}` });
        return true;
      }
      facts.entityCountry ??= c;
      entityFrom ??= 'phrase';
      return true;
    });
  }
  if (facts.entityCountry === undefined) {
    const unlisted = UNLISTED_ENTITY.exec(rest);
    if (unlisted && !NOT_COUNTRIES.test(unlisted[1])) {
      // A country outside the tables, which the entity check does not accept.
      facts.entityCountry = OTHER_COUNTRY;
      entityFrom = 'phrase';
    }
  }
  if (facts.entityCountry === undefined) {
    // A legal form says where the company is registered ("GmbH", "SARL", "S.r.l.", "S.L.").
    const form = findLegalForms(text)[0];
    if (form) {
      facts.entityCountry = form.code;
      entityFrom = 'legal-form';
    }
  }
  if (facts.entityCountry === undefined) {
    // A city alone ("深圳的", "Shenzhen-based seller") still says where the company sits.
    const hint = [...rest.matchAll(/⟦(\d+)⟧/g)].map((m) => mentions[Number(m[1])]).find((m) => m.entityHint);
    if (hint) {
      facts.entityCountry = hint.code;
      entityFrom = 'city';
    }
  }
  // "No German VAT" with the warehouse in Germany: no VAT where it counts.
  if (facts.vatCountries === undefined && facts.warehouseCountry && negatedVat.has(facts.warehouseCountry)) facts.vatCountries = [];

  const stated: EligibilityField[] = (['entityCountry', 'hasEuStock', 'warehouseCountry', 'vatCountries'] as const).filter(
    (f) => facts[f] !== undefined,
  );
  const factCount =
    Number(facts.entityCountry !== undefined) +
    Number(facts.hasEuStock !== undefined || facts.warehouseCountry !== undefined) +
    Number(facts.vatCountries !== undefined);
  // A VAT number's digits are part of the number, not a figure.
  const unread = findNumberTokens(text)
    .filter((t) => t.kind !== 'date' && !vatIds.some((m) => t.start >= m.index && t.start < m.index + m[0].length))
    .map((t) => t.text);
  return { facts, factCount, stated, negated, unread, ...(entityFrom ? { entityFrom } : {}) };
}
