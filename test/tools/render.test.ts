import { beforeAll, describe, expect, it } from 'vitest';
import { calculateMargin, checkEligibility, renderEligibility, renderMargin, renderMarginError, type MarginResult, type Rules } from '../../src/tools/index.js';
import { loadRealRules } from './rules-dir.js';

let rules: Rules;
let example: MarginResult;
beforeAll(async () => {
  rules = await loadRealRules();
  const r = calculateMargin(
    { listPrice: 29.99, market: 'DE', unitCost: 8, inboundShipping: 1.5, fulfillmentFee: 3.2, affiliateRate: 0.15, targetMargin: 0.2 },
    rules,
  );
  if (!r.ok) throw new Error('example must calculate');
  example = r;
});

const MARKDOWN = /\*\*|__|`|^#|\[[^\]]*\]\(/m;

describe('renderMargin', () => {
  it.each([
    ['zh', ['售价 €29.99（含税）', '公式：利润 = 净销售额', '增值税 19%：-€4.79', '净销售额：€25.20', '平台佣金 9% × 实收：-€2.70', '达人佣金 15% × 商品不含税金额：-€3.78', '利润：€6.02', '利润率（占净销售额）：23.90%', 'ROI（利润 / (成本 + 头程)）：63.39%', '保本售价（含税）：€20.34', '达到 20% 利润率的售价', '规则截至 2026-11-01', '佣金自 2026-01-08 起', 'menglar123.com/yy/77115']],
    ['en', ['list price €29.99 (VAT incl.)', 'Formula: profit = net sales', 'VAT 19%: -€4.79', 'Net sales: €25.20', 'Commission 9% of paid: -€2.70', "Affiliate 15% of the item's net price: -€3.78", 'Profit: €6.02', 'Margin (of net sales): 23.90%', 'ROI (profit / (unit cost + inbound)): 63.39%', 'Break-even price (VAT incl.): €20.34', 'Price for a 20% margin', 'Rules as of 2026-11-01', 'commission from 2026-01-08', 'ecommerce-nation.fr']],
    ['de', ['Verkaufspreis 29,99 € (inkl. MwSt.)', 'Formel: Gewinn = Nettoumsatz', 'MwSt. 19 %: -4,79 €', 'Nettoumsatz: 25,20 €', 'Provision 9 % auf den bezahlten Betrag: -2,70 €', 'Gewinn: 6,02 €', 'Marge (vom Nettoumsatz): 23,90 %', 'Break-even-Preis (inkl. MwSt.): 20,34 €', 'Preis für 20 % Marge', 'Regeln mit Stand 2026-11-01', 'Quellen: ']],
    ['fr', ['prix de vente 29,99 € (TTC)', 'Formule : bénéfice = CA net', 'TVA 19 % : -4,79 €', 'CA net (HT) : 25,20 €', 'Commission 9 % sur le montant payé : -2,70 €', 'Bénéfice : 6,02 €', 'Marge (sur le CA net) : 23,90 %', 'Prix d’équilibre (TTC) : 20,34 €', 'Prix pour une marge de 20 %', 'Sources : ']],
    ['it', ['prezzo di vendita 29,99 € (IVA inclusa)', 'Formula: utile = ricavi netti', 'IVA 19%: -4,79 €', 'Ricavi netti: 25,20 €', 'Commissione 9% sull’importo pagato: -2,70 €', 'Utile: 6,02 €', 'Margine (sui ricavi netti): 23,90%', 'Prezzo di pareggio (IVA inclusa): 20,34 €', 'Prezzo per un margine del 20%', 'Fonti: ']],
    ['es', ['precio de venta 29,99 € (IVA incluido)', 'Fórmula: beneficio = ventas netas', 'IVA 19 %: -4,79 €', 'Ventas netas: 25,20 €', 'Comisión 9 % sobre lo pagado: -2,70 €', 'Beneficio: 6,02 €', 'Margen (sobre ventas netas): 23,90 %', 'Precio de equilibrio (IVA incluido): 20,34 €', 'Precio para un margen del 20 %', 'Fuentes: ']],
  ] as const)('%s reply shows inputs, formula, breakdown, results, dates and sources', (lang, parts) => {
    const text = renderMargin(example, lang);
    for (const p of parts) expect(text).toContain(p);
    expect(text).not.toMatch(MARKDOWN);
  });

  it('shows the buyer\'s shipping in the inputs, the breakdown and the commission line', () => {
    const r = calculateMargin({ listPrice: 29.99, market: 'DE', unitCost: 8, buyerShipping: 4.99 }, rules);
    if (!r.ok) throw new Error('must calculate');
    const en = renderMargin(r, 'en');
    expect(en).toContain('buyer shipping €4.99');
    expect(en).toContain('Shipping paid by the buyer (VAT incl.): €4.99');
    expect(en).toContain('Commission 9% of (paid + buyer shipping): -€3.15');
    expect(en).toContain('net sales = (paid + buyer shipping) / (1 + VAT rate)');
    const zh = renderMargin(r, 'zh');
    expect(zh).toContain('买家运费 €4.99');
    expect(zh).toContain('佣金 = 佣金率 × (实收 + 买家运费)');
  });

  it('marks the default commission as an assumption when the question is about Local Hosting', () => {
    const r = calculateMargin({ listPrice: 20, market: 'DE', unitCost: 5, program: 'local-hosting' }, rules);
    if (!r.ok) throw new Error('must calculate');
    expect(renderMargin(r, 'zh')).toContain('佣金 9%（假设：本地托管佣金未公开）');
    expect(renderMargin(r, 'zh')).not.toContain('佣金 9%（默认）');
    expect(renderMargin(r, 'en')).toContain("commission 9% (assumed: Local Hosting's commission is not published)");
  });

  it('names the bad field in the error reply', () => {
    const r = calculateMargin({ listPrice: -5, market: 'DE', unitCost: 1 }, rules);
    if (r.ok) throw new Error('must fail');
    expect(renderMarginError(r.error, 'en')).toContain('list price (VAT included)');
    expect(renderMarginError(r.error, 'zh')).toContain('「售价（含税）」');
  });
});

describe('renderEligibility', () => {
  it('eligible: ✅ per check, says the platform still reviews and invites, lists the application steps', () => {
    const r = checkEligibility({ entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'] }, rules);
    const en = renderEligibility(r, 'en');
    expect(en.match(/✅/g)).toHaveLength(4);
    expect(en).toContain('Verdict: eligible');
    expect(en).toContain('the platform still reviews your application and decides whether to invite you');
    expect(en).toContain('intention form');
    expect(en).toContain('rules as of 2026-01-16');
    expect(en).not.toMatch(MARKDOWN);
    const zh = renderEligibility(r, 'zh');
    expect(zh).toContain('平台仍会审核并决定是否邀请');
    expect(zh).toContain('《欧洲本地托管商家意向入驻信息收集表》');
  });

  it('ineligible: ❌ with the reason and the fix', () => {
    const r = checkEligibility({ entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'IT', vatCountries: ['DE'] }, rules);
    const en = renderEligibility(r, 'en');
    expect(en).toContain('❌ VAT in the warehouse country');
    expect(en).toContain('Register for VAT in Italy.');
    expect(en).toContain('Verdict: not eligible yet');
  });

  it('incomplete: ❔ for unknown checks and one question listing the missing facts', () => {
    const r = checkEligibility({ entityCountry: 'CN' }, rules);
    const zh = renderEligibility(r, 'zh');
    expect(zh.match(/❔/g)).toHaveLength(3);
    expect(zh).toContain('1. 货是否已经在欧洲');
    expect(zh).toContain('2. 货在哪个国家的仓库');
    expect(zh).toContain('3. 在哪些国家注册了VAT');
    expect(zh).not.toContain('公司（主体）注册在哪个国家或地区');
  });
});
