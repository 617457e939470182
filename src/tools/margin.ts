// Margin calculator: exact decimal arithmetic from the list price to profit, margin, ROI and the prices that
// break even or reach a target margin. Profit is linear in the list price, so both prices have a closed form.
import { Decimal } from 'decimal.js';
import { describeZodError, type Bilingual, type ToolInputError, type ToolOutcome } from './tool-error.js';
import { MarginInputSchema, RATE_FIELDS, type MarginInput } from './margin-schema.js';
import type { MarketProfile, RuleSource, Rules } from './rules.js';

// Own Decimal class: 40 significant digits keep the solved prices exact enough that profit recomputes to 0.
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

export const MARGIN_FORMULA: Bilingual = {
  zh: '利润 = 净销售额 − 佣金 − 达人佣金 − 广告 − 退货损失 − 成本 − 头程 − 尾程；实收 = 售价 × (1 − 卖家折扣)，净销售额 = (实收 + 买家运费) / (1 + 增值税率)，佣金 = 佣金率 × (实收 + 买家运费)，达人佣金、广告 = 比例 × 实收 / (1 + 增值税率)（只按商品，不含运费），退货损失 = 退货率 × (尾程 + 头程)',
  en: 'profit = net sales − commission − affiliate − ads − returns − unit cost − inbound − fulfilment; paid = list price × (1 − seller discount), net sales = (paid + buyer shipping) / (1 + VAT rate), commission = commission rate × (paid + buyer shipping), affiliate and ads = rate × paid / (1 + VAT rate) (the item only, shipping excluded), returns = return rate × (fulfilment + inbound)',
};

/** Input after defaults are applied; every figure that entered the calculation. */
export interface ResolvedMarginInput {
  market: string;
  listPrice: Dec;
  unitCost: Dec;
  inboundShipping: Dec;
  fulfillmentFee: Dec;
  /** Shipping the buyer pays, VAT included: revenue, and part of the commission base. */
  buyerShipping: Dec;
  commissionRate: Dec;
  affiliateRate: Dec;
  sellerDiscount: Dec;
  adsRate: Dec;
  platformSubsidy: Dec;
  returnRate: Dec;
  vatRate: Dec;
  targetMargin?: Dec;
  program?: 'local-hosting';
}

export interface MarginExact {
  paid: Dec;
  buyerShipping: Dec;
  platformSubsidy: Dec;
  buyerPays: Dec;
  vat: Dec;
  netSales: Dec;
  commission: Dec;
  affiliate: Dec;
  ads: Dec;
  returns: Dec;
  totalCosts: Dec;
  profit: Dec;
  margin: Dec;
  roi: Dec | null;
  /** null when no price can break even (the percentage fees take all net sales). */
  breakEvenPrice: Dec | null;
  priceForTargetMargin?: Dec | null;
}

export interface MarginBreakdown {
  listPrice: number;
  paid: number;
  buyerShipping: number;
  platformSubsidy: number;
  buyerPays: number;
  vat: number;
  netSales: number;
  commission: number;
  affiliate: number;
  ads: number;
  returns: number;
  unitCost: number;
  inboundShipping: number;
  fulfillmentFee: number;
  totalCosts: number;
}

export interface MarginResult {
  market: string;
  currency: 'EUR';
  inputs: Record<Exclude<keyof ResolvedMarginInput, 'market' | 'targetMargin' | 'program'>, number> & { targetMargin?: number };
  program?: 'local-hosting';
  /** Input fields whose value came from knowledge/rules rather than the seller. */
  defaultsUsed: string[];
  profit: number;
  margin: number;
  roi: number | null;
  breakEvenPrice: number;
  targetMargin?: number;
  /** null: no price reaches the target margin with these fees. */
  priceForTargetMargin?: number | null;
  breakdown: MarginBreakdown;
  formula: Bilingual;
  assumptions: Bilingual[];
  /** The latest date among the rules used. */
  asOf: string;
  ruleDates: { commission: string; vat: string };
  rulesId: string;
  sources: RuleSource[];
}

export type MarginOutcome = ToolOutcome<MarginResult>;

const ZERO = new Dec(0);
const ONE = new Dec(1);

/** Cents, half-up; -0 becomes 0 so results compare and print cleanly. */
export function roundMoney(d: Dec): number {
  const n = d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();
  return n === 0 ? 0 : n;
}

export function roundRatio(d: Dec): number {
  const n = d.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toNumber();
  return n === 0 ? 0 : n;
}

