// A tool turn that builds on the asker's previous one: a pending request takes the missing fields from the next
// message; a what-if or a correction changes one field of the last result; every input is shown again.
import type { ToolReply } from '../contract/ports.js';
import type { Lang, ToolName } from '../contract/types.js';
import { findSubjects } from '../analysis/find-subject.js';
import { findCountryMentions } from '../tools/country-mentions.js';
import { checkEligibility } from '../tools/eligibility.js';
import { parseEligibilityText } from '../tools/parse-eligibility-text.js';
import { findLabelFields, parseMarginText } from '../tools/parse-margin-text.js';
import { renderEligibility } from '../tools/render-eligibility.js';
import { marginFields, replyToMargin } from '../tools/route-tool.js';
import type { Rules } from '../tools/rules.js';

export interface ToolTurn {
  tool: ToolName;
  inputs: Record<string, unknown>;
  /** Fields the tool asked for (a pending request). */
  missing?: string[];
  /** Fields the turn before changed ("…subiendo el precio a 14,99", then "perdón, quería decir 12,99"). */
  lastChanged?: string[];
}

export interface ContinuedTool {
  reply: ToolReply;
  inputs: Record<string, unknown>;
  /** Fields the message set or changed. */
  changed: string[];
}

const MARKETS = ['DE', 'FR', 'IT', 'ES'];
const BARE_AMOUNT = /^\s*(?:a|à|at|@|um|zu|por|per|卖|賣|定价|定價)?\s*(?:€|EUR)?\s*(\d{1,6}(?:[.,]\d{1,2})?)\s*(?:€|欧元?|歐元?|eur|euros?|euro)?\s*(?:吧|呢|的话|左右)?\s*[?？。.!！]*\s*$/iu;
const YES = /^(?:有|是|是的|对|嗯|有的|已经有|yes|yep|yeah|y|ja|oui|sì|si|sí)(?!\p{L})/iu;
const NO = /^(?:没有|没|无|不是|还没有?|no|nope|n|nein|non|no)\b/iu;

// "不打折呢", "what if we drop the discount", "no ads": a field set back to zero, which carries no number to parse.
const ZEROED: Array<[string, RegExp]> = [
  ['sellerDiscount', /不打折|不折扣|没有?折扣|(?:取消|去掉|不要|不做|不搞)(?:折扣|活动|促销)|(?:折扣|活动|促销)(?:取消|去掉|不要了|不做了|不搞了)|原价|no (?:discount|promo)|(?:drop|skip|remove|cut|lose|ditch|scrap|kill|forget|get rid of) (?:the |that |this |any )?(?:discount|promo|promotion|coupon)|without (?:the |a |any )?(?:discount|promo)|full price|ohne (?:den )?Rabatt|kein(?:en)? Rabatt|Rabatt (?:weg|streichen|weglassen)|sans (?:la |le )?(?:remise|réduction|promo)|pas de (?:remise|promo)|(?:enlève|retire|supprime)r? (?:la )?(?:remise|promo)|senza (?:lo )?sconto|nessuno sconto|(?:tolgo|togliamo|togli|elimino) (?:lo )?sconto|sin (?:el )?descuento|(?:quito|quitamos|quitar|quita) (?:el )?descuento/iu],
  // "e se tolgo le ads?", "去掉广告呢", "what if I cut the ads?": the ads removed.
  ['adsRate', /不投广告|不开广告|没有?广告|不打广告|(?:去掉|砍掉|取消|停掉|停了)(?:广告|投流)|(?:广告|投流)(?:都)?(?:停掉|停了|去掉|砍掉|取消|不投了|关掉|关了|不要了)|不投流|no ads|no more ads|without ads|(?:drop|cut|remove|stop|kill|pause|skip) (?:the |all |my )?(?:ads|advertising)|(?:turn|switch) (?:off )?(?:the |my )?ads(?: off)?|no advertising|ohne (?:Werbung|Ads|Anzeigen)|keine (?:Werbung|Ads|Anzeigen)|(?:Werbung|Ads) (?:weg|streichen|weglassen)|sans (?:pub|publicité|ads)|pas de (?:pub|ads)|(?:enlève|enlever|supprime|supprimer|coupe|couper|retire|retirer)(?:r)? (?:la |les )?(?:pub|publicité|ads)|senza (?:pubblicità|ads|adv)|(?:tolgo|togliamo|togliere|togli|elimino|eliminiamo|eliminare) (?:la |le |i )?(?:pubblicità|ads|adv)|sin (?:publicidad|ads|anuncios)|(?:quito|quitamos|quitar|quita|elimino|eliminamos) (?:la |los |las )?(?:publicidad|ads|anuncios)/iu],
  ['affiliateRate', /不找达人|没有?达人|不用达人|不走达人|不走達人|不找網紅|不找网红|不用网红|不用網紅|no creators?|without creators?|no affiliates?|ohne Creator|sans créateurs?|senza creator|sin creadores?/iu],
];

