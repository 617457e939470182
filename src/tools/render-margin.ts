// Plain-text reply for the margin calculator, in the asker's language: inputs, formula, breakdown, results, rule
// dates and sources. The calculator gives numbers and assumption codes; every word is chosen here and in texts/.
import type { MarginResult, RejectedNumber, ToolInputError } from '../contract/tool-result.js';
import type { Lang } from '../contract/types.js';
import { formatSources } from './format-sources.js';
import type { MarketComparison, PriceLadder } from './margin-compare.js';
import { RATE_FIELDS } from './margin-schema.js';
import { createFmt, toolTexts, type Fmt } from './texts/index.js';
import type { InputNote } from './texts/tool-texts.js';

/** A margin field's name in the reply language ("list price (VAT included)", "售价（含税）"). */
export function nameMarginField(field: string, lang: Lang): string {
  return toolTexts(lang).margin.fieldNames[field] ?? field;
}

export function renderMarginError(error: ToolInputError, lang: Lang): string {
  const m = toolTexts(lang).margin;
  const f = createFmt(lang);
  const problem = (m.problems as Record<string, (p: unknown, f: Fmt) => string>)[error.code](error, f);
  const hint = (RATE_FIELDS as readonly string[]).includes(error.field) && error.code !== 'required' ? m.rateHint : '';
  const given = error.received === undefined ? error.field : `${error.field} = ${typeof error.received === 'string' ? error.received : JSON.stringify(error.received)}`;
  return m.error(nameMarginField(error.field, lang), given, `${problem}${hint}`);
}

/** Numbers the seller typed that cannot be used as typed, each with its field when it had a label. */
export function renderMarginRejected(rejected: RejectedNumber[], lang: Lang): string {
  return toolTexts(lang).margin.rejected(rejected.map((r) => ({ ...r, field: r.field ? nameMarginField(r.field, lang) : undefined })));
}

/** One follow-up asking for every missing margin input at once. */
export function renderMarginMissing(missing: string[], lang: Lang): string {
  return toolTexts(lang).margin.askMissing(missing.map((field) => nameMarginField(field, lang)).join(lang === 'zh' ? '、' : ', '));
}

/** The reply to a /margin key the calculator does not know, listing the keys it does. */
export function renderMarginUnknownKey(key: string, lang: Lang): string {
  return toolTexts(lang).margin.unknownKey(key, 'price, market, cost, inbound, fulfilment, shipping, commission, affiliate, discount, ads, returns, vat');
}

export function renderMargin(r: MarginResult, lang: Lang, notes: string[] = []): string {
  const m = toolTexts(lang).margin;
  const f = createFmt(lang);
  const i = r.inputs;
  const b = r.breakdown;
  const note = (field: 'commissionRate' | 'vatRate'): InputNote =>
    !r.defaultsUsed.includes(field) ? undefined : field === 'commissionRate' && r.program === 'local-hosting' ? 'assumed-local-hosting' : 'default';
  const lines: string[] = [
    m.title(m.market(r.market, f)),
    m.inputs({
      listPrice: f.euro(i.listPrice),
      unitCost: f.euro(i.unitCost),
      inbound: f.euro(i.inboundShipping),
      fulfilment: f.euro(i.fulfillmentFee),
      buyerShipping: f.euro(i.buyerShipping),
      commission: f.rate(i.commissionRate),
      commissionNote: note('commissionRate'),
      affiliate: f.rate(i.affiliateRate),
      ads: f.rate(i.adsRate),
      discount: f.rate(i.sellerDiscount),
      returns: f.rate(i.returnRate),
      vat: f.rate(i.vatRate),
      vatNote: note('vatRate'),
    }),
    m.formulaLine(m.formula),
    m.breakdown,
    m.paid(f.euro(b.paid)),
  ];
  if (b.buyerShipping > 0) lines.push(m.buyerShipping(f.euro(b.buyerShipping)));
  lines.push(
    m.vat(f.rate(i.vatRate), f.euro(-b.vat)),
    m.netSales(f.euro(b.netSales)),
    m.commission(f.rate(i.commissionRate), f.euro(-b.commission), b.buyerShipping > 0),
    m.affiliate(f.rate(i.affiliateRate), f.euro(-b.affiliate)),
    m.ads(f.rate(i.adsRate), f.euro(-b.ads)),
    m.returns(f.euro(-b.returns)),
    m.costs(f.euro(-b.unitCost), f.euro(-b.inboundShipping), f.euro(-b.fulfillmentFee)),
    m.profit(f.euro(r.profit)),
    m.margin(f.ratio(r.margin)),
    m.roi(r.roi === null ? null : f.ratio(r.roi)),
    m.breakEven(f.euro(r.breakEvenPrice)),
  );
  if (r.targetMargin !== undefined) {
    lines.push(m.target(f.rate(r.targetMargin), r.priceForTargetMargin == null ? null : f.euro(r.priceForTargetMargin)));
  }
  if (b.platformSubsidy > 0) lines.push(m.subsidy(f.euro(b.platformSubsidy), f.euro(b.buyerPays)));
  lines.push(...notes);
  const assumptions = m.assumptions as Record<string, (a: unknown, f: Fmt) => string>;
  lines.push(...r.assumptions.map((a) => `- ${assumptions[a.code](a, f)}`));
  lines.push(m.rules(r.asOf, r.ruleDates.commission, r.ruleDates.vat, formatSources(r.sources)));
  return lines.join('\n');
}

export function renderComparison(c: Extract<MarketComparison, { ok: true }>, lang: Lang): string {
  const m = toolTexts(lang).margin;
  const f = createFmt(lang);
  const rows = c.rows.map(({ market, result: r }) =>
    m.comparisonRow(m.market(market, f), f.rate(r.inputs.vatRate), f.euro(r.profit), f.ratio(r.margin), f.euro(r.breakEvenPrice)),
  );
  const first = c.rows[0]?.result;
  const foot = first ? m.comparisonFoot(first.asOf, formatSources(first.sources)) : '';
  return [m.comparisonHead, ...rows, foot].filter(Boolean).join('\n');
}

export function renderLadder(p: Extract<PriceLadder, { ok: true }>, lang: Lang): string {
  const m = toolTexts(lang).margin;
  const f = createFmt(lang);
  const rows = p.rows.map((r) => m.ladderRow(f.euro(r.listPrice), f.euro(r.profit), f.ratio(r.margin)));
  return [m.ladderHead(m.market(p.market, f), f.euro(p.breakEvenPrice)), ...rows].join('\n');
}
