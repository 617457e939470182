// Plain-text reply for the margin calculator: inputs, formula, breakdown, results, rule dates and sources.
import type { Lang } from '../contract/types.js';
import { nameCountry } from './countries.js';
import { formatEuro, formatRate, formatRatio, formatSources, pickReplyLang } from './format-reply.js';
import type { MarketComparison, PriceLadder } from './margin-compare.js';
import type { MarginResult } from './margin.js';
import type { ToolInputError } from './tool-error.js';

export const MARGIN_FIELD_NAMES: Record<string, { zh: string; en: string }> = {
  listPrice: { zh: '售价（含税）', en: 'list price (VAT included)' },
  market: { zh: '站点（德国、法国、意大利或西班牙）', en: 'market (Germany, France, Italy or Spain)' },
  unitCost: { zh: '单件成本', en: 'unit cost' },
  inboundShipping: { zh: '头程', en: 'inbound shipping' },
  fulfillmentFee: { zh: '尾程/配送费', en: 'fulfilment fee' },
  buyerShipping: { zh: '买家运费', en: 'shipping paid by the buyer' },
  commissionRate: { zh: '平台佣金率', en: 'commission rate' },
  commissionTier: { zh: '佣金档位', en: 'commission tier' },
  affiliateRate: { zh: '达人佣金率', en: 'affiliate rate' },
  sellerDiscount: { zh: '卖家折扣', en: 'seller discount' },
  adsRate: { zh: '广告占比', en: 'ads rate' },
  platformSubsidy: { zh: '平台补贴', en: 'platform subsidy' },
  returnRate: { zh: '退货率', en: 'return rate' },
  vatRate: { zh: '增值税率', en: 'VAT rate' },
  targetMargin: { zh: '目标利润率', en: 'target margin' },
  'commissionRate+affiliateRate+adsRate': { zh: '佣金 + 达人佣金 + 广告', en: 'commission + affiliate + ads' },
};

const fieldName = (field: string, l: 'zh' | 'en'): string => MARGIN_FIELD_NAMES[field]?.[l] ?? field;

function marketName(code: string, l: 'zh' | 'en'): string {
  return l === 'zh' ? `${nameCountry(code, 'zh')}站` : `${nameCountry(code, 'en')} (${code})`;
}

export function renderMarginError(error: ToolInputError, lang: Lang): string {
  const l = pickReplyLang(lang);
  return l === 'zh'
    ? `抱歉，无法计算：「${fieldName(error.field, l)}」有问题：${error.zh}。请修改后再发一次。`
    : `Sorry, I cannot calculate this: the ${fieldName(error.field, l)} is not valid: ${error.message}. Please correct it and send again.`;
}

/** One follow-up asking for every missing margin input at once. */
export function renderMarginMissing(missing: string[], lang: Lang): string {
  const l = pickReplyLang(lang);
  const list = missing.map((f) => fieldName(f, l)).join(l === 'zh' ? '、' : ', ');
  return l === 'zh'
    ? `要算利润，还需要：${list}。请在一条消息里发给我，例如：“德国站售价29.99欧，成本8欧，头程1.5欧，尾程3.2欧，达人佣金15%”。`
    : `To calculate your margin I still need: ${list}. Please send them in one message, e.g. "Germany, price €29.99, cost €8, inbound €1.50, fulfilment €3.20, affiliate 15%".`;
}

