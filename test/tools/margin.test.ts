import { beforeAll, describe, expect, it } from 'vitest';
import { buildPriceLadder, calculateMargin, compareMarkets, renderMargin, renderMarginError, type MarginResult, type Rules } from '../../src/tools/index.js';
import { loadRealRules } from './rules-dir.js';

let rules: Rules;
beforeAll(async () => {
  rules = await loadRealRules();
});

function ok(input: unknown): MarginResult {
  const r = calculateMargin(input, rules);
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r;
}

// Each case worked by hand; the comments carry the unrounded arithmetic.
const handWorked = [
  {
    name: 'DE: the chat example (29.99, cost 8, inbound 1.5, fulfilment 3.2, commission 9%, affiliate 15%)',
    input: { listPrice: 29.99, market: 'DE', unitCost: 8, inboundShipping: 1.5, fulfillmentFee: 3.2, commissionRate: 0.09, affiliateRate: 0.15 },
    // paid 29.99; net = 29.99 / 1.19 = 25.2016807; vat = 4.7883193; commission = 0.09 × 29.99 = 2.6991
    // affiliate = 0.15 × 25.2016807 = 3.7802521; profit = 25.2016807 − 2.6991 − 3.7802521 − 8 − 1.5 − 3.2 = 6.0223286
    // margin = 6.0223286 / 25.2016807 = 0.238965; roi = 6.0223286 / 9.5 = 0.633929
    // k = 0.85 / 1.19 − 0.09 = 0.6242857; break-even = 12.7 / 0.6242857 = 20.34325
    expected: { profit: 6.02, margin: 0.239, roi: 0.6339, breakEvenPrice: 20.34 },
    breakdown: { paid: 29.99, vat: 4.79, netSales: 25.2, commission: 2.7, affiliate: 3.78, ads: 0, returns: 0 },
  },
  {
    name: 'FR: default commission, affiliate 10%, ads 5%, returns 3%',
    input: { listPrice: 24.9, market: 'FR', unitCost: 6, inboundShipping: 1.2, fulfillmentFee: 3.5, affiliateRate: 0.1, adsRate: 0.05, returnRate: 0.03 },
    // net = 24.9 / 1.2 = 20.75; vat = 4.15; commission = 0.09 × 24.9 = 2.241; affiliate = 2.075 (→ 2.08 half-up)
    // ads = 1.0375; returns = 0.03 × (3.5 + 1.2) = 0.141; profit = 20.75 − 2.241 − 2.075 − 1.0375 − 0.141 − 10.7 = 4.5555 (→ 4.56)
    // margin = 4.5555 / 20.75 = 0.219542; roi = 4.5555 / 7.2 = 0.632708
    // k = 0.85 / 1.2 − 0.09 = 0.6183333; break-even = 10.841 / 0.6183333 = 17.53261
    expected: { profit: 4.56, margin: 0.2195, roi: 0.6327, breakEvenPrice: 17.53 },
    breakdown: { paid: 24.9, vat: 4.15, netSales: 20.75, commission: 2.24, affiliate: 2.08, ads: 1.04, returns: 0.14 },
  },
  {
    name: 'IT: 10% seller discount (打9折), affiliate 15%, target margin 20%',
    input: { listPrice: 39.9, market: 'IT', unitCost: 10, sellerDiscount: 0.1, affiliateRate: 0.15, targetMargin: 0.2 },
    // paid = 39.9 × 0.9 = 35.91; net = 35.91 / 1.22 = 29.4344262; vat = 6.4755738; commission = 0.09 × 35.91 = 3.2319
    // affiliate = 4.4151639; profit = 29.4344262 − 3.2319 − 4.4151639 − 10 = 11.7873623
    // margin = 0.400462; roi = 1.178736
    // k = 0.9 × (0.85 / 1.22 − 0.09) = 0.5460492; break-even = 10 / 0.5460492 = 18.31337
    // target: 0.9 × (0.65 / 1.22 − 0.09) = 0.3985082; price = 10 / 0.3985082 = 25.09359
    expected: { profit: 11.79, margin: 0.4005, roi: 1.1787, breakEvenPrice: 18.31, priceForTargetMargin: 25.09 },
    breakdown: { paid: 35.91, vat: 6.48, netSales: 29.43, commission: 3.23, affiliate: 4.42, ads: 0, returns: 0 },
  },
  {
    name: 'ES: new-seller commission 4% from the rules, fulfilment 2.5',
    input: { listPrice: 19.99, market: 'ES', unitCost: 5, fulfillmentFee: 2.5, commissionTier: 'newSeller' },
    // net = 19.99 / 1.21 = 16.5206612; vat = 3.4693388; commission = 0.04 × 19.99 = 0.7996
    // profit = 16.5206612 − 0.7996 − 7.5 = 8.2210612; margin = 0.497621; roi = 8.2210612 / 5 = 1.644212
    // k = 1 / 1.21 − 0.04 = 0.7864463; break-even = 7.5 / 0.7864463 = 9.53657
    expected: { profit: 8.22, margin: 0.4976, roi: 1.6442, breakEvenPrice: 9.54 },
    breakdown: { paid: 19.99, vat: 3.47, netSales: 16.52, commission: 0.8, affiliate: 0, ads: 0, returns: 0 },
  },
  {
    name: 'DE: the chat example plus €4.99 shipping paid by the buyer',
    input: { listPrice: 29.99, market: 'DE', unitCost: 8, inboundShipping: 1.5, fulfillmentFee: 3.2, commissionRate: 0.09, affiliateRate: 0.15, buyerShipping: 4.99 },
    // paid + shipping = 34.98; net = 34.98 / 1.19 = 29.3949580; vat = 5.5850420; commission = 0.09 × 34.98 = 3.1482
    // affiliate on the item only = 0.15 × 29.99 / 1.19 = 3.7802521; profit = 29.3949580 − 3.1482 − 3.7802521 − 12.7 = 9.7665059
    // margin = 9.7665059 / 29.3949580 = 0.332251; roi = 9.7665059 / 9.5 = 1.028053
    // break-even = (12.7 − 4.99 × (1 / 1.19 − 0.09)) / (0.85 / 1.19 − 0.09) = 8.9558235 / 0.6242857 = 14.34571
    expected: { profit: 9.77, margin: 0.3323, roi: 1.0281, breakEvenPrice: 14.35 },
    breakdown: { paid: 29.99, buyerShipping: 4.99, vat: 5.59, netSales: 29.39, commission: 3.15, affiliate: 3.78, ads: 0, returns: 0 },
  },
];