/**
 * "达人改成20%", "cost goes up to 5", "la commission créateur passe à 5 %": the change verb stands between a label and
 * its number, where a question never puts one; without it the parser reads the pair as it reads "达人 20%".
 */
export function dropChangeVerbs(text: string): string {
  return text.replace(OLD_VALUE, ' ').replace(CHANGE_VERBS, ' ');
}
// "le coût c'est 3,10 pas 2,10", "4.80 not 4.20", "是4.3不是3.4": the number after the negation is the old value.
const OLD_VALUE = /[,，]?\s*(?:\b(?:pas|not|nicht|non|no)\b|而不是|不是)\s*(?:€\s*)?\d+(?:[.,]\d+)?\s*(?:€|%|％|欧元?|eur\b|euros?\b)?/giu;
const CHANGE_VERBS =
  /改成|改为|改為|降到|降为|降低到|降至|压到|壓到|压低到|砍到|减到|減到|加到|升到|调高到|调低到|提高到|提到|涨到|漲到|变成|變成|换成|換成|调到|調到|调成|调为|变为|變為|goes? (?:up|down) to|(?:drops?|rises?|increases?|decreases?|falls?|changes?|moves?) to|(?:steigt|sinkt|geht) (?:auf|runter auf|hoch auf)|(?:passent|passe|montent|monte|descendent|descend|baissent|baisse) (?:à|au|aux)|(?:passano|passa|salgono|sale|scendono|scende) (?:al|allo|alla|ai|agli|alle|a)|(?:suben|sube|bajan|baja|pasan|pasa) (?:al|a)\b/giu;

// "如果60天后恢复成9%呢", "what if it goes back to 9%?": a rate back to normal is the field whose normal value it is.
const BACK_TO = /恢复|恢復|回到|回归|回歸|回落|back to|revert|wieder auf|zurück auf|revient à|retour à|torna a|tornare a|ritorna|vuelve a|volver a/iu;

// "let's assume the standard 22% rate instead", "mit dem Normalsatz 19 %": the market's standard VAT rate, by name.
const STANDARD_RATE = /标准税率|標準稅率|正常税率|正常稅率|\b(?:standard|normal|regular|full)\b|Normalsatz|Regelsatz|regulär|taux normal|taux plein|aliquota ordinaria|aliquota standard|tipo general|tipo normal/iu;

// "新店期过了按9%呢", "und mit 7 %?": one rate with no label that is one of the market's commission rates (the
// standard, electronics or new-seller one) is the commission; after "back to" the VAT rate may be meant too.
function restoredField(previous: ToolTurn, text: string, rules: Rules): Record<string, number> {
  const rates = [...text.matchAll(/(\d+(?:[.,]\d+)?)\s*(?:%|％|个点|個點)/gu)].map((m) => Number(m[1]!.replace(',', '.')) / 100);
  if (rates.length !== 1) return {};
  const profile = rules.markets.markets[String(previous.inputs.market)];
  if (!profile) return {};
  const rate = rates[0]!;
  const same = (x: number | undefined) => x !== undefined && Math.abs(rate - x) < 1e-9;
  const c = profile.commission;
  if (same(c.default) || same(c.electronics) || same(c.newSeller?.rate)) return { commissionRate: rate };
  if ((BACK_TO.test(text) || STANDARD_RATE.test(text)) && same(profile.vat.standard)) return { vatRate: rate };
  return {};
}

/** "如果增值税按德国的税率算", "with the German VAT rate": the VAT rate of the market named, the market unchanged. */
export const VAT_RATE_OF_MARKET = /(?:增值税|增值稅|VAT|MwSt|USt|TVA|IVA).{0,12}(?:税率|稅率|rate|Satz|taux|aliquota|tipo)|(?:税率|稅率|rate|Satz|taux|aliquota|tipo).{0,12}(?:增值税|增值稅|VAT|MwSt|USt|TVA|IVA)/iu;

