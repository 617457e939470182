// Numbers as sellers type them in chat: "29.99欧", "€29,99", "9%", "百分之九", "打9折", "八五折".

type NumberKind = 'amount' | 'percent' | 'zhe';

export interface NumberToken {
  kind: NumberKind;
  /** amount: the number; percent: the fraction (9% -> 0.09); zhe: the discount fraction (9折 -> 0.1). */
  value: number;
  /** The amount carried a currency sign or word. */
  currency: boolean;
  start: number;
  end: number;
  text: string;
}

const ZH_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "九" 9, "十五" 15, "二十" 20, "三十五" 35, "八点五" 8.5; undefined when not a number. */
export function parseChineseNumber(s: string): number | undefined {
  if (/^[\d.]+$/.test(s)) return Number(s);
  const [intPart, fracPart] = s.split('点');
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

/** "29,99" -> 29.99, "1,299.00" -> 1299, "1.299,00" -> 1299, "1,299" -> 1299. */
export function parseLocaleNumber(s: string): number {
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    return lastComma > lastDot ? Number(s.replace(/\./g, '').replace(',', '.')) : Number(s.replace(/,/g, ''));
  }
  if (lastComma >= 0) return /^\d{1,3}(,\d{3})+$/.test(s) ? Number(s.replace(/,/g, '')) : Number(s.replace(',', '.'));
  return Number(s);
}

/** Percent/discount arithmetic in decimal strings, so "29%" is exactly 0.29 and not 0.29000000000000004. */
function divideBy(n: number, by: 10 | 100): number {
  return Number((n / by).toPrecision(12));
}

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+,\d+|\d+(?:[.,]\d+)?`;
const ZH_NUM = '[零〇一二两三四五六七八九十点]+';
const CUR_BEFORE = String.raw`€|EUR|eur|欧元|欧`;
const CUR_AFTER = String.raw`€|EUR(?![a-z])|eur(?:os?)?(?![a-z])|Euros?(?![a-z])|欧元|欧|块钱?|元`;

const TOKEN_RE = new RegExp(
  [
    String.raw`(?<zhPct>百分之(?<zhPctNum>${ZH_NUM}|[\d.]+))`,
    String.raw`(?<zhe>打?\s*(?<zheNum>\d+(?:\.\d+)?|[一二三四五六七八九]{1,2}(?:点[一二三四五六七八九])?)\s*折)`,
    String.raw`(?<amount>(?<curBefore>${CUR_BEFORE})?\s*(?<![\d.,])(?<num>${NUM})(?![\d])\s*(?<unit>%|％|percent(?![a-z])|per cent(?![a-z])|pct(?![a-z])|个点|(?:${CUR_AFTER}))?)`,
  ].join('|'),
  'g',
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
    if (g.zhPct) {
      const n = parseChineseNumber(g.zhPctNum);
      if (n !== undefined) out.push({ kind: 'percent', value: divideBy(n, 100), currency: false, ...base });
    } else if (g.zhe) {
      const n = parseChineseNumber(g.zheNum.replace(/\s/g, ''));
      if (n === undefined || n <= 0) continue;
      // 9折 = pay 90%; 85折 = pay 85%; 8.5折 = pay 85%.
      const paidShare = n < 10 ? divideBy(n, 10) : n < 100 ? divideBy(n, 100) : undefined;
      if (paidShare === undefined) continue;
      out.push({ kind: 'zhe', value: Number((1 - paidShare).toPrecision(12)), currency: false, ...base });
    } else if (g.num) {
      const n = parseLocaleNumber(g.num);
      if (!Number.isFinite(n)) continue;
      const unit = g.unit ?? '';
      const isPct = /^(%|％|percent|per cent|pct|个点)$/i.test(unit);
      if (isPct) out.push({ kind: 'percent', value: divideBy(n, 100), currency: false, ...base });
      else out.push({ kind: 'amount', value: n, currency: Boolean(g.curBefore) || unit !== '', ...base });
    }
  }
  return out;
}
