// Reads a margin question from chat text (zh, en, simple de/fr/it/es): labelled amounts and rates, the market,
// and whether the seller asks about profit. Deterministic: labels next to numbers, no model.
import { findCountryMentions } from './country-mentions.js';
import type { MarginInput } from './margin-schema.js';
import { findNumberTokens, type NumberToken } from './text-numbers.js';

export type MarginField = Exclude<keyof MarginInput, 'market' | 'commissionTier' | 'program'>;

const AMOUNT_FIELDS = new Set<MarginField>(['listPrice', 'unitCost', 'inboundShipping', 'fulfillmentFee', 'buyerShipping']);

// Longer labels first where they share words ("达人佣金" before "佣金", "inbound shipping" before "shipping").
const LABELS: Record<MarginField, string[]> = {
  listPrice: [
    '售价', '价格', '定价', '卖价', '标价', '零售价', '销售价', '卖', 'list price', 'selling price', 'sale price', 'retail price',
    'sell it for', 'sell it at', 'sell for', 'sell at', 'selling for', 'selling at', 'sells for', 'priced at', 'price',
    'Verkaufspreis', 'Preis', 'prix de vente', 'prix', 'prezzo di vendita', 'prezzo', 'precio de venta', 'precio',
  ],
  unitCost: [
    '成本', '采购价', '采购成本', '进货价', '进价', '拿货价', '出厂价', '货值', '货本', '产品成本', '单件成本', '货物成本',
    'cost of goods', 'COGS', 'unit cost', 'product cost', 'purchase cost', 'purchase price', 'landed cost', 'costs', 'cost',
    'Einkaufspreis', 'Kosten', 'coût', 'cout', 'costo', 'coste',
  ],
  inboundShipping: [
    '头程运费', '头程费用', '头程', 'inbound shipping', 'inbound freight', 'inbound', 'first-leg shipping', 'first-leg',
    'first leg', 'first mile', 'sea freight', 'freight',
  ],
  fulfillmentFee: [
    '尾程运费', '尾程费用', '尾程', '配送费', '配送', '派送费', '派送', '仓储配送', '快递费', '发货费', '操作费',
    'fulfilment fee', 'fulfillment fee', 'fulfilment cost', 'fulfillment cost', 'fulfilment', 'fulfillment', 'last-mile',
    'last mile', 'shipping cost', 'shipping costs', 'delivery cost', 'delivery fee', 'delivery', 'FBT fee',
  ],
  // Shipping charged to the buyer is revenue (and part of the commission base); a plain "shipping"/"运费" is read
  // as that, and the seller's own delivery cost has its own words above (尾程, fulfilment, last mile).
  buyerShipping: [
    '买家运费', '买家付运费', '买家承担运费', '顾客运费', '运费', 'buyer shipping', 'shipping paid by the buyer',
    'shipping paid by buyer', 'shipping charged to the buyer', 'customer shipping', 'shipping fee', 'shipping',
    'Versandkosten', 'Versand', 'frais de port', 'frais de livraison', 'livraison', 'spese di spedizione', 'spedizione',
    'gastos de envío', 'envío', 'envio',
  ],
  commissionRate: [
    '平台佣金', '平台扣点', '扣点', '佣金', '平台费', '抽佣', 'platform commission', 'platform fee', 'referral fee', 'commission',
    'Provision', 'commissione', 'comisión', 'comision',
  ],
  affiliateRate: [
    '达人佣金', '达人分佣', '达人费用', '达人', '联盟佣金', '带货佣金', '网红佣金', '红人佣金', 'creator佣金', 'affiliate佣金',
    'influencer佣金', 'KOL佣金', 'affiliate commission', 'creator commission',
    'influencer commission', 'affiliate', 'creator', 'influencer',
  ],
  adsRate: ['广告费', '广告占比', '广告', '投流', 'ad spend', 'ad cost', 'advertising', 'ads', 'ad', 'ACOS', 'TACoS', 'Werbung', 'publicité', 'pubblicità', 'publicidad'],
  sellerDiscount: ['卖家折扣', '折扣', '打折', 'seller discount', 'discount', 'off', 'Rabatt', 'remise', 'sconto', 'descuento'],
  platformSubsidy: ['平台补贴', '补贴', '平台券', 'platform subsidy', 'platform coupon', 'subsidy'],
  returnRate: ['退货率', '退款率', '退货', 'return rate', 'returns', 'return', 'Retourenquote', 'Retouren', 'taux de retour', 'resi', 'devoluciones'],
  vatRate: ['增值税率', '增值税', 'VAT率', '税率', 'VAT rate', 'VAT', 'MwSt', 'USt', 'TVA', 'IVA'],
  targetMargin: [
    '目标利润率', '目标毛利率', '目标净利率', '目标利润', '目标毛利', '利润率', '毛利率', '净利率', 'target margin',
    'target profit margin', 'profit margin', 'margin', 'target', 'Marge', 'margine', 'margen',
  ],
};

