import { describe, expect, it } from 'vitest';
import { parseMarginText } from '../../src/tools/index.js';
import { findNumberTokens, parseChineseNumber, parseLocaleNumber } from '../../src/tools/text-numbers.js';

describe('parseMarginText', () => {
  it.each([
    [
      '德国站售价29.99欧含税，成本8欧，头程1.5欧，尾程3.2欧，佣金9%，达人佣金15%，利润多少？',
      { market: 'DE', listPrice: 29.99, unitCost: 8, inboundShipping: 1.5, fulfillmentFee: 3.2, commissionRate: 0.09, affiliateRate: 0.15 },
    ],
    [
      'Selling in France at €24.90, cost 6, inbound 1.2, last mile 3.5, commission 9%, affiliate 10%, ads 5%, returns 3%. What is my profit?',
      { market: 'FR', listPrice: 24.9, unitCost: 6, inboundShipping: 1.2, fulfillmentFee: 3.5, commissionRate: 0.09, affiliateRate: 0.1, adsRate: 0.05, returnRate: 0.03 },
    ],
    [
      '意大利 售价39.9 打9折 采购价10欧 15%达人佣金 退货率5% 目标利润率20%，卖多少合适',
      { market: 'IT', listPrice: 39.9, sellerDiscount: 0.1, unitCost: 10, affiliateRate: 0.15, returnRate: 0.05, targetMargin: 0.2 },
    ],
    ['Spain, price 19,99 EUR, 8 euro cost, 10% off, margin?', { market: 'ES', listPrice: 19.99, unitCost: 8, sellerDiscount: 0.1 }],
    ['西班牙站售价€25，COGS 7，配送费2.8欧，投流10%，扣点9%', { market: 'ES', listPrice: 25, unitCost: 7, fulfillmentFee: 2.8, adsRate: 0.1, commissionRate: 0.09 }],
    ['德区 卖价 49 欧，进价 12，头程 2，尾程 4，八五折', { market: 'DE', listPrice: 49, unitCost: 12, inboundShipping: 2, fulfillmentFee: 4, sellerDiscount: 0.15 }],
    ['Germany: list price €15.50, unit cost €4, first-leg €0.80, fulfillment €3, creator 20%', { market: 'DE', listPrice: 15.5, unitCost: 4, inboundShipping: 0.8, fulfillmentFee: 3, affiliateRate: 0.2 }],
    ['29.99 cost 8 in Germany, profit?', { market: 'DE', listPrice: 29.99, unitCost: 8 }],
    ['/margin listPrice=29.99 market=IT unitCost=8 affiliateRate=0.15 vatRate=0.1', { market: 'IT', listPrice: 29.99, unitCost: 8, affiliateRate: 0.15, vatRate: 0.1 }],
    ['Deutschland Preis 20 €, Kosten 5 €, Provision 9%', { market: 'DE', listPrice: 20, unitCost: 5, commissionRate: 0.09 }],
    ['法国站售价30欧，成本9欧，佣金百分之九', { market: 'FR', listPrice: 30, unitCost: 9, commissionRate: 0.09 }],
    // Mixed zh/en labels and "占" between a label and its rate.
    ['德国 售价30欧 成本9欧 influencer佣金12% platform commission 9% 投流占8%', { market: 'DE', listPrice: 30, unitCost: 9, affiliateRate: 0.12, commissionRate: 0.09, adsRate: 0.08 }],
    // Shipping the buyer pays is its own input; the seller's delivery cost keeps its own words.
    ['德国站售价29.99欧，买家运费4.99欧，尾程3欧，成本8欧', { market: 'DE', listPrice: 29.99, buyerShipping: 4.99, fulfillmentFee: 3, unitCost: 8 }],
    ['France, price €20, shipping paid by the buyer €3.90, cost 5', { market: 'FR', listPrice: 20, buyerShipping: 3.9, unitCost: 5 }],
    ['Deutschland Preis 20 €, Versand 4,90 €, Kosten 5 €', { market: 'DE', listPrice: 20, fulfillmentFee: 4.9, unitCost: 5 }],
  ])('%s', (text, expected) => {
    expect(parseMarginText(text).input).toEqual(expected);
  });

  it.each([
    ['德国站售价29.99欧，利润多少', true],
    ['what margin do I make at €20?', true],
    ['本地托管佣金是多少', false],
    ['How do I apply for Local Hosting?', false],
  ])('asks about profit: %s → %s', (text, asks) => {
    expect(parseMarginText(text).asksProfit).toBe(asks);
  });

  it('reads flags: comparison, ladder, net price, commission tier', () => {
    expect(parseMarginText('售价20欧 成本5欧 四国对比').asksComparison).toBe(true);
    expect(parseMarginText('price €20 cost 5, show a price ladder').asksLadder).toBe(true);
    expect(parseMarginText('西班牙站不含税价20欧，成本5欧').priceExcludesVat).toBe(true);
    expect(parseMarginText('德国售价20欧成本5欧，电子产品').input.commissionTier).toBe('electronics');
    expect(parseMarginText('new seller in Italy, price €20, cost 5').input.commissionTier).toBe('newSeller');
    expect(parseMarginText('new seller in Italy, price €20, cost 5, commission 9%').input.commissionTier).toBeUndefined();
  });

  it('reports a labelled number of the wrong kind instead of guessing', () => {
    const p = parseMarginText('西班牙站售价20欧，成本5欧，广告费2欧');
    expect(p.input.adsRate).toBeUndefined();
    expect(p.ignored).toEqual([{ field: 'adsRate', text: '2欧' }]);
  });

  it.each([
    ['本地托管德国站售价20欧，成本5欧，利润多少', 'local-hosting'],
    ['本托 德国 售价20 成本5', 'local-hosting'],
    ['local hosting Germany price 20 cost 5', 'local-hosting'],
    ['德国站售价20欧，成本5欧', undefined],
  ])('reads the program: %s', (text, program) => {
    expect(parseMarginText(text).input.program).toBe(program);
    expect(parseMarginText(text).found).not.toContain('program');
  });

  it.each([
    ['price 29.99 cost -8 market DE, what\'s my margin?', [{ field: 'unitCost', text: '-8', problem: 'negative' }]],
    ['price -29.99 cost 8 DE, margin?', [{ field: 'listPrice', text: '-29.99', problem: 'negative' }]],
    ['德国站售价20欧，成本-8欧，利润多少', [{ field: 'unitCost', text: '-8欧', problem: 'negative' }]],
    ['DE price 20 cost 5 returns -5%', [{ field: 'returnRate', text: '-5%', problem: 'negative' }]],
    ['price 1e308 cost 8 DE', [{ field: 'listPrice', text: '1e308', problem: 'exponent' }]],
    ['price NaN cost 8 DE, margin?', [{ field: 'listPrice', text: 'NaN', problem: 'not-a-number' }]],
    ['德国 售价30 成本9 达人15-20%', [{ field: 'affiliateRate', text: '15-20%', problem: 'range' }]],
    ['Preis 20 €, Kosten −6 €, Deutschland', [{ field: 'unitCost', text: '−6 €', problem: 'negative' }]],
  ])('rejects a sign, an exponent, a range or NaN with its field and value: %s', (text, rejected) => {
    const p = parseMarginText(text);
    expect(p.rejected).toEqual(rejected);
    for (const r of rejected) {
      expect(p.input[r.field as keyof typeof p.input]).toBeUndefined();
      expect(p.unread).toContain(r.text);
    }
  });

  it.each([
    // Creator commission in six languages, traditional characters and slang.
    ['法国站，售价12.99，成本5，头程1，尾程3，達人20%，广告10%，能赚多少', { affiliateRate: 0.2, adsRate: 0.1 }],
    ["Spain at €24.99, unit cost 7, creators take 15% and we burn roughly 10% on ads, what's the profit per unit", { affiliateRate: 0.15, adsRate: 0.1 }],
    ['德国 售价30 成本9 网红佣金12% 廣告8%', { affiliateRate: 0.12, adsRate: 0.08 }],
    ['德国 售价30 成本9 網紅15% 投流5%', { affiliateRate: 0.15, adsRate: 0.05 }],
    ['Germany price 30 cost 9 KOL 15% ad spend 5%', { affiliateRate: 0.15, adsRate: 0.05 }],
    ['Germany price 30 cost 9, influencers get 12%, advertising 6%', { affiliateRate: 0.12, adsRate: 0.06 }],
    ['Germany price 30 cost 9, affiliates 10%', { affiliateRate: 0.1 }],
    ['Deutschland, Preis 30 €, Einkauf 9 €, Creator-Provision 15 %, Werbung kostet ca. 10 %', { affiliateRate: 0.15, adsRate: 0.1 }],
    ['France, prix 30 €, coût 9 €, commission créateur 15 %, pub 10 %', { affiliateRate: 0.15, adsRate: 0.1 }],
    ['Italia, prezzo 30 €, costo 9 €, commissione creator 15%, la pubblicità ci costa il 10%', { affiliateRate: 0.15, adsRate: 0.1 }],
    ['España, precio 30 €, coste 9 €, los creadores se llevan un 15 %, publicidad 10 %', { affiliateRate: 0.15, adsRate: 0.1 }],
    // Platform commission stays apart from creator commission in each language.
    ['Deutschland Preis 30 €, Kosten 9 €, Provision 9 %, Influencer-Provision 12 %', { commissionRate: 0.09, affiliateRate: 0.12 }],
    ['Italia prezzo 30, costo 9, commissione 9%, commissione creator 12%', { commissionRate: 0.09, affiliateRate: 0.12 }],
    ['España precio 30, coste 9, comisión 9 %, comisión de creadores 12 %', { commissionRate: 0.09, affiliateRate: 0.12 }],
    // Number before its label, several in a row.
    ['德国 售价30 成本9 15%达人佣金 10%广告', { affiliateRate: 0.15, adsRate: 0.1 }],
    ['Germany price 30 cost 9, 15% creator commission, 10% on ads', { affiliateRate: 0.15, adsRate: 0.1 }],
  ])('reads creator commission and ads: %s', (text, expected) => {
    expect(parseMarginText(text).input).toMatchObject(expected);
  });

  it.each([
    ['德国站售价29.99欧，成本8欧，15%，利润多少', ['15%']],
    ['德国站售价29.99，成本8，月销500件，利润多少', ['500件']],
    ['Germany, price €20, cost 5, we sell 300 pcs a month, profit?', ['300 pcs']],
    ['Germany price 20 cost 5 and 7, profit?', ['7']],
    ['德国站售价29.99，成本8，利润多少', []],
  ])('names back every number it did not use: %s', (text, unread) => {
    expect(parseMarginText(text).unread).toEqual(unread);
  });

  it.each([
    // A plain "shipping"/"运费" is the seller's own delivery cost (said back); the buyer's only when the text says so.
    ['德国站售价29.99，成本8，运费3.99，利润多少', { fulfillmentFee: 3.99 }, ['运费 3.99']],
    ['德国站售价29.99，成本8，运费3欧买家付，利润多少', { buyerShipping: 3 }, []],
    ['Germany price 20 cost 5 shipping 4.90', { fulfillmentFee: 4.9 }, ['shipping 4.90']],
    ['Germany price 20 cost 5 shipping 4.90 paid by the customer', { buyerShipping: 4.9 }, []],
    ['Germany price 20 cost 5 buyer shipping 4.90', { buyerShipping: 4.9 }, []],
    ['Germany price 20 cost 5 shipping cost 4.90', { fulfillmentFee: 4.9 }, []],
    ['VK 29,99 € in DE, EK 7,50 €, Versand zum Kunden 3,20 €', { fulfillmentFee: 3.2 }, []],
  ])('tells buyer-paid shipping from the seller\'s delivery cost: %s', (text, expected, asBuyer) => {
    const p = parseMarginText(text);
    expect(p.input).toMatchObject(expected);
    expect(p.shippingAsBuyer).toEqual(asBuyer);
  });

  it('numbers glued to letters are names, not figures; dates are not figures', () => {
    const p = parseMarginText('3C产品 德国站售价29.99 成本8 3PL发货 2026-01-16起 利润多少');
    expect(p.input).toMatchObject({ listPrice: 29.99, unitCost: 8, commissionTier: 'electronics' });
    expect(p.unread).toEqual([]);
  });

  it.each([
    ['a long run of French connectors', `prix${' est de'.repeat(60)} x 20`],
    ['a long run of Chinese connectors', `售价${'约占'.repeat(60)}x 20`],
  ])('checks %s between a label and a number in linear time (a starred regex took 2^n)', (_name, text) => {
    const started = performance.now();
    parseMarginText(text);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('finds nothing in a question without numbers', () => {
    expect(parseMarginText('本地托管需要什么条件').found).toEqual([]);
  });
});

describe('number tokens', () => {
  it.each([
    ['29.99欧', 'amount', 29.99, true],
    ['€29.99', 'amount', 29.99, true],
    ['29,99 EUR', 'amount', 29.99, true],
    ['1.299,00 €', 'amount', 1299, true],
    ['1,299.00', 'amount', 1299, false],
    ['售价39.9', 'amount', 39.9, false],
    ['9%', 'percent', 0.09, false],
    ['15.5 %', 'percent', 0.155, false],
    ['百分之九', 'percent', 0.09, false],
    ['百分之十五', 'percent', 0.15, false],
    ['9个点', 'percent', 0.09, false],
    ['打9折', 'zhe', 0.1, false],
    ['9折', 'zhe', 0.1, false],
    ['85折', 'zhe', 0.15, false],
    ['八五折', 'zhe', 0.15, false],
    ['8.5折', 'zhe', 0.15, false],
    ['29块9', 'amount', 29.9, true],
    ['29块99欧', 'amount', 29.99, true],
    ['29块9毛9', 'amount', 29.99, true],
  ])('%s → %s %s', (text, kind, value, currency) => {
    const [t] = findNumberTokens(text);
    expect({ kind: t.kind, value: t.value, currency: t.currency }).toEqual({ kind, value, currency });
  });

  it.each([
    // Years after a word that introduces them, and dates written with a month name, are no figures.
    ['since 2021', 'date'],
    ['back in 2023, price 20', 'date'],
    ['seit 2022 auf Amazon', 'date'],
    ['depuis 2020', 'date'],
    ['dal 2019', 'date'],
    ['desde 2021', 'date'],
    ['8. Januar 2026', 'date'],
    ['16 janvier', 'date'],
    ['8 May 2026', 'date'],
    ['2025年开店', 'date'],
    // Counts and durations are quantities: named back, never money.
    ['3000多件货', 'quantity'],
    ['about 3,000 units', 'quantity'],
    ['2 yrs', 'quantity'],
    ['3 Jahre', 'quantity'],
    ['1 500 pièces', 'quantity'],
    ['5.000 pezzi', 'quantity'],
    ['2.500 unidades', 'quantity'],
    // Not years: a price with its currency, a number after a label, "may" without a year.
    ['price 2025 €', 'amount'],
    ['cost 8 may change', 'amount'],
  ])('%s → %s', (text, kind) => {
    expect(findNumberTokens(text).map((t) => t.kind)).toContain(kind);
    // The year is no amount; only the price beside it is.
    if (kind === 'date') expect(findNumberTokens(text).filter((t) => t.kind === 'amount').map((t) => t.text)).toEqual(text.includes('price 20') ? ['20'] : []);
  });

  it.each([
    ['九', 9],
    ['十五', 15],
    ['二十', 20],
    ['三十五', 35],
    ['八点五', 8.5],
    ['甲', undefined],
  ])('Chinese number %s → %s', (s, n) => {
    expect(parseChineseNumber(s)).toBe(n);
  });

  it.each([
    ['29,99', 29.99],
    ['1,299', 1299],
    ['1.299,5', 1299.5],
    ['1,299.5', 1299.5],
    ['3.2', 3.2],
  ])('locale number %s → %s', (s, n) => {
    expect(parseLocaleNumber(s)).toBe(n);
  });
});

describe('one number is one input', () => {
  it('reads "Produkt kostet" as the price when the cost is named too, and each amount once', () => {
    const r = parseMarginText('Neuer Shop. Produkt kostet 39,99€, ich geb 20% Rabatt drauf. Creator 12 %, Werbung 8 %, Einkauf 9,80 €, Inbound 1,50, Zustellung 4,20. Gewinn pro Einheit?');
    expect(r.input).toMatchObject({ listPrice: 39.99, unitCost: 9.8, inboundShipping: 1.5, fulfillmentFee: 4.2 });
    // Alone, what the product costs is the seller's cost.
    expect(parseMarginText('das Produkt kostet 8 €, Preis 29,99 €').input).toMatchObject({ unitCost: 8, listPrice: 29.99 });
  });
});

describe('labels as European sellers write them', () => {
  it.each([
    ['Deutschland: 49,90 € brutto, Ware kostet 12 €, Anlieferung 1,50 €, letzte Meile 4,10 €', { listPrice: 49.9, unitCost: 12, inboundShipping: 1.5, fulfillmentFee: 4.1 }],
    ["France : prix 29,99 €, coût d'achat 7 €, frais d'approche 1,20 €, dernier km 3,90 €", { listPrice: 29.99, unitCost: 7, inboundShipping: 1.2, fulfillmentFee: 3.9 }],
    ['Spagna, prezzo 19,90 €, costo 5,40 €, ultimo km 3,20 €', { listPrice: 19.9, unitCost: 5.4, fulfillmentFee: 3.2 }],
    // an abbreviation's full stop ends no sentence; freight legs and affiliation as chats name them
    ['Frankreich: 24,90 € inkl. TVA, Einkauf 6,80 €, Kopffracht 0,70 €, last mile 3,90 €, Creator 12 %', { listPrice: 24.9, unitCost: 6.8, inboundShipping: 0.7, fulfillmentFee: 3.9, affiliateRate: 0.12 }],
    ['Italien, Preis 19,95 €, EK 4,10 €, Kopfstrecke 0,85 €, letzte Meile 3,20 €', { listPrice: 19.95, unitCost: 4.1, inboundShipping: 0.85, fulfillmentFee: 3.2 }],
    ['Italia, prezzo 1.199,99 €, costo 700,00 €, ultimo miglio 14,90 €, affiliazione 6 %', { listPrice: 1199.99, unitCost: 700, fulfillmentFee: 14.9, affiliateRate: 0.06 }],
    ['Italia, prezzo 27,50 €, costo 6,20 €, primo tratto 0,80 €, ultimo miglio 3,60 €', { listPrice: 27.5, unitCost: 6.2, inboundShipping: 0.8, fulfillmentFee: 3.6 }],
    ['西班牙站，售价19.9欧，达人佣金20%，广告再加5%，成本4.8欧', { listPrice: 19.9, affiliateRate: 0.2, adsRate: 0.05, unitCost: 4.8 }],
    // typed without accents
    ['France, prix 25 €, createurs 10 %, cout 6 €, transport vers entrepot 0,80 €', { listPrice: 25, affiliateRate: 0.1, unitCost: 6, inboundShipping: 0.8 }],
    ['España, precio 24,95 €, coste 5,30 €, ultima milla 3,10 €', { listPrice: 24.95, unitCost: 5.3, fulfillmentFee: 3.1 }],
    // a what-if in the subjunctive or conditional: "were", between the label and its value
    ['e se lo sconto fosse solo del 10%?', { sellerDiscount: 0.1 }],
    ['et si la remise était de 10 % ?', { sellerDiscount: 0.1 }],
    ['und wenn der Rabatt nur 10 % wäre?', { sellerDiscount: 0.1 }],
    ['¿y si el descuento fuera del 10%?', { sellerDiscount: 0.1 }],
    // the commission word after the creators' rate is the creators'
    ['Influencers want 20% commission, price 32 EUR', { affiliateRate: 0.2, listPrice: 32 }],
    ['达人要20%佣金，售价20欧', { affiliateRate: 0.2, listPrice: 20 }],
    ['creators take 15% commission, platform commission 9%', { affiliateRate: 0.15, commissionRate: 0.09 }],
    // inbound freight as chats name it; "也按": the same figure as the field before
    ['15.99 eur, cost 3.9, headhaul 0.6, last mile 3.3', { listPrice: 15.99, unitCost: 3.9, inboundShipping: 0.6, fulfillmentFee: 3.3 }],
    ['prix 34,90 €, premier trajet 1,10 €, dernier km 3,90 €', { listPrice: 34.9, inboundShipping: 1.1, fulfillmentFee: 3.9 }],
    ['PVP 21,99€, coste 5,50€, flete de ida 0,90€, última milla 3,70€', { listPrice: 21.99, unitCost: 5.5, inboundShipping: 0.9, fulfillmentFee: 3.7 }],
    ['costo 3,20, trasporto in 0,40, consegna 2,90', { unitCost: 3.2, inboundShipping: 0.4, fulfillmentFee: 2.9 }],
    ['达人10%,投流也按10%。', { affiliateRate: 0.1, adsRate: 0.1 }],
    ['同一本书放法国卖 税按5.5%呢', { vatRate: 0.055 }],
    ['Einstand 11,40 €, Zulauf ins Lager 1,10 €, Paket zum Kunden 4,60 €', { unitCost: 11.4, inboundShipping: 1.1, fulfillmentFee: 4.6 }],
    ['VK 449,00 €, Werbung kalkulier ich mit 12 %', { listPrice: 449, adsRate: 0.12 }],
    // "transport" alone is the leg into the warehouse; "单件" is per unit, no count of orders
    ['prix 34,90 €, coût 7,50 €, transport 1 €, livraison 3,90 €', { listPrice: 34.9, unitCost: 7.5, inboundShipping: 1, fulfillmentFee: 3.9 }],
    ['price 20, transport to customer 3', { listPrice: 20, fulfillmentFee: 3 }],
    ['西班牙站卖15.99 成本4 尾程2.8 单件利润多少', { listPrice: 15.99, unitCost: 4, fulfillmentFee: 2.8 }],
    ['€27.50 retail, unit cost 6.80, creator comm 18 pct, ads 6%', { listPrice: 27.5, unitCost: 6.8, affiliateRate: 0.18, adsRate: 0.06 }],
    // print costs; an entry commission; "the usual 9%"; a VAT rate said of the products
    ['Verkaufspreis 19,90 €, Druckkosten 5,40 €, letzte Meile 3,60 €', { listPrice: 19.9, unitCost: 5.4, fulfillmentFee: 3.6 }],
    ['hab noch die 4% Einstiegsprovision. Preis 39,99€', { commissionRate: 0.04, listPrice: 39.99 }],
    ['price €14.90, print cost €3.20, commission the usual 9%', { listPrice: 14.9, unitCost: 3.2, commissionRate: 0.09 }],
    ['VAT on books is 5.5% for us, price €14.90', { vatRate: 0.055, listPrice: 14.9 }],
    // amounts in cents, and in 毛 (tenths)
    ['price 9.99, last mile 50 cents', { listPrice: 9.99, fulfillmentFee: 0.5 }],
    ['Preis 9,99 €, Versand 90 Cent', { listPrice: 9.99, fulfillmentFee: 0.9 }],
    ['售价9.9欧，尾程5毛钱', { listPrice: 9.9, fulfillmentFee: 0.5 }],
  ])('%s', (text, expected) => {
    expect(parseMarginText(text).input).toMatchObject(expected);
  });
});

describe('a count of sales is no input', () => {
  it.each([
    ['price €9.99, cost €3.10, we sold 3,500 last quarter on Amazon', '3,500'],
    ['售价12.99欧，成本5欧，上个月亚马逊卖了3000', '3000'],
  ])('%s names %s back', (text, count) => {
    const p = parseMarginText(text);
    expect(p.unread).toContain(count);
    expect(Object.values(p.input)).not.toContain(Number(count.replace(',', '')));
  });
  it('a price after "selling" is still a price', () => {
    expect(parseMarginText('we are selling 29.99 price, cost 8').input).toMatchObject({ listPrice: 29.99, unitCost: 8 });
  });
});

describe('numbers next to labels that cannot take them', () => {
  it('a VAT label after a price does not take the price ("21,90 € IVA inclusa")', () => {
    expect(parseMarginText('Prezzo in Italia 21,90 € IVA inclusa, costo 5 €').input).toMatchObject({ listPrice: 21.9, unitCost: 5, market: 'IT' });
  });

  it('a label said to be absent takes no number: "不投流 52%" names the 52% back', () => {
    const p = parseMarginText('德国站 售价30 成本9 不投流 52%');
    expect(p.input.adsRate).toBe(0);
    expect(p.unread).toEqual(['52%']);
  });

  it.each([
    ['Deutschland, Preis 30 €, Kosten 9 €, Rabatt -10 %', 0.1],
    ['France, prix 30 €, coût 9 €, remise -20 %', 0.2],
    ['Allemagne : prix 30 €, on fait -25 %, coût 9 €', 0.25],
  ])('a discount keeps its minus sign as typed: %s', (text, discount) => {
    const p = parseMarginText(text);
    expect(p.input.sellerDiscount).toBe(discount);
    expect(p.rejected).toEqual([]);
  });

  it('a negation closes the label before it, not the next one ("广告不投 买家运费 3欧")', () => {
    const p = parseMarginText('德国站 售价30 成本9，广告不投 买家运费3欧');
    expect(p.input).toMatchObject({ adsRate: 0, buyerShipping: 3 });
  });

  it('"Germany站": a market name glued to Chinese is still the market', () => {
    expect(parseMarginText('Germany站，retail price 27.99€，COGS 6.3').input).toMatchObject({ market: 'DE', listPrice: 27.99, unitCost: 6.3 });
  });
});

describe('what-ifs name the field they change, with the change verb between', () => {
  it.each([
    ['达人降到10%呢', { affiliateRate: 0.1 }],
    ['what if creators drop to 8%?', { affiliateRate: 0.08 }],
    ['und wenn die Provision auf 5 % sinkt?', { commissionRate: 0.05 }],
    ['et si la commission créateur passe à 5 % ?', { affiliateRate: 0.05 }],
    ['e se il creator scende al 12%?', { affiliateRate: 0.12 }],
    ['¿y si los creadores bajan al 10 %?', { affiliateRate: 0.1 }],
  ])('%s', (text, expected) => {
    expect(parseMarginText(text).input).toEqual(expected);
  });
});

describe('two markets with the choice still open', () => {
  it.each([
    "On hésite entre l'Italie et l'Allemagne. Prix 30 €, coût 9 €, quelle marge ?",
    'Germany or Spain, not decided yet: price €30, cost €9, profit?',
    '德国站还是西班牙站还没定，售价30欧，成本9欧，利润多少',
    '打算走本托但是还没想好进哪个站，德国法国都在考虑。售价18欧，成本3.5欧，利润多少',
  ])('leaves the market open instead of picking the first one named: %s', (text) => {
    const parsed = parseMarginText(text);
    expect(parsed.input.market).toBeUndefined();
    expect(parsed.marketOpen?.length).toBe(2);
    expect(parsed.asksComparison).toBe(false);
  });

  it.each([
    '具体放哪个国家还没定，售价24.99欧，成本7欧，利润多少',
    "We haven't decided which market yet: price €30, cost €9, profit?",
    'Noch nicht entschieden, welcher Markt: Preis 30 €, Einkauf 9 €, Marge?',
  ])('leaves the market open with none named: %s', (text) => {
    expect(parseMarginText(text).marketOpen).toEqual([]);
  });

  it('an explicit comparison is not an open choice', () => {
    const parsed = parseMarginText('德国站还是西班牙站还没定，对比一下：售价30欧，成本9欧');
    expect(parsed.asksComparison).toBe(true);
  });

  it('keeps the market when only one is named', () => {
    const parsed = parseMarginText('Spain, price €30 or so, cost €9, profit?');
    expect(parsed.input.market).toBe('ES');
    expect(parsed.asksComparison).toBe(false);
  });
});

describe('a comma beside a number', () => {
  it.each([
    // A comma never starts a number; after a decimal number it separates the next one.
    ['creator commission我们给得比较高,20%,暂时不投ads', [['20%', 0.2]]],
    ['价格29.9,20%折扣', [['29.9', 29.9], ['20%', 0.2]]],
    ['售价29,90欧，成本1.299,00欧', [['29,90欧', 29.9], ['1.299,00欧', 1299]]],
  ])('%s', (text, expected) => {
    expect(findNumberTokens(text).map((t) => [t.text, t.value])).toEqual(expected);
  });
});

describe('a second value for one field, told as background', () => {
  it.each([
    {
      text: '我们主推的一款收纳盒平时卖9.9欧，销量还行。这次德国站新品：售价24.9欧，成本6欧，头程1欧，尾程3欧，达人10%。利润多少？',
      price: 24.9,
      aside: '9.9欧',
    },
    {
      text: 'In our own web shop the bestseller sells at €14.99. For TikTok Germany: selling price €29.99, cost €7, last mile €3.50, creators 12%. Profit?',
      price: 29.99,
      aside: '€14.99',
    },
    {
      text: 'Il modello classico lo vendiamo a 19,90. Per TikTok Italia pensiamo a 34,90 €, sconto 10 %, creator 15 %, costo 9 €. Quanto resta?',
      price: 34.9,
      aside: '19,90',
    },
  ])('the price in the sentence with the other inputs is used, the other named back: $text', ({ text, price, aside }) => {
    const p = parseMarginText(text);
    expect(p.input.listPrice).toBe(price);
    expect(p.setAside?.map((x) => x.text)).toEqual([aside]);
    expect(p.unread).toContain(aside);
  });

  it('a labelled price holds against an unlabelled amount beside the costs', () => {
    const p = parseMarginText('Tienda en España. PVP 24,95 € IVA incluido con un 10 % de descuento. Coste 5 €, portes al almacén 0,90 €, última milla 3 €. ¿Beneficio?');
    expect(p.input).toMatchObject({ listPrice: 24.95, unitCost: 5, inboundShipping: 0.9, fulfillmentFee: 3 });
  });

  it.each([
    ['coste de la lámpara 18,50 €, precio 60 €, mercado DE. ¿Beneficio?', 18.5],
    ['Germany, cost of the lamp 18.50, price 60. Profit?', 18.5],
  ])('a cost label names the goods before its number: %s', (text, cost) => {
    expect(parseMarginText(text).input.unitCost).toBe(cost);
  });

  it('a price read without any label gives way to one in the sentence with the inputs', () => {
    const p = parseMarginText('The same lamp sells on Cdiscount for 42€. For TikTok France I plan 39.90€ with 10% off, creators 8%, cost 11, last mile 5. Profit?');
    expect(p.input.listPrice).toBe(39.9);
    expect(p.setAside?.map((x) => x.text)).toEqual(['42€']);
  });

  it.each([
    ['Wir verkaufen Thermosflaschen, ca. 1.800 Stück im Lager, bei Amazon für 32,99 €. Für TikTok Shop Deutschland planen wir 29,90 € mit 10 % Rabatt, EK 7,80 €. Gewinn?', 29.9, '32,99 €'],
    ['Su Amazon le vendiamo a 39,90 €. Su TikTok Shop Italia pensavamo 34,90 € con sconto del 15%, costo 8 €. Quanto guadagno?', 34.9, '39,90 €'],
    ['En Amazon las vendemos a 22,95 €. En TikTok Shop España queremos ponerlas a 19,95 €, coste 3,80 €. ¿Cuánto me queda?', 19.95, '22,95 €'],
    // The clause tells Amazon's price, though the sentence goes on about a TikTok account.
    ['Same grip sells for €14.99 on Amazon.de, we have 6k followers on our brand TikTok. Listing on TTS Germany at €12.5, cost €2.10. Profit?', 12.5, '€14.99'],
  ])('a price in a sentence about another marketplace is the story, even before the TikTok one: %s', (text, price, aside) => {
    const p = parseMarginText(text);
    expect(p.input.listPrice).toBe(price);
    expect(p.setAside?.map((x) => x.text)).toEqual([aside]);
  });

  it.each([
    ['Italy: the IVA on our oil is 10%. Price 16.50€, cost 5.10. Profit?', 0.1],
    ['Deutschland: die MwSt. für unsere Bücher liegt bei 7 %, Preis 20 €, EK 5 €. Gewinn?', 0.07],
  ])('a VAT rate said of the goods: %s', (text, rate) => {
    expect(parseMarginText(text).input.vatRate).toBe(rate);
  });

  it('a rate named for its category ("平台佣金电子类7%") and a count in 万 ("5万台")', () => {
    const p = parseMarginText('德国站，月产5万台，售价49.99€，平台佣金电子类7%，成本14€。利润多少');
    expect(p.input.commissionRate).toBe(0.07);
    expect(p.unread).toContain('5万台');
    expect(p.input.unitCost).toBe(14);
  });

  it.each([
    ['我们在亚马逊德国卖同款29.99欧，那边佣金15%。TTS德国站售价24.99欧，成本6欧，达人10%。利润多少？', 24.99, ['29.99欧', '15%']],
    ['Amazon price is 64.99, their fee 15%. For TikTok Germany we list at 59.00, cost 18, creators 12%. Profit?', 59, ['64.99', '15%']],
  ])("another marketplace's price and fee are named back, never used: %s", (text, price, unread) => {
    const p = parseMarginText(text);
    expect(p.input.listPrice).toBe(price);
    expect(p.input.commissionRate).toBeUndefined();
    for (const u of unread) expect(p.unread).toContain(u);
  });

  it('two prices in one sentence: the first stays', () => {
    const p = parseMarginText('Germany: price €24.90, cost €6, the old price was €29.90, creators 10%. Profit?');
    expect(p.input.listPrice).toBe(24.9);
  });
});