describe('calculateMargin on hand-worked cases', () => {
  it.each(handWorked)('$name', ({ input, expected, breakdown }) => {
    const r = ok(input);
    expect({ profit: r.profit, margin: r.margin, roi: r.roi, breakEvenPrice: r.breakEvenPrice, ...(r.priceForTargetMargin !== undefined ? { priceForTargetMargin: r.priceForTargetMargin } : {}) }).toEqual(expected);
    expect(r.breakdown).toMatchObject(breakdown);
    expect(r.currency).toBe('EUR');
  });

  it.each(handWorked)('$name: profit recomputed at the break-even price is 0 within a cent', ({ input }) => {
    const r = ok(input);
    const again = ok({ ...input, listPrice: r.breakEvenPrice });
    expect(Math.abs(again.profit)).toBeLessThanOrEqual(0.01);
    // One cent more is never a loss, one cent less never a profit beyond rounding.
    expect(ok({ ...input, listPrice: r.breakEvenPrice + 0.01 }).profit).toBeGreaterThanOrEqual(0);
    expect(ok({ ...input, listPrice: r.breakEvenPrice - 0.01 }).profit).toBeLessThanOrEqual(0);
  });

  it('the price for the target margin gives that margin when recomputed', () => {
    const input = handWorked[2].input;
    const r = ok(input);
    const again = ok({ ...input, listPrice: r.priceForTargetMargin });
    expect(Math.abs(again.margin - 0.2)).toBeLessThan(0.0005);
  });

  it('uses the market defaults from the rules and says so', () => {
    const de = ok({ listPrice: 10, market: 'de', unitCost: 1 });
    expect(de.market).toBe('DE');
    expect(de.inputs.vatRate).toBe(0.19);
    expect(de.inputs.commissionRate).toBe(0.09);
    expect(de.defaultsUsed).toEqual(['commissionRate', 'vatRate']);
    expect(de.asOf).toBe('2026-11-01');
    expect(de.ruleDates).toEqual({ commission: '2026-01-08', vat: '2026-11-01' });
    expect(de.assumptions).toContainEqual({ code: 'commission-default', rate: 0.09, tier: 'default', asOf: '2026-01-08', base: expect.objectContaining({ en: expect.any(String) }) });
    expect(de.assumptions).toContainEqual({ code: 'vat-standard-rate', market: 'DE', rate: 0.19, asOf: '2026-11-01' });
    expect(renderMargin(de, 'en')).toContain('Platform commission 9% (from 2026-01-08)');
    expect(ok({ listPrice: 10, market: 'FR', unitCost: 1, commissionTier: 'electronics' }).inputs.commissionRate).toBe(0.07);
    expect(ok({ listPrice: 10, market: 'IT', unitCost: 1, vatRate: 0.1 }).defaultsUsed).toEqual(['commissionRate']);
  });

  it('charges the commission on the VAT-inclusive amount including the buyer\'s shipping', () => {
    const r = ok({ listPrice: 20, market: 'FR', unitCost: 5, buyerShipping: 5 });
    // 9% of (20 + 5); net sales (20 + 5) / 1.2
    expect(r.breakdown.commission).toBe(2.25);
    expect(r.breakdown.netSales).toBe(20.83);
    expect(r.inputs.buyerShipping).toBe(5);
    expect(ok({ listPrice: 20, market: 'FR', unitCost: 5 }).inputs.buyerShipping).toBe(0);
  });

  it('break-even is 0 when the buyer\'s shipping alone covers the costs', () => {
    expect(ok({ listPrice: 10, market: 'DE', unitCost: 1, buyerShipping: 20 }).breakEvenPrice).toBe(0);
  });

  it.each([
    [{ program: 'local-hosting' }, "Local Hosting's own commission is not published", '本地托管自己的佣金未公开'],
    [{}, 'Platform commission 9% (from 2026-01-08)', '平台佣金9%（自2026-01-08起）'],
  ] as const)('names the default commission as an assumption for Local Hosting: %j', (extra, en, zh) => {
    const r = ok({ listPrice: 20, market: 'DE', unitCost: 5, ...extra });
    expect(r.assumptions.map((a) => a.code)).toContain('program' in extra ? 'commission-local-hosting-unpublished' : 'commission-default');
    expect(renderMargin(r, 'en')).toContain(en);
    expect(renderMargin(r, 'zh')).toContain(zh);
  });

  it('a commission the seller gives is no assumption, Local Hosting or not', () => {
    const r = ok({ listPrice: 20, market: 'DE', unitCost: 5, program: 'local-hosting', commissionRate: 0.05 });
    expect(r.assumptions.map((a) => a.code)).not.toContain('commission-local-hosting-unpublished');
    expect(renderMargin(r, 'en')).not.toContain('not published: the');
  });

  it('says who funds subsidies and coupons is not published, and never that they leave income untouched', () => {
    const r = ok({ listPrice: 20, market: 'DE', unitCost: 5, platformSubsidy: 0.1 });
    expect(r.assumptions.map((a) => a.code)).toContain('subsidy-funding-unpublished');
    const all = (['zh', 'en'] as const).map((l) => renderMargin(r, l)).join(' ');
    expect(all).toContain('who funds them is not published');
    expect(all).toContain('由谁出资未公开');
    expect(all).not.toMatch(/不影响卖家收入|not your proceeds|does not affect/);
  });

  it('reports a platform subsidy without deducting it', () => {
    const without = ok({ listPrice: 20, market: 'DE', unitCost: 5 });
    const withSubsidy = ok({ listPrice: 20, market: 'DE', unitCost: 5, platformSubsidy: 0.5 });
    expect(withSubsidy.profit).toBe(without.profit);
    expect(withSubsidy.breakdown.platformSubsidy).toBe(10);
    expect(withSubsidy.breakdown.buyerPays).toBe(10);
  });

  it('ROI is null when there is no cost base', () => {
    expect(ok({ listPrice: 20, market: 'DE', unitCost: 0 }).roi).toBeNull();
  });

  it('an unreachable target margin gives a null price, not an error', () => {
    // 0.85 / 1.19 − 0.09 leaves at most 62% margin; 90% cannot be reached.
    const r = ok({ listPrice: 20, market: 'DE', unitCost: 5, affiliateRate: 0.15, targetMargin: 0.9 });
    expect(r.priceForTargetMargin).toBeNull();
  });
});