export function renderMargin(r: MarginResult, lang: Lang, notes: string[] = []): string {
  const l = pickReplyLang(lang);
  const i = r.inputs;
  const b = r.breakdown;
  const assumedCommission = r.program === 'local-hosting' && r.defaultsUsed.includes('commissionRate');
  const def = (f: string): string =>
    f === 'commissionRate' && assumedCommission
      ? l === 'zh' ? '（假设：本地托管佣金未公开）' : " (assumed: Local Hosting's commission is not published)"
      : r.defaultsUsed.includes(f) ? (l === 'zh' ? '（默认）' : ' (default)') : '';
  const lines: string[] = [];
  if (l === 'zh') {
    lines.push(`单件利润测算：${marketName(r.market, l)}，币种 EUR`);
    lines.push(
      `输入：售价 ${formatEuro(i.listPrice)}（含税），成本 ${formatEuro(i.unitCost)}，头程 ${formatEuro(i.inboundShipping)}，尾程 ${formatEuro(i.fulfillmentFee)}，买家运费 ${formatEuro(i.buyerShipping)}，` +
        `佣金 ${formatRate(i.commissionRate)}${def('commissionRate')}，达人佣金 ${formatRate(i.affiliateRate)}，广告 ${formatRate(i.adsRate)}，` +
        `卖家折扣 ${formatRate(i.sellerDiscount)}，退货率 ${formatRate(i.returnRate)}，增值税 ${formatRate(i.vatRate)}${def('vatRate')}`,
    );
    lines.push(`公式：${r.formula.zh}`);
    lines.push('明细：');
    lines.push(`实收（折后含税）：${formatEuro(b.paid)}`);
    if (b.buyerShipping > 0) lines.push(`买家运费（含税）：${formatEuro(b.buyerShipping)}`);
    lines.push(`增值税 ${formatRate(i.vatRate)}：${formatEuro(-b.vat)}`);
    lines.push(`净销售额：${formatEuro(b.netSales)}`);
    lines.push(`平台佣金 ${formatRate(i.commissionRate)} × ${b.buyerShipping > 0 ? '(实收 + 买家运费)' : '实收'}：${formatEuro(-b.commission)}`);
    lines.push(`达人佣金 ${formatRate(i.affiliateRate)} × 商品不含税金额：${formatEuro(-b.affiliate)}`);
    lines.push(`广告 ${formatRate(i.adsRate)} × 商品不含税金额：${formatEuro(-b.ads)}`);
    lines.push(`退货损失：${formatEuro(-b.returns)}`);
    lines.push(`成本：${formatEuro(-b.unitCost)}，头程：${formatEuro(-b.inboundShipping)}，尾程：${formatEuro(-b.fulfillmentFee)}`);
    lines.push(`利润：${formatEuro(r.profit)}`);
    lines.push(`利润率（占净销售额）：${formatRatio(r.margin)}`);
    lines.push(`ROI（利润 / (成本 + 头程)）：${r.roi === null ? '无法计算（成本为0）' : formatRatio(r.roi)}`);
    lines.push(`保本售价（含税）：${formatEuro(r.breakEvenPrice)}`);
    if (r.targetMargin !== undefined) {
      lines.push(
        r.priceForTargetMargin == null
          ? `目标利润率 ${formatRate(r.targetMargin)}：在这些费率下任何售价都达不到。`
          : `达到 ${formatRate(r.targetMargin)} 利润率的售价（含税）：${formatEuro(r.priceForTargetMargin)}`,
      );
    }
    if (b.platformSubsidy > 0) lines.push(`平台补贴 ${formatEuro(b.platformSubsidy)}：买家实付 ${formatEuro(b.buyerPays)}；由谁出资未公开，未从你的收入中扣减。`);
  } else {
    lines.push(`Margin per unit: ${marketName(r.market, l)}, EUR`);
    lines.push(
      `Inputs: list price ${formatEuro(i.listPrice)} (VAT incl.), unit cost ${formatEuro(i.unitCost)}, inbound ${formatEuro(i.inboundShipping)}, fulfilment ${formatEuro(i.fulfillmentFee)}, buyer shipping ${formatEuro(i.buyerShipping)}, ` +
        `commission ${formatRate(i.commissionRate)}${def('commissionRate')}, affiliate ${formatRate(i.affiliateRate)}, ads ${formatRate(i.adsRate)}, ` +
        `seller discount ${formatRate(i.sellerDiscount)}, returns ${formatRate(i.returnRate)}, VAT ${formatRate(i.vatRate)}${def('vatRate')}`,
    );
    lines.push(`Formula: ${r.formula.en}`);
    lines.push('Breakdown:');
    lines.push(`Paid (after seller discount, VAT incl.): ${formatEuro(b.paid)}`);
    if (b.buyerShipping > 0) lines.push(`Shipping paid by the buyer (VAT incl.): ${formatEuro(b.buyerShipping)}`);
    lines.push(`VAT ${formatRate(i.vatRate)}: ${formatEuro(-b.vat)}`);
    lines.push(`Net sales: ${formatEuro(b.netSales)}`);
    lines.push(`Commission ${formatRate(i.commissionRate)} of ${b.buyerShipping > 0 ? '(paid + buyer shipping)' : 'paid'}: ${formatEuro(-b.commission)}`);
    lines.push(`Affiliate ${formatRate(i.affiliateRate)} of the item's net price: ${formatEuro(-b.affiliate)}`);
    lines.push(`Ads ${formatRate(i.adsRate)} of the item's net price: ${formatEuro(-b.ads)}`);
    lines.push(`Returns: ${formatEuro(-b.returns)}`);
    lines.push(`Unit cost: ${formatEuro(-b.unitCost)}, inbound: ${formatEuro(-b.inboundShipping)}, fulfilment: ${formatEuro(-b.fulfillmentFee)}`);
    lines.push(`Profit: ${formatEuro(r.profit)}`);
    lines.push(`Margin (of net sales): ${formatRatio(r.margin)}`);
    lines.push(`ROI (profit / (unit cost + inbound)): ${r.roi === null ? 'n/a (no cost)' : formatRatio(r.roi)}`);
    lines.push(`Break-even price (VAT incl.): ${formatEuro(r.breakEvenPrice)}`);
    if (r.targetMargin !== undefined) {
      lines.push(
        r.priceForTargetMargin == null
          ? `Target margin ${formatRate(r.targetMargin)}: no price reaches it with these fees.`
          : `Price for a ${formatRate(r.targetMargin)} margin (VAT incl.): ${formatEuro(r.priceForTargetMargin)}`,
      );
    }
    if (b.platformSubsidy > 0) lines.push(`Platform subsidy ${formatEuro(b.platformSubsidy)}: the buyer pays ${formatEuro(b.buyerPays)}; who funds it is not published, so it is not deducted from your proceeds.`);
  }
  lines.push(...notes);
  lines.push(...r.assumptions.map((a) => `- ${a[l]}`));
  lines.push(
    l === 'zh'
      ? `规则截至 ${r.asOf}（佣金自 ${r.ruleDates.commission} 起，增值税率核对于 ${r.ruleDates.vat}）。来源：${formatSources(r.sources)}`
      : `Rules as of ${r.asOf} (commission from ${r.ruleDates.commission}, VAT rates checked ${r.ruleDates.vat}). Sources: ${formatSources(r.sources)}`,
  );
  return lines.join('\n');
}