/** Everything that does not scale with the price: costs per unit plus the shipping lost on returns. */
function fixedCosts(i: ResolvedMarginInput): { returns: Dec; total: Dec } {
  const returns = i.returnRate.mul(i.fulfillmentFee.plus(i.inboundShipping));
  return { returns, total: returns.plus(i.unitCost).plus(i.inboundShipping).plus(i.fulfillmentFee) };
}

/**
 * Profit (minus `margin` × net sales) per euro of list price: profit − margin × netSales = listPrice × k − fixed,
 * where fixed is the per-unit costs less what the buyer's shipping brings in.
 */
function profitSlope(i: ResolvedMarginInput, margin: Dec = ZERO): Dec {
  const onePlusVat = ONE.plus(i.vatRate);
  return ONE.minus(i.sellerDiscount).mul(ONE.minus(i.affiliateRate).minus(i.adsRate).minus(margin).div(onePlusVat).minus(i.commissionRate));
}

/** What the buyer's shipping adds to profit − margin × net sales: its net of VAT, less commission on it. */
function shippingContribution(i: ResolvedMarginInput, margin: Dec = ZERO): Dec {
  return i.buyerShipping.mul(ONE.minus(margin).div(ONE.plus(i.vatRate)).minus(i.commissionRate));
}

/**
 * List price at which profit / net sales equals `margin` (0 = break-even); null when no price gets there. 0 when the
 * buyer's shipping alone covers the costs (every price reaches the margin).
 */
export function solvePriceForMargin(i: ResolvedMarginInput, margin: Dec = ZERO): Dec | null {
  const k = profitSlope(i, margin);
  if (k.lte(0)) return null;
  return Dec.max(ZERO, fixedCosts(i).total.minus(shippingContribution(i, margin)).div(k));
}

export function computeMarginExact(i: ResolvedMarginInput): MarginExact {
  const paid = i.listPrice.mul(ONE.minus(i.sellerDiscount));
  const gross = paid.plus(i.buyerShipping);
  const platformSubsidy = i.listPrice.mul(i.platformSubsidy);
  const buyerPays = Dec.max(ZERO, gross.minus(platformSubsidy));
  const onePlusVat = ONE.plus(i.vatRate);
  // The buyer's shipping is taxed at the goods' rate (an ancillary supply) and is revenue like the item.
  const netSales = gross.div(onePlusVat);
  const vat = gross.minus(netSales);
  // The EU commission base is the VAT-inclusive amount the buyer pays, shipping included.
  const commission = i.commissionRate.mul(gross);
  // Creator commission and ad spend are shares of the item's net price; shipping is not part of them.
  const itemNet = paid.div(onePlusVat);
  const affiliate = i.affiliateRate.mul(itemNet);
  const ads = i.adsRate.mul(itemNet);
  const fixed = fixedCosts(i);
  const totalCosts = commission.plus(affiliate).plus(ads).plus(fixed.total);
  const profit = netSales.minus(totalCosts);
  const costBase = i.unitCost.plus(i.inboundShipping);
  return {
    paid,
    buyerShipping: i.buyerShipping,
    platformSubsidy,
    buyerPays,
    vat,
    netSales,
    commission,
    affiliate,
    ads,
    returns: fixed.returns,
    totalCosts,
    profit,
    margin: profit.div(netSales),
    roi: costBase.isZero() ? null : profit.div(costBase),
    breakEvenPrice: solvePriceForMargin(i),
    ...(i.targetMargin !== undefined ? { priceForTargetMargin: solvePriceForMargin(i, i.targetMargin) } : {}),
  };
}

const pct = (d: Dec): string => `${d.mul(100).toDecimalPlaces(2).toString()}%`;

function withRateHint(error: ToolInputError): ToolInputError {
  if (!(RATE_FIELDS as readonly string[]).includes(error.field)) return error;
  return { ...error, message: `${error.message} (rates are fractions: 0.09 = 9%)`, zh: `${error.zh}（比例用小数：0.09 = 9%）` };
}

type Resolved = { ok: true; input: ResolvedMarginInput; profile: MarketProfile; defaultsUsed: string[] } | { ok: false; error: ToolInputError };