describe('rounding', () => {
  it.each([
    // VAT 0 so net sales equal the price: 1.005 is 1.00499999… as a float but exact here, and rounds half-up.
    [1.005, 1.01],
    [2.085, 2.09],
    [2.075, 2.08],
    [0.125, 0.13],
    [10.004, 10],
  ])('net sales of %s round half-up to %s', (price, cents) => {
    const r = ok({ listPrice: price, market: 'DE', unitCost: 0, vatRate: 0, commissionRate: 0 });
    expect(r.breakdown.netSales).toBe(cents);
    expect(r.profit).toBe(cents);
  });

  it('rounds margin and ROI to 4 decimals', () => {
    // net 1, profit 1 − 1/3 = 0.6666…
    const r = ok({ listPrice: 1, market: 'DE', unitCost: 1 / 3, vatRate: 0, commissionRate: 0 });
    expect(r.margin).toBe(0.6667);
    expect(r.roi).toBe(2);
    const s = ok({ listPrice: 3, market: 'DE', unitCost: 2, vatRate: 0, commissionRate: 0 });
    expect(s.roi).toBe(0.5);
    expect(s.margin).toBe(0.3333);
  });

  it('prints no negative zero', () => {
    const r = ok({ listPrice: 10, market: 'DE', unitCost: 0, vatRate: 0, commissionRate: 0, affiliateRate: 0 });
    expect(Object.is(r.breakdown.ads, 0)).toBe(true);
  });
});