/** The markets the rules know that a text names, each once. */
function namedMarkets(text: string, rules: Rules): string[] {
  return [...new Set(findCountryMentions(text).map((m) => m.code).filter((c) => rules.markets.markets[c]))];
}

// "same but with French VAT", "pareil mais avec la TVA allemande", "mit französischer MwSt", "按德国的VAT算": the
// calculation again with that country's VAT rate (the market stays).
const WITH_VAT_OF = /(?<![\p{L}])(?:with|avec|mit|con|using)(?![\p{L}]).{0,24}(?<![\p{L}])(?:VAT|TVA|MwSt|USt|IVA)(?![\p{L}])|(?:按|用)[^，,。]{0,8}(?:增值税|增值稅|VAT|税率|稅率)/iu;

function vatRateOfMarket(text: string, rules: Rules): Record<string, number> {
  if (!VAT_RATE_OF_MARKET.test(text) && !WITH_VAT_OF.test(text)) return {};
  const markets = namedMarkets(text, rules);
  return markets.length === 1 ? { vatRate: rules.markets.markets[markets[0]!]!.vat.standard } : {};
}

// "ads加5%呢", "达人再减2个点", "ads +5%": a rate moved by some points from the last result's, not set to them.
const RELATIVE = /^(.{1,20}?)\s*(?:再)?(加|加上|增加|多加|多投|多花|多给|多給|提高|\+|减|減|减少|減少|少投|少花|少给|少給|少|降低|-)\s*(\d+(?:\.\d+)?)\s*(?:%|％|个点|個點)/u;
const DOWN = new Set(['减', '減', '减少', '減少', '少投', '少花', '少给', '少給', '少', '降低', '-']);

function movedRate(previous: ToolTurn, text: string, rules: Rules): Record<string, number> {
  const m = RELATIVE.exec(text.trim());
  if (!m) return {};
  const field = parseMarginText(`${m[1]} ${m[3]}%`).found.find((f) => f !== 'market' && f !== 'listPrice' && f !== 'unitCost');
  if (!field) return {};
  const profile = rules.markets.markets[String(previous.inputs.market)];
  const before = typeof previous.inputs[field] === 'number' ? (previous.inputs[field] as number) : field === 'commissionRate' && profile ? profile.commission.default : 0;
  const step = Number(m[3]) / 100;
  const after = Number((DOWN.has(m[2]!) ? before - step : before + step).toPrecision(12));
  return after >= 0 && after < 1 ? { [field]: after } : {};
}

