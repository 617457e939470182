// Reads a seller's facts about themselves from chat text in zh (simplified and traditional), en, de, fr, it and es:
// where the company is registered, where the stock is, the warehouse country, VAT registrations. Deterministic
// phrase patterns over country mentions (each replaced by a placeholder ⟦i⟧; a town or region counts as its country,
// and "西班牙马德里" or "Lyon in Frankreich" is one mention); a mention used by one fact is not reused for another,
// and no phrase runs across a clause. A negation before a phrase ("没有欧洲仓库", "no stock in Europe", "keine
// deutsche USt", "pas de TVA", "senza magazzino in UE", "sin almacén en Europa") or after it ("德国VAT还没办",
// "USt-IdNr. haben wir noch nicht", "la partita IVA non l'abbiamo") turns it into an absence. What a message leaves
// open stays open: "VAT也有" names no country, so the VAT country stays unknown. Plain data out: the facts, what
// was negated, and the numbers the check does not use.
import { OTHER_COUNTRY } from '../contract/country-choices.js';
import { findCountryMentions, type CountryMention } from './country-mentions.js';
import type { EligibilityField, EligibilityInput } from './eligibility-schema.js';
import { findLegalForms, LEGAL_FORM_PATTERN } from './legal-forms.js';
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
  /**
   * A warehouse in a town the tables do not know ("entrepôt à Aix"), taken to be in the one European country the
   * message names for VAT or the company: an assumption the reply names, so the seller can correct it.
   */
  warehouseGuess?: { place: string; country: string };
}

// VAT as sellers name it; "numéro de TVA intracom", "NIF-IVA", "USt-IdNr." included. No word boundary inside: the
// patterns that use it put their own context around it.
// Never inside a word: "just a HK company" holds no "USt", "Ivan" no "IVA".
const VAT = String.raw`(?<![\p{Script=Latin}])(?:VAT(?:[\s-]?(?:number|no\.|ID|registration|Nummer|Nr\.?))?|(?:numéro|numero|n°)\s+(?:de\s+|d['’]\s*)?TVA|TVA|P\.\s?IVA|P\.?IVA|partita\s+IVA|NIF[-\s]IVA|(?:número|numero)\s+(?:de\s+)?IVA|IVA|USt(?:-IdNr\.?|-ID|-Id|IdNr\.?|-Nummer|-Nr\.?|\.?-?Id\.?-?Nr\.?)?|Umsatzsteuer(?:-ID|-Identifikationsnummer|-Nummer|nummer)?|MwSt\.?(?:-?(?:Nummer|Nr\.?|ID))?|UID(?:-Nummer|-Nr\.?)?|BTW(?:[-\s]?(?:nummer|number|Nummer|ID))?|增值税号?|增值稅號?|税号|稅號|VAT号|VAT號)(?![\p{Script=Latin}])`;
// VAT ID names only one country issues: a USt-IdNr. is German, a partita IVA Italian, a NIF-IVA Spanish.
const NATIONAL_VAT: Array<[RegExp, string]> = [
  [/USt(?:-IdNr\.?|-ID|-Id|IdNr\.?|\.?-?Id\.?-?Nr\.?)|Umsatzsteuer-?(?:ID|Identifikationsnummer)/gu, 'DE'],
  [/(?<![\p{Script=Latin}])(?:partita\s+IVA|P\.\s?IVA|P\.?IVA)(?![\p{Script=Latin}])/giu, 'IT'],
  [/NIF[-\s]IVA/giu, 'ES'],
];
const SEP = String.raw`\s*(?:,|、|/|&|\+|＋|\band\b|\bund\b|\bet\b|\be\b|\by\b|和|及|与|與|跟|或|\bor\b|\boder\b|\bou\b|\bo\b)\s*`;
// A run of country placeholders: "⟦0⟧", "⟦0⟧和⟦1⟧", "⟦0⟧, ⟦1⟧ and ⟦2⟧"; a separator only between two of them.
// "VAT德国法国都有": two names written together are a list too.
const RUN = String.raw`⟦\d+⟧(?:(?:${SEP}|(?=⟦))⟦\d+⟧)*`;
const STOCK_WORDS = String.raw`(?:stock|stocks|inventory|goods|products|merchandise|everything|everything['’]s|pallets|units|Ware|Waren|Bestand|Lagerbestand|Paletten|marchandises?|produits|palettes|merce|merci|scorte|prodotti|bancali|mercancía|mercancia|mercancías|productos|inventario|existencias|unidades|palés)`;
const WAREHOUSE_WORDS = String.raw`(?:warehouses?|3PL|fulfil(?:l)?ment cent(?:er|re)s?|fulfil(?:l)?ment partner|fulfil(?:l)?er|logistics (?:partner|provider|center|centre|hub)|FBT|FBA|depot|storage|Lager|Lagerhaus|Warenlager|Auslieferungslager|Logistikzentrum|Logistiklager|Logistiker|Fulfiller|Fulfillment-Center|Fulfillment-Dienstleister|Dienstleister|entrepôts?|entrepot|plateforme logistique|logisticien|prestataire logistique|magazzin[oi]|deposito|hub logistico|polo logistico|centro logistico|logistica|almac[eé]n(?:es)?|centro log[ií]stico|operador log[ií]stico|nave)`;
const ZH_STOCK = '(?:海外仓|海外倉|第三方仓|第三方倉|三方仓|三方倉|本地仓|本地倉|自建仓|自建倉|仓库|倉庫|仓|倉|库存|庫存|货物|貨物|货|貨|备货|備貨)';
const ZH_COMPANY = '(?:公司|主体|主體|企业|企業|营业执照|營業執照|执照|執照|卖家|賣家|商家|工厂|工廠|品牌|团队|團隊)';
const COMPANY_WORDS = String.raw`(?:company|companies|entity|business|firm|seller|sellers|brand|manufacturer|factory|supplier|team|Ltd\.?|Limited|GmbH|UG|SAS|SARL|S\.?r\.?l\.?|S\.?L\.?|S\.?A\.?|LLC|Inc\.?|Corp\.?|corporation|B\.?V\.?|N\.?V\.?|AG|S\.?p\.?A\.?|Sp\.?\s?z\s?o\.?o\.?|s\.?r\.?o\.?|Unternehmen|Firma|Gesellschaft|Händler|société|entreprise|boîte|azienda|società|ditta|empresa|sociedad|compañía|subsidiary|affiliate|branch|Tochter(?:firma|gesellschaft|unternehmen)?|Niederlassung|filiale|succursale|controllata|filial|sucursal)`;
// Words between a country and its company noun: "HK trading company", "a small Chinese e-commerce firm".
const COMPANY_FILLER = String.raw`(?:(?:small|little|trading|e-?commerce|online|retail|tech|export|import|sourcing|family|registered|private|holding|sister|parent|mother|group|daughter|partner|own|other|second|new|kleine[rns]?|petite?|piccola|pequeña)\s+){0,2}`;
// A negation inside a stock phrase: "货不在德国", "is not in", "ist nicht in", "n'est pas en", "non è in", "no está en".
const NEG_IN = String.raw`(?:(?:不|没|沒|并不|並不|not|no|nicht|non|ne|n[’']|pas)\s*)?`;
const PREP = String.raw`(?:在|放在|位于|位於|设在|設在|near|close to|outside|in|at|inside|en|a|à|au|aux|dans|in der|im|in den|bei|nel|nella|negli|nei|in el|en el|en la|en los|près de|vers|vicino a|cerca de)`;
// "almacén de Valencia", "entrepôt d'Aubagne", "magazzino di Piacenza": "of" names a warehouse's place, but after
// goods it names their origin ("productos de China"), so only warehouse words take it.
const WAREHOUSE_PREP = String.raw`(?:${PREP}|d['’]|de|du|di|von)`;
// Latin prepositions only, for a place the tables do not know.
const PLACE_PREPS = String.raw`(?:near|close to|outside|in|at|en|a|à|au|dans|bei|nahe|près de|vicino a|cerca de|d['’]|de|di|von)`;
const STOCK_VERBS = String.raw`(?:is|are|isn't|aren't|was|were|would be|sits?|lies|remains?|stays?|ist|sind|liegt|liegen|steht|stehen|lagert|lagern|bleibt|befindet sich|befinden sich|wäre|wären|läge|est|sont|reste|restent|se trouve|se trouvent|était|serait|è|sono|sta|stanno|rimane|rimangono|resta|restano|si trova|si trovano|fosse|fossero|sarebbe|está|están|sigue|siguen|queda|quedan|se encuentra|se encuentran|estuviera|estuviese|estaría)`;

