// Reads a seller's facts about themselves from chat text (zh, en, simple de/fr/it/es): where the company is
// registered, where the stock is, the warehouse country, VAT registrations. Deterministic phrase patterns over
// country mentions; a mention used by one fact is not reused for another.
import { findCountryMentions, type CountryMention } from './country-mentions.js';
import type { EligibilityField, EligibilityInput } from './eligibility-schema.js';
import { findLegalForms } from './legal-forms.js';

export interface ParsedEligibilityText {
  facts: EligibilityInput;
  /** Distinct facts stated: company, stock/warehouse (one phrase often gives both), VAT. */
  factCount: number;
  /** Which of entity/stock/warehouse/VAT the text states. */
  stated: EligibilityField[];
}

const VAT = String.raw`(?:VAT|vat|TVA|IVA|P\.?\s?IVA|USt(?:-IdNr\.?)?|Umsatzsteuer|增值税|税号)`;
// A run of country placeholders: "⟦0⟧", "⟦0⟧和⟦1⟧", "⟦0⟧, ⟦1⟧ and ⟦2⟧".
const RUN = String.raw`(?:⟦\d+⟧(?:\s*(?:,|、|/|&|and|und|et|e|y|和|及|与|跟|或|or)\s*)?)+`;
const STOCK_WORDS = String.raw`(?:stock|inventory|goods|products|merchandise|Ware|Bestand|marchandise|stock|merce|scorte|mercancía|mercancia|inventario)`;
const WAREHOUSE_WORDS = String.raw`(?:warehouses?|3PL|fulfil(?:l)?ment cent(?:er|re)|FBT|depot|storage|Lager|Lagerhaus|entrepôt|entrepot|magazzino|almacén|almacen)`;
const COMPANY_WORDS = String.raw`(?:company|companies|entity|business|firm|seller|sellers|brand|manufacturer|factory|supplier|team|Ltd\.?|Limited|GmbH|UG|SAS|SARL|S\.?r\.?l\.?|S\.?L\.?|S\.?A\.?|LLC|Inc\.?|Corp\.?|corporation|B\.?V\.?|N\.?V\.?|AG|S\.?p\.?A\.?|Sp\.?\s?z\s?o\.?o\.?|s\.?r\.?o\.?|Unternehmen|Firma|société|entreprise|azienda|società|empresa)`;

const NO_VAT = new RegExp(
  [
    String.raw`(?:没有|没|无|还没有?|未|尚未|不具备|暂无)(?:注册|办理?|申请)?(?:任何)?(?:的)?\s*${VAT}`,
    String.raw`${VAT}(?:号)?(?:还)?(?:没有|没|未|尚未)(?:注册|办理?|申请)?`,
    String.raw`\bno\s+${VAT}`,
    String.raw`without\s+(?:a\s+|any\s+)?${VAT}`,
    String.raw`not\s+(?:yet\s+)?${VAT}[- ]?registered`,
    String.raw`(?:don't|do not|doesn't|does not|haven't|have not)\s+(?:yet\s+)?(?:have|got|registered(?:\s+for)?)\s+(?:a\s+|any\s+)?${VAT}`,
    String.raw`keine\s+${VAT}`,
    String.raw`pas\s+de\s+${VAT}`,
    String.raw`senza\s+${VAT}`,
    String.raw`sin\s+${VAT}`,
  ].join('|'),
  'giu',
);
// The run may not start right after "in"/"在": in "Lager in Deutschland und deutsche USt" the first country is the warehouse.
const VAT_RUN = String.raw`(?<!(?:\bin|\ben|\bat|\bim|\bnel|在)\s*)(?:⟦\d+⟧\s*(?:,|、|/|&|and|und|et|e|y|和|及|与|跟|或|or)\s*)*⟦\d+⟧`;
const VAT_BEFORE = new RegExp(String.raw`(${VAT_RUN})(?:\s|的|都|也|均|已经|已|有|注册了?|办了?|registered)*${VAT}`, 'giu');
const VAT_AFTER = new RegExp(
  String.raw`${VAT}(?:\s|[-:：]|number|no\.?|ID|号码?|注册|registration|registered|is|are|在|于|位于|是|in|at|for|the|en|in|a)*(${RUN})`,
  'giu',
);
const VAT_IN = new RegExp(String.raw`在(${RUN})(?:注册了?|办了?|有|申请了?)(?:的)?\s*${VAT}`, 'giu');
const REGISTERED_FOR_VAT_IN = new RegExp(String.raw`registered\s+for\s+${VAT}\s+in\s+(?:the\s+)?(${RUN})`, 'giu');
// "Do I need German VAT?" asks about the rule, it does not state a fact.
const QUESTION_BEFORE_VAT = /(?:need|needs|require|required|must|should|have to|需要|要不要|必须|是否|得有|需不需要)\s*(?:a|an|the|to get|to register|注册|办)?\s*$/iu;