// "售价提高2欧呢", "what if I raise the price by 2 euros", "shipping 1 euro more", "Preis 2 € höher": an amount
// moved from the last result's, not set to it. Each form with its direction; "提高到", "up to" set the value instead.
const MONEY_FIELDS = new Set(['listPrice', 'unitCost', 'inboundShipping', 'fulfillmentFee', 'buyerShipping']);
const AMOUNT = String.raw`(?:€\s*)?(?<n>\d+(?:[.,]\d{1,2})?)\s*(?:€|欧元|歐元|欧|歐|块|塊|eur(?:os?)?(?![\p{L}])|euros?(?![\p{L}])|(?<cents>cents?|ct|cts|Cents?|centimes?|centesimi|céntimos?|centimos?|(?<=\d)c)(?![\p{L}\d]))?`;
const LESS = /降|减|減|少|便宜|less|lower|cheaper|weniger|billiger|günstiger|moins|meno|menos|baja|bajan|bajo|bajamos|abbasso|abbassiamo|scende|cala|baisse|baissons|senke|sinkt|down|drops|decreases|falls/iu;
/** Each form gives the word that says which way the amount moves (null: the verb elsewhere in the message does). */
const RELATIVE_AMOUNT: Array<[RegExp, (m: RegExpExecArray) => string | null]> = [
  [new RegExp(String.raw`(?<way>提高|提价|提(?!到|成|为|為)|调高|調高|涨|漲|加|多|贵|貴|降|降低|减|減|少|便宜)了?\s*${AMOUNT}(?!\s*(?:%|％|个点|個點|折|\d))`, 'iu'), (m) => m.groups!.way!],
  [new RegExp(String.raw`(?<![\p{L}])(?:by|um|de|di)\s+${AMOUNT}(?!\s*(?:%|％|\d))`, 'iu'), () => null],
  [new RegExp(String.raw`${AMOUNT}\s*(?<way>more|less|higher|lower|cheaper|extra|mehr|weniger|teurer|billiger|de plus|de moins|en plus|en moins|in più|in meno|di più|di meno|más|mas|menos)(?![\p{L}])`, 'iu'), (m) => m.groups!.way!],
  // "el coste sube 1 €", "il prezzo scende 2 €", "goes up 2 euros": the verb right before the amount ("sube a 24" sets it).
  [new RegExp(String.raw`(?<![\p{L}])(?<way>sube|suben|baja|bajan|sale|salgono|scende|scendono|cala|calano|augmente|baisse|steigt|sinkt|goes up|goes down|rises|drops|increases|decreases|falls)\s+${AMOUNT}(?!\s*(?:%|％|\d))`, 'iu'), (m) => m.groups!.way!],
  // "¿y si subo el precio 3€?", "e se alzo il prezzo di 3?", "je monte le prix de 2 €": the seller's own verb, the
  // field, then the amount it moves by ("subo el precio a 24" sets it).
  [new RegExp(String.raw`(?<![\p{L}])(?<way>subo|subimos|bajo|bajamos|alzo|alziamo|aumento|aumentiamo|abbasso|abbassiamo|monte|montons|baisse|baissons|augmente|augmentons|erhöhe|senke|raise|lower|bump)\s+(?:(?:el|la|los|las|il|lo|le|les|the|my|den|die|das|mon|ma)\s+)?(?!(?:à|a|al|au|aux|to|auf|bis|hasta|fino|alla|allo)\s)\p{L}+(?:\s+(?:de|di|by|um))?\s+${AMOUNT}(?!\s*(?:%|％|\d))`, 'iu'), (m) => m.groups!.way!],
  [new RegExp(String.raw`(?:^|\s)(?<way>[+-])\s*${AMOUNT}(?!\s*(?:%|％|\d))`, 'iu'), (m) => (m.groups!.way === '-' ? 'less' : 'more')],
];
const UP = /(?<![\p{L}])(?:raise|raised|increase|increased|up|higher|more|erhöh\w*|höher|mehr|teurer|rauf|hoch|steigt|steigen|augment\w*|plus|hausse|mont\w*|aument\w*|sale|salire|alz\w*|più|sub\w*|más)(?![\p{L}])/iu;
const DOWN_WORD = /(?<![\p{L}])(?:lower|lowered|cut|decrease|decreased|down|less|cheaper|reduce|reduced|drop|senk\w*|sinkt|sinken|fällt|fallen|niedriger|weniger|billiger|runter|baiss\w*|moins|scend\w*|cala|calare|abbass\w*|ridu\w*|meno|baj\w*|menos|rebaj\w*)(?![\p{L}])/iu;

function movedAmount(previous: ToolTurn, text: string): Record<string, number> {
  for (const [re, read] of RELATIVE_AMOUNT) {
    const m = re.exec(text);
    if (!m) continue;
    const fields = [...new Set(findLabelFields(text).filter((f) => MONEY_FIELDS.has(f)))];
    if (fields.length !== 1) return {};
    const way = read(m);
    // "by 2": the direction is in the verb ("raise … by", "um 2 € senken").
    const sign = way === null ? (DOWN_WORD.test(text) ? -1 : UP.test(text) ? 1 : 0) : LESS.test(way) ? -1 : 1;
    const n = Number(m.groups!.n!.replace(',', '.'));
    // "50 cents less": in hundredths, exactly.
    const step = m.groups!.cents ? Number((n / 100).toFixed(2)) : n;
    if (!sign || !Number.isFinite(step)) return {};
    const field = fields[0]!;
    const before = typeof previous.inputs[field] === 'number' ? (previous.inputs[field] as number) : 0;
    const after = Number((before + sign * step).toFixed(2));
    return after >= 0 ? { [field]: after } : {};
  }
  return {};
}