// Clause boundaries and contrast words: a negation before them does not reach the phrase after them. Chinese chat
// separates clauses with spaces too ("沒有歐洲倉 公司在東莞 有德國VAT號").
// A space in chat Chinese ends a clause, before a Chinese word or a VAT word ("不在西班牙 VAT也是葡萄牙的").
const CLAUSE_END =
  /[，,。.;；:：!?！？()（）\n]|(?<=[\u3400-\u9fff⟧\u2063])\s+(?=[\u3400-\u9fff]|(?:VAT|IVA|TVA|USt|EORI)(?![A-Za-z]))|\b(?:but|and|aber|und|mais|et|ma|e|pero|y)\b|但是|但|不过|不過|而且|并且|並且|而|且/giu;
// "没有", "no", "keine", "pas de", "senza", "sin" close before a phrase (within the clause, a few words back).
// "we're registering Italian VAT now", "正在办德国VAT", "stiamo aprendo la partita IVA": under way is not held.
const NEGATION =
  /(?:正在办|正在辦|正在申请|正在申請|\b(?:registering|applying for|waiting for|beantragen gerade|warten auf|stiamo (?:registrando|aprendo|richiedendo)|aspettiamo|estamos (?:tramitando|sacando|registrando|pidiendo)|esperamos)\b|没有|沒有|没|沒|无|無|不是|不|未|尚未|还没有?|還沒有?|并没有|並沒有|暂无|暫無|\b(?:no|not|without|don't|dont|do not|doesn't|does not|haven't|have not|hasn't|has not|never|none|zero|kein|keine|keinen|keinem|keiner|nicht|ohne|pas|sans|aucun|aucune|non|senza|nessun|nessuna|nessuno|niente|sin|ningún|ninguna|ninguno|nada)\b|\bn[’'])/iu;

const ONLY_NE_QUE = /(?<!\p{L})(?:n['’]\s*|ne\s+)(?:\p{L}+\s+){1,2}qu(?:e(?!\p{L})|['’]\S*)/giu;

/** Whether the text just before `at` (same clause, at most four words or eight Han characters) negates it. */
function negatedBefore(masked: string, at: number): boolean {
  let start = 0;
  // Over the whole text: a boundary may need the character after it ("倉 貨" is two clauses).
  for (const m of masked.matchAll(CLAUSE_END)) {
    if (m.index >= at) break;
    start = Math.min(at, m.index + m[0].length);
  }
  const clause = masked.slice(start, at).replace(/⟦\d+⟧/g, ' ');
  // "on n'a qu'une TVA française", "nous n'avons que la TVA": "ne … que" restricts, it does not negate.
  const words = clause.trim().split(/\s+/).slice(-4).join(' ').replace(ONLY_NE_QUE, ' ');
  const han = clause.replace(/[^\u3400-\u9fff]/g, '').slice(-8);
  return NEGATION.test(words) || NEGATION.test(han);
}

// Said after a VAT phrase, in the same clause: it is not there (yet). "德国VAT还没办", "USt-IdNr. haben wir noch
// nicht", "la partita IVA italiana non l'abbiamo ancora aperta", "número de IVA todavía no tenemos", "TVA pas encore".
// An application under way is not a registration ("VAT在办", "beantragt", "en cours").
// A full stop before a capital ends the sentence: "…enregistré à la TVA belge. On n'a pas d'entrepôt en France" does
// not negate the VAT.
const NEGATED_AFTER =
  /^(?:(?!\.\s+\p{Lu})[^，,。;；!?！？\n]){0,24}?(?:还没|還沒|没有|沒有|没办|沒辦|没去|沒去|拖着没|拖著沒|没弄|沒弄|没下来|沒下來|未办|未辦|未注册|未註冊|申请中|申請中|在办|在辦|办理中|辦理中|正在申请|正在申請|\bnoch\s+nicht\b|\b(?:haben|hab|habe)\s+wir\s+nicht\b|\bnicht\s+vorhanden\b|\bfehlt\b|\bbeantragt\b|\bin Bearbeitung\b|\bnon\s+(?:ce\s+|ne\s+)?(?:l['’]\s*)?(?:abbiamo|ho|ha|è|c['’]è)(?!\p{L})|\bnon\s+ancora\b|\bancora\s+no(?:n)?\b|\bnon\s+(?:registrat|attiv|apert)\w*|\bin corso\b|\btodav[íi]a\s+no\b|\ba[úu]n\s+no\b|\bno\s+(?:la\s+|lo\s+|le\s+)?(?:tenemos|tengo|hay)\b|\ben tr[áa]mite\b|\bpas\s+encore\b|\bn['’](?:avons|ai|a)\s+pas\b|\ben cours\b|\bnot\s+yet\b|\bnot\s+registered\b|\b(?:don't|do not|haven't)\s+(?:have|got)\b|\bpending\b|\bin progress\b|\bapplied for\b|\bregistering\b|\bbeing registered\b|\bpendiente\b|\ben proceso\b|\bsolicitad[oa]\b|\bin arrivo\b|\bin fase di\b|\bnon ancora\b|\bno\b(?=\s*(?:[,，.;；。!！]|$)))/iu;

/**
 * Whether the words after `end`, up to the next country named ("…法国的呢（德国的没有）") or the next "but"/"and"
 * ("stock in Germany but we don't have VAT"), say it is not there.
 */
function negatedAfter(masked: string, end: number): boolean {
  // Chat Chinese separates clauses with a space: "货全在国内仓 还没往欧洲发过" negates the shipping, not the warehouse.
  if (/[\u3400-\u9fff]/u.test(masked[end - 1] ?? '') && /^\s+[\u3400-\u9fff]/u.test(masked.slice(end))) return false;
  return NEGATED_AFTER.test(masked.slice(end).split(/⟦\d+⟧|[(（]|\s[–—-]\s|\b(?:but|and|aber|und|mais|et|ma|e|pero|y|while)\b|但|而且|并且|並且|(?<=[\u3400-\u9fff])\s+(?=[\u3400-\u9fff])/iu)[0]);
}

const NO_VAT = new RegExp(
  [
    String.raw`(?:没有|沒有|没|沒|无|無|还没有?|還沒有?|未|尚未|不具备|不具備|暂无|暫無)(?:注册|註冊|办理?|辦理?|申请|申請)?(?:任何)?(?:的)?\s*${VAT}`,
    String.raw`${VAT}(?:号|號)?\s*(?:也|都)?(?:还|還)?(?:没有|沒有|没|沒|未|尚未)(?:注册|註冊|办|辦|办理|辦理|申请|申請|弄|下来|下來)?`,
    String.raw`\bno\s+${VAT}`,
    String.raw`${VAT}\s*[:：]?\s*(?:none|nope|keine|aucune|nessuna|ninguno|无|無)(?![\p{L}])`,
    String.raw`without\s+(?:a\s+|any\s+)?${VAT}`,
    String.raw`not\s+(?:yet\s+)?${VAT}[- ]?registered`,
    String.raw`(?:don't|dont|do not|doesn't|doesnt|does not|haven't|havent|have not)\s+(?:yet\s+)?(?:have|got|registered(?:\s+for)?)\s+(?:a\s+|any\s+)?${VAT}`,
    String.raw`(?:keine|keinen|kein|ohne)\s+${VAT}`,
    // "Eine USt-IdNr. haben wir keine", "VAT haben wir (noch) nicht".
    // "Eine USt-IdNr. haben wir aber noch keine", "…haben wir leider bisher nicht".
    String.raw`${VAT}\.?\s+(?:haben|hab|habe)\s+wir\s+(?:(?:aber|leider|jedoch|bisher|derzeit|momentan|aktuell|allerdings)\s+)*(?:noch\s+)?(?:keine?n?|nicht)(?![\p{L}])`,
    String.raw`(?:pas\s+(?:encore\s+)?(?:de|d['’])\s*|sans\s+|aucun(?:e)?\s+)${VAT}`,
    String.raw`(?:non\s+(?:abbiamo|ho)\s+(?:ancora\s+)?(?:la\s+|una\s+)?|senza\s+|nessuna\s+|niente\s+)${VAT}`,
    String.raw`(?:no\s+(?:tenemos|tengo|tuviéramos|tuviésemos|tuviera|tengamos|hubiera)\s+(?:todavía\s+|aún\s+)?(?:el\s+|un\s+|la\s+)?|sin\s+)${VAT}`,
    String.raw`(?:didn't|did not|had no|wouldn't have|would not have)\s+(?:have\s+)?(?:the\s+|a\s+|any\s+)?(?:\S+\s+)?${VAT}`,
    String.raw`(?:non\s+(?:avessimo|avesse|avremmo)\s+(?:ancora\s+)?(?:la\s+|una\s+)?)${VAT}|(?:n['’](?:avions|aurions|avait)\s+pas\s+(?:de\s+|d['’]|la\s+|le\s+)?)${VAT}|(?:hätten\s+wir\s+(?:noch\s+)?keine?n?\s+)${VAT}`,
  ].join('|'),
  'giu',
);
// The run may not start right after "in"/"在": in "Lager in Deutschland und deutsche USt" the first country is the warehouse.
const VAT_RUN = String.raw`(?<!(?:\bin|\ben|\bat|\bim|\bnel|在)\s*)${RUN}`;
const VAT_BEFORE = new RegExp(String.raw`(${VAT_RUN})(?:\s|-|的|都|也|均|已经|已|有|注册|註冊|办|了|registered)*${VAT}`, 'giu');
// Between a VAT word and its country: "VAT号在德国", "TVA seulement en France", "numéro de TVA intracom FR",
// "partita IVA solo italiana", "VAT的话只有意大利的", "VAT目前只注册了德国的".
const VAT_AFTER = new RegExp(
  String.raw`${VAT}(?:\s|[-:：]|number|no\.?|ID|号码?|號碼?|注册|註冊|registration|registered|intra-?com(?:munautaire)?|intracomunitari[oa]|is|are|was|were|would be|est|ist|è|es|sont|sind|sono|son|que|che|qu['’]|on|that|which|tenemos|tengo|abbiamo|avons|ai|haben|habe|nous|wir|在|于|於|位于|是|只|就|有|都|目前|现在|現在|暂时|暫時|的话|的話|方面|办了|辦了|注册了|註冊了|申请了|申請了|做了|弄了|in|at|for|the|only|just|still|seulement|uniquement|nur|solo|soltanto|solamente|sólo|仅|僅|其实|其實|实际上|實際上|我们|我們|咱们|也|还|還|we|have|got|hold|en|a|au|aux|dans|in der|im|nel|nella|en el|de|of|aber|mais|ma|pero|but|Registrierung|registriert|angemeldet|eingetragen)*(${RUN})`,
  'giu',
);
// "IVA italiano no, solo español", "VAT German no, only Polish": the country denied, then the one held.
const VAT_NO_THEN_ONLY = new RegExp(
  String.raw`${VAT}\s+${RUN}\s+(?:no|non|nein|nope)\s*[,，]\s*(?:solo|sólo|solamente|soltanto|only|just|nur|seulement|uniquement)\s+(?:(?:la|el|il|die|the|l['’])\s*)?(${RUN})`,
  'giu',
);
// "在德国注册了VAT", "在德国再补办一个VAT": a registration in a country, said before the VAT word.
const VAT_IN = new RegExp(String.raw`在(${RUN})(?:再|也|另外|还|還)?(?:补办|補辦|注册了?|註冊了?|办了?|辦了?|有|申请了?|申請了?)(?:的|一个|一個|个|個)?\s*${VAT}`, 'giu');
const REGISTERED_FOR_VAT_IN = new RegExp(
  String.raw`(?:registered\s+for\s+${VAT}\s+in|${VAT}[- ]registered\s+in|${VAT}[- ]Registrierung\s+in|für\s+die\s+(?:Umsatzsteuer|USt\.?)\s+registriert\s+in|immatricul[ée]e?s?\s+à\s+la\s+TVA\s+(?:en|au|aux|dans)|registrat[ioa]\s+(?:ai\s+fini\s+)?IVA\s+in|dad[oa]s?\s+de\s+alta\s+(?:en\s+el|a\s+efectos\s+del)\s+IVA\s+en)\s+(?:the\s+)?(${RUN})`,
  'giu',
);
// "VAT只有意大利的，法国的还没弄", "（德国的没有）", "德国还没注册": a country's VAT left out after a VAT phrase, in Chinese.
const VAT_ELLIPSIS_NEGATED = new RegExp(
  String.raw`(${RUN})(?:的(?:VAT|税号|稅號)?)?(?:也|都)?(?:还|還)?(?:没有|沒有|没|沒|未)(?:办|辦|弄|注册|註冊|申请|申請|下来|下來)?(?!仓|倉|货|貨|库|庫|海外|工厂|工廠)`,
  'gu',
);
// "德国税号还没批下来 现在只有法国的": the country's VAT held, said after a VAT phrase without the VAT word again.
const VAT_ELLIPSIS_ONLY = new RegExp(String.raw`(?:现在|目前|暂时|暫時)?(?:只有|只办了|只辦了|就只有)(${RUN})(?:的)(?!仓|倉|货|貨|公司|主体|主體)`, 'gu');
// "don't know whether", "不确定有没有", "no tengo claro si": what follows is not known to the seller either.
const UNSURE_BEFORE =
  /(?:don't|do not|dont)\s+(?:really\s+)?know\s+(?:whether|if)\b[^.!?。！？]*$|\bnot\s+sure\s+(?:whether|if)\b[^.!?。！？]*$|\bno\s+idea\s+(?:whether|if)\b[^.!?。！？]*$|(?:不确定|不確定|不知道|不清楚|搞不清)(?:有没有|有沒有|是否|是不是)?[^。！？]*$|\bweiß\s+(?:ich\s+)?nicht,?\s+ob\b[^.!?]*$|\bne\s+sais\s+pas\s+si\b[^.!?]*$|\bnon\s+so\s+se\b[^.!?]*$|\bno\s+(?:sé|se|tengo\s+claro)\s+si\b[^.!?]*$/iu;

/** The message speaks of VAT at all (as sellers name it, in six languages). */
export const MENTIONS_VAT = new RegExp(VAT, 'iu');
// "La partita IVA di quale paese serve?": a VAT named inside a question about VAT states nothing.
const ASKS_ABOUT = /[?？]\s*$|\b(?:which|what|welche[rsnm]?|quale|quali|quel(?:le)?s?|cuál|cuáles|need|needed|brauch\w*|besoin|serve|servono|necesit\w*)\b|哪|什么|什麼|吗|嗎|需要|要不要/iu;
// "standard VAT in France?", "¿cuál es el IVA general en Italia?", "德国VAT税率多少": the rate, not a registration.
const VAT_RATE =
  /\b(?:rate|rates|standard|reduced|Steuersatz|Satz|taux|aliquota|tipo|general|ordinaria|normale?|how much|wie hoch|combien|quanto|cuánto)\b|税率|稅率|多少|几个点|幾個點/iu;
/** The sentence part around a match (up to the next comma or full stop either side), in the masked text. */
function clauseAround(masked: string, start: number, end: number): string {
  // "¿" and "¡" open a new sentence in Spanish: "… tenemos USt-IdNr. ¿Podemos entrar?" states the VAT ID.
  const before = masked.slice(0, start).split(/[，,。;；!！?？¿¡\n]|\.\s/u).pop() ?? '';
  const after = /^(?:[^，,。;；!！?？¿¡\n.]|\.(?!\s))*[?？]?/u.exec(masked.slice(end))?.[0] ?? '';
  return before + masked.slice(start, end) + after;
}
const BARE_VAT = new RegExp(String.raw`(?<![\p{Script=Latin}])${VAT}(?![\p{Script=Latin}])`, 'giu');
// "Do I need German VAT?" asks about the rule, it does not state a fact.
const QUESTION_BEFORE_VAT =
  /(?:need|needs|require|required|must|should|have to|需要|要不要|一定要|非要|必须|必須|是否|得有|需不需要|brauche|brauchen|braucht|benötige|muss|faut-il|dois-je|ai-je besoin|serve|servono|devo|necesito|necesitamos|hace falta)\s*(?:a|an|the|to get|to register|eine|einen|une|un|una|la|el|注册|办)?\s*$/iu;

// "sin almacén, todo sale de proveedores", "no warehouse", "kein Lager", "dropshipping": no stock of their own anywhere
// (a warehouse named with a country is read by the phrases before this one).
const NO_WAREHOUSE_AT_ALL =
  /(?<![\p{L}])(?:(?:no|without|not any)\s+(?:a\s+|any\s+|our own\s+)?(?:warehouse|3PL|stock)|(?:kein|keine|keinen|ohne)\s+(?:eigenes\s+)?(?:Lager|Ware\s+auf\s+Lager)|(?:pas d['’]|pas de\s+|sans\s+)(?:entrepôt|stock)|(?:senza|nessun)\s+magazzino|sin\s+(?:almacén|almacen|stock)|dropship(?:ping)?)(?![\p{L}])(?!\s*(?:in|en|im|in der|à|a|nel|⟦|propio|propia|proprio|propre|own|eigenes|de nuestra propiedad))|一件代发|一件代發|(?:没有|沒有|无|無)(?:任何)?(?:仓库|倉庫|库存|庫存)(?!\s*在?⟦)/iu;

// "no warehouse abroad", "kein Lager im Ausland": none outside the seller's home country.
const STOCK_NONE_ABROAD =
  /\b(?:no|without|not any)\s+(?:stock|inventory|warehouse|goods)\s+(?:abroad|overseas)\b|\b(?:kein|keine|ohne)\s+(?:Lager|Ware)\s+im\s+Ausland\b|\b(?:pas de|sans)\s+(?:stock|entrepôt)\s+à\s+l['’]étranger|\b(?:senza|nessun)\s+(?:magazzino|stock)\s+all['’]estero|\bsin\s+(?:almacén|stock)\s+en\s+el\s+extranjero/giu;

// "还没备货", "未备货", "没有海外仓", "no warehouse abroad": no stock abroad yet (a 海外仓 is by definition outside China).
const STOCK_NONE = new RegExp(
  String.raw`(?:还|還)?(?:没|沒)(?:有)?(?:在⟦\d+⟧)?(?:备货|備貨)|未(?:备货|備貨)|(?:还|還)?(?:没有|沒有|没|沒|无|無)(?:任何)?(?:海外仓|海外倉)|\b(?:no|without|not any)\s+(?:stock|inventory|warehouse|goods)\s+(?:abroad|overseas)\b|\b(?:kein|keine|ohne)\s+(?:Lager|Ware)\s+im\s+Ausland\b|\b(?:pas de|sans)\s+(?:stock|entrepôt)\s+à\s+l['’]étranger|\b(?:senza|nessun)\s+(?:magazzino|stock)\s+all['’]estero|\bsin\s+(?:almacén|stock)\s+en\s+el\s+extranjero` +
    // "Lager in Europa haben wir keins", "Ware in der EU haben wir noch keine": the negation after the phrase.
    String.raw`|\b(?:Lager|Ware|Bestand|Lagerbestand)\s+(?:in\s+(?:der\s+)?⟦\d+⟧\s+)?(?:haben|hab|habe)\s+wir\s+(?:noch\s+)?(?:keins|keine|keinen|kein|nicht)(?![\p{L}])`,
  'giu',
);
// "国内发货", "从国内发", "ship from China": sent from where the company is, so not in Europe when that is CN or HK.
const SHIPS_FROM = new RegExp(
  String.raw`(?:从|從|由)?(${RUN})(?:直)?(?:发货|發貨|直发|直發|发|發)|(?:ship(?:ping|s|ped)?|sell(?:ing|s)?)\s+(?:directly\s+|straight\s+)?from\s+(${RUN})|(?:Versand|versenden|verschicken|verkaufen)\s+(?:direkt\s+)?(?:aus|von)\s+(?:der\s+|dem\s+)?(${RUN})|(?:expédi\w*|envoy\w*|vend\w*)\s+(?:directement\s+)?depuis\s+(?:la\s+|le\s+)?(${RUN})|(?:spedi\w*|spediamo|vendiamo)\s+(?:direttamente\s+)?dalla?\s+(${RUN})|(?:envi\w*|enviamos|vendemos)\s+(?:directamente\s+)?desde\s+(${RUN})`,
  'giu',
);
const STILL = /还|還|仍|still|noch|encore|ancora|todav[íi]a|a[úu]n|sigue|siguen|not (?:yet )?shipped/iu;
function stockPhrase(head: string, prep: string): RegExp {
  return new RegExp(
    String.raw`(?:${head})(?:都|还|還|已经|已經|已|目前|现在|現在|全部|也)*\s*${NEG_IN}(?:${STOCK_VERBS}\s+)?${NEG_IN}` +
      String.raw`(?:located\s+|sitting\s+|stored\s+|held\s+|kept\s+|already\s+|still\s+|all\s+|currently\s+|now\s+|bereits\s+|schon\s+|noch\s+|alle\s+|aber\s+|komplett\s+|vollständig\s+|momentan\s+|aktuell\s+|derzeit\s+|gerade\s+|toujours\s+|entièrement\s+|actuellement\s+|attualmente\s+|actualmente\s+|déjà\s+|encore\s+|tout\s+|già\s+|ancora\s+|tutta\s+|tutto\s+|ya\s+|todavía\s+|aún\s+|todo\s+|toda\s+)*` +
      String.raw`${prep}\s*(?:a\s+|an\s+|the\s+|our\s+|einem\s+|einer\s+|unserem\s+|un\s+|une\s+|notre\s+|uno\s+|una\s+|nostro\s+|nuestro\s+)?(?:(?:${WAREHOUSE_WORDS})\s+(?:${WAREHOUSE_PREP}\s+)?)?(${RUN})`,
    'giu',
  );
}
// "our stock hasn't left China", "n'a pas encore quitté la Chine", "no ha salido de China": still there.
const NOT_LEFT = new RegExp(
  String.raw`(?:hasn't|has not|haven't|have not|not yet|never)\s+(?:yet\s+)?left\s+(?:the\s+)?(${RUN})|noch nicht aus\s+(?:der\s+|dem\s+)?(${RUN})|n['’](?:a|ont) pas (?:encore )?quitté\s+(?:la\s+|le\s+|l['’])?(${RUN})|non (?:ha|hanno) (?:ancora )?lasciato\s+(?:la\s+|il\s+)?(${RUN})|no ha(?:n)? salido (?:todavía |aún )?de\s+(${RUN})|(?:还|還)(?:没|沒)(?:离开|離開|出)(${RUN})`,
  'giu',
);
// "货还没发出去", "货还没发", "还没备货", "stock still at our factory", "noch nicht verschickt": the goods have not left
// home, wherever that is ("还没发货给客户" is about orders, not stock).
const NOT_SHIPPED = new RegExp(
  String.raw`(?:还|還)(?:没|沒)(?:发|發)(?:出去|出|走|货|貨)?(?=[，,。；;\s]|$)|(?:还|還)(?:没|沒)(?:发|發)(?:出去|出|走|货|貨)(?!\s*(?:给|給)(?:客户|客戶|买家|買家|顾客|顧客))|(?:货|貨)(?:还|還)(?:没|沒)(?:到|入仓|入倉|备|備)|(?:还|還)(?:没|沒)(?:备货|備貨|入仓|入倉)|(?:还|還|都)在(?:自己的?|我们的?|我們的?)?(?:工厂|工廠)|\b(?:not|haven't|have not|hasn't|has not)\s+(?:been\s+)?shipped\s+(?:out\s+)?yet\b|\b(?:still|noch|encore|ancora|todavía|aún)\b.{0,20}\b(?:factory|Fabrik|usine|fabbrica|fábrica)\b|noch nicht verschickt|pas encore (?:été )?expédi|non ancora spedit|todavía no (?:se ha |hemos )?enviad`,
  'giu',
);
const STOCK_PATTERNS = [
  // "⟦0⟧仓", "⟦0⟧ warehouse", "⟦0⟧-based 3PL", "⟦0⟧那边的海外仓"; not across a space between Chinese clauses
  // ("主体是香港的 货在杜伊斯堡").
  new RegExp(String.raw`(${RUN})(?:\s(?![\u3400-\u9fff])|的|本地|-based|based|那边|那邊|这边|這邊|附近)*(?:${ZH_STOCK}|${WAREHOUSE_WORDS})`, 'giu'),
  // "货在⟦0⟧", "stock is in ⟦0⟧", "Lager in ⟦0⟧", "entrepôt en ⟦0⟧", "magazzino a ⟦0⟧", "almacén de ⟦0⟧"
  stockPhrase(`${ZH_STOCK}|${WAREHOUSE_WORDS}`, WAREHOUSE_PREP),
  stockPhrase(STOCK_WORDS, PREP),
  new RegExp(String.raw`在(${RUN})(?:那边|那邊|这边|這邊|附近)?(?:有|备了?|備了?|囤了?|租了?个?|租了?個?|放了?|压了?|壓了?)(?:一批|一些|大概|约|約)?(?:货|貨|库存|庫存|仓|倉|海外仓|海外倉|第三方仓|第三方倉|仓库|倉庫)`, 'giu'),
  new RegExp(String.raw`(${RUN})(?:有|备了?|備了?)(?:货|貨|库存|庫存|仓|倉|海外仓|海外倉)`, 'giu'),
  new RegExp(String.raw`(${RUN})\s*(?:stock|inventory)`, 'giu'),
  // "还在国内", "仍在国内工厂", "货全在国内": the goods, left unnamed, have not left.
  new RegExp(String.raw`(?:还|還|仍然?|全|都|全部|都还|都還)在(${RUN})`, 'giu'),
];
// What makes a clause about a warehouse even when no phrase pattern fits it: a warehouse word, or a count of goods
// ("压了3000多件货", "800箱庫存", "1,200 units", "ca. 4.000 Stück"). Programs named like warehouses ("is FBT
// available in Germany", "FBA fees in the UK") do not count; Europe without a country needs goods held ("FBT欧洲
//哪些国家能用" asks a fact); 货 counts only as goods held, not 退货 or 发货.
const PLACE_WAREHOUSE_WORDS = String.raw`(?:warehouses?|3PL|fulfil(?:l)?ment cent(?:er|re)s?|fulfil(?:l)?ment partner|fulfil(?:l)?er|logistics (?:partner|provider|center|centre|hub)|Lager|Lagerhaus|Warenlager|Logistikzentrum|Logistiklager|Logistiker|Fulfiller|Fulfillment-Center|entrepôts?|entrepot|plateforme logistique|logisticien|prestataire logistique|magazzin[oi]|deposito|hub logistico|polo logistico|centro logistico|almac[eé]n(?:es)?|centro log[ií]stico|operador log[ií]stico)`;
const WAREHOUSE_CLAUSE = new RegExp(
  String.raw`海外仓|海外倉|仓|倉|库存|庫存|(?<![\p{Script=Latin}])(?:${PLACE_WAREHOUSE_WORDS})(?![\p{Script=Latin}])|\d[\d.,]*\s*(?:k\s*)?(?:多)?(?:件|箱|托|pcs|pieces|units|items|Stück|Stk|Einheiten|pièces|unités|pezzi|unità|unidades|piezas)`,
  'iu',
);
// "does my inventory have to be in Europe", "货必须在欧盟吗": a clause about the rule, not about the seller's stock.
const RULE_CLAUSE =
  /\b(?:have to|has to|must|need(?:s)? to|should|required|müssen|muss|sollte|doit|doivent|faut|deve|devono|bisogna|debe|deben|tiene que|tienen que|hay que)\b|需要|必须|必須|得在|要不要|是否/iu;
const GOODS_CLAUSE = new RegExp(String.raw`(?:有|了|批|些|压|壓|囤|备|備)(?:货|貨)|(?:货|貨)(?:都|已|还|還|放|在)|(?<![\p{Script=Latin}])${STOCK_WORDS}(?![\p{Script=Latin}])`, 'iu');
// "stock: X" with the clause's own first country: only these words let a clause stand alone for a warehouse.
const ENTITY_PREP = String.raw`(?:\s*[(（]\s*|\s+)(?:aus\s+|de\s+|di\s+|d['’]\s*|à\s+|a\s+|in\s+|en\s+|da\s+|from\s+|based\s+in\s+|bas[ée]e?s?\s+(?:à|en|au)\s+|con\s+sede\s+(?:legale\s+)?(?:a|in)\s+|mit\s+Sitz\s+in\s+|registrad[ao]\s+en\s+|registrat[ao]\s+in\s+|in\s+der\s+|im\s+)?(?:the\s+)?`;
const ENTITY_PATTERNS = [
  // A legal form and where it sits: "SRL belge", "S.A. de Madrid", "UG aus Hannover", "SARL à Marseille", "Ltd. in Festlandchina".
  // "a Polish sp. z o.o. (Chinese founders)": the people's country, not the company's.
  new RegExp(String.raw`(?:${LEGAL_FORM_PATTERN})${ENTITY_PREP}(${RUN})(?!\s*(?:founders?|owners?|team|staff|boss(?:es)?|management|Gründer\w*|Inhaber\w*|fondat\w*|propriétaires?|titolari|fundador\w*|dueños?|propietarios?))`, 'gu'),
  new RegExp(String.raw`(${RUN})(?:\s|-based|based|-|的|本土|注册|註冊)*${COMPANY_FILLER}(?:${ZH_COMPANY}|${COMPANY_WORDS})`, 'giu'),
  new RegExp(
    // Mixed zh/en too: "我们 company 在 Netherlands".
    String.raw`(?:公司|主体|主體|营业执照|營業執照|执照|執照|企业|企業|company|entity)\s*(?:是|在|是在|注册在|註冊在|注册于|註冊於|位于|位於|属于|屬於|开在|開在|设在|設在)\s*(${RUN})`,
    'giu',
  ),
  new RegExp(
    String.raw`(?:we're|we are|i'm|i am|our company is|the company is|company is|business is|entity is|we)\s+(?:a\s+|an\s+)?(?:based|registered|incorporated|located|headquartered|from)\s+(?:in\s+)?(?:the\s+)?(${RUN})`,
    'giu',
  ),
  // "our company is Swiss", "the company is Italian", "Company: HK", "公司：香港".
  new RegExp(String.raw`(?:(?:our|the|my)\s+(?:company|entity|business|firm)\s+is\s+(?:in\s+)?(?:the\s+)?|(?<![\p{L}])(?:company|entity|Firma|Unternehmen|société|entreprise|società|azienda|empresa|公司|主体|主體)\s*[:：=]\s*)(${RUN})`, 'giu'),
  // "a Ltd from the UK", "eine Ltd. aus UK", "une Ltd du Royaume-Uni", "una LLC degli Stati Uniti".
  new RegExp(String.raw`(?:company|entity|business|firm|Ltd\.?|Limited|LLC|Inc\.?)\s+(?:is\s+)?(?:based\s+|registered\s+|incorporated\s+)?(?:in|from|aus(?:\s+dem|\s+den|\s+der)?|du|de|des|di|dal|dalla|dagli|degli|del|da|en)\s+(?:the\s+|l['’]\s*|los\s+)?(${RUN})`, 'giu'),
  // "registered in the UK", "mit Sitz in Deutschland", "immatriculée en France", "con sede in Italia", "registrada en España".
  new RegExp(
    String.raw`(?:registered|incorporated|headquartered|domiciled|Sitz|Firmensitz|ansässig|registriert|eingetragen|gegründet|immatricul[ée]e?s?|enregistr[ée]e?s?|bas[ée]e?s?|établie?s?|siège(?:\s+social)?|registrat[aoi]|con sede|sede(?:\s+legale)?|costituit[aoi]|registrad[ao]s?|constituid[ao]s?|domiciliad[ao]s?)` +
      String.raw`\s+(?:in|im|in der|in den|en|au|aux|à|dans|a|nel|nella|negli|en el|en la)\s+(?:the\s+)?(${RUN})`,
    'giu',
  ),
  new RegExp(String.raw`(?:注册在|註冊在|注册于|註冊於)(${RUN})`, 'giu'),
  // "HK-registered", "Shenzhen-based" without a noun after it.
  new RegExp(String.raw`(${RUN})[- ](?:registered|based|incorporated)\b`, 'giu'),
  // "Unser Unternehmen sitzt in Shenzhen", "company's in Shenzhen", "in Hongkong registriert".
  new RegExp(String.raw`(?:company['’]s|Unternehmen\s+sitzt|Firma\s+sitzt|Gesellschaft\s+sitzt|wir\s+sitzen)\s+in\s+(?:the\s+|der\s+|den\s+|dem\s+)?(${RUN})|\bin\s+(${RUN})\s+(?:registriert|eingetragen|ansässig|gegründet)`, 'giu'),
  // "una Ltd inglese", "une Ltd britannique", "eine britische Ltd" (the last by the pattern above): an English-law form
  // with the country's adjective after it, not a warehouse or VAT country.
  new RegExp(String.raw`(?:Ltd\.?|Limited|LLC|Inc\.?)\s+(${RUN})(?!\s*(?:${STOCK_WORDS}|VAT|TVA|IVA|USt|MwSt))`, 'gu'),
  // Noun before adjective or place: "société française", "azienda di Shanghai", "empresa de Yiwu", "société à Hong Kong".
  new RegExp(String.raw`(?:Shop|Händler|Laden|Kleinunternehmer|Einzelunternehmer|seller|vendeur|venditore|vendedor)\s+(?:aus|from)\s+(${RUN})`, 'giu'),
  new RegExp(
    // "la società è turca", "die Firma ist türkisch", "la empresa es turca": the adjective after the verb too, and the
    // place: "la nostra società è in Turchia", "la empresa está en Turquía".
    String.raw`(?:société|entreprise|boîte|azienda|società|ditta|empresa|sociedad|compañía|Firma|Unternehmen|Gesellschaft|filiale|succursale|controllata|filial|sucursal|Tochterfirma|Tochtergesellschaft|Niederlassung)\s+(?:aus\s+|in\s+|en\s+|de\s+|di\s+|d['’]\s*|à\s+|a\s+|basée?\s+(?:à|en)\s+|con sede (?:a|in)\s+|(?:è|est|ist|es|sitzt|sta|está|esta)\s+(?:(?:una|un|une|eine|ein)\s+)?(?:(?:società|azienda|société|entreprise|empresa|Firma)\s+)?(?:(?:in|en|a|à)\s+)?)?(${RUN})`,
    'giu',
  ),
  new RegExp(String.raw`我们是(${RUN})的?|我們是(${RUN})的?`, 'giu'),
  // "公司HK的", "主体香港的"
  new RegExp(String.raw`(?:公司|主体|主體)\s*(${RUN})的`, 'giu'),
  // "⟦0⟧注册的", "香港註冊的": where the company is registered, its noun said before.
  new RegExp(String.raw`(${RUN})(?:本地)?(?:注册|註冊)(?:的)`, 'giu'),
];
// A VAT number names its country by its prefix: DE123456789, FR12345678901, IT12345678901, ESX1234567X (EL is Greece).
const VAT_ID = /(?<![A-Za-z0-9])(AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK)\s?(?:U?\d{8,12}|[0-9A-Z]{2}\d{9}|[0-9A-Z]\d{7}[0-9A-Z]|\d{9}B\d{2})(?![A-Za-z0-9])/g;

// "our company is registered in Kenya": a country the tables do not know is still a stated, unlisted entity.
const UNLISTED_ENTITY = /\b(?:company|entity|business|we)\s+(?:is\s+|are\s+)?(?:registered|incorporated|based)\s+in\s+(?:the\s+)?(\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)/u;
const NOT_COUNTRIES = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Europe|Asia|Africa|America|The|A|Our)$/;

const NEGATED_INSIDE = /不在|没在|沒在|\b(?:not|isn't|aren't|nicht|pas|non)\b|\bno\s+(?:está|están|se encuentra)|\bne\b|\bn[’']/iu;

const mentionIndexes = (run: string): number[] => [...run.matchAll(/⟦(\d+)⟧/g)].map((m) => Number(m[1]));

// Two mentions of one country side by side are one place: "西班牙马德里", "浙江金华", "Lyon in Frankreich",
// "Yiwu (China)", "Valencia, Spain", "Milano, Italia".
// A comma only when the country closes the phrase ("Valencia, Spain," but not "Milan, Italian IVA").
const SAME_PLACE_GAP = /^\s*(?:in\s+|en\s+|im\s+|in der\s+|nel\s+|nella\s+|près de\s+|bei\s+)?$/iu;
const SAME_PLACE_COMMA = /^\s*[,，(（]\s*$/u;
const CLOSES_PHRASE = /^\s*(?:[)）,，.。;；!?！？]|$)/u;

function samePlace(text: string, a: CountryMention, b: CountryMention): boolean {
  if (a.code !== b.code || a.code === 'EU' || !(a.place || b.place)) return false;
  const gap = text.slice(a.end, b.start);
  return SAME_PLACE_GAP.test(gap) || (SAME_PLACE_COMMA.test(gap) && CLOSES_PHRASE.test(text.slice(b.end)));
}

function mergeMentions(text: string, mentions: CountryMention[]): CountryMention[] {
  const out: CountryMention[] = [];
  for (const m of mentions) {
    const last = out[out.length - 1];
    if (last && samePlace(text, last, m)) {
      out[out.length - 1] = { ...last, end: m.end, text: text.slice(last.start, m.end), entityHint: last.entityHint || m.entityHint, place: last.place && m.place };
      continue;
    }
    out.push(m);
  }
  return out;
}

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

// "把货从德国仓调到法国仓", "move the stock from the German warehouse to France": the country the stock leaves is
// no longer where it is.
const MOVE_VERB = /调|转移|转到|搬|移到|挪|\bmov(?:e|es|ed|ing)\b|\btransfer|\bshift|\brelocat|verlager|umzieh|umlager|verschieb|d[ée]plac|transf[ée]r|spost|trasferi|\bmov(?:er|emos|amos|ido)\b|traslad/iu;
const MOVED_FROM = /(?:从|從|\bfrom\s+|\bvon\s+|\bde\s+|\bdu\s+|\bdes\s+|\bda\s+|\bdal\s+|\bdall'|\bdel\s+|\bdesde\s+)(?:[\p{L}'-]+\s+){0,3}?⟦\d+⟧(?=[^⟦，,。;；!?！？]*⟦)/giu;

function dropMovedFrom(rest: string): string {
  return rest.replace(/[^，,。;；!?！？]+/gu, (clause) =>
    MOVE_VERB.test(clause.replace(/⟦\d+⟧/g, ' ')) ? clause.replace(MOVED_FROM, (m) => FILLER.repeat(m.length)) : clause,
  );
}

interface Match {
  text: string;
  indexes: number[];
  negated: boolean;
  before: string;
  /** Where the match ends in the masked text. */
  end: number;
}

/**
 * Runs a pattern, hands each match's mention indexes, whether a negation comes just before it, and its text to
 * `use`, and blanks out the matches it accepted so later patterns cannot reuse them.
 */
function consume(text: string, re: RegExp, use: (m: Match) => boolean): string {
  let out = '';
  let pos = 0;
  for (const m of text.matchAll(re)) {
    const run = m.slice(1).find((g) => g !== undefined) ?? '';
    const isNegated = negatedBefore(text, m.index) || NEGATED_INSIDE.test(m[0].replace(/⟦\d+⟧/g, ' '));
    if (!use({ text: m[0], indexes: mentionIndexes(run), negated: isNegated, before: text.slice(0, m.index), end: m.index + m[0].length })) continue;
    out += text.slice(pos, m.index) + FILLER.repeat(m[0].length);
    pos = m.index + m[0].length;
  }
  return out + text.slice(pos);
}

// Clauses for the stock fallback: punctuation and contrast words, not "and" ("stock and a warehouse in Lyon").
const STOCK_CLAUSE_SPLIT = /[，,。;；!?！？\n]|\.(?=\s|$)|(?<=[\u3400-\u9fff⟧\u2063])\s+(?=[\u3400-\u9fff])|\b(?:but|aber|mais|ma|pero)\b|但是|但|不过|不過/giu;

/** Where the stock is, as the message says it; resolved into hasEuStock and the warehouse once all is read. */
interface StockFacts {
  /** An explicit absence: "没有欧洲仓", "no stock in Europe", "货还在国内". */
  none: boolean;
  /** "Kein Lager im Ausland", "no warehouse abroad": none outside the seller's home, which may be in Europe. */
  noneAbroad?: boolean;
  /** "sin almacén", "no warehouse", "dropshipping": no warehouse at all, unless a warehouse is named elsewhere. */
  noneAtAll?: boolean;
  /** Stock in Europe without a country ("欧洲有货", "stock in the EU"). */
  europe: boolean;
  /** The first European country named for the stock. */
  warehouse?: string;
  /** A warehouse outside Europe and outside the sellers' home ("美国仓", "a US 3PL"): shown as the warehouse. */
  elsewhere?: string;
  /** Stock outside Europe (China, Hong Kong, the US): no EU stock unless Europe is also named. */
  outside: boolean;
}

// "entrepôt logistique à Villefranche-sur-Saône", "Lager in Billbrook", "magazzino a Castel San Giovanni": a warehouse
// in a capitalised place the tables do not know. Not across a clause; the place is one to four capitalised words.
const UNKNOWN_PLACE_WAREHOUSE = new RegExp(
  String.raw`(?<![\p{Script=Latin}])(?:${PLACE_WAREHOUSE_WORDS})(?:\s+(?:logistique|logistico|logístico|externo|esterno|externe|de stockage|di stoccaggio))?\s+(?:${PLACE_PREPS})\s*(?:the\s+)?` +
    String.raw`(\p{Lu}[\p{L}'’]+(?:[\s-](?:(?:sur|sous|en|le|la|les|di|del|de|am|an|im|upon|on)[\s-])?\p{Lu}[\p{L}'’]+){0,3})`,
  'u',
);
// Capitalised words after a warehouse that are not places: months, Europe, pronouns, the programme's own names.
const NOT_PLACES = /^(?:Europe|Europa|EU|UE|Asia|Asien|Asie|January|February|March|April|May|June|July|August|September|October|November|December|Januar|Februar|März|Juni|Juli|Oktober|Dezember|Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre|Gennaio|Febbraio|Marzo|Aprile|Maggio|Giugno|Luglio|Agosto|Settembre|Ottobre|Dicembre|Enero|Febrero|Abril|Mayo|Junio|Julio|Septiembre|Octubre|Noviembre|Diciembre|TikTok|Local|Amazon|FBA|FBT|We|Our|The|Wir|Nous|Noi|Nosotros)$/u;
// "用哪个公司去申请还没定", "we haven't decided which entity will apply", "welche Firma sich bewirbt, steht noch nicht fest":
// the applying company is open, whatever city the team sits in.
const ENTITY_UNDECIDED = new RegExp(
  [
    String.raw`(?:用|拿|以)(?:哪个|哪個|哪家|哪一家|什么|什麼)(?:公司|主体|主體)(?:去|来|來)?(?:申请|申請|报名|報名|入驻|入駐|做)?.{0,12}(?:还没定|還沒定|没定|沒定|未定|没决定|沒決定|还没决定|還沒決定|不确定|不確定|待定)`,
    String.raw`(?:公司|主体|主體)(?:还没定|還沒定|未定|待定|还没确定|還沒確定)`,
    String.raw`\b(?:haven't|have not|not yet|still (?:not )?|yet to)\s*(?:decided|chosen|picked|settled on)\s+(?:on\s+)?(?:which|what)\s+(?:company|entity|business)`,
    String.raw`\b(?:which|what)\s+(?:company|entity)\s+(?:will|would|should|we'?ll)\s+apply\b.{0,30}\b(?:not (?:yet )?(?:decided|sure)|undecided|open|tbd)\b`,
    String.raw`\b(?:welche|mit welcher)\s+(?:Firma|Gesellschaft|Unternehmen)\b.{0,40}\b(?:noch nicht (?:fest|entschieden|klar)|offen)\b`,
    String.raw`\b(?:quelle|avec quelle)\s+(?:société|entité|entreprise)(?!\p{L}).{0,40}\b(?:pas encore (?:décidé|choisi)|pas (?:encore )?tranché)(?!\p{L})`,
    String.raw`\b(?:quale|con quale)\s+(?:società|azienda)(?!\p{L}).{0,40}\b(?:non (?:abbiamo )?ancora (?:deciso|scelto))\b`,
    String.raw`\b(?:qué|con qué)\s+(?:empresa|sociedad)\b.{0,40}\b(?:no (?:hemos )?(?:decidido|elegido)(?: todavía| aún)?|todavía no|aún no)\b`,
  ].join('|'),
  'iu',
);

const ON_SITE = new RegExp(
  String.raw`(?<![\p{Script=Latin}])(?:${PLACE_WAREHOUSE_WORDS})(?:\s+(?:propre|eigenes|eigenen|own|nostro|propio))?\s+(?:sur place|vor Ort|on[- ]site|in loco|in sede|in situ|allí mismo|en el mismo sitio|à côté|nebenan|next door|right there|just outside (?:the )?(?:city|town)|outside (?:the )?(?:city|town))(?!\p{L})` +
    // "our own warehouse", "unser eigenes Lager", "notre propre entrepôt", "il nostro magazzino", "almacén propio": the
    // company's own, where the company is (shown in the facts line, so a wrong guess is visible).
    // Not "sin almacén propio", "without our own warehouse".
    String.raw`|(?<!\b(?:sin|no|without|ohne|kein|keine|keinen|sans|pas de|senza|non)\s+(?:an?\s+|un\s+|el\s+|il\s+|le\s+)?)(?:\b(?:our|unser(?:em|en|e)?|notre|nos|il nostro|nostro|nuestro)\s+(?:own|eigene[snm]?|propres?|proprio|propio)\s+(?:${PLACE_WAREHOUSE_WORDS})(?!\p{L})|(?:${PLACE_WAREHOUSE_WORDS})\s+(?:propio|proprio|di proprietà)(?!\p{L}))`,
  'iu',
);

// European countries a warehouse guess may fall back on: the seller's VAT or company country.
const EUROPEAN_GUESS = new Set(['DE', 'FR', 'IT', 'ES', 'NL', 'BE', 'PL', 'CZ', 'AT', 'PT', 'IE', 'SE', 'DK', 'FI', 'GR', 'RO', 'HU', 'SK', 'SI', 'HR', 'BG', 'LU', 'LT', 'LV', 'EE', 'CY', 'MT']);

/** The one European country a warehouse in an unknown town is taken to be in, when the message names one. */
function guessWarehouseCountry(facts: EligibilityInput): string | undefined {
  const vat = (facts.vatCountries ?? []).filter((c) => EUROPEAN_GUESS.has(c));
  if (vat.length === 1) return vat[0];
  if (vat.length > 1) return undefined;
  return facts.entityCountry && EUROPEAN_GUESS.has(facts.entityCountry) ? facts.entityCountry : undefined;
}

// Where sellers' goods come from: stock there has not left home, and is not a warehouse to check.
const HOME = new Set(['CN', 'HK', 'MO', 'TW']);
const OUTSIDE_EUROPE = new Set([...HOME, 'US', 'CA', 'MX', 'BR', 'JP', 'KR', 'SG', 'VN', 'TH', 'MY', 'ID', 'IN', 'AE', 'AU']);

export function parseEligibilityText(text: string): ParsedEligibilityText {
  const mentions = mergeMentions(text, findCountryMentions(text));
  const code = (i: number): string => mentions[i].code;
  const facts: EligibilityInput = {};
  const negated: NegatedFact[] = [];
  let entityFrom: ParsedEligibilityText['entityFrom'];
  let rest = dropMovedFrom(maskMentions(text, mentions));
  const negatedVat = new Set<string>();

  const vatIds = [...text.matchAll(VAT_ID)];
  for (const m of vatIds) {
    const c = m[1] === 'EL' ? 'GR' : m[1];
    facts.vatCountries = [...new Set([...(facts.vatCountries ?? []), c])];
  }
  const addVatCountries = (codes: string[]): void => {
    facts.vatCountries = [...new Set([...(facts.vatCountries ?? []), ...codes])];
  };
  // VAT first: "German VAT" must not be read as a German company or warehouse.
  rest = consume(rest, NO_VAT, () => {
    facts.vatCountries ??= [];
    negated.push({ fact: 'vat', text: 'VAT' });
    return true;
  });
  const addVat = ({ indexes, negated: isNegated, before, end }: Match): boolean => {
    if (QUESTION_BEFORE_VAT.test(before) || VAT_RATE.test(clauseAround(rest, before.length, end))) return false;
    // "I don't know whether they registered us for French VAT": neither a registration nor its absence.
    if (UNSURE_BEFORE.test(before.slice(-80))) return true;
    const codes = indexes.map(code).filter((c) => c !== 'EU');
    const absent = isNegated || negatedAfter(rest, end);
    if (codes.length === 0) {
      // "no EU VAT", "keine EU-USt": no VAT registration in Europe at all.
      if (!absent || indexes.length === 0) return false;
      facts.vatCountries ??= [];
      negated.push({ fact: 'vat', country: 'EU', text: 'VAT EU' });
      return true;
    }
    if (absent) {
      for (const c of codes) {
        negatedVat.add(c);
        negated.push({ fact: 'vat', country: c, text: `VAT ${c}` });
      }
      return true;
    }
    addVatCountries(codes);
    return true;
  };
  for (const re of [VAT_NO_THEN_ONLY, REGISTERED_FOR_VAT_IN, VAT_IN, VAT_BEFORE, VAT_AFTER]) rest = consume(rest, re, addVat);
  if (MENTIONS_VAT.test(text)) {
    rest = consume(rest, VAT_ELLIPSIS_NEGATED, ({ indexes }) => {
      for (const c of indexes.map(code).filter((x) => x !== 'EU')) {
        negatedVat.add(c);
        negated.push({ fact: 'vat', country: c, text: `VAT ${c}` });
      }
      return true;
    });
    rest = consume(rest, VAT_ELLIPSIS_ONLY, ({ indexes }) => {
      const codes = indexes.map(code).filter((x) => x !== 'EU');
      if (codes.length === 0) return false;
      addVatCountries(codes);
      return true;
    });
  }
  // "USt-IdNr. haben wir", "P.IVA attiva", "NIF-IVA español" already read: a VAT ID only one country issues.
  for (const [re, country] of NATIONAL_VAT) {
    rest = consume(rest, re, ({ negated: isNegated, before, end }) => {
      if (QUESTION_BEFORE_VAT.test(before) || ASKS_ABOUT.test(clauseAround(rest, before.length, end))) return false;
      if (isNegated || negatedAfter(rest, end)) {
        negatedVat.add(country);
        negated.push({ fact: 'vat', country, text: `VAT ${country}` });
        if (isNegated) facts.vatCountries ??= [];
      } else {
        addVatCountries([country]);
      }
      return true;
    });
  }

  // "tenemos el IVA en trámite", "VAT还在办": a VAT without a country, not there yet, is no VAT yet.
  rest = consume(rest, BARE_VAT, ({ before, end }) => {
    if (QUESTION_BEFORE_VAT.test(before) || ASKS_ABOUT.test(clauseAround(rest, before.length, end)) || !negatedAfter(rest, end)) return false;
    facts.vatCountries ??= [];
    negated.push({ fact: 'vat', text: 'VAT' });
    return true;
  });

  const stock: StockFacts = { none: false, europe: false, outside: false };
  const placeStock = (c: string, isNegated: boolean): void => {
    if (isNegated) {
      negated.push({ fact: 'stock', country: c, text: `stock ${c}` });
      // "没有欧洲仓库", "no stock in Europe": not in Europe; "no warehouse in Germany" says nothing about France.
      if (c === 'EU') stock.none = true;
      return;
    }
    if (c === 'EU') stock.europe = true;
    else if (OUTSIDE_EUROPE.has(c)) {
      stock.outside = true;
      if (!HOME.has(c)) stock.elsewhere ??= c;
    }
    // Stock in a European country is in Europe even when that country is outside the EU (GB, CH, NO).
    else stock.warehouse ??= c;
  };
  // Read last of the stock phrases (after the countries): "no warehouse in France, ours is in Germany" names one.
  if (NO_WAREHOUSE_AT_ALL.test(rest)) stock.noneAtAll = true;
  rest = consume(rest, STOCK_NONE_ABROAD, () => {
    stock.noneAbroad = true;
    return true;
  });
  rest = consume(rest, STOCK_NONE, () => {
    stock.none = true;
    negated.push({ fact: 'stock', country: 'EU', text: 'stock' });
    return true;
  });
  rest = consume(rest, NOT_LEFT, ({ indexes }) => {
    const c = indexes.map(code)[0];
    if (!c || c === 'EU') return false;
    stock.none = true;
    placeStock(c, false);
    return true;
  });
  rest = consume(rest, NOT_SHIPPED, () => {
    stock.none = true;
    negated.push({ fact: 'stock', country: 'EU', text: 'stock' });
    return true;
  });
  rest = consume(rest, SHIPS_FROM, ({ indexes }) => {
    if (!indexes.map(code).some((c) => c === 'CN' || c === 'HK')) return false;
    stock.outside = true;
    // "We sell from Shenzhen": the city still says where the company is.
    return !indexes.some((i) => mentions[i].entityHint);
  });
  STOCK_PATTERNS.forEach((re, i) => {
    const still = i === STOCK_PATTERNS.length - 1;
    rest = consume(rest, re, ({ text: phrase, indexes, negated: negatedBeforeIt, end }) => {
      const codes = indexes.map(code);
      if (codes.length === 0) return false;
      // "ein Lager in Europa haben wir nicht", "德国仓还没有": the negation after the phrase.
      const isNegated = negatedBeforeIt || negatedAfter(rest, end);
      // "还在国内" is about the goods only when it names China or Hong Kong ("还在德国" could be anything).
      if (still && !(codes[0] === 'CN' || codes[0] === 'HK')) return false;
      // "货还在国内", "la merce è ancora in Cina": not in Europe yet, whatever is planned after.
      if (!isNegated && OUTSIDE_EUROPE.has(codes[0]) && (still || STILL.test(phrase))) stock.none = true;
      placeStock(codes[0], isNegated);
      return true;
    });
  });

  for (const re of ENTITY_PATTERNS) {
    rest = consume(rest, re, ({ indexes, negated: isNegated }) => {
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

  // A clause about stock that no phrase fitted ("西班牙马德里那边租了个海外仓", "Stock is sitting in a 3PL in
  // Barcelona", "Ware steht bei einem Fulfiller in Dortmund"): its first country left unread is where the stock is.
  if (!stock.warehouse && !stock.europe) {
    let start = 0;
    const clauses: Array<[number, number]> = [];
    for (const m of rest.matchAll(STOCK_CLAUSE_SPLIT)) {
      clauses.push([start, m.index]);
      start = m.index + m[0].length;
    }
    clauses.push([start, rest.length]);
    for (const [from, to] of clauses) {
      const clause = rest.slice(from, to);
      const plain = clause.replace(/⟦\d+⟧/g, ' ');
      const about = WAREHOUSE_CLAUSE.test(plain) ? 'warehouse' : GOODS_CLAUSE.test(plain) ? 'goods' : undefined;
      if (!about || RULE_CLAUSE.test(plain)) continue;
      const at = /⟦(\d+)⟧/.exec(clause);
      if (!at) continue;
      const c = code(Number(at[1]));
      if (c === 'EU' && !GOODS_CLAUSE.test(plain)) continue;
      const isNegated = negatedBefore(rest, from + at.index) || NEGATION.test(clause.slice(0, at.index).replace(/⟦\d+⟧/g, ' '));
      placeStock(c, isNegated);
      if (!isNegated && OUTSIDE_EUROPE.has(c) && STILL.test(clause)) stock.none = true;
      // A company's city stays readable as the entity ("货都在义乌自己仓库" and no other word for the company).
      if (!mentions[Number(at[1])].entityHint) rest = rest.slice(0, from + at.index) + FILLER.repeat(at[0].length) + rest.slice(from + at.index + at[0].length);
      if (!isNegated && !OUTSIDE_EUROPE.has(c)) break;
    }
  }
  const warehouse = stock.warehouse ?? stock.elsewhere;
  if (warehouse) facts.warehouseCountry = warehouse;
  // A German company's own warehouse in Germany and "kein Lager im Ausland": the stock is at home, in Europe.
  if ((stock.noneAbroad || stock.noneAtAll) && !stock.warehouse && !stock.europe) {
    stock.none = true;
    negated.push({ fact: 'stock', country: 'EU', text: 'stock' });
  }
  if (stock.none) facts.hasEuStock = false;
  else if (stock.warehouse || stock.europe) facts.hasEuStock = true;
  else if (stock.outside) facts.hasEuStock = false;

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
  // "SAS basée à Lyon avec notre propre entrepôt sur place", "Lager vor Ort": the warehouse is where the company is.
  if (facts.warehouseCountry === undefined && facts.hasEuStock === undefined && facts.entityCountry && EUROPEAN_GUESS.has(facts.entityCountry) && ON_SITE.test(text)) {
    facts.warehouseCountry = facts.entityCountry;
    facts.hasEuStock = true;
  }
  // The company that will apply is not chosen yet: its country is asked for, not guessed from where the team sits.
  if (ENTITY_UNDECIDED.test(text)) {
    delete facts.entityCountry;
    entityFrom = undefined;
  }
  let warehouseGuess: ParsedEligibilityText['warehouseGuess'];
  if (facts.warehouseCountry === undefined && facts.hasEuStock === undefined) {
    const at = UNKNOWN_PLACE_WAREHOUSE.exec(rest);
    const country = at && !NOT_PLACES.test(at[1].split(/[\s-]/)[0]) && !negatedBefore(rest, at.index) ? guessWarehouseCountry(facts) : undefined;
    if (at && country) {
      facts.warehouseCountry = country;
      facts.hasEuStock = true;
      warehouseGuess = { place: at[1], country };
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
  return { facts, factCount, stated, negated, unread, ...(entityFrom ? { entityFrom } : {}), ...(warehouseGuess ? { warehouseGuess } : {}) };
}
