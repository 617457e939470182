// Margin calculator: exact decimal arithmetic from the list price to profit, margin, ROI and the prices that
// break even or reach a target margin. Profit is linear in the list price, so both prices have a closed form.
import { Decimal } from 'decimal.js';
import type { CommissionTier, MarginAssumption, MarginBreakdown, MarginResult } from '../contract/tool-result.js';
import { describeZodError, type ToolOutcome } from './tool-error.js';
import { MarginInputSchema, RATE_FIELDS, type MarginInput } from './margin-schema.js';
import type { MarketProfile, Rules } from './rules.js';
import type { ToolInputError } from './tool-error.js';

export type { MarginAssumption, MarginBreakdown, MarginResult };

// Own Decimal class: 40 significant digits keep the solved prices exact enough that profit recomputes to 0.
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

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
  /** Which published rate the default commission came from. */
  commissionTier: CommissionTier;
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

export type MarginOutcome = ToolOutcome<MarginResult>;

const ZERO = new Dec(0);
const ONE = new Dec(1);

/** Cents, half-up; -0 becomes 0 so results compare and print cleanly. */
function roundMoney(d: Dec): number {
  const n = d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();
  return n === 0 ? 0 : n;
}

function roundRatio(d: Dec): number {
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

// JSON readers (the agent, the CLI) send rates as fractions; the message says so where a rate was refused.
function withRateHint(error: ToolInputError): ToolInputError {
  if (!(RATE_FIELDS as readonly string[]).includes(error.field) || error.code === 'required') return error;
  return { ...error, message: `${error.message} (rates are fractions: 0.09 = 9%)` };
}

type Resolved = { ok: true; input: ResolvedMarginInput; profile: MarketProfile; defaultsUsed: string[] } | { ok: false; error: ToolInputError };

/** Validates untrusted input and fills the market defaults from the rules. */
export function resolveMarginInput(raw: unknown, rules: Rules): Resolved {
  const parsed = MarginInputSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: withRateHint(describeZodError(parsed.error, raw)) };
  const v: MarginInput = parsed.data;
  const market = v.market.trim().toUpperCase();
  const profile = rules.markets.markets[market];
  if (!profile) {
    const known = Object.keys(rules.markets.markets).join(', ');
    return {
      ok: false,
      error: {
        field: 'market',
        code: 'unknown-market',
        market: v.market,
        known: Object.keys(rules.markets.markets),
        message: `unknown market "${v.market}"; use one of ${known}`,
      },
    };
  }
  const defaultsUsed: string[] = [];
  let commissionTier: CommissionTier = 'default';
  const commissionDefault = (): number => {
    defaultsUsed.push('commissionRate');
    const c = profile.commission;
    if (v.commissionTier === 'electronics' && c.electronics !== undefined) {
      commissionTier = 'electronics';
      return c.electronics;
    }
    if (v.commissionTier === 'newSeller' && c.newSeller) {
      commissionTier = 'newSeller';
      return c.newSeller.rate;
    }
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
    commissionTier,
  };
  if (profitSlope(input).lte(0)) {
    const share = input.commissionRate.mul(ONE.plus(input.vatRate)).plus(input.affiliateRate).plus(input.adsRate);
    return {
      ok: false,
      error: {
        field: 'commissionRate+affiliateRate+adsRate',
        code: 'no-break-even',
        share: share.toDecimalPlaces(6).toNumber(),
        message: `commission, affiliate and ads together take ${pct(share)} of net sales, so no price can break even; lower one of them`,
      },
    };
  }
  return { ok: true, input, profile, defaultsUsed };
}

function describeAssumptions(input: ResolvedMarginInput, profile: MarketProfile, defaultsUsed: string[]): MarginAssumption[] {
  const out: MarginAssumption[] = [{ code: 'price-includes-vat' }];
  if (defaultsUsed.includes('vatRate')) {
    out.push({ code: 'vat-standard-rate', market: input.market, rate: input.vatRate.toNumber(), asOf: profile.vat.asOf });
  }
  if (defaultsUsed.includes('commissionRate')) {
    const c = profile.commission;
    const rate = input.commissionRate.toNumber();
    out.push(
      input.program === 'local-hosting'
        ? { code: 'commission-local-hosting-unpublished', rate, asOf: c.asOf, base: c.base }
        : { code: 'commission-default', rate, tier: input.commissionTier, asOf: c.asOf, base: c.base },
    );
  }
  if (!input.buyerShipping.isZero()) out.push({ code: 'buyer-shipping-revenue' });
  out.push({ code: 'affiliate-ads-on-item' }, { code: 'subsidy-funding-unpublished' }, { code: 'returns-lose-shipping' }, { code: 'not-included' });
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