// "广告减半呢", "half the ads?", "double the creator rate": a rate halved or doubled.
const HALF = /减半|砍半|降一半|少一半|(?<![\p{L}])(?:halve[ds]?|half|halbier\w*|Hälfte|moitié|dimezz\w*|metà|mitad|divis\w* par deux|par deux|durch zwei|diviso per due|per due|entre dos|por dos)(?![\p{L}])/iu;
const DOUBLE = /翻倍|翻一倍|加倍|(?<![\p{L}])(?:double[ds]?|twice|verdoppel\w*|doppelt\w*|doubl\w*|raddoppi\w*|doppi\w*|duplic\w*|doble|dobl\w*)(?![\p{L}])/iu;

function scaledField(previous: ToolTurn, text: string): Record<string, number> {
  const factor = HALF.test(text) ? 0.5 : DOUBLE.test(text) ? 2 : 0;
  if (!factor || /\d/u.test(text)) return {};
  const fields = [...new Set(findLabelFields(text))];
  if (fields.length !== 1) return {};
  const field = fields[0]!;
  const before = previous.inputs[field];
  if (typeof before !== 'number' || before === 0) return {};
  // Rates only: half an amount in cents would need rounding the seller did not ask for.
  if (MONEY_FIELDS.has(field)) return {};
  const after = Number((before * factor).toPrecision(12));
  return after < 1 ? { [field]: after } : {};
}

// "新商家期过了按正常佣金呢", "and once the 60 days are over?": the market's standard commission instead of a tier.
const STANDARD_COMMISSION =
  /正常(?:的)?佣金|标准佣金|標準佣金|默认佣金|默認佣金|普通佣金|新(?:商家|卖家|賣家|店|手)期(?:结束|結束|过了|過了|过后|過後|之后|之後)|(?:过了|過了)新(?:手|店|商家)期|60\s*天(?:后|後|以后|以後|之后|之後|过了|過了|到期)|\b(?:after|once|when) (?:the )?(?:60|sixty)[- ]days?\b|\b(?:60|sixty) days are (?:over|up)|\b(?:after|once) the new[- ]seller (?:period|phase|rate)|\b(?:promo|intro(?:ductory)?|new[- ]seller|welcome|starter)\b.{0,24}\b(?:ends|ended|is over|runs out|expires|expired|finishes)\b|\b(?:normal|standard|regular|usual) (?:commission|rate)\b|nach (?:den )?60 Tagen|Standardprovision|normale Provision|après (?:les )?60 jours|commission (?:normale|standard)|dopo (?:i )?60 giorni|commissione (?:normale|standard)|después de (?:los )?60 días|comisión (?:normal|estándar)/iu;

function standardCommission(previous: ToolTurn, text: string, rules: Rules): Record<string, number> {
  const profile = rules.markets.markets[String(previous.inputs.market)];
  if (!profile || !STANDARD_COMMISSION.test(text)) return {};
  // "once the 4% promo ends and it's back to 9%": only the rate held and the standard one may be named beside it.
  const rates = [...text.matchAll(/(\d+(?:[.,]\d+)?)\s*(?:%|％|个点|個點)/gu)].map((m) => Number(m[1]!.replace(',', '.')) / 100);
  const known = [profile.commission.default, previous.inputs.commissionRate].filter((r): r is number => typeof r === 'number');
  if (rates.some((r) => !known.some((k) => Math.abs(k - r) < 1e-9))) return {};
  return { commissionRate: profile.commission.default };
}

const ASKS_WH =
  /哪|什么|甚麼|啥|咋|怎|何时|何時|多少|几|幾|吗|嗎|另外|顺便|順便|(?<![\p{L}])(?:by the way|btw|another question|übrigens|autre question|altra domanda|otra pregunta)(?![\p{L}])|(?<![\p{L}])(?:when|which|what|how|wann|welche[rsmn]?|was|wie|quand|quel(?:le)?s?|combien|comment|quando|quale|quali|quanto|come|cuándo|cuando|cuál|cual|qué|cuánto|cómo)(?![\p{L}])/iu;

// "…selling on the Spanish store now, everything else same", "其他不变": the other inputs stay.
const REST_UNCHANGED =
  /其他不变|其他都不变|其余不变|其它不变|别的不变|(?:everything|all) else (?:the )?same|rest (?:the )?same|rest unchanged|same (?:numbers|inputs|product)|sonst (?:alles )?gleich|Rest gleich|reste (?:pareil|identique|inchangé)|même produit|resto (?:uguale|invariato)|stesso prodotto|lo demás igual|resto igual|mismo producto/iu;

