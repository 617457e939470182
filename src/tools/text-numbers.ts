// Numbers as sellers type them in chat: "29.99欧", "€29,99", "9%", "百分之九", "打9折", "八五折", and the ones that
// cannot be used as typed ("-8", "1e308", "15-20%", "NaN"), which are found too so nothing is dropped silently.
import { MONTH_NUMBERS } from '../lang/month-names.js';

/** quantity: a count or a size ("500件", "30 days", "5kg"): never an input, always named back. */
type NumberKind = 'amount' | 'percent' | 'zhe' | 'date' | 'quantity' | 'invalid';

export type InvalidReason = 'negative' | 'exponent' | 'not-a-number' | 'range';

export interface NumberToken {
  kind: NumberKind;
  /** amount: the number; percent: the fraction (9% -> 0.09); zhe: the discount fraction (9折 -> 0.1); else NaN. */
  value: number;
  /** The amount carried a currency sign or word. */
  currency: boolean;
  /** Why an `invalid` token cannot be used; `percentLike` when it was written as a percentage. */
  invalid?: InvalidReason;
  percentLike?: boolean;
  start: number;
  end: number;
  text: string;
}

const ZH_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "九" 9, "十五" 15, "二十" 20, "三十五" 35, "八点五" 8.5; undefined when not a number. */
export function parseChineseNumber(s: string): number | undefined {
  if (/^[\d.]+$/.test(s)) return Number(s);
  const [intPart, fracPart] = s.split(/[点點]/);
  let n: number;
  if (intPart === '') return undefined;
  if (intPart.includes('十')) {
    const [tens, ones] = intPart.split('十');
    const t = tens === '' ? 1 : ZH_DIGITS[tens];
    const o = ones === '' ? 0 : ZH_DIGITS[ones];
    if (t === undefined || o === undefined) return undefined;
    n = t * 10 + o;
  } else {
    let acc = '';
    for (const ch of intPart) {
      const d = ZH_DIGITS[ch];
      if (d === undefined) return undefined;
      acc += String(d);
    }
    n = Number(acc);
  }
  if (fracPart !== undefined) {
    let acc = '';
    for (const ch of fracPart) {
      const d = ZH_DIGITS[ch];
      if (d === undefined) return undefined;
      acc += String(d);
    }
    n = Number(`${n}.${acc}`);
  }
  return n;
}

/** "29,99" -> 29.99, "1,299.00" -> 1299, "1.299,00" -> 1299, "1,299" -> 1299, "1 299,50" -> 1299.5. */
export function parseLocaleNumber(s: string): number {
  const t = s.replace(/[\s\u00a0\u202f']/g, '');
  const lastComma = t.lastIndexOf(',');
  const lastDot = t.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    return lastComma > lastDot ? Number(t.replace(/\./g, '').replace(',', '.')) : Number(t.replace(/,/g, ''));
  }
  if (lastComma >= 0) return /^\d{1,3}(,\d{3})+$/.test(t) ? Number(t.replace(/,/g, '')) : Number(t.replace(',', '.'));
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(t)) return Number(t.replace(/\./g, ''));
  return Number(t);
}

/** Percent/discount arithmetic in decimal strings, so "29%" is exactly 0.29 and not 0.29000000000000004. */
function divideBy(n: number, by: 10 | 100): number {
  return Number((n / by).toPrecision(12));
}