describe('bad input names the field', () => {
  const base = { listPrice: 20, market: 'DE', unitCost: 5 };
  it.each([
    [{ ...base, listPrice: -1 }, 'listPrice', 'greater than 0'],
    [{ ...base, listPrice: 0 }, 'listPrice', 'greater than 0'],
    [{ ...base, listPrice: 100_001 }, 'listPrice', 'at most 100000'],
    [{ ...base, listPrice: Number.NaN }, 'listPrice', 'must be a number'],
    [{ ...base, listPrice: '29.99' }, 'listPrice', 'must be a number'],
    [{ ...base, listPrice: Number.POSITIVE_INFINITY }, 'listPrice', 'finite'],
    [{ market: 'DE', unitCost: 5 }, 'listPrice', 'required'],
    [{ ...base, unitCost: -2 }, 'unitCost', 'at least 0'],
    [{ ...base, unitCost: 'cheap' }, 'unitCost', 'must be a number'],
    [{ ...base, inboundShipping: 200_000 }, 'inboundShipping', 'at most 100000'],
    [{ ...base, commissionRate: 9 }, 'commissionRate', 'rates are fractions'],
    [{ ...base, commissionRate: 1 }, 'commissionRate', 'less than 1'],
    [{ ...base, affiliateRate: -0.1 }, 'affiliateRate', 'at least 0'],
    [{ ...base, vatRate: 1.19 }, 'vatRate', 'less than 1'],
    [{ ...base, returnRate: 1 }, 'returnRate', 'less than 1'],
    [{ ...base, sellerDiscount: 1 }, 'sellerDiscount', 'less than 1'],
    [{ ...base, targetMargin: 1.5 }, 'targetMargin', 'less than 1'],
    [{ ...base, market: 'UK' }, 'market', 'unknown market'],
    [{ ...base, market: 'US' }, 'market', 'DE, FR, IT, ES'],
    [{ ...base, market: 7 }, 'market', 'must be string'],
    [{ ...base, price: 20 }, 'price', 'unknown field'],
    [{ ...base, affiliateRate: 0.5, adsRate: 0.45 }, 'commissionRate+affiliateRate+adsRate', 'no price can break even'],
    // 0.5 + 0.42 < 1, but commission is on the VAT-inclusive amount: 0.5 × 1.19 + 0.42 = 1.015 of net sales.
    [{ ...base, commissionRate: 0.5, affiliateRate: 0.42 }, 'commissionRate+affiliateRate+adsRate', 'take 101.5% of net sales'],
    ['29.99', 'input', 'must be object'],
    [null, 'input', 'must be object'],
  ])('%j → %s', (input, field, message) => {
    const r = calculateMargin(input, rules);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.field).toBe(field);
    expect(r.error.message).toContain(message);
    expect(renderMarginError(r.error, 'zh')).toMatch(/^抱歉，无法计算：「.+」（.+）有问题：.+/);
  });
});