/** The message names a margin input with a value other than the last result's ("达人要15%才肯接", "cost其实是4.3"). */
export function changesMarginInput(previous: ToolTurn, text: string, rules: Rules): boolean {
  if (Object.keys(standardCommission(previous, text, rules)).length > 0) return true;
  // "pareil mais avec la TVA allemande ?" changes the VAT; "are there lower VAT rates in Spain?" asks about them.
  const vat = WITH_VAT_OF.test(text) && !ASKS_WH.test(text) ? vatRateOfMarket(text, rules).vatRate : undefined;
  if (vat !== undefined && vat !== previous.inputs.vatRate) return true;
  // "drop the discount entirely?": a field the last result had, set back to zero; one moved, halved or doubled.
  if (ZEROED.some(([field, re]) => re.test(text) && Number(previous.inputs[field] ?? 0) > 0)) return true;
  if (Object.keys(movedAmount(previous, text)).length > 0 || Object.keys(scaledField(previous, text)).length > 0) return true;
  const parsed = parseMarginText(dropChangeVerbs(text));
  // "stesso prodotto ma in Italia?", "是意大利站": a short message naming another market moves the calculation there.
  const movesMarket = parsed.input.market !== undefined && parsed.input.market !== previous.inputs.market && parsed.found.length === 1;
  // Not a question of its own ("另外 Spain站是哪天launch的"): that asks about the market, it does not move the sums.
  if (movesMarket && (text.length <= 60 || REST_UNCHANGED.test(text)) && !ASKS_WH.test(text) && findSubjects(text).length === 0) return true;
  return parsed.found.some((f) => f !== 'market' && parsed.input[f] !== previous.inputs[f]);
}

const AT_PRICE = /^(?:(?:hmm+|ok|okay|and|so|und|et|e|y|alors|allora|pues|那|那么)[,\s]+)*(?:at|à|a|zu|für|por|per|卖|賣|售价|售價)\s*€?\s*(\d+(?:[.,]\d{1,2})?)\s*(?:€|eur|euros?|欧|歐)?\s*(?:呢|instead|stattdessen|plutôt|invece|en su lugar)?\s*[?？]*$/iu;

function continueMargin(previous: ToolTurn, text: string, rules: Rules, lang: Lang): ContinuedTool | null {
  // Another market's VAT rate, a rate moved by some points, the standard commission: the field's new value is known
  // without parsing labels. "et en France avec la commission normale ?" moves the market too, and the standard rate
  // is the new market's.
  const vat = vatRateOfMarket(text, rules);
  const named = namedMarkets(text, rules);
  const moves = Object.keys(vat).length === 0 && named.length === 1 && named[0] !== previous.inputs.market ? { market: named[0]! } : {};
  const base = { ...previous, inputs: { ...previous.inputs, ...moves } };
  const moved = [vat, movedRate(base, text, rules), movedAmount(base, text), scaledField(base, text)].find((d) => Object.keys(d).length > 0) ?? {};
  const direct = Object.keys(moved).length > 0 ? moved : standardCommission(base, text, rules);
  if (Object.keys(direct).length > 0) {
    const inputs: Record<string, unknown> = { ...base.inputs, ...direct };
    if (direct.commissionRate !== undefined) delete inputs.commissionTier;
    return { reply: replyToMargin(marginFields(inputs), rules, lang), inputs, changed: [...Object.keys(moves), ...Object.keys(direct)] };
  }
  text = dropChangeVerbs(text);
  // "hmm and at 12.49?", "et à 24,90 ?", "und für 19,99?": a bare amount after "at" is the selling price.
  const at = AT_PRICE.exec(text.trim());
  const parsed = parseMarginText(at ? `price ${at[1]}` : text);
  const zeroed = Object.fromEntries(ZEROED.filter(([field, re]) => re.test(text) && !parsed.found.includes(field as never)).map(([field]) => [field, 0]));
  // "广告不投了 0 再算下": the 0 restates the field set to zero, it is no price.
  if ((Object.keys(zeroed).length > 0 || (parsed.stated ?? []).some((x) => x.value === 0)) && parsed.input.listPrice === 0) {
    delete parsed.input.listPrice;
    parsed.found = parsed.found.filter((f) => f !== 'listPrice');
  }
  const restored = parsed.found.filter((f) => f !== 'market').length === 0 ? restoredField(previous, text, rules) : {};
  Object.assign(parsed.input, restored);
  const changed = [...parsed.found.map(String), ...Object.keys(zeroed), ...Object.keys(restored)];
  if (changed.length === 0) return null;
  const inputs = { ...previous.inputs, ...parsed.input, ...zeroed };
  const reply = replyToMargin({ ...parsed, input: inputs, found: [...new Set([...Object.keys(inputs), ...parsed.found])] as typeof parsed.found }, rules, lang);
  return { reply, inputs, changed };
}

