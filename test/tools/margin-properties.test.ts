import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeMarginExact, resolveMarginInput, solvePriceForMargin, type ResolvedMarginInput, type Rules } from '../../src/tools/index.js';
import { Dec } from '../../src/tools/margin.js';
import { loadRealRules } from './rules-dir.js';

let rules: Rules;
beforeAll(async () => {
  rules = await loadRealRules();
});

// Inputs in cents and basis points keep the generated numbers exact; fees stay low enough to break even.
const arbInput = fc.record({
  listPrice: fc.integer({ min: 1, max: 1_000_000 }).map((c) => c / 100),
  market: fc.constantFrom('DE', 'FR', 'IT', 'ES'),
  unitCost: fc.integer({ min: 0, max: 500_000 }).map((c) => c / 100),
  inboundShipping: fc.integer({ min: 0, max: 10_000 }).map((c) => c / 100),
  fulfillmentFee: fc.integer({ min: 0, max: 10_000 }).map((c) => c / 100),
  buyerShipping: fc.integer({ min: 0, max: 2_000 }).map((c) => c / 100),
  commissionRate: fc.integer({ min: 0, max: 2000 }).map((b) => b / 10_000),
  affiliateRate: fc.integer({ min: 0, max: 3000 }).map((b) => b / 10_000),
  adsRate: fc.integer({ min: 0, max: 2000 }).map((b) => b / 10_000),
  sellerDiscount: fc.integer({ min: 0, max: 5000 }).map((b) => b / 10_000),
  returnRate: fc.integer({ min: 0, max: 3000 }).map((b) => b / 10_000),
});

function resolve(input: unknown): ResolvedMarginInput {
  const r = resolveMarginInput(input, rules);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.input;
}

const AMOUNT_COSTS = ['unitCost', 'inboundShipping', 'fulfillmentFee'] as const;
const RATE_COSTS = ['commissionRate', 'affiliateRate', 'adsRate', 'returnRate', 'sellerDiscount'] as const;

describe('margin properties', () => {
  it('profit falls strictly when any per-unit cost rises', () => {
    fc.assert(
      fc.property(arbInput, fc.constantFrom(...AMOUNT_COSTS), fc.integer({ min: 1, max: 10_000 }), (input, field, cents) => {
        const before = computeMarginExact(resolve(input)).profit;
        const after = computeMarginExact(resolve({ ...input, [field]: input[field] + cents / 100 })).profit;
        return after.lt(before);
      }),
      { numRuns: 300 },
    );
  });

  it('profit never rises when any rate-based cost rises (seller discount included)', () => {
    fc.assert(
      fc.property(arbInput, fc.constantFrom(...RATE_COSTS), fc.integer({ min: 1, max: 500 }), (input, field, bp) => {
        const before = computeMarginExact(resolve(input)).profit;
        const after = computeMarginExact(resolve({ ...input, [field]: input[field] + bp / 10_000 })).profit;
        return after.lte(before);
      }),
      { numRuns: 300 },
    );
  });

  it('profit rises with the shipping the buyer pays (it is revenue, less its VAT and commission)', () => {
    fc.assert(
      fc.property(arbInput, fc.integer({ min: 1, max: 1_000 }), (input, cents) => {
        const before = computeMarginExact(resolve(input)).profit;
        const after = computeMarginExact(resolve({ ...input, buyerShipping: input.buyerShipping + cents / 100 })).profit;
        return after.gt(before);
      }),
      { numRuns: 200 },
    );
  });

  it('profit at the exact break-even price is 0', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const resolved = resolve(input);
        const price = solvePriceForMargin(resolved);
        expect(price).not.toBeNull();
        // The buyer's shipping alone covers every cost: any price breaks even or better.
        if (price?.isZero()) return computeMarginExact({ ...resolved, listPrice: new Dec(0) }).profit.gte(0);
        const profit = computeMarginExact({ ...resolved, listPrice: price ?? new Dec(0) }).profit;
        return profit.abs().lt('1e-25');
      }),
      { numRuns: 300 },
    );
  });

  it('margin at the price solved for a target margin equals the target', () => {
    fc.assert(
      fc.property(arbInput, fc.integer({ min: 0, max: 3000 }).map((b) => b / 10_000), (input, target) => {
        const resolved = resolve(input);
        const price = solvePriceForMargin(resolved, new Dec(target));
        if (price === null) return true;
        if (price.isZero()) return true; // no costs at all: any price has the same margin
        const margin = computeMarginExact({ ...resolved, listPrice: price }).margin;
        return margin.minus(target).abs().lt('1e-25');
      }),
      { numRuns: 300 },
    );
  });

  it('profit rises with the price (linear with a positive slope)', () => {
    fc.assert(
      fc.property(arbInput, fc.integer({ min: 1, max: 10_000 }), (input, cents) => {
        const a = computeMarginExact(resolve(input)).profit;
        const b = computeMarginExact(resolve({ ...input, listPrice: input.listPrice + cents / 100 })).profit;
        return b.gt(a);
      }),
      { numRuns: 200 },
    );
  });
});