/** Validates untrusted input and fills the market defaults from the rules. */
export function resolveMarginInput(raw: unknown, rules: Rules): Resolved {
  const parsed = MarginInputSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: withRateHint(describeZodError(parsed.error)) };
  const v: MarginInput = parsed.data;
  const market = v.market.trim().toUpperCase();
  const profile = rules.markets.markets[market];
  if (!profile) {
    const known = Object.keys(rules.markets.markets).join(', ');
    return {
      ok: false,
      error: { field: 'market', message: `unknown market "${v.market}"; use one of ${known}`, zh: `未知站点「${v.market}」，可选：${known}` },
    };
  }
  const defaultsUsed: string[] = [];
  const commissionDefault = (): number => {
    defaultsUsed.push('commissionRate');
    const c = profile.commission;
    if (v.commissionTier === 'electronics' && c.electronics !== undefined) return c.electronics;
    if (v.commissionTier === 'newSeller' && c.newSeller) return c.newSeller.rate;
    return c.default;
  };
  const vatDefault = (): number => {
    defaultsUsed.push('vatRate');
    return profile.vat.standard;
  };
  const input: ResolvedMarginInput = {
    market,
    listPrice: new Dec(v.listPrice),
    unitCost: new Dec(v.unitCost),
    inboundShipping: new Dec(v.inboundShipping ?? 0),
    fulfillmentFee: new Dec(v.fulfillmentFee ?? 0),
    buyerShipping: new Dec(v.buyerShipping ?? 0),
    commissionRate: new Dec(v.commissionRate ?? commissionDefault()),
    affiliateRate: new Dec(v.affiliateRate ?? 0),
    sellerDiscount: new Dec(v.sellerDiscount ?? 0),
    adsRate: new Dec(v.adsRate ?? 0),
    platformSubsidy: new Dec(v.platformSubsidy ?? 0),
    returnRate: new Dec(v.returnRate ?? 0),
    vatRate: new Dec(v.vatRate ?? vatDefault()),
    ...(v.targetMargin !== undefined ? { targetMargin: new Dec(v.targetMargin) } : {}),
    ...(v.program ? { program: v.program } : {}),
  };
  if (profitSlope(input).lte(0)) {
    const share = input.commissionRate.mul(ONE.plus(input.vatRate)).plus(input.affiliateRate).plus(input.adsRate);
    return {
      ok: false,
      error: {
        field: 'commissionRate+affiliateRate+adsRate',
        message: `commission, affiliate and ads together take ${pct(share)} of net sales, so no price can break even; lower one of them`,
        zh: `佣金、达人佣金和广告合计占净销售额的${pct(share)}，任何售价都无法保本，请降低其中一项`,
      },
    };
  }
  return { ok: true, input, profile, defaultsUsed };
}

function describeAssumptions(input: ResolvedMarginInput, profile: MarketProfile, defaultsUsed: string[]): Bilingual[] {
  const out: Bilingual[] = [
    { zh: '售价为含税价；增值税 = 实收 − 实收 / (1 + 增值税率)。', en: 'The list price includes VAT; VAT = paid − paid / (1 + VAT rate).' },
  ];
  if (defaultsUsed.includes('vatRate')) {
    out.push({
      zh: `增值税率按${profile.name.zh}标准税率${pct(input.vatRate)}（截至${profile.vat.asOf}）；低税率商品请填写 vatRate。`,
      en: `VAT at the ${profile.name.en} standard rate ${pct(input.vatRate)} (as of ${profile.vat.asOf}); give vatRate for reduced-rate goods.`,
    });
  }
  if (defaultsUsed.includes('commissionRate') && input.program === 'local-hosting') {
    out.push({
      zh: `本地托管自己的佣金未公开：这里的${pct(input.commissionRate)}是平台佣金的公开费率（自${profile.commission.asOf}起，${profile.commission.base.zh}），只是假设；知道实际费率请填写佣金（commission=…）。`,
      en: `Local Hosting's own commission is not published: the ${pct(input.commissionRate)} here is the platform's published commission rate (from ${profile.commission.asOf}, ${profile.commission.base.en}), used as an assumption; if you know your rate, give it (commission=…).`,
    });
  } else if (defaultsUsed.includes('commissionRate')) {
    out.push({
      zh: `平台佣金${pct(input.commissionRate)}（自${profile.commission.asOf}起），${profile.commission.base.zh}。`,
      en: `Platform commission ${pct(input.commissionRate)} (from ${profile.commission.asOf}), ${profile.commission.base.en}.`,
    });
  }
  out.push({
    zh: '买家运费（含税）计入净销售额和佣金基数，按商品的增值税率计税；达人佣金和广告只按商品的不含税金额计算。',
    en: "Buyer-paid shipping (VAT included) counts in net sales and in the commission base, taxed at the goods' VAT rate; creator commission and ads are charged on the item's net price only.",
  });
  out.push(
    {
      zh: '平台补贴和平台券：由谁出资未公开，所以只列出、不扣减；如果其中有你出资的部分，请作为卖家折扣填写。',
      en: 'Platform subsidies and coupons: who funds them is not published, so they are shown, not deducted; if you fund part of them, enter that part as a seller discount.',
    },
    {
      zh: '退货损失 = 退货率 × (尾程 + 头程)：假设退回的货可以再卖，只损失运费。',
      en: 'Returns = return rate × (fulfilment + inbound): returned goods are assumed resellable, only their shipping is lost.',
    },
    {
      zh: '未计入：汇率、仓储费、EPR、所得税等。',
      en: 'Not included: exchange rate, storage fees, EPR fees, income tax.',
    },
  );
  return out;
}