/** A bare answer to the eligibility tool's own question: a country or a yes/no fills the first field it fits. */
function fillBare(previous: ToolTurn, text: string): Record<string, unknown> {
  const missing = previous.missing ?? [];
  const out: Record<string, unknown> = {};
  const countries = findCountryMentions(text).filter((m) => m.code !== 'EU').map((m) => m.code);
  const t = text.trim();
  for (const field of missing) {
    if (field === 'hasEuStock' && (YES.test(t) || NO.test(t)) && countries.length === 0) out.hasEuStock = !NO.test(t);
    // Asked for the VAT registration: "no" is none; "yes" is the warehouse country's, the one the rule asks about
    // (the facts line of the reply shows it, so a wrong reading is visible).
    if (field === 'vatCountries' && countries.length === 0 && !missing.includes('hasEuStock')) {
      if (NO.test(t)) out.vatCountries = [];
      else if (YES.test(t) && typeof previous.inputs.warehouseCountry === 'string') out.vatCountries = [previous.inputs.warehouseCountry];
    }
    if (countries.length === 0) continue;
    if (field === 'entityCountry' && out.entityCountry === undefined) out.entityCountry = countries[0];
    if (field === 'warehouseCountry' && out.warehouseCountry === undefined) out.warehouseCountry = countries[0];
    if (field === 'vatCountries' && out.vatCountries === undefined) out.vatCountries = countries;
  }
  return out;
}