export function renderComparison(c: Extract<MarketComparison, { ok: true }>, lang: Lang): string {
  const l = pickReplyLang(lang);
  const head = l === 'zh' ? '四国对比（同一商品、同样成本，各国按本国增值税）：' : 'Side by side (same product and costs, each market with its own VAT):';
  const rows = c.rows.map(({ market, result: r }) =>
    l === 'zh'
      ? `${marketName(market, l)}（增值税 ${formatRate(r.inputs.vatRate)}）：利润 ${formatEuro(r.profit)}，利润率 ${formatRatio(r.margin)}，保本价 ${formatEuro(r.breakEvenPrice)}`
      : `${marketName(market, l)}, VAT ${formatRate(r.inputs.vatRate)}: profit ${formatEuro(r.profit)}, margin ${formatRatio(r.margin)}, break-even ${formatEuro(r.breakEvenPrice)}`,
  );
  const first = c.rows[0]?.result;
  const foot = first
    ? l === 'zh'
      ? `公式同单站测算；规则截至 ${first.asOf}。来源：${formatSources(first.sources)}`
      : `Same formula as the single-market check; rules as of ${first.asOf}. Sources: ${formatSources(first.sources)}`
    : '';
  return [head, ...rows, foot].filter(Boolean).join('\n');
}

export function renderLadder(p: Extract<PriceLadder, { ok: true }>, lang: Lang): string {
  const l = pickReplyLang(lang);
  const head = l === 'zh' ? `不同售价下的利润（${marketName(p.market, l)}，保本价 ${formatEuro(p.breakEvenPrice)}）：` : `Profit at other prices (${marketName(p.market, l)}, break-even ${formatEuro(p.breakEvenPrice)}):`;
  const rows = p.rows.map((r) =>
    l === 'zh'
      ? `售价 ${formatEuro(r.listPrice)}：利润 ${formatEuro(r.profit)}（${formatRatio(r.margin)}）`
      : `${formatEuro(r.listPrice)}: profit ${formatEuro(r.profit)} (${formatRatio(r.margin)})`,
  );
  return [head, ...rows].join('\n');
}
