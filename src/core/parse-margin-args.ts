/**
 * `/margin price=29.99 market=DE cost=8 inbound=1.5 fulfilment=3.2 commission=9% affiliate=15%`: the command form
 * sellers type in chats. Keys have short aliases in en and zh; rates accept "9%" or "0.09".
 */
const KEYS: Record<string, string> = {
  price: 'listPrice', listprice: 'listPrice', 售价: 'listPrice', 价格: 'listPrice',
  market: 'market', 站点: 'market', 市场: 'market',
  cost: 'unitCost', unitcost: 'unitCost', cogs: 'unitCost', 成本: 'unitCost',
  inbound: 'inboundShipping', inboundshipping: 'inboundShipping', 头程: 'inboundShipping',
  fulfilment: 'fulfillmentFee', fulfillment: 'fulfillmentFee', fulfillmentfee: 'fulfillmentFee', shipping: 'fulfillmentFee', lastmile: 'fulfillmentFee', 尾程: 'fulfillmentFee',
  commission: 'commissionRate', commissionrate: 'commissionRate', 佣金: 'commissionRate',
  affiliate: 'affiliateRate', affiliaterate: 'affiliateRate', creator: 'affiliateRate', 达人佣金: 'affiliateRate',
  discount: 'sellerDiscount', sellerdiscount: 'sellerDiscount', 折扣: 'sellerDiscount',
  ads: 'adsRate', adsrate: 'adsRate', 广告: 'adsRate',
  subsidy: 'platformSubsidy', returns: 'returnRate', returnrate: 'returnRate', 退货率: 'returnRate',
  vat: 'vatRate', vatrate: 'vatRate', target: 'targetMargin', targetmargin: 'targetMargin',
};
const RATES = new Set(['commissionRate', 'affiliateRate', 'sellerDiscount', 'adsRate', 'platformSubsidy', 'returnRate', 'vatRate', 'targetMargin']);

export type MarginArgs = { ok: true; input: Record<string, unknown> } | { ok: false; key: string } | null;

/** null when the text has no key=value pair at all (free text is parsed elsewhere). */
export function parseMarginArgs(text: string): MarginArgs {
  const pairs = [...text.matchAll(/([\p{L}_]+)\s*[=:：]\s*([^\s,;，；]+)/gu)];
  if (pairs.length === 0) return null;
  const input: Record<string, unknown> = {};
  for (const [, rawKey, rawValue] of pairs) {
    const key = KEYS[rawKey!.toLowerCase().replace(/_/g, '')];
    if (!key) return { ok: false, key: rawKey! };
    if (key === 'market') {
      input.market = rawValue!.toUpperCase();
      continue;
    }
    const percent = rawValue!.endsWith('%');
    const number = Number(rawValue!.replace(/[%€]/g, '').replace(',', '.'));
    // A non-number stays a string so the calculator's schema names the field in its reply.
    if (!Number.isFinite(number)) {
      input[key] = rawValue;
      continue;
    }
    input[key] = RATES.has(key) && (percent || number >= 1) ? number / 100 : number;
  }
  return { ok: true, input };
}