// "en España en vez de Francia", "in Spain instead of France": the country after "instead of" is the old value.
const INSTEAD_OF =
  /(?:而不是|代替|instead of|rather than|statt in|statt|anstatt|anstelle von|au lieu de|plutôt qu'en|invece che in|invece di|anziché in|anziché|en vez de|en lugar de)\s*\p{L}+/giu;

const ANOTHER = /再|另外|还要|還要|也有|也办|也辦|也注册|也註冊|\btoo\b|\bdazu\b|\bebenfalls\b|\bpure\b|\binoltre\b|多(?:办|辦|注册|註冊)一个|\b(?:also|another|additional(?:ly)?|second|as well)\b|\b(?:auch|zusätzlich|noch eine?n?|weitere)\b|\b(?:aussi|également|en plus|un autre|une autre|deuxième)\b|\b(?:anche|in più|un altro|un'altra|seconda?)\b|\b(?:también|además|otro|otra|segund[oa])\b/iu;

// "if we move everything to Germany", "把货转到法国": moving the goods names where the stock goes.
const WAREHOUSE_WORD =
  /仓|倉|warehouse|3PL|fulfil+ment cent|Lager|entrepôt|entrepot|magazzino|almacén|almacen|\b(?:move|moved|moving|shift|ship (?:it|them|everything|the stock) to|transfer)\b|verlager|umlager|déplac|transfér|spost|trasfer|\b(?:mover|movemos|trasladar|trasladamos)\b|转到|轉到|转去|轉去|搬到|挪到|调到|調到|发到|發到/iu;

function continueEligibility(previous: ToolTurn, text: string, rules: Rules, lang: Lang, pending: boolean): ContinuedTool | null {
  // "and Poland instead of Duisburg?": the field that held the replaced place takes the new one.
  const replaced = [...text.matchAll(INSTEAD_OF)].flatMap((m) => findCountryMentions(m[0]).map((c) => c.code));
  text = text.replace(INSTEAD_OF, ' ');
  const parsed = parseEligibilityText(text);
  const stated: Record<string, unknown> = {};
  const countries = findCountryMentions(text).filter((m) => m.code !== 'EU').map((m) => m.code);
  if (replaced.length === 1 && countries.length === 1 && parsed.stated.length === 0) {
    const old = replaced[0]!;
    if (previous.inputs.warehouseCountry === old) stated.warehouseCountry = countries[0];
    else if (previous.inputs.entityCountry === old) stated.entityCountry = countries[0];
    else if (Array.isArray(previous.inputs.vatCountries) && previous.inputs.vatCountries.includes(old)) {
      stated.vatCountries = (previous.inputs.vatCountries as string[]).map((c) => (c === old ? countries[0]! : c));
    }
  }
  for (const field of parsed.stated) stated[field] = (parsed.facts as Record<string, unknown>)[field];
  // "那如果VAT是法国的呢": a VAT country named with the VAT word is a VAT change even when the parser wants a company.
  if (Object.keys(stated).length === 0 && /VAT|TVA|IVA|USt|MwSt|Umsatzsteuer|增值税|税号/iu.test(text)) {
    if (countries.length) stated.vatCountries = countries;
  }
  // "what if the warehouse were in Spain": a warehouse word and one country move the stock there.
  if (Object.keys(stated).length === 0 && WAREHOUSE_WORD.test(text)) {
    if (countries.length === 1) stated.warehouseCountry = countries[0];
  }
  if (Object.keys(stated).length === 0 && pending) Object.assign(stated, fillBare(previous, text));
  if (Object.keys(stated).length === 0) {
    // "and if we were a UK company?" / "我们是杭州的公司": a company country.
    if (countries.length === 1 && /公司|企业|主体|company|entity|firm|registered|Firma|Unternehmen|société|entreprise|azienda|società|empresa/iu.test(text)) {
      stated.entityCountry = countries[0];
    }
  }
  const changed = Object.keys(stated);
  if (changed.length === 0) return null;
  // "在德国再补办一个VAT", "what if we also register for German VAT": one more VAT number, beside those held.
  const earlierVat = Array.isArray(previous.inputs.vatCountries) ? (previous.inputs.vatCountries as string[]) : [];
  if (Array.isArray(stated.vatCountries) && stated.vatCountries.length > 0 && ANOTHER.test(text)) {
    stated.vatCountries = [...new Set([...earlierVat, ...(stated.vatCountries as string[])])];
  }
  const inputs = { ...previous.inputs, ...stated };
  // Stock now somewhere in the EU: a warehouse country given alone implies the stock is there.
  if (stated.warehouseCountry && inputs.hasEuStock === undefined) inputs.hasEuStock = true;
  return { reply: eligibilityReply(inputs, rules, lang), inputs, changed };
}

function eligibilityReply(inputs: Record<string, unknown>, rules: Rules, lang: Lang): ToolReply {
  const result = checkEligibility(inputs as Parameters<typeof checkEligibility>[0], rules);
  return {
    tool: 'eligibility',
    toolResult: result,
    text: renderEligibility(result, lang),
    sources: [{ id: rules.eligibility.id, title: rules.eligibility.title[lang === 'zh' ? 'zh' : 'en'], date: rules.eligibility.asOf }],
    verdict: result.verdict,
    needsMore: result.verdict === 'incomplete',
  };
}

/** "What do we still need?" after a verdict: the same facts checked again, each missing condition with its step. */
export function recheckEligibility(previous: ToolTurn, rules: Rules, lang: Lang): ContinuedTool {
  return { reply: eligibilityReply(previous.inputs, rules, lang), inputs: previous.inputs, changed: [] };
}

export function continueTool(previous: ToolTurn, text: string, rules: Rules, lang: Lang, pending: boolean): ContinuedTool | null {
  if (previous.tool !== 'margin') return continueEligibility(previous, text, rules, lang, pending);
  const continued = continueMargin(previous, text, rules, lang);
  if (continued) return continued;
  if (pending) {
    const market = findCountryMentions(text).find((m) => MARKETS.includes(m.code));
    if (market) return continueMargin(previous, `market ${market.code}`, rules, lang);
  }
  // "19.99", "a 21,90": the one amount asked for, typed alone; "quería decir 12,99": the amount just changed.
  const amount = BARE_AMOUNT.exec(text);
  const fields = pending
    ? (previous.missing ?? []).filter((f) => f === 'listPrice' || f === 'unitCost')
    : (previous.lastChanged ?? []).filter((f) => typeof previous.inputs[f] === 'number' && !/Rate$|Discount$/.test(f));
  if (!amount || fields.length !== 1) return null;
  const inputs = { ...previous.inputs, [fields[0]!]: Number(amount[1]!.replace(',', '.')) };
  return { reply: replyToMargin(marginFields(inputs), rules, lang), inputs, changed: [fields[0]!] };
}