const isCjk = (s: string): boolean => /[\u3400-\u9fff]/.test(s);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const LABEL_FIELD = new Map<string, MarginField>();
for (const [field, labels] of Object.entries(LABELS) as Array<[MarginField, string[]]>) {
  // The field name itself works too, for "/margin listPrice=29.99 unitCost=8 market=DE".
  for (const l of [field, ...labels]) LABEL_FIELD.set(l.toLowerCase(), field);
}
/** The margin field a label names ("price", "成本", "达人佣金", "listPrice"), for the key=value command form. */
export function fieldForLabel(label: string): MarginField | undefined {
  return LABEL_FIELD.get(label.toLowerCase());
}

const LABEL_RE = new RegExp(
  [...LABEL_FIELD.keys()]
    .sort((a, b) => b.length - a.length)
    // Latin labels end at a Latin letter only: in mixed text "creator佣金" the Han characters follow directly.
    .map((l) => (isCjk(l) ? escape(l) : `(?<![a-z])${escape(l)}(?![a-z])`))
    .join('|'),
  'giu',
);

// What may stand between a label and its number: "售价是29.99", "cost: €8", "commission of 9%".
const GAP_AFTER_LABEL =
  /^(?:\s|[:：=＝~≈(（\-–—]|是|为|為|约|占|占比|约占|按|大概|大约|差不多|每件|单件|一件|around|about|approx\.?|roughly|of|at|is|are|was|will be|would be|per unit|each|each is|ca\.?|de|di|von|du)*$/iu;
// Between a number and a label after it: "15%达人佣金", "8 euro cost", "10% off".
const GAP_BEFORE_LABEL = /^(?:\s|的|作为|as|in|for|of|on|de|di)*$/iu;

interface LabelHit {
  field: MarginField;
  start: number;
  end: number;
  used: boolean;
}

export interface ParsedMarginText {
  /** Values read from the text; rates as fractions. */
  input: Partial<MarginInput>;
  /** Fields given in the text (market and listPrice included). */
  found: Array<keyof MarginInput>;
  /** The text asks about profit, margin, break-even or price. */
  asksProfit: boolean;
  /** The text asks to compare markets ("四国对比", "compare markets"). */
  asksComparison: boolean;
  /** The text asks for several prices ("价格梯度", "price ladder"). */
  asksLadder: boolean;
  /** The price was given without VAT ("不含税", "excl. VAT"). */
  priceExcludesVat: boolean;
  /** Numbers that had a label but could not be used, e.g. ads given in euros. */
  ignored: Array<{ field: MarginField; text: string }>;
}

const PROFIT_RE =
  /利润|赚|盈利|毛利|亏|保本|回本|能挣|挣多少|定价多少|卖多少|profit|margin|make money|earn|break[- ]?even|\broi\b|how much (?:do|would|will|can) (?:i|we)|worth it|Gewinn|Marge|bénéfice|benefice|guadagno|margine|beneficio|ganancia/iu;
const COMPARE_RE = /对比|比较|四国|各国|各站|哪个(?:站|国家)|compare|comparison|each market|every market|all markets|all four|vergleich|comparer|confronta|comparar/iu;
const LADDER_RE = /阶梯|梯度|不同(?:的)?(?:售)?价|几个价|价格表|ladder|different prices|price points|several prices|other prices/iu;
const EXCL_VAT_RE = /不含税|未税|税前|除税|excl\.?\s*(?:of\s*)?VAT|excluding VAT|ex\.?\s*VAT|net of VAT|before VAT|without VAT|netto|hors taxe|\bHT\b|IVA esclusa|sin IVA/iu;
const ELECTRONICS_RE = /电子产品|消费电子|3C|electronics|Elektronik|électronique|elettronica|electrónica/iu;
const LOCAL_HOSTING_RE = /本地托管|本地託管|本托|local[- ]hosting|hébergement local|hosting locale|alojamiento local/iu;
const NEW_SELLER_RE = /新商家|新卖家|新店|新入驻|new seller|new shop|newly joined|neuer Verkäufer|nouveau vendeur/iu;

function labelHits(text: string): LabelHit[] {
  const hits: LabelHit[] = [];
  for (const m of text.matchAll(LABEL_RE)) {
    const field = LABEL_FIELD.get(m[0].toLowerCase());
    if (field) hits.push({ field, start: m.index, end: m.index + m[0].length, used: false });
  }
  return hits;
}

/** A rate label with a bare number: "佣金9" is 9%, "returns 0.05" is 5%. */
function toRate(token: NumberToken): number | undefined {
  if (token.kind === 'percent' || token.kind === 'zhe') return token.value;
  if (token.currency) return undefined;
  return token.value >= 1 ? Number((token.value / 100).toPrecision(12)) : token.value;
}

export function parseMarginText(text: string): ParsedMarginText {
  const tokens = findNumberTokens(text);
  const labels = labelHits(text).filter((l) => !tokens.some((t) => l.start >= t.start && l.start < t.end));
  const input: Partial<MarginInput> = {};
  const ignored: ParsedMarginText['ignored'] = [];
  const assigned = new Set<NumberToken>();

  const fieldFor = (token: NumberToken, label: LabelHit): MarginField => (token.kind === 'zhe' ? 'sellerDiscount' : label.field);
  const valueFor = (token: NumberToken, field: MarginField): number | undefined => {
    if (AMOUNT_FIELDS.has(field)) return token.kind === 'amount' ? token.value : undefined;
    return toRate(token);
  };
  const tryAssign = (token: NumberToken, label: LabelHit): void => {
    const field = fieldFor(token, label);
    const value = valueFor(token, field);
    if (value === undefined || input[field] !== undefined) return;
    input[field] = value;
    label.used = true;
    assigned.add(token);
  };
  const labelBefore = (token: NumberToken): LabelHit | undefined => {
    const before = labels.filter((l) => !l.used && l.end <= token.start).at(-1);
    if (!before) return undefined;
    const between = tokens.some((t) => t !== token && t.start >= before.end && t.start < token.start);
    return between || !GAP_AFTER_LABEL.test(text.slice(before.end, token.start)) ? undefined : before;
  };

  // Pass 1: label before its number, the common order ("成本8欧", "commission 9%").
  for (const token of tokens) {
    const label = labelBefore(token);
    if (label) tryAssign(token, label);
  }
  // Pass 2: number before its label ("15%达人佣金", "8 euro cost"); only labels that found no number after them.
  for (const token of tokens) {
    if (assigned.has(token)) continue;
    const after = labels.find((l) => l.start >= token.end);
    if (!after || after.used || !GAP_BEFORE_LABEL.test(text.slice(token.end, after.start))) continue;
    tryAssign(token, after);
  }
  // A labelled number of the wrong kind ("广告费2欧": ads are a rate here) is reported, not guessed.
  for (const token of tokens) {
    if (assigned.has(token) || token.kind === 'zhe') continue;
    const label = labelBefore(token);
    if (label && input[label.field] === undefined) {
      ignored.push({ field: label.field, text: token.text });
      label.used = true;
      assigned.add(token);
    }
  }
  // Discounts written as 折 need no label ("打9折").
  for (const token of tokens) {
    if (assigned.has(token) || token.kind !== 'zhe' || input.sellerDiscount !== undefined) continue;
    input.sellerDiscount = token.value;
    assigned.add(token);
  }
  // An unlabelled amount in euros is the price ("€29.99, cost 8").
  if (input.listPrice === undefined) {
    const price = tokens.find((t) => !assigned.has(t) && t.kind === 'amount' && t.currency);
    if (price) input.listPrice = price.value;
  }
  const asksProfit = PROFIT_RE.test(text);
  // "29.99 cost 8, profit?": with a profit question, one bare unlabelled number is the price; years are not.
  if (input.listPrice === undefined && asksProfit) {
    const bare = tokens.filter((t) => !assigned.has(t) && t.kind === 'amount' && !(Number.isInteger(t.value) && t.value >= 1900 && t.value <= 2100));
    if (bare.length === 1) input.listPrice = bare[0].value;
  }

  const market = findCountryMentions(text).find((m) => ['DE', 'FR', 'IT', 'ES'].includes(m.code));
  if (market) input.market = market.code;
  if (LOCAL_HOSTING_RE.test(text)) input.program = 'local-hosting';
  if (input.commissionRate === undefined) {
    if (ELECTRONICS_RE.test(text)) input.commissionTier = 'electronics';
    else if (NEW_SELLER_RE.test(text)) input.commissionTier = 'newSeller';
  }

  return {
    input,
    found: (Object.keys(input) as Array<keyof MarginInput>).filter((k) => k !== 'commissionTier' && k !== 'program'),
    asksProfit,
    asksComparison: COMPARE_RE.test(text),
    asksLadder: LADDER_RE.test(text),
    priceExcludesVat: EXCL_VAT_RE.test(text),
    ignored,
  };
}