const STOCK_NONE = new RegExp(
  [
    String.raw`货(?:还|都|目前)?(?:在|放在)?国内`,
    String.raw`(?:还|都)?在国内(?:备货|发货)?`,
    String.raw`国内(?:直)?发货`,
    String.raw`从国内发`,
    String.raw`(?:还)?没(?:有)?(?:在欧洲)?备货`,
    String.raw`未备货`,
    String.raw`没有(?:海外仓|欧洲仓|欧洲库存|海外库存|欧洲的?货|本土库存)`,
    String.raw`(?:no|don't have|do not have|without|haven't got|have no)\s+(?:any\s+)?(?:stock|inventory|goods|warehouse)\s+in\s+(?:the\s+)?(?:EU|Europe)`,
    String.raw`(?:no|don't have|do not have|without|have no)\s+(?:any\s+)?(?:EU|European|Europe)\s+(?:stock|inventory|warehouse)`,
    String.raw`ship(?:ping)?\s+(?:directly\s+)?from\s+China`,
    String.raw`${STOCK_WORDS}\s+(?:is\s+|are\s+)?(?:still\s+)?in\s+China`,
  ].join('|'),
  'giu',
);
const STOCK_PATTERNS = [
  new RegExp(String.raw`(${RUN})(?:\s|的|本地|-based|based)*(?:海外仓|本地仓|仓库|仓|FBT仓|${WAREHOUSE_WORDS})`, 'giu'),
  new RegExp(String.raw`(?:海外仓|本地仓|仓库|仓|库存|货物|货|备货|${WAREHOUSE_WORDS}|${STOCK_WORDS})(?:都|还|已经|已|目前)?\s*(?:is\s+|are\s+)?(?:located\s+|sitting\s+|stored\s+|held\s+|kept\s+|already\s+|still\s+|all\s+|currently\s+|now\s+|sits\s+|sit\s+|lies\s+)*(?:在|放在|位于|设在|near|close to|outside|in|at|en|a|in der|im|au|aux|nel|nella|en el)\s*(?:a\s+|an\s+|the\s+|our\s+)?(${RUN})`, 'giu'),
  new RegExp(String.raw`在(${RUN})(?:有|备了?|囤了?)(?:货|库存|仓|海外仓)`, 'giu'),
  new RegExp(String.raw`(${RUN})(?:有|备了?)(?:货|库存|仓|海外仓)`, 'giu'),
  new RegExp(String.raw`(${RUN})\s*(?:stock|inventory)`, 'giu'),
];
const ENTITY_PATTERNS = [
  new RegExp(String.raw`(${RUN})(?:\s|-based|based|的|本土|注册的?)*(?:公司|主体|企业|营业执照|执照|卖家|商家|工厂|品牌|团队|${COMPANY_WORDS})`, 'giu'),
  new RegExp(String.raw`(?:公司|主体|营业执照|执照|企业)(?:是|在|注册在|注册于|位于|属于)(${RUN})`, 'giu'),
  new RegExp(String.raw`(?:we're|we are|i'm|i am|our company is|company is|business is|we)\s+(?:a\s+|an\s+)?(?:based|registered|incorporated|located|from)\s+(?:in\s+)?(?:the\s+)?(${RUN})`, 'giu'),
  new RegExp(String.raw`(?:company|entity|business|firm)\s+(?:is\s+)?(?:based\s+|registered\s+|incorporated\s+)?in\s+(?:the\s+)?(${RUN})`, 'giu'),
  new RegExp(String.raw`(?:注册在|注册于)(${RUN})`, 'giu'),
  // Noun before adjective: "société française", "azienda italiana", "empresa española", "Firma aus Deutschland".
  new RegExp(String.raw`(?:société|entreprise|azienda|società|empresa|Firma|Unternehmen)\s+(?:aus\s+|in\s+|en\s+|de\s+)?(${RUN})`, 'giu'),
  new RegExp(String.raw`我们是(${RUN})的?`, 'giu'),
];

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

