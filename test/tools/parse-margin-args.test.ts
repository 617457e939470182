import { describe, expect, it } from 'vitest';
import { parseMarginArgs } from '../../src/tools/index.js';

describe('parseMarginArgs (the /margin key=value form)', () => {
  it.each([
    [
      'price=29.99 market=DE cost=8 inbound=1.5 fulfilment=3.2 commission=9% affiliate=15%',
      { listPrice: 29.99, market: 'DE', unitCost: 8, inboundShipping: 1.5, fulfillmentFee: 3.2, commissionRate: 0.09, affiliateRate: 0.15 },
    ],
    ['售价=20 market=fr 成本=5 广告=10%', { listPrice: 20, market: 'FR', unitCost: 5, adsRate: 0.1 }],
    ['price=19,99 market=ES cost=6 discount=10 returns=0.05 vat=10%', { listPrice: 19.99, market: 'ES', unitCost: 6, sellerDiscount: 0.1, returnRate: 0.05, vatRate: 0.1 }],
    ['listPrice=25 market=IT unitCost=7 targetMargin=20%', { listPrice: 25, market: 'IT', unitCost: 7, targetMargin: 0.2 }],
    ['price=29.99 market=DE cost=8 shipping=4.99', { listPrice: 29.99, market: 'DE', unitCost: 8, buyerShipping: 4.99 }],
    ['price=29.99 market=DE cost=8 buyerShipping=4,99 fulfilment=3', { listPrice: 29.99, market: 'DE', unitCost: 8, buyerShipping: 4.99, fulfillmentFee: 3 }],
  ])('%s', (text, input) => {
    expect(parseMarginArgs(text)).toEqual({ ok: true, input });
  });

  it('keeps a non-number as given, so the calculator names the field', () => {
    expect(parseMarginArgs('price=abc market=DE cost=8')).toEqual({ ok: true, input: { listPrice: 'abc', market: 'DE', unitCost: 8 } });
  });

  it('names an unknown key instead of ignoring it', () => {
    expect(parseMarginArgs('price=20 market=DE cost=5 colour=red')).toEqual({ ok: false, key: 'colour' });
  });

  it('leaves free text to the free-text parser', () => {
    expect(parseMarginArgs('德国站售价29.99欧，成本8欧')).toBeNull();
  });
});