function toResult(input: ResolvedMarginInput, profile: MarketProfile, defaultsUsed: string[], exact: MarginExact): MarginResult {
  if (exact.breakEvenPrice === null) throw new Error('resolveMarginInput lets through only inputs that can break even');
  const result: MarginResult = {
    market: input.market,
    currency: 'EUR',
    inputs: {
      listPrice: roundMoney(input.listPrice),
      unitCost: roundMoney(input.unitCost),
      inboundShipping: roundMoney(input.inboundShipping),
      fulfillmentFee: roundMoney(input.fulfillmentFee),
      buyerShipping: roundMoney(input.buyerShipping),
      commissionRate: input.commissionRate.toNumber(),
      affiliateRate: input.affiliateRate.toNumber(),
      sellerDiscount: input.sellerDiscount.toNumber(),
      adsRate: input.adsRate.toNumber(),
      platformSubsidy: input.platformSubsidy.toNumber(),
      returnRate: input.returnRate.toNumber(),
      vatRate: input.vatRate.toNumber(),
      ...(input.targetMargin !== undefined ? { targetMargin: input.targetMargin.toNumber() } : {}),
    },
    ...(input.program ? { program: input.program } : {}),
    defaultsUsed,
    profit: roundMoney(exact.profit),
    margin: roundRatio(exact.margin),
    roi: exact.roi === null ? null : roundRatio(exact.roi),
    breakEvenPrice: roundMoney(exact.breakEvenPrice),
    breakdown: {
      listPrice: roundMoney(input.listPrice),
      paid: roundMoney(exact.paid),
      buyerShipping: roundMoney(exact.buyerShipping),
      platformSubsidy: roundMoney(exact.platformSubsidy),
      buyerPays: roundMoney(exact.buyerPays),
      vat: roundMoney(exact.vat),
      netSales: roundMoney(exact.netSales),
      commission: roundMoney(exact.commission),
      affiliate: roundMoney(exact.affiliate),
      ads: roundMoney(exact.ads),
      returns: roundMoney(exact.returns),
      unitCost: roundMoney(input.unitCost),
      inboundShipping: roundMoney(input.inboundShipping),
      fulfillmentFee: roundMoney(input.fulfillmentFee),
      totalCosts: roundMoney(exact.totalCosts),
    },
    formula: MARGIN_FORMULA,
    assumptions: describeAssumptions(input, profile, defaultsUsed),
    asOf: profile.commission.asOf > profile.vat.asOf ? profile.commission.asOf : profile.vat.asOf,
    ruleDates: { commission: profile.commission.asOf, vat: profile.vat.asOf },
    rulesId: `rules-market-${input.market.toLowerCase()}`,
    sources: [...profile.commission.sources, ...profile.vat.sources],
  };
  if (input.targetMargin !== undefined) {
    result.targetMargin = input.targetMargin.toNumber();
    result.priceForTargetMargin = exact.priceForTargetMargin ? roundMoney(exact.priceForTargetMargin) : null;
  }
  return result;
}

/** Profit, margin, ROI, break-even and target prices for one product in one market; bad input names the field. */
export function calculateMargin(input: unknown, rules: Rules): MarginOutcome {
  const resolved = resolveMarginInput(input, rules);
  if (!resolved.ok) return resolved;
  const exact = computeMarginExact(resolved.input);
  return { ok: true, ...toResult(resolved.input, resolved.profile, resolved.defaultsUsed, exact) };
}