describe('compareMarkets and buildPriceLadder', () => {
  it('puts the same product in all four markets, each with its own VAT', () => {
    const c = compareMarkets({ listPrice: 29.99, market: 'DE', unitCost: 8, vatRate: 0.07 }, rules);
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    expect(c.rows.map((r) => [r.market, r.result.inputs.vatRate])).toEqual([
      ['DE', 0.19],
      ['FR', 0.2],
      ['IT', 0.22],
      ['ES', 0.21],
    ]);
    // Higher VAT leaves less net sales, so less profit at the same price.
    const profit = Object.fromEntries(c.rows.map((r) => [r.market, r.result.profit]));
    expect(profit.DE).toBeGreaterThan(profit.FR);
    expect(profit.FR).toBeGreaterThan(profit.ES);
    expect(profit.ES).toBeGreaterThan(profit.IT);
    expect(c.rows[0].result.profit).toBe(ok({ listPrice: 29.99, market: 'DE', unitCost: 8 }).profit);
  });

  it('compares without a market, and reports bad input', () => {
    expect(compareMarkets({ listPrice: 10, unitCost: 2 }, rules).ok).toBe(true);
    const bad = compareMarkets({ listPrice: -1, unitCost: 2 }, rules);
    expect(bad.ok === false && bad.error.field).toBe('listPrice');
  });

  it('ladders profit around the price, rising with the price', () => {
    const p = buildPriceLadder({ listPrice: 20, market: 'DE', unitCost: 5 }, rules);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.rows.map((r) => r.listPrice)).toEqual([16, 18, 20, 22, 24, 26]);
    for (let i = 1; i < p.rows.length; i++) expect(p.rows[i].profit).toBeGreaterThan(p.rows[i - 1].profit);
    expect(p.rows[2].profit).toBe(ok({ listPrice: 20, market: 'DE', unitCost: 5 }).profit);
    expect(p.breakEvenPrice).toBe(ok({ listPrice: 20, market: 'DE', unitCost: 5 }).breakEvenPrice);
  });

  it('ladders given prices and rejects a bad one', () => {
    const p = buildPriceLadder({ listPrice: 20, market: 'DE', unitCost: 5 }, rules, [30, 10]);
    expect(p.ok && p.rows.map((r) => r.listPrice)).toEqual([10, 30]);
    const bad = buildPriceLadder({ listPrice: 20, market: 'DE', unitCost: 5 }, rules, [0]);
    expect(bad.ok === false && bad.error.field).toBe('listPrice');
  });
});