/** Runs a pattern, hands each match's mention indexes (and the text before it) to `use`, and blanks out the
 * matches it accepted so later patterns cannot reuse them. */
function consume(text: string, re: RegExp, use: (indexes: number[], before: string) => boolean): string {
  let out = '';
  let pos = 0;
  for (const m of text.matchAll(re)) {
    if (!use(mentionIndexes(m[1] ?? ''), text.slice(0, m.index))) continue;
    out += text.slice(pos, m.index) + ' '.repeat(m[0].length);
    pos = m.index + m[0].length;
  }
  return out + text.slice(pos);
}

export function parseEligibilityText(text: string): ParsedEligibilityText {
  const mentions = findCountryMentions(text);
  const code = (i: number): string => mentions[i].code;
  const facts: EligibilityInput = {};
  let rest = maskMentions(text, mentions);

  // VAT first: "German VAT" must not be read as a German company or warehouse.
  rest = consume(rest, NO_VAT, () => {
    facts.vatCountries ??= [];
    return true;
  });
  const addVat = (indexes: number[], before: string): boolean => {
    if (QUESTION_BEFORE_VAT.test(before)) return false;
    const codes = indexes.map(code).filter((c) => c !== 'EU');
    if (codes.length === 0) return false;
    facts.vatCountries = [...new Set([...(facts.vatCountries ?? []), ...codes])];
    return true;
  };
  for (const re of [REGISTERED_FOR_VAT_IN, VAT_IN, VAT_BEFORE, VAT_AFTER]) rest = consume(rest, re, addVat);

  rest = consume(rest, STOCK_NONE, () => {
    facts.hasEuStock = false;
    return true;
  });
  for (const re of STOCK_PATTERNS) {
    rest = consume(rest, re, (indexes) => {
      const codes = indexes.map(code);
      if (codes.length === 0) return false;
      const c = codes[0];
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
    rest = consume(rest, re, (indexes) => {
      const c = indexes.map(code).find((x) => x !== 'EU');
      if (!c) return false;
      facts.entityCountry ??= c;
      return true;
    });
  }
  if (facts.entityCountry === undefined) {
    // A legal form says where the company is registered ("GmbH", "SARL", "S.r.l.", "S.L.").
    const form = findLegalForms(text)[0];
    if (form) facts.entityCountry = form.code;
  }
  if (facts.entityCountry === undefined) {
    // A city alone ("深圳的", "Shenzhen-based seller") still says where the company sits.
    const hint = [...rest.matchAll(/⟦(\d+)⟧/g)].map((m) => mentions[Number(m[1])]).find((m) => m.entityHint);
    if (hint) facts.entityCountry = hint.code;
  }

  const stated: EligibilityField[] = (['entityCountry', 'hasEuStock', 'warehouseCountry', 'vatCountries'] as const).filter(
    (f) => facts[f] !== undefined,
  );
  const factCount =
    Number(facts.entityCountry !== undefined) +
    Number(facts.hasEuStock !== undefined || facts.warehouseCountry !== undefined) +
    Number(facts.vatCountries !== undefined);
  return { facts, factCount, stated };
}
