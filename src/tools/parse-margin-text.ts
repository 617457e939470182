// Reads a margin question from chat text in zh (simplified and traditional), en, de, fr, it and es: labelled
// amounts and rates, the market, the program, and whether the seller asks about profit. Deterministic: labels next
// to numbers, no model. Every number in the text ends up either used (`used`, and in `input`) or in `unread`, with
// the ones that cannot be used as typed (a sign, an exponent, a range, "NaN") also listed in `rejected`.
import type { RejectedNumber } from '../contract/tool-result.js';
import { findCountryMentions } from './country-mentions.js';
import type { MarginInput } from './margin-schema.js';
import { findNumberTokens, type NumberToken } from './text-numbers.js';

export type MarginField = Exclude<keyof MarginInput, 'market' | 'commissionTier' | 'program'>;

const AMOUNT_FIELDS = new Set<MarginField>(['listPrice', 'unitCost', 'inboundShipping', 'fulfillmentFee', 'buyerShipping']);

// Longest labels win where they share words ("达人佣金" before "佣金", "inbound shipping" before "shipping").
const LABELS: Record<MarginField, string[]> = {
  listPrice: [
    '售价', '售價', '价格', '價格', '定价', '定價', '卖价', '賣價', '标价', '標價', '零售价', '零售價', '销售价', '銷售價', '客单价', '客單價',
    '卖', '賣', 'list price', 'selling price', 'sale price', 'sales price', 'retail price', 'RRP', 'sell it for', 'sell it at',
    'sell for', 'sell at', 'selling for', 'selling at', 'sells for', 'priced at', 'price', 'Verkaufspreis', 'VK-Preis', 'VK', 'Bruttopreis',
    'Endpreis', 'Nettopreis', 'Preis', 'verkaufe für', 'verkaufen für', 'prix de vente', 'prix public', 'prix TTC', 'prix HT', 'prix',
    'vendu à', 'je vends à', 'on vend à', 'prezzo di vendita', 'prezzo al pubblico', 'prezzo netto', 'prezzo', 'vendo a', 'venduto a',
    'precio de venta', 'precio sin IVA', 'PVP', 'precio', 'lo vendo a', 'vendemos a',
  ],
  unitCost: [
    '成本', '采购价', '採購價', '采购成本', '採購成本', '进货价', '進貨價', '进价', '進價', '拿货价', '拿貨價', '出厂价', '出廠價', '货值', '貨值',
    '货本', '貨本', '产品成本', '產品成本', '单件成本', '單件成本', '货物成本', '貨物成本', 'cost of goods', 'COGS', 'unit cost', 'product cost',
    'purchase cost', 'purchase price', 'landed cost', 'buy price', 'costs me', 'costs', 'cost', 'Einkaufspreis', 'Einkauf', 'EK-Preis', 'EK',
    'Stückkosten', 'Warenkosten', 'Produktkosten', 'Einstandspreis', 'Kosten', 'coût d’achat', 'coût unitaire', 'coût de revient',
    'prix d’achat', "coût d'achat", "prix d'achat", 'Ware kostet', 'kostet uns', 'Einkaufskosten', 'coût', 'cout', 'costo d’acquisto', 'costo di acquisto', 'costo unitario', 'costo del prodotto', 'prezzo d’acquisto',
    'prezzo di acquisto', 'costo', 'coste de compra', 'coste unitario', 'coste del producto', 'precio de compra', 'coste', 'costo de compra',
  ],
  inboundShipping: [
    '头程运费', '頭程運費', '头程费用', '頭程費用', '头程', '頭程', '国际运费', '國際運費', '海运费', '海運費', '海运', '海運', '空运费', '空運費',
    'inbound shipping', 'inbound freight', 'inbound', 'first-leg shipping', 'first-leg', 'first leg', 'first mile', 'sea freight',
    'air freight', 'freight', 'first-mile', 'Anlieferung ins Lager', 'Anlieferung', 'Zulauf', 'Inbound-Fracht', 'Seefracht', 'Luftfracht', 'Fracht', 'Vorlauf', 'fret maritime', 'fret', 'transport amont', "frais d'approche", 'frais d’approche', 'amont',
    'acheminement', 'trasporto in entrata', 'trasporto internazionale', 'trasporto marittimo', 'nolo', 'transporte de entrada',
    'transporte internacional', 'flete marítimo', 'flete', 'transporte hasta el almacén', 'entrada',
  ],
  fulfillmentFee: [
    '尾程运费', '尾程運費', '尾程费用', '尾程費用', '尾程', '配送费', '配送費', '配送', '派送费', '派送費', '派送', '仓储配送', '倉儲配送',
    '快递费', '快遞費', '发货费', '發貨費', '操作费', '操作費', '物流费', '物流費', 'fulfilment fee', 'fulfillment fee', 'fulfilment cost',
    'fulfillment cost', 'fulfilment', 'fulfillment', 'last-mile', 'last mile', 'shipping cost', 'shipping costs', 'delivery cost',
    'delivery fee', 'delivery', 'FBT fee', 'Fulfillment-Gebühr', 'Fulfillmentkosten', 'Zustellkosten', 'Zustellung', 'Logistikkosten',
    'Lieferkosten', 'frais de fulfillment', 'frais logistiques', 'coût de livraison', 'dernier kilomètre', 'frais d’expédition',
    'costo di spedizione', 'costi di spedizione', 'costo di consegna', 'ultimo miglio', 'logistica', 'coste de envío', 'costes de envío',
    'coste de entrega', 'última milla', 'logística', 'Versand zum Kunden', 'Versand an den Kunden', 'Versand an Kunden',
    'shipping to the customer', 'shipping to customer', 'shipping to the buyer', 'delivery to the customer',
    'livraison au client', 'livraison client', 'spedizione al cliente', 'consegna al cliente', 'envío al cliente',
    'entrega al cliente', '发给客户', '寄给买家', 'dernier km', 'dernier kilometre', 'expédition client', 'expédition', 'logistique',
    'letzte Meile', 'Zustellung zum Kunden', 'ultimo km', 'consegna', 'último km', 'envío final',
  ],
  // Shipping charged to the buyer is revenue (and in the commission base) when the text says the buyer pays it. A
  // plain "shipping"/"运费"/"Versand" is how sellers name their own delivery cost, so it is read as fulfilment and
  // the reply says so.
  buyerShipping: [
    '买家运费', '買家運費', '买家付运费', '買家付運費', '买家承担运费', '顾客运费', '顧客運費', '客户运费', '客戶運費', 'buyer shipping',
    'buyer-paid shipping', 'shipping paid by the buyer', 'shipping paid by buyer', 'shipping charged to the buyer', 'customer shipping',
    'Versand (Käufer)', 'Versandkosten des Käufers', 'Käuferversand', 'frais de port acheteur', 'frais de port payés par l’acheteur',
    'frais de port client', 'spedizione pagata dal cliente', 'spedizione del cliente', 'spese di spedizione a carico del cliente',
    'envío pagado por el comprador', 'envío del comprador', 'gastos de envío del comprador', 'gastos de envío del cliente',
    '运费', '運費', '邮费', '郵費', 'shipping fee', 'shipping charge', 'shipping', 'postage', 'Versandkosten', 'Versand', 'Porto',
    'frais de port', 'frais de livraison', 'livraison', 'spese di spedizione', 'spedizione', 'gastos de envío', 'envío', 'envio', 'portes',
  ],
  commissionRate: [
    '平台佣金', '平台傭金', '平台扣点', '平台扣點', '扣点', '扣點', '佣金', '傭金', '平台费', '平台費', '抽佣', '抽成', '平台抽成',
    'platform commission', 'platform fee', 'referral fee', 'commission rate', 'TikTok commission', 'commission', 'take rate',
    'Plattformprovision', 'Verkaufsprovision', 'Provision', 'Plattformgebühr', 'commission de la plateforme', 'commission plateforme',
    'commission TikTok', 'commissione della piattaforma', 'commissione piattaforma', 'commissione', 'comisión de la plataforma',
    'comisión', 'comision',
  ],
  affiliateRate: [
    '达人佣金', '達人佣金', '達人傭金', '达人分佣', '達人分佣', '达人费用', '達人費用', '达人费', '达人', '達人', '联盟佣金', '聯盟佣金',
    '带货佣金', '帶貨佣金', '网红佣金', '網紅佣金', '网红', '網紅', '红人佣金', '紅人佣金', '红人', '紅人', '主播佣金', '主播', 'creator佣金',
    'affiliate佣金', 'influencer佣金', 'KOL佣金', 'KOC佣金', 'KOL', 'KOC', 'affiliate commission', 'creator commission',
    'influencer commission', 'affiliate fee', 'affiliates', 'affiliate', 'creators', 'creator', 'influencers', 'influencer',
    'Creator-Provision', 'Affiliate-Provision', 'Influencer-Provision', 'commission créateur', 'commission créateurs',
    'commission des créateurs', 'commission influenceur', 'commission d’affiliation', 'créateurs', 'créateur', 'influenceurs',
    'influenceur', 'affiliation', 'commissione creator', 'commissione influencer', 'commissione affiliazione', 'commissione degli affiliati',
    'creatori', 'affiliati', 'comisión de creadores', 'comisión del creador', 'comisión de creador', 'comisión de afiliados',
    'comisión de afiliado', 'comisión de influencers', 'creadores', 'creador', 'afiliados',
  ],
  adsRate: [
    '广告费', '廣告費', '广告占比', '廣告佔比', '广告', '廣告', '投流', '投放', '推广费', '推廣費', '推广', '推廣', 'ad spend', 'ad cost',
    'ads cost', 'advertising', 'ads', 'ad', 'ACOS', 'TACoS', 'marketing', 'Werbekosten', 'Werbebudget', 'Werbung', 'Anzeigen',
    'dépenses pub', 'publicité', 'pubs', 'pub', 'pubblicità', 'pubblicita', 'sponsorizzate', 'publicidad', 'anuncios',
  ],
  sellerDiscount: [
    '卖家折扣', '賣家折扣', '折扣', '打折', '优惠', '優惠', 'seller discount', 'discount', 'off', 'Rabatt', 'Nachlass', 'remise', 'réduction',
    'rabais', 'sconto', 'descuento', 'rebaja',
  ],
  platformSubsidy: [
    '平台补贴', '平台補貼', '补贴', '補貼', '平台券', '平台优惠券', '平台優惠券', 'platform subsidy', 'platform coupon', 'subsidy',
    'Plattformzuschuss', 'Plattform-Gutschein', 'Zuschuss', 'subvention de la plateforme', 'coupon plateforme', 'subvention',
    'contributo della piattaforma', 'coupon della piattaforma', 'sussidio', 'subvención de la plataforma', 'cupón de la plataforma', 'subvención',
  ],
  returnRate: [
    '退货率', '退貨率', '退款率', '退货', '退貨', 'return rate', 'refund rate', 'returns', 'return', 'Retourenquote', 'Rücksendequote',
    'Retouren', 'Retoure', 'taux de retour', 'retours', 'tasso di reso', 'resi', 'tasa de devoluciones', 'tasa de devolución', 'devoluciones',
  ],
  vatRate: [
    '增值税率', '增值稅率', '增值税', '增值稅', 'VAT率', '税率', '稅率', 'VAT rate', 'VAT', 'MwSt.-Satz', 'MwSt', 'USt', 'Mehrwertsteuer',
    'Umsatzsteuer', 'taux de TVA', 'TVA', 'aliquota IVA', 'tipo de IVA', 'IVA',
  ],
  targetMargin: [
    '目标利润率', '目標利潤率', '目标毛利率', '目標毛利率', '目标净利率', '目标利润', '目标毛利', '利润率', '利潤率', '毛利率', '净利率', '淨利率',
    'target margin', 'target profit margin', 'profit margin', 'margin', 'target', 'Zielmarge', 'Marge', 'marge cible', 'marge',
    'margine obiettivo', 'margine', 'margen objetivo', 'margen',
  ],
};