// A comma never starts a number (",20%" after "比较高" is 20%); after a decimal number it only separates the next one
// ("售价29.9,20%折扣").
// Thousands grouped with commas, points, spaces or narrow spaces ("1,299.00", "1.299,00", "1 299,00"), or plain.
const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:\.\d{3}){2,}|\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:,\d+)?(?![\d.])|\d+(?:[.,]\d+)?|\.\d+`;
const ZH_NUM = '[零〇一二两兩三四五六七八九十点點]+';
const CUR_BEFORE = String.raw`€|(?<!\p{Script=Latin})(?:EUR|eur)|欧元|歐元|欧|歐`;
const CUR_AFTER = String.raw`€|EUR(?![a-z])|eur(?:os?)?(?![a-z])|Euros?(?![a-z])|Eur(?![a-z])|欧元|歐元|欧|歐|块钱?|塊錢?|元`;
const PCT = String.raw`%|％|percent(?![a-z])|per ?cent(?![a-z])|pct(?![a-z])|Prozent(?![a-z])|Proz\.?(?![a-z])|pour ?cent(?![a-z])|por ?ciento(?![a-z])|per ?cento(?![a-z])|个点|個點|个百分点|[点點](?=\s*(?:呢|吧|啊|的话|的話|[，,。;；!?！？\s]|$))`;
const SIGN = '[-−]';
const RANGE = String.raw`\s?(?:-|–|—|~|～|to|bis|à|a|al|至|到)\s?`;
// Units that make a number a quantity, not a price or a rate: named back, never used. Counts, durations ("2 yrs",
// "3 Jahre", "两年" is not a digit) and "3000多件" (about 3000 pieces).
// "unit"/"item" are left out: "29.99 unit cost 8" has a label there, not a quantity; the plurals are counts.
const QUANTITY = String.raw`(?:kg|cm|mm|ml|pcs|pc|units|items|pieces|boxes|cartons|orders?|sales|days?|weeks?|months?|yrs?|years?|Tage?n?|Wochen|Monate?n?|Jahre?n?|Stk\.?|Stück|Einheiten|Bestellungen|Kartons?|jours?|semaines?|mois|ans|années|pièces?|unités|commandes|cartons|giorni|settimane|mesi|anni|pezzi|unità|ordini|días?|dias?|semanas|meses|años|unidades|pedidos|cajas|(?:[万萬千百])?多?件|(?:[万萬千百])?多?个|(?:[万萬千百])?多?個|天|周|週|(?:[万萬千百])?多?单(?![件价價])|(?:[万萬千百])?多?單(?![件價])|月|年|(?:[万萬千百])?多?箱|(?:[万萬千百])?多?台|(?:[万萬千百])?多?套|(?:[万萬千百])?多?瓶|(?:[万萬千百])?多?盒|(?:[万萬千百])?多?包|(?:[万萬千百])?多?双|(?:[万萬千百])?多?雙)`;

// "sold 3,500 last quarter", "卖了3000", "verkauft 1.200": a count of sales, whatever follows it.
const SOLD_BEFORE =
  /(?:\bsold|卖了|賣了|卖出|賣出|销量|銷量|\bverkauft|\bvendu|\bvendus|\bvenduto|\bvenduti|\bvendido|\bvendidos|\bvendimos)\s*(?:about|around|roughly|approx\.?|ca\.?|circa|environ|unos|约|約|大概|差不多)?\s*$/iu;

// The token pattern is case-sensitive ("EUR" is a currency, "eur" too, "Eur" in a word is not): word lists are given
// in both cases. "may" and "mar" are everyday words too ("cost 8 may change"): a date only with its year.
const bothCases = (words: string[]): string =>
  words
    .flatMap((w) => [w, w[0].toUpperCase() + w.slice(1)])
    .sort((a, b) => b.length - a.length)
    .join('|');
const MONTHS = bothCases(Object.keys(MONTH_NUMBERS).filter((m) => m !== 'may' && m !== 'mar'));
const MAY_MAR = bothCases(['may', 'mar']);
const YEAR_BEFORE = String.raw`(?<![\p{L}])(?:${bothCases(['in', 'since', 'from', 'until', 'till', 'year', 'seit', 'im', 'ab', 'bis', 'jahr', 'depuis', 'en', 'année', 'dès', 'dal', 'nel', 'anno', 'desde', 'del', 'año'])}|${MAY_MAR}|${MONTHS})\.?`;
const PCT_START = String.raw`%|％|percent|per ?cent|Prozent|Proz|pour ?cent|por ?ciento|per ?cento`;

const TOKEN_RE = new RegExp(
  [
    // Dates are not figures of the calculation: 2026-01-16, 16.01.2026, 2026年1月16日, 1月8日.
    String.raw`(?<date>\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}年(?:\d{1,2}月(?:\d{1,2}[日号號])?)?|\d{1,2}月\d{1,2}[日号號])`,
    // A year after a word that introduces one ("since 2023", "back in 2023", "seit 2021", "depuis 2022", "dal 2020",
    // "desde 2019") or a month ("January 2026", "8. Januar 2026"), and "16 janvier": a date, not a price.
    String.raw`(?<year>(?<=(?:${YEAR_BEFORE})\s)(?:19|20)\d{2}(?!\d|[.,]\d|\s?(?:${PCT_START}|€|EUR|eur|欧|歐|元)))`,
    String.raw`(?<dayMonth>(?<![\d.,])\d{1,2}\.?\s(?:(?:${MONTHS})(?![\p{L}])(?:\s(?:19|20)\d{2}(?!\d))?|(?:${MAY_MAR})\s(?:19|20)\d{2}(?!\d)))`,
    String.raw`(?<zhPct>百分之(?<zhPctNum>${ZH_NUM}|[\d.]+))`,
    // "29块9" is 29.90, "29块99" and "29块9毛9" are 29.99: how prices are said aloud in Chinese, in any currency.
    String.raw`(?<kuai>(?<![\d.,])(?<kuaiInt>\d+)[块塊](?<kuaiDec>\d{1,2})(?:[毛角](?<kuaiFen>\d))?(?!\d|[.,]\d)(?:\s*(?:欧元|歐元|欧|歐|钱|錢))?)`,
    // "19€99", "7€99": how French sellers write a price, euros and cents either side of the sign.
    String.raw`(?<euroMid>(?<![\d.,])(?<emInt>\d{1,5})€(?<emDec>\d{2})(?!\d|[.,]\d))`,
    // "50 cents", "90 Cent", "80 centimes", "5毛": an amount in cents (or, for 毛 and 角, in tenths).
    String.raw`(?<cents>(?<![\d.,])(?<centsNum>\d{1,4})\s*(?<centsUnit>(?:cents?|ct|cts|Cents?|centimes?|centesimi|céntimos?|centimos?)(?![\p{L}])|(?<=\d)c(?![\p{L}\d])|[毛角](?![利色度])))`,
    // 折 counts ("打9折", "85折", "八五折"); not the 折 of 折扣 ("discount"), which is a label.
    String.raw`(?<zhe>(?:打\s*)?(?<![\d.])(?<zheNum>\d{1,2}(?:\.\d)?|[一二三四五六七八九]{1,2}(?:[点點][一二三四五六七八九])?)\s*折(?!扣))`,
    String.raw`(?<nan>(?<![\p{L}])(?:[Nn][Aa][Nn]|Infinity|∞)(?![\p{L}]))`,
    String.raw`(?<exp>(?<![\p{L}\d.,])${SIGN}?\d+(?:[.,]\d+)?[eE][+-]?\d+(?![\p{L}\d]))`,
    // A range "15-20%", "10~12欧": one value is needed, so it is named back.
    String.raw`(?<range>(?<![A-Za-z\d.,])(?:(?:${CUR_BEFORE})\s*)?(?:${NUM})\s*(?:${PCT})?${RANGE}(?:${CUR_BEFORE})?\s*(?:${NUM})\s*(?:${PCT}|(?:${CUR_AFTER}))?(?![\p{L}\d]))`,
    // Letters may touch a number before it ("成本8欧", "cost8"), not after it ("3PL", "3C" are names).
    String.raw`(?<amount>(?:(?<curBefore>${CUR_BEFORE})\s*)?(?<![\d.])(?<!(?<![.,]\d*)\d,)(?<sign>${SIGN})?(?<num>${NUM})(?![\d])(?:\s*(?<unit>${PCT}|(?:${CUR_AFTER}))|(?<qty>[ ]?${QUANTITY}(?![A-Za-z]))|(?<glued>[A-Za-z]+))?)`,
  ].join('|'),
  'gu',
);

export function findNumberTokens(text: string): NumberToken[] {
  const out: NumberToken[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const g = m.groups ?? {};
    const start = m.index;
    const raw = m[0];
    // Trim the surrounding spaces the pattern allowed, so gaps to labels are measured on real text.
    const lead = raw.length - raw.trimStart().length;
    const tokenText = raw.trim();
    const base = { start: start + lead, end: start + lead + tokenText.length, text: tokenText };
    if (g.date || g.year || g.dayMonth) {
      out.push({ kind: 'date', value: Number.NaN, currency: false, ...base });
    } else if (g.kuai) {
      const cents = g.kuaiFen !== undefined ? `${g.kuaiDec}${g.kuaiFen}` : g.kuaiDec.padEnd(2, '0');
      out.push({ kind: 'amount', value: Number(`${g.kuaiInt}.${cents}`), currency: true, ...base });
    } else if (g.euroMid) {
      out.push({ kind: 'amount', value: Number(`${g.emInt}.${g.emDec}`), currency: true, ...base });
    } else if (g.cents) {
      // Exactly, in decimal digits: 50 cents is 0.50, 5毛 is 0.50, 150 cents is 1.50.
      const hundredths = /^[毛角]$/u.test(g.centsUnit) ? Number(g.centsNum) * 10 : Number(g.centsNum);
      out.push({ kind: 'amount', value: Number(`${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`), currency: true, ...base });
    } else if (g.zhPct) {
      const n = parseChineseNumber(g.zhPctNum);
      if (n !== undefined) out.push({ kind: 'percent', value: divideBy(n, 100), currency: false, ...base });
    } else if (g.zhe) {
      const n = parseChineseNumber(g.zheNum.replace(/\s/g, ''));
      if (n === undefined || n <= 0) continue;
      // 9折 = pay 90%; 85折 = pay 85%; 8.5折 = pay 85%.
      const paidShare = n < 10 ? divideBy(n, 10) : n < 100 ? divideBy(n, 100) : undefined;
      if (paidShare === undefined) continue;
      out.push({ kind: 'zhe', value: Number((1 - paidShare).toPrecision(12)), currency: false, ...base });
    } else if (g.nan) {
      out.push({ kind: 'invalid', invalid: 'not-a-number', value: Number.NaN, currency: false, ...base });
    } else if (g.exp) {
      out.push({ kind: 'invalid', invalid: 'exponent', value: Number.NaN, currency: false, ...base });
    } else if (g.range) {
      // "coste 5,4 - 12% para el creador - sin rebaja": where a spaced dash separates the items of a list, it is no
      // range; each side is a number of its own.
      const dash = /\s[-–—]\s/u.exec(tokenText);
      if (dash && (text.match(/\s[-–—]\s/gu)?.length ?? 0) >= 2) {
        const rightAt = dash.index + dash[0].length;
        for (const [part, at] of [[tokenText.slice(0, dash.index), 0], [tokenText.slice(rightAt), rightAt]] as const) {
          for (const t of findNumberTokens(part)) out.push({ ...t, start: t.start + base.start + at, end: t.end + base.start + at });
        }
        continue;
      }
      out.push({ kind: 'invalid', invalid: 'range', percentLike: new RegExp(PCT).test(g.range), value: Number.NaN, currency: false, ...base });
    } else if (g.num) {
      // Digits glued to letters are names ("3C", "3PL", "iPhone15"), not figures; a quantity ("5kg", "500件") is
      // kept so it can be named back.
      if (g.glued) {
        // "20k followers", "1w粉", "2M views": a count in thousands or millions, named back like any quantity.
        if (/^(?:k|K|w|W|m|M|mio|Mio|mln)$/u.test(g.glued)) out.push({ kind: 'quantity', value: parseLocaleNumber(g.num), currency: false, ...base });
        continue;
      }
      const n = parseLocaleNumber(g.num);
      if (!Number.isFinite(n)) continue;
      const unit = g.unit ?? '';
      const isPct = unit !== '' && new RegExp(`^(?:${PCT})$`, 'iu').test(unit);
      const sold = !isPct && !g.curBefore && unit === '' && Number.isInteger(n) && SOLD_BEFORE.test(text.slice(Math.max(0, base.start - 24), base.start));
      if (g.qty || sold) {
        out.push({ kind: 'quantity', value: n, currency: false, ...base });
      } else if (g.sign) {
        out.push({ kind: 'invalid', invalid: 'negative', percentLike: isPct, value: -n, currency: Boolean(g.curBefore) || (unit !== '' && !isPct), ...base });
      } else if (isPct) {
        out.push({ kind: 'percent', value: divideBy(n, 100), currency: false, ...base });
      } else {
        out.push({ kind: 'amount', value: n, currency: Boolean(g.curBefore) || unit !== '', ...base });
      }
    }
  }
  return out;
}
