import { beforeAll, describe, expect, it } from 'vitest';
import { createToolRouter, type EligibilityResult, type MarginResult, type Rules, type ToolRouter } from '../../src/tools/index.js';
import { loadRealRules } from './rules-dir.js';

let rules: Rules;
let router: ToolRouter;
beforeAll(async () => {
  rules = await loadRealRules();
  router = createToolRouter({ rules });
});

describe('createToolRouter', () => {
  it.each(['zh', 'en'] as const)('routes the margin example to the margin tool (%s reply)', (lang) => {
    const reply = router.route('德国站售价29.99欧含税，成本8欧，头程1.5欧，尾程3.2欧，佣金9%，达人佣金15%，利润多少？', lang);
    expect(reply?.tool).toBe('margin');
    expect(reply?.needsMore).toBe(false);
    const result = reply?.toolResult as MarginResult & { ok: true };
    expect(result.ok).toBe(true);
    expect(result.profit).toBe(6.02);
    expect(result.breakEvenPrice).toBe(20.34);
    expect(reply?.text).toContain('€6.02');
    expect(reply?.text).toContain(lang === 'zh' ? '保本售价' : 'Break-even price');
    expect(reply?.sources).toEqual([
      { id: 'rules-market-de', title: lang === 'zh' ? '德国站市场参数（增值税、佣金）' : 'Germany market profile (VAT, commission)', date: '2026-11-01' },
    ]);
  });

  it.each(['zh', 'en'] as const)('routes the eligibility example to the eligibility tool (%s reply)', (lang) => {
    const reply = router.route("We're a Shenzhen company with stock in a German warehouse and German VAT, can we join?", lang);
    expect(reply?.tool).toBe('eligibility');
    expect(reply?.verdict).toBe('eligible');
    expect(reply?.needsMore).toBe(false);
    expect((reply?.toolResult as EligibilityResult).input).toEqual({ entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'] });
    expect(reply?.sources).toEqual([{ id: 'rules-eligibility', title: rules.eligibility.title[lang], date: '2026-01-16' }]);
  });

  it('routes the same questions asked in the other language', () => {
    expect(router.route('我们是深圳公司，货在德国仓，有德国VAT，能加入本地托管吗？', 'zh')?.verdict).toBe('eligible');
    const margin = router.route('Germany, price €29.99 incl. VAT, cost €8, inbound €1.50, fulfilment €3.20, commission 9%, affiliate 15%, profit?', 'en');
    expect((margin?.toolResult as MarginResult).profit).toBe(6.02);
  });

  it.each([
    'Can a mainland China company apply for Local Hosting?',
    '本地托管需要什么条件',
    '本地托管什么时候上线的？',
    'What is the commission in Germany?',
    '佣金是多少',
    'Do I need German VAT if my warehouse is in Germany?',
    '香港公司可以申请吗？',
    'hello',
    'Is the commission 9% of the price?',
  ])('leaves a general question to the FAQ: %s', (text) => {
    expect(router.route(text, 'en')).toBeNull();
  });

  it('asks once for exactly the missing eligibility facts', () => {
    const reply = router.route('货在德国仓，有德国VAT，能入驻吗', 'zh');
    expect(reply?.tool).toBe('eligibility');
    expect(reply?.verdict).toBe('incomplete');
    expect(reply?.needsMore).toBe(true);
    expect((reply?.toolResult as EligibilityResult).missing).toEqual(['entityCountry']);
    expect(reply?.text).toContain('公司（主体）注册在哪个国家或地区');
    expect(reply?.text).not.toContain('在哪些国家注册了VAT');
  });

  it.each([
    ['Can I join with my stock in an Irish warehouse?', 'en'],
    ['我们的货在爱尔兰仓库，可以做本地托管吗？', 'zh'],
    ['Shenzhen company, stock in a Dutch warehouse, Dutch VAT, can we join?', 'en'],
  ] as const)('a warehouse outside the four markets is uncertain, and the reply never opens with yes: %s', (text, lang) => {
    const reply = router.route(text, lang);
    expect(reply?.tool).toBe('eligibility');
    const result = reply?.toolResult as EligibilityResult;
    expect(result.checks.find((c) => c.id === 'warehouse-eu')?.status).toBe('uncertain');
    expect(reply?.text).not.toMatch(/^\s*(?:yes|可以|是的)/i);
    expect(reply?.text).toContain(lang === 'zh' ? '无法确定' : 'uncertain');
  });

  it('a Dutch warehouse with every other fact stated gets the uncertain verdict', () => {
    expect(router.route('Shenzhen company, stock in a Dutch warehouse, Dutch VAT, can we join?', 'en')?.verdict).toBe('uncertain');
  });

  it.each([
    ['本地托管利润多少？德国站售价29.99欧，成本8欧', 'local-hosting'],
    ['Local Hosting in Germany: price €29.99, cost €8, profit?', 'local-hosting'],
    ['德国站售价29.99欧，成本8欧，利润多少', undefined],
  ])('says the Local Hosting commission is an assumption: %s', (text, program) => {
    const reply = router.route(text, 'zh');
    expect((reply?.toolResult as MarginResult).program).toBe(program);
    if (program) expect(reply?.text).toContain('本地托管自己的佣金未公开');
    else expect(reply?.text).not.toContain('本地托管自己的佣金未公开');
  });

  it.each([
    ["price 29.99 cost -8 market DE, what's my margin?", 'en', ['unit cost "-8"', 'cannot be negative']],
    ['price -29.99 cost 8 market DE, margin?', 'en', ['list price (VAT included) "-29.99"', 'cannot be negative']],
    ['德国站售价20欧，成本-8欧，利润多少', 'zh', ['「单件成本」-8欧', '不能是负数']],
    ['Germany price 20 cost 5 returns -5%, profit?', 'en', ['return rate "-5%"']],
    ['price 1e308 cost 8 market DE', 'en', ['list price (VAT included) "1e308"', 'plain number']],
    ['price NaN cost 8 market DE, margin?', 'en', ['list price (VAT included) "NaN"', 'not a number']],
    ['Deutschland, Preis -20 €, Einkauf 5 €, Gewinn?', 'de', ['Verkaufspreis (inkl. MwSt.) „-20 €“', 'nicht negativ']],
  ] as const)('refuses a number it cannot use, naming the field and the value: %s', (text, lang, parts) => {
    const reply = router.route(text, lang);
    expect(reply?.tool).toBe('margin');
    expect(reply?.needsMore).toBe(true);
    const result = reply?.toolResult as { kind: string; ok: boolean; rejected: unknown[] };
    expect(result.kind).toBe('margin-error');
    expect(result.rejected.length).toBeGreaterThan(0);
    for (const p of parts) expect(reply?.text).toContain(p);
  });

  it.each([
    ['德国站售价29.99欧，成本8欧，15%，利润多少', 'zh', '没看懂「15%」（达人佣金、广告、退货率还是折扣？）'],
    ['Germany, price €29.99, cost €8, 15%, profit?', 'en', 'I did not understand "15%" (creator commission, ads, returns or a discount?)'],
    ['Deutschland, Preis 29,99 €, Einkauf 8 €, 15 %, Gewinn?', 'de', 'Nicht zuordnen konnte ich: „15 %“'],
    ['德国站售价29.99，成本8，月销500件，利润多少', 'zh', '「500件」（是数量；测算按单件）'],
  ] as const)('names back a number it could not place: %s', (text, lang, note) => {
    const reply = router.route(text, lang);
    expect(reply?.needsMore).toBe(false);
    expect(reply?.text).toContain(note);
  });

  it('names back an unplaced number in the follow-up that asks for missing inputs too', () => {
    const reply = router.route('售价29.99欧，15%，利润多少', 'zh');
    expect(reply?.needsMore).toBe(true);
    expect(reply?.text).toContain('「15%」');
  });

  it('says how a plain "shipping" was read: as the seller\'s own delivery cost', () => {
    const reply = router.route('Germany price €20 cost 5 shipping 4.90, profit?', 'en');
    expect((reply?.toolResult as MarginResult).inputs).toMatchObject({ fulfillmentFee: 4.9, buyerShipping: 0 });
    expect(reply?.text).toContain('I read "shipping 4.90" as your own delivery cost');
  });

  it('names numbers an eligibility message gives that the check does not use', () => {
    const reply = router.route('深圳公司，月销5000单，货在德国仓，有德国VAT，能入驻吗', 'zh');
    expect(reply?.tool).toBe('eligibility');
    expect(reply?.text).toContain('没有用到「5000单」');
  });

  it.each([
    ['Our stock is in a warehouse in Milan and we hold Italian VAT: which VAT does local hosting need?', 'en', 'Applied to your case: your stock is in Italy and you hold Italian VAT registration, so this condition is met.'],
    ['Stock in Lyon, only Spanish VAT: which VAT do we need?', 'en', 'Applied to your case: your stock is in France, so you need French VAT registration. Spanish VAT alone does not meet it.'],
    ['Merce nel magazzino di Madrid, che IVA serve?', 'it', 'Applicato al vostro caso: la merce è in Spagna, quindi serve una partita IVA spagnola (NIF-IVA).'],
  ] as const)('applies the VAT rule to the warehouse a fact question states: %s', (text, lang, line) => {
    expect(router.applyToCase?.(text, lang)).toBe(line);
  });

  it.each([
    'Which VAT does local hosting need?',
    'Stock in a warehouse in Milan: what is the commission?',
    'Stock in a warehouse in London, which VAT do we need?',
  ])('applies nothing without a VAT question and a market warehouse: %s', (text) => {
    expect(router.applyToCase?.(text, 'en')).toBeNull();
  });

  it('asks for the market still in question and previews only the markets named', () => {
    const r = router.route("Je n'ai pas encore choisi entre l'Italie et l'Espagne. Prix 22 € TTC, coût 5 €, dernier km 3 €, combien je gagne ?", 'fr');
    const result = r?.toolResult as { kind: string; missing: string[]; comparison: Array<{ market: string }> };
    expect(result.kind).toBe('margin-missing');
    expect(result.missing).toEqual(['market']);
    expect(result.comparison.map((x) => x.market)).toEqual(['IT', 'ES']);
    expect(r?.needsMore).toBe(true);
    expect(r?.sources.map((s) => s.id)).toEqual(['rules-market-it', 'rules-market-es']);
  });

  it('previews all four markets while asking when no market is named yet', () => {
    const r = router.route('具体放哪个国家还没定，售价35欧含税，成本9欧，头程2欧，尾程4欧，利润多少', 'zh');
    const result = r?.toolResult as { kind: string; comparison: Array<{ market: string }> };
    expect(result.kind).toBe('margin-missing');
    expect(result.comparison.map((x) => x.market)).toEqual(['DE', 'FR', 'IT', 'ES']);
    expect(r?.text).toContain('站点还没定');
  });

  it('asks plainly, with no preview, when the market is simply not given', () => {
    const r = router.route('售价35欧，成本9欧，尾程4欧，利润多少', 'zh');
    expect((r?.toolResult as { kind: string }).kind).toBe('margin-missing');
    expect((r?.toolResult as { comparison?: unknown }).comparison).toBeUndefined();
  });

  it('still compares when the seller asks which market pays best', () => {
    const r = router.route('售价35欧，成本9欧，尾程4欧，哪个站利润最高', 'zh');
    expect((r?.toolResult as { kind: string }).kind).toBe('margin-comparison');
  });

  it('names a warehouse town it does not know as an assumption, with the country it took', () => {
    const reply = router.route('SARL à Marseille, stock dans notre entrepôt à Aix, TVA FR. On peut rentrer dans le Local Hosting ?', 'fr');
    expect(reply?.verdict).toBe('eligible');
    expect(reply?.text).toContain('je ne connais pas « Aix » et j’ai supposé que votre entrepôt est en France');
  });

  it.each([
    ['Our company is registered in the UK, stock is in a French warehouse and we have French VAT. Can we join local hosting?', 'ineligible'],
    ['香港公司，货都在国内工厂，没有欧洲仓库，可以入驻本地托管吗？', 'ineligible'],
    ['Wir sind eine GmbH, Ware im Lager in Deutschland, deutsche USt-IdNr. Können wir teilnehmen?', 'eligible'],
    ['Nous sommes une SARL, entrepôt en France, TVA française, pouvons-nous rejoindre Local Hosting ?', 'eligible'],
  ])('issue examples: %s → %s', (text, verdict) => {
    expect(router.route(text, 'en')?.verdict).toBe(verdict);
  });

  it.each([
    ['de', 'Wir sind eine GmbH, Ware im Lager in Deutschland, deutsche USt-IdNr.', 'Ergebnis: Voraussetzungen erfüllt'],
    ['fr', 'Nous sommes une SARL, entrepôt en France, TVA française', 'Conclusion : éligible'],
    ['it', 'Siamo una S.r.l., magazzino in Italia, partita IVA italiana', 'Esito: idoneo'],
    ['es', 'Somos una S.L., almacén en España, IVA español', 'Resultado: cumples los requisitos'],
  ] as const)('answers an eligibility message in %s', (lang, text, verdict) => {
    const reply = router.route(text, lang);
    expect(reply?.text).toContain(verdict);
    expect(reply?.sources[0]?.title).toBe(rules.eligibility.title[lang]);
  });

  it.each([
    ['de', 'Deutschland, Preis 29,99 €, Einkauf 8 €, Creator-Provision 15 %, Gewinn?', 'Gewinn: ', 'Marktprofil Deutschland (MwSt., Provision)'],
    ['fr', 'France, prix 24,90 €, coût 6 €, commission créateur 10 %, quel bénéfice ?', 'Bénéfice : ', 'Profil de marché France (TVA, commission)'],
    ['it', 'Italia, prezzo 24,90 €, costo 6 €, commissione creator 10%, quanto guadagno?', 'Utile: ', 'Profilo di mercato Italia (IVA, commissione)'],
    ['es', 'España, precio 19,99 €, coste 6 €, comisión de creadores 10 %, ¿cuánto gano?', 'Beneficio: ', 'Perfil de mercado España (IVA, comisión)'],
  ] as const)('answers a margin message in %s, with a source title in that language', (lang, text, profit, source) => {
    const reply = router.route(text, lang);
    expect(reply?.text).toContain(profit);
    expect(reply?.text).toMatch(/\d,\d{2} €/);
    expect(reply?.sources[0]?.title).toBe(source);
  });

  it('a question that asks for a margin gets the tool even with only a price given', () => {
    const reply = router.route('德国站售价29.99欧', 'zh', { margin: true });
    expect(reply?.tool).toBe('margin');
    expect((reply?.toolResult as { missing: string[] }).missing).toEqual(['unitCost']);
  });

  it('explains a failure with its fix', () => {
    const reply = router.route('香港公司，货在意大利仓，有德国VAT', 'zh');
    expect(reply?.verdict).toBe('ineligible');
    expect(reply?.text).toContain('在意大利注册VAT');
    const en = router.route('UK company, stock in a German warehouse, German VAT', 'en');
    expect(en?.verdict).toBe('ineligible');
    expect(en?.text).toContain('United Kingdom is not accepted');
  });

  it.each([
    ['售价29.99欧，利润多少', 'zh', ['market', 'unitCost'], ['站点', '单件成本']],
    ['Germany, price €20, commission 9%', 'en', ['unitCost'], ['unit cost']],
    ['price €20 cost 5, profit?', 'en', ['market'], ['market (Germany, France, Italy or Spain)']],
  ] as const)('asks once for the missing margin inputs: %s', (text, lang, missing, words) => {
    const reply = router.route(text, lang);
    expect(reply?.tool).toBe('margin');
    expect(reply?.needsMore).toBe(true);
    expect((reply?.toolResult as { missing: string[] }).missing).toEqual(missing);
    for (const w of words) expect(reply?.text).toContain(w);
  });

  it('answers bad margin input politely, naming the field', () => {
    const reply = router.route('德国站售价29.99欧，成本8欧，佣金150%', 'zh');
    expect(reply?.needsMore).toBe(true);
    expect(reply?.text).toContain('平台佣金率');
    expect(reply?.text).toContain('抱歉');
  });

  it('grosses up a price given without VAT', () => {
    const reply = router.route('西班牙站不含税价20欧，成本5欧', 'zh');
    expect((reply?.toolResult as MarginResult).inputs.listPrice).toBe(24.2);
    expect(reply?.text).toContain('不含税价 €20.00');
  });

  it('adds the market comparison and the price ladder when asked', () => {
    const reply = router.route('Germany, price €20, cost 5, compare all markets and show a price ladder', 'en');
    const result = reply?.toolResult as { comparison: unknown[]; ladder: unknown[] };
    expect(result.comparison).toHaveLength(4);
    expect(result.ladder).toHaveLength(6);
    expect(reply?.text).toContain('Side by side');
    expect(reply?.text).toContain('Profit at other prices');
    const noMarket = router.route('售价20欧 成本5欧 四国对比', 'zh');
    expect(noMarket?.needsMore).toBe(false);
    expect(noMarket?.text).toContain('各站对比');
    expect(noMarket?.sources.map((s) => s.id)).toEqual(['rules-market-de', 'rules-market-fr', 'rules-market-it', 'rules-market-es']);
  });
});