/** Shipping labels that do not say who pays: read as the buyer's and named in the reply. */
const PLAIN_SHIPPING = new Set(
  ['运费', '運費', '邮费', '郵費', 'shipping fee', 'shipping charge', 'shipping', 'postage', 'Versandkosten', 'Versand', 'Porto', 'frais de port',
    'frais de livraison', 'livraison', 'spese di spedizione', 'spedizione', 'gastos de envío', 'envío', 'envio', 'portes'].map((l) => l.toLowerCase()),
);
// "运费3欧买家付", "shipping 4.99 paid by the customer": the buyer's shipping, revenue.
const BUYER_PAYS_RE =
  /买家(?:付|出|承担|支付)|買家(?:付|出|承擔|支付)|顾客(?:付|出)|客户(?:付|出)|(?:paid|charged|payable)\s+(?:by|to)\s+(?:the\s+)?(?:buyer|customer)|(?:buyer|customer)\s+pays|zahlt\s+der\s+(?:Käufer|Kunde)|(?:Käufer|Kunde)\s+zahlt|payés?\s+par\s+(?:l[’']acheteur|le\s+client)|pagat[ao]\s+dal\s+cliente|a\s+carico\s+del\s+cliente|pagado\s+por\s+el\s+(?:comprador|cliente)|lo\s+paga\s+el\s+(?:comprador|cliente)/iu;

const isCjk = (s: string): boolean => /[\u3400-\u9fff]/.test(s);
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const LABEL_FIELD = new Map<string, MarginField>();
for (const [field, labels] of Object.entries(LABELS) as Array<[MarginField, string[]]>) {
  // The field name itself works too, for "/margin listPrice=29.99 unitCost=8 market=DE"; ’ and ' are the same.
  for (const l of [field, ...labels]) {
    LABEL_FIELD.set(l.toLowerCase(), field);
    if (l.includes('’')) LABEL_FIELD.set(l.replace(/’/g, "'").toLowerCase(), field);
  }
}

/** The margin field a label names ("price", "成本", "达人佣金", "listPrice"), for the key=value command form. */
export function fieldForLabel(label: string): MarginField | undefined {
  return LABEL_FIELD.get(label.toLowerCase());
}

const LABEL_RE = new RegExp(
  [...LABEL_FIELD.keys()]
    .sort((a, b) => b.length - a.length)
    // Latin labels end at a Latin letter only: in mixed text "creator佣金" the Han characters follow directly.
    .map((l) => (isCjk(l) ? escape(l) : `(?<!\\p{Script=Latin})${escape(l)}(?!\\p{Script=Latin})`))
    .join('|'),
  'giu',
);

// What may stand between a label and its number: "售价是29.99", "cost: €8", "commission of 9%", "creators take 15%",
// "Werbung kostet ca. 10 %", "la pub nous coûte 10 %", "la commissione è del 9%", "los creadores se llevan un 15 %";
// and between a number and a label after it: "15%达人佣金", "8 euro cost", "10% on ads", "10 % für Werbung".
// Checked word by word (a regex of optional words under a star backtracks exponentially on a long gap), and never
// across a line break: a number at the end of one line does not belong to a label on the next.
interface GapWords {
  latin: Set<string>;
  /** Han connectors, longest first (read greedily). */
  han: string[];
  punct: Set<string>;
}
const words = (s: string): Set<string> => new Set(s.split(' '));
const GAP_AFTER: GapWords = {
  latin: words(
    'around about approx approximately roughly of at is are was were will would be per unit each the our my we take takes get gets charge charges ' +
      'cost run runs eat eats come comes to ca circa etwa ungefähr rund von liegt liegen bei beträgt betragen kostet nimmt nehmen bekommen bekommt ' +
      "de du des d’ d' environ à est sont autour prend prennent coûte nous di del della è sono intorno a prende prendono costa ci " +
      'un una unos unas alrededor es son se lleva llevan cobra cobran cuesta nos el la le il lo los las',
  ),
  han: ['约占比', '差不多', '占比', '约占', '大概', '大约', '大約', '每件', '单件', '單件', '一件', '是', '为', '為', '约', '約', '占', '佔', '按', '给', '給', '拿', '抽', '收', '要'],
  punct: new Set([':', '：', '=', '＝', '~', '≈', '(', '（', '-', '–', '—']),
};
const GAP_BEFORE: GapWords = {
  latin: words('in for of on to as goes go für auf an de pour en di per a para the our die der das le la les il lo el los las'),
  han: ['作为', '作為', '用于', '用於', '用在', '花在', '的', '给', '給', '投'],
  punct: new Set(),
};
const GAP_PIECE = /\p{Script=Latin}+(?:['’]\p{Script=Latin}*)?|\p{Script=Han}+|[ \t\u00a0]+|\S|\n/gu;

function isGap(gap: string, allowed: GapWords): boolean {
  let previous = '';
  for (const [piece] of gap.matchAll(GAP_PIECE)) {
    if (/^[ \t\u00a0]+$/.test(piece)) continue;
    if (/\p{Script=Han}/u.test(piece)) {
      let rest = piece;
      while (rest) {
        const hit = allowed.han.find((h) => rest.startsWith(h));
        if (!hit) return false;
        rest = rest.slice(hit.length);
      }
    } else if (/\p{Script=Latin}/u.test(piece)) {
      // "d’environ": the elided article, then the word.
      const parts = piece.match(/^(\p{Script=Latin}+['’])(\p{Script=Latin}+)$/u)?.slice(1) ?? [piece];
      if (!parts.every((w) => allowed.latin.has(w.toLowerCase()))) return false;
    } else if (piece === '.') {
      // "approx. 10", "ca. 10 %": the abbreviation's point only.
      if (!/^(?:approx|ca)$/i.test(previous)) return false;
    } else if (!allowed.punct.has(piece)) {
      return false;
    }
    previous = piece;
  }
  return true;
}

interface LabelHit {
  field: MarginField;
  text: string;
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
  /** Each number that became an input, as typed, with its field. */
  used?: Array<{ field: MarginField; text: string }>;
  /** Every number in the text that is not an input (unlabelled, a quantity, the ignored and rejected ones), as typed. */
  unread?: string[];
  /** Numbers that cannot be used as typed: a sign, an exponent, a range, "NaN"; with the field their label names. */
  rejected?: RejectedNumber[];
  /** Plain shipping labels ("运费 3", "shipping 3") read as shipping the buyer pays, as typed. */
  shippingAsBuyer?: string[];
}

const PROFIT_RE =
  /利润|利潤|赚|賺|盈利|毛利|亏|虧|保本|回本|能挣|挣多少|定价多少|定價多少|卖多少|賣多少|profit|margin|make money|earn|break[- ]?even|\broi\b|how much (?:do|would|will|can) (?:i|we)|worth it|Gewinn|Marge|verdien|lohnt|bénéfice|benefice|rentab|je gagne|on gagne|guadagn|margine|utile|beneficio|ganancia|gano|ganamos|margen/iu;
const COMPARE_RE =
  /对比|對比|比较|比較|四国|四國|各国|各國|各站|哪个(?:站|国家)|compare|comparison|each market|every market|all markets|all four|vergleich|alle Märkte|comparer|comparaison|tous les marchés|confronta|confronto|tutti i mercati|comparar|comparativa|todos los mercados/iu;
const LADDER_RE = /阶梯|階梯|梯度|不同(?:的)?(?:售)?价|几个价|幾個價|价格表|價格表|ladder|different prices|price points|several prices|other prices|Preisstaffel|verschiedene Preise|plusieurs prix|prezzi diversi|varios precios/iu;
const EXCL_VAT_RE =
  /不含税|不含稅|未税|未稅|税前|稅前|除税|excl\.?\s*(?:of\s*)?VAT|excluding VAT|ex\.?\s*VAT|net of VAT|before VAT|without VAT|netto|Nettopreis|ohne MwSt|zzgl\.? MwSt|hors taxes?|\bHT\b|IVA esclusa|senza IVA|prezzo netto|sin IVA|IVA no incluido/iu;
const ELECTRONICS_RE = /电子产品|電子產品|消费电子|消費電子|3C|electronics|Elektronik|électronique|elettronica|electrónica/iu;
const NEW_SELLER_RE = /新商家|新卖家|新賣家|新店|新入驻|新入駐|new seller|new shop|newly joined|neuer Verkäufer|neue Verkäufer|nouveau vendeur|nuovo venditore|vendedor nuevo|nuevo vendedor/iu;
const LOCAL_HOSTING_RE = /本地托管|本地託管|本托|本託|local[- ]?hosting|hébergement local|hosting locale|alojamiento local/iu;

/** A rate label with a bare number: "佣金9" is 9%, "returns 0.05" is 5%. */
function toRate(token: NumberToken): number | undefined {
  if (token.kind === 'percent' || token.kind === 'zhe') return token.value;
  if (token.kind !== 'amount' || token.currency) return undefined;
  return token.value >= 1 ? Number((token.value / 100).toPrecision(12)) : token.value;
}

const clauseAround = (text: string, start: number, end: number): string => {
  const before = text.slice(0, start).search(/[^，,。.;；\n]*$/u);
  const after = text.slice(end).search(/[，,。;；\n]|$/u);
  return text.slice(before, end + after);
};

type Item = { token: NumberToken; start: number } | { label: LabelHit; start: number };
/** A pair's looseness: the spaces in its gap. Connectors ("的", "for", ":", "是") bind; a bare space only separates. */
const looseness = (gap: string): number => gap.replace(/\S/g, '').length;

type Score = { pairs: number; gap: number; labelFirst: number };

const better = (x: Score, y: Score): boolean =>
  x.pairs !== y.pairs ? x.pairs > y.pairs : x.gap !== y.gap ? x.gap < y.gap : x.labelFirst > y.labelFirst;

/** The pairs of a maximum matching between neighbouring numbers and labels (a path, so a linear DP). */
function pairNumbersWithLabels(
  text: string,
  tokens: NumberToken[],
  labels: LabelHit[],
  usable: (t: NumberToken) => boolean,
): Array<[NumberToken, LabelHit]> {
  const items: Item[] = [...tokens.map((token) => ({ token, start: token.start })), ...labels.map((label) => ({ label, start: label.start }))].sort(
    (a, b) => a.start - b.start,
  );
  // The edge between item i-1 and item i, when one is a usable number and the other a label with an allowed gap.
  const edge = (i: number): { pair: [NumberToken, LabelHit]; gap: number; labelFirst: boolean } | undefined => {
    const a = items[i - 1];
    const b = items[i];
    if ('label' in a && 'token' in b && usable(b.token)) {
      const gap = text.slice(a.label.end, b.token.start);
      return isGap(gap, GAP_AFTER) ? { pair: [b.token, a.label], gap: looseness(gap), labelFirst: true } : undefined;
    }
    if ('token' in a && 'label' in b && usable(a.token)) {
      const gap = text.slice(a.token.end, b.label.start);
      return isGap(gap, GAP_BEFORE) ? { pair: [a.token, b.label], gap: looseness(gap), labelFirst: false } : undefined;
    }
    return undefined;
  };
  const zero: Score = { pairs: 0, gap: 0, labelFirst: 0 };
  const best: Array<{ score: Score; take: boolean }> = items.map(() => ({ score: zero, take: false }));
  for (let i = 1; i < items.length; i++) {
    const skip = best[i - 1].score;
    const e = edge(i);
    const before = i >= 2 ? best[i - 2].score : zero;
    const take = e ? { pairs: before.pairs + 1, gap: before.gap + e.gap, labelFirst: before.labelFirst + Number(e.labelFirst) } : undefined;
    best[i] = take && better(take, skip) ? { score: take, take: true } : { score: skip, take: false };
  }
  const out: Array<[NumberToken, LabelHit]> = [];
  for (let i = items.length - 1; i >= 1; ) {
    if (best[i].take) {
      out.push(edge(i)!.pair);
      i -= 2;
    } else {
      i -= 1;
    }
  }
  return out.reverse();
}

export function parseMarginText(text: string): ParsedMarginText {
  const tokens = findNumberTokens(text).filter((t) => t.kind !== 'date');
  const labels: LabelHit[] = [...text.matchAll(LABEL_RE)]
    .map((m) => ({ field: LABEL_FIELD.get(m[0].toLowerCase()), text: m[0], start: m.index, end: m.index + m[0].length, used: false }))
    .filter((l): l is LabelHit => l.field !== undefined && !tokens.some((t) => l.start >= t.start && l.start < t.end));
  const input: Partial<MarginInput> = {};
  const ignored: ParsedMarginText['ignored'] = [];
  const used: NonNullable<ParsedMarginText['used']> = [];
  const rejected: RejectedNumber[] = [];
  const shippingAsBuyer: string[] = [];
  const placed = new Set<NumberToken>();
  const inputs = new Set<NumberToken>();

  const fieldFor = (token: NumberToken, label: LabelHit): MarginField => {
    if (token.kind === 'zhe') return 'sellerDiscount';
    if (label.field === 'buyerShipping' && PLAIN_SHIPPING.has(label.text.toLowerCase())) {
      return BUYER_PAYS_RE.test(clauseAround(text, label.start, token.end)) ? 'buyerShipping' : 'fulfillmentFee';
    }
    return label.field;
  };
  const valueFor = (token: NumberToken, field: MarginField): number | undefined => {
    if (AMOUNT_FIELDS.has(field)) return token.kind === 'amount' ? token.value : undefined;
    return toRate(token);
  };
  const tryAssign = (token: NumberToken, label: LabelHit): boolean => {
    const field = fieldFor(token, label);
    if (token.kind === 'invalid') {
      rejected.push({ field, text: token.text, problem: token.invalid === 'range' ? 'range' : (token.invalid ?? 'not-a-number') });
    } else {
      const value = valueFor(token, field);
      if (value === undefined || input[field] !== undefined) return false;
      input[field] = value;
      used.push({ field, text: token.text });
      inputs.add(token);
      if (field === 'fulfillmentFee' && label.field === 'buyerShipping') shippingAsBuyer.push(`${label.text} ${token.text}`);
    }
    label.used = true;
    placed.add(token);
    return true;
  };
  const labelBefore = (token: NumberToken): LabelHit | undefined => {
    const before = labels.filter((l) => !l.used && l.end <= token.start).at(-1);
    if (!before) return undefined;
    const between = tokens.some((t) => t !== token && t.start >= before.end && t.start < token.start);
    return between || !isGap(text.slice(before.end, token.start), GAP_AFTER) ? undefined : before;
  };
  const usable = (t: NumberToken): boolean => t.kind !== 'quantity';

  // Numbers and labels alternate along the text; each number pairs with a neighbouring label, before it ("成本8欧",
  // "commission 9%", "creators take 15%") or after it ("15%达人佣金", "8 euro cost", "10% on ads"). Choosing the pairs
  // is a matching on that path: as many pairs as possible, then the tightest, then label-first, so "15%达人佣金 10%广告"
  // and "cost 8 price 20" both read as written.
  for (const [token, label] of pairNumbersWithLabels(text, tokens, labels, usable)) if (!placed.has(token) && !label.used) tryAssign(token, label);
  // A labelled number of the wrong kind ("广告费2欧": ads are a rate here) is reported, not guessed.
  for (const token of tokens) {
    if (placed.has(token) || token.kind === 'zhe' || !usable(token)) continue;
    const label = labelBefore(token);
    if (label && input[label.field] === undefined) {
      ignored.push({ field: label.field, text: token.text });
      label.used = true;
      placed.add(token);
    }
  }
  // Discounts written as 折 need no label ("打9折").
  for (const token of tokens) {
    if (placed.has(token) || token.kind !== 'zhe' || input.sellerDiscount !== undefined) continue;
    input.sellerDiscount = token.value;
    used.push({ field: 'sellerDiscount', text: token.text });
    placed.add(token);
    inputs.add(token);
  }
  const takePrice = (token: NumberToken): void => {
    input.listPrice = token.value;
    used.push({ field: 'listPrice', text: token.text });
    placed.add(token);
    inputs.add(token);
  };
  // An unlabelled amount in euros is the price ("€29.99, cost 8").
  if (input.listPrice === undefined && !rejected.some((r) => r.field === 'listPrice')) {
    const price = tokens.find((t) => !placed.has(t) && t.kind === 'amount' && t.currency);
    if (price) takePrice(price);
  }
  const asksProfit = PROFIT_RE.test(text);
  // "29.99 cost 8, profit?": with a profit question, one bare unlabelled number is the price; years are not.
  if (input.listPrice === undefined && asksProfit && !rejected.some((r) => r.field === 'listPrice')) {
    const bare = tokens.filter((t) => !placed.has(t) && t.kind === 'amount' && !(Number.isInteger(t.value) && t.value >= 1900 && t.value <= 2100));
    if (bare.length === 1) takePrice(bare[0]);
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
    used,
    unread: tokens.filter((t) => !inputs.has(t)).map((t) => t.text),
    rejected,
    shippingAsBuyer,
  };
}
