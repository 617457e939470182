// Margin messages as sellers write them in chats, in zh (simplified and traditional), en, de, fr, it and es: the
// fields each one gives (labels before or after their number, labels separated by a verb, European amounts,
// "no ads" as 0, "Provision normal" as the default on purpose), the numbers that are not money (quantities, years),
// and, for some, the profit the calculator reaches, checked against exact decimal arithmetic done by hand.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeMessage } from '../../src/analysis/analyze-message.js';
import { createToolRouter, parseMarginText, type MarginResult, type ToolRouter } from '../../src/tools/index.js';
import { loadRealRules } from './rules-dir.js';

type Stated = Array<{ field: string; text: string; value: 0 | 'default' }>;
interface Case {
  text: string;
  input: Record<string, unknown>;
  stated?: Stated;
  unread?: string[];
  excludesVat?: boolean;
}

const ZH: Case[] = [
  {
    // 网红抽成 and 创作者佣金 are the creators', not the platform's; 抓 stands between a label and its number.
    text: '意大利站定价39.9欧含税，进货成本9欧，头程1.5，尾程4，网红抽成15%，广告费大概抓6%',
    input: { market: 'IT', listPrice: 39.9, unitCost: 9, inboundShipping: 1.5, fulfillmentFee: 4, affiliateRate: 0.15, adsRate: 0.06 },
  },
  {
    text: '西班牙站售价25欧，成本6欧，创作者佣金12%，投流大概占8%',
    input: { market: 'ES', listPrice: 25, unitCost: 6, affiliateRate: 0.12, adsRate: 0.08 },
  },
  {
    text: '法国站，含税售价45欧，工厂成本折下来11欧一台，头程海运摊下来每台1.6欧，尾程3.9欧，广告按净销售额的6%留',
    input: { market: 'FR', listPrice: 45, unitCost: 11, inboundShipping: 1.6, fulfillmentFee: 3.9, adsRate: 0.06 },
  },
  {
    // Words between a label and its number: "那边谈的是", "按净销售额的"; "KOL commission" is the creators', "platform fee按7%" the platform's.
    text: '西班牙站售价27.5欧，成本6欧，头程1欧，尾程3欧，达人那边谈的是12%，投流按净销售额的5%留，KOL commission 不算，platform fee按7%算',
    input: { market: 'ES', listPrice: 27.5, unitCost: 6, inboundShipping: 1, fulfillmentFee: 3, affiliateRate: 0.12, adsRate: 0.05, commissionRate: 0.07 },
  },
  {
    // "29块9" is said aloud for 29.90; "摊到每件" spreads the freight per piece; 1688 is a wholesale site, named back.
    text: '老板让我算下：德国站卖29块9欧，货是1688拿的，每个进货7.5欧，海运摊到每件0.8欧，尾程DHL 3.9欧，打算给达人百分之十五，广告费率5%，一件能挣多少',
    input: { market: 'DE', listPrice: 29.9, unitCost: 7.5, inboundShipping: 0.8, fulfillmentFee: 3.9, affiliateRate: 0.15, adsRate: 0.05 },
    unread: ['1688'],
  },
  {
    text: '德国站定價 34,90€ 含税，拿货 8,20€，頭程 1,10€，尾程 3,60€，網紅拿 15%，投流 6%，利潤多少',
    input: { market: 'DE', listPrice: 34.9, unitCost: 8.2, inboundShipping: 1.1, fulfillmentFee: 3.6, affiliateRate: 0.15, adsRate: 0.06 },
  },
  {
    text: '法国站 卖 24.99 欧，进价 6.5，头程物流摊下来 0.9 欧一件，派送 3.2，达人给 12%，暂时不投广告，每件能赚多少',
    input: { market: 'FR', listPrice: 24.99, unitCost: 6.5, inboundShipping: 0.9, fulfillmentFee: 3.2, affiliateRate: 0.12, adsRate: 0 },
    stated: [{ field: 'adsRate', text: '暂时不投广告', value: 0 }],
  },
  {
    text: '意大利站 售价 49 欧 打 9 折，成本 15 欧，头程 2 欧，尾程 4 欧，KOL 10%，广告预算 5%，一个月卖 800 件',
    input: { market: 'IT', listPrice: 49, sellerDiscount: 0.1, unitCost: 15, inboundShipping: 2, fulfillmentFee: 4, affiliateRate: 0.1, adsRate: 0.05 },
    unread: ['800 件'],
  },
  {
    text: '西班牙站，定价 19.9 欧，采购价 4.5 欧，尾程 2.8 欧，达人 20%，不打折，也不投流，电子类佣金 7%，单件利润？',
    input: { market: 'ES', listPrice: 19.9, unitCost: 4.5, fulfillmentFee: 2.8, affiliateRate: 0.2, sellerDiscount: 0, adsRate: 0, commissionRate: 0.07 },
    stated: [
      { field: 'sellerDiscount', text: '不打折', value: 0 },
      { field: 'adsRate', text: '不投流', value: 0 },
    ],
  },
  {
    text: '德國站 售價 59.90 歐，成本 18 歐，頭程 2.5 歐，尾程 4.8 歐，達人分成 10%，廣告 8%，平台佣金按標準，賺多少',
    input: { market: 'DE', listPrice: 59.9, unitCost: 18, inboundShipping: 2.5, fulfillmentFee: 4.8, affiliateRate: 0.1, adsRate: 0.08 },
    stated: [{ field: 'commissionRate', text: '平台佣金按標準', value: 'default' }],
  },
  {
    text: '15%达人佣金，8%广告，德国站售价29.99欧，成本8欧，头程1.5欧，尾程3.2欧，利润多少',
    input: { market: 'DE', listPrice: 29.99, unitCost: 8, inboundShipping: 1.5, fulfillmentFee: 3.2, affiliateRate: 0.15, adsRate: 0.08 },
  },
  {
    text: '德国站售价 39.99 欧，85折，成本 10 欧，尾程 4 欧，达人 15%，2025年开的店，算下利润',
    input: { market: 'DE', listPrice: 39.99, sellerDiscount: 0.15, unitCost: 10, fulfillmentFee: 4, affiliateRate: 0.15 },
    unread: [],
  },
  {
    text: '法国站 售价 1.299,00 欧，成本 400 欧，头程 60 欧，尾程 25 欧，广告不投，达人 5%，利润多少',
    input: { market: 'FR', listPrice: 1299, unitCost: 400, inboundShipping: 60, fulfillmentFee: 25, adsRate: 0, affiliateRate: 0.05 },
    stated: [{ field: 'adsRate', text: '广告不投', value: 0 }],
  },
  {
    text: '義大利站 售價 29,90€，進價 7€，頭程 1€，尾程 3,5€，網紅 12%，不投廣告，每件剩多少',
    input: { market: 'IT', listPrice: 29.9, unitCost: 7, inboundShipping: 1, fulfillmentFee: 3.5, affiliateRate: 0.12, adsRate: 0 },
  },
  {
    // The fee's verb stands between the rate and its label ("按7%扣平台佣金").
    text: '德国站售价80欧，成本30欧，这个类目按7%扣平台佣金，利润多少',
    input: { market: 'DE', listPrice: 80, unitCost: 30, commissionRate: 0.07 },
  },
  {
    // A coupon the seller runs is a discount; the platform's coupon stays the platform's.
    text: 'España, precio 32 €, coste 9 €, cupón del 15 %, ¿cuánto gano?',
    input: { market: 'ES', listPrice: 32, unitCost: 9, sellerDiscount: 0.15 },
  },
  {
    text: '德国站售价30欧，成本8欧，平台优惠券10%，利润多少',
    input: { market: 'DE', listPrice: 30, unitCost: 8, platformSubsidy: 0.1 },
  },
  {
    // "creator (influencer) commission", "primer tramo": the creators' commission and the inbound leg.
    text: 'Spain, price €19.99, COGS €4.20, primer tramo 1,05 €, creator (influencer) commission 18%, profit?',
    input: { market: 'ES', listPrice: 19.99, unitCost: 4.2, inboundShipping: 1.05, affiliateRate: 0.18 },
  },
  {
    // "KOL/达人 commission": the creators' commission, written with a slash and a space.
    text: 'Germany, price 22 EUR, cost 6.30, KOL/达人 commission 10%, profit?',
    input: { market: 'DE', listPrice: 22, unitCost: 6.3, affiliateRate: 0.1 },
  },
  {
    // A number alone as its clause belongs to the label of the clause before ("…我们给得比较高，20%").
    text: '在法国卖，售价49.99€，成本12欧，creator commission我们给得比较高，20%，暂时不投ads，利润多少',
    input: { market: 'FR', listPrice: 49.99, unitCost: 12, affiliateRate: 0.2, adsRate: 0 },
  },
];

const EN_MORE: Case[] = [
  {
    // A commission word right after a creator word is the creators'.
    text: '德国站售价30欧，成本8欧，达人那边谈的佣金是15%，利润多少',
    input: { market: 'DE', listPrice: 30, unitCost: 8, affiliateRate: 0.15 },
  },
  {
    // Words between a label and its number: "out of the Lager is", "works out to", "bis ins Lager", "diamo il".
    text: 'Germany, price €25, COGS €7, last mile out of the Lager is €3.40, inbound to the warehouse works out to €1.10 a piece, profit?',
    input: { market: 'DE', listPrice: 25, unitCost: 7, fulfillmentFee: 3.4, inboundShipping: 1.1 },
  },
  {
    text: 'Deutschland: VK 30 €, EK 8 €, Vorlauf bis ins Lager 1,20 €, die TikTok-Provision nehm ich mit 9 %. Was bleibt?',
    input: { market: 'DE', listPrice: 30, unitCost: 8, inboundShipping: 1.2, commissionRate: 0.09 },
  },
  {
    text: 'Italia, prezzo 30 €, costo 8 €, ai creator diamo il 12% e in pubblicità mettiamo il 6%. Quanto guadagniamo?',
    input: { market: 'IT', listPrice: 30, unitCost: 8, affiliateRate: 0.12, adsRate: 0.06 },
  },
  {
    text: 'Spain, price €40, COGS 12, inbound to the warehouse 1.30/unit, last mile 3.60, profit?',
    input: { market: 'ES', listPrice: 40, unitCost: 12, inboundShipping: 1.3, fulfillmentFee: 3.6 },
  },
  {
    text: 'Mercado España, precio 55,00 €, comisión plataforma 7 %, coste 20,00 €, ¿cuánto gano?',
    input: { market: 'ES', listPrice: 55, unitCost: 20, commissionRate: 0.07 },
  },
];

const EN: Case[] = [
  {
    text: 'France, €19.99, unit cost 4.20, inbound freight to the warehouse 0.55, fulfilment 2.80, profit?',
    input: { market: 'FR', listPrice: 19.99, unitCost: 4.2, inboundShipping: 0.55, fulfillmentFee: 2.8 },
  },
  {
    text: 'Italy, we sell at €36.00, product cost €9.00, inbound €1.00, last mile €3.50, KOL commission 10%, and we spend about 6% of net sales on ads',
    input: { market: 'IT', listPrice: 36, unitCost: 9, inboundShipping: 1, fulfillmentFee: 3.5, affiliateRate: 0.1, adsRate: 0.06 },
  },
  {
    text: 'hey quick one - DE, selling for 19,95€, my cost is about 4,80€, inbound maybe 0,50€, DHL 3,79€, creators want 20%, zero ads. do I make anything?',
    input: { market: 'DE', listPrice: 19.95, unitCost: 4.8, inboundShipping: 0.5, fulfillmentFee: 3.79, affiliateRate: 0.2, adsRate: 0 },
  },
  {
    text: 'Need a sanity check for Spain: we list at 49.90 EUR incl VAT, product costs us 14, inbound freight 2.10, fulfilment 5.20, creators 10%, ads 7%, standard fee. Profit per order?',
    input: { market: 'ES', listPrice: 49.9, unitCost: 14, inboundShipping: 2.1, fulfillmentFee: 5.2, affiliateRate: 0.1, adsRate: 0.07 },
    stated: [{ field: 'commissionRate', text: 'standard fee', value: 'default' }],
  },
  {
    text: "Germany, we sell at €32.50 incl. VAT, product cost 8.75, first-mile 1.25, last mile 3.99, creators take 10% and ads I reckon at 12%, 5% discount. What's left per unit?",
    input: { market: 'DE', listPrice: 32.5, unitCost: 8.75, inboundShipping: 1.25, fulfillmentFee: 3.99, affiliateRate: 0.1, adsRate: 0.12, sellerDiscount: 0.05 },
  },
  {
    text: 'France: retail €27.90, COGS €6.30, freight to the warehouse €0.85, fulfilment €3.95, influencer cut 15%, no ads, standard commission. How much do I keep per piece?',
    input: { market: 'FR', listPrice: 27.9, unitCost: 6.3, inboundShipping: 0.85, fulfillmentFee: 3.95, affiliateRate: 0.15, adsRate: 0 },
    stated: [
      { field: 'adsRate', text: 'no ads', value: 0 },
      { field: 'commissionRate', text: 'standard commission', value: 'default' },
    ],
  },
  {
    text: 'Spain store, price 1,234.56 EUR, unit cost 400, inbound 35, delivery 12, affiliates get 8%, ad budget 4%, profit?',
    input: { market: 'ES', listPrice: 1234.56, unitCost: 400, inboundShipping: 35, fulfillmentFee: 12, affiliateRate: 0.08, adsRate: 0.04 },
  },
  {
    text: 'Italy: 12% creator commission, 6% on ads, price €19.99, cost €5, last leg €3.10, 20% off for launch. Margin per unit?',
    input: { market: 'IT', affiliateRate: 0.12, adsRate: 0.06, listPrice: 19.99, unitCost: 5, fulfillmentFee: 3.1, sellerDiscount: 0.2 },
  },
  {
    text: "We've been on Amazon since 2021, about 3,000 units in stock. Germany price €24.90, cost 6, inbound 0.70, fulfillment 3.40, creator rate 15%, no discount. What do I net per unit?",
    input: { market: 'DE', listPrice: 24.9, unitCost: 6, inboundShipping: 0.7, fulfillmentFee: 3.4, affiliateRate: 0.15, sellerDiscount: 0 },
    unread: ['3,000 units'],
  },
  {
    text: "selling in Germany for 29.99 EUR, buy price 7.20, shipping to the warehouse 0.95, DHL to the customer 4.49, KOL fee 18%, ads 6%, what's the profit",
    input: { market: 'DE', listPrice: 29.99, unitCost: 7.2, inboundShipping: 0.95, fulfillmentFee: 4.49, affiliateRate: 0.18, adsRate: 0.06 },
  },
  {
    text: 'France price €45, designated electronics so 7% referral, cost 15, inbound 2, fulfilment 5, creators 10%, how much do I make per unit?',
    input: { market: 'FR', listPrice: 45, commissionRate: 0.07, unitCost: 15, inboundShipping: 2, fulfillmentFee: 5, affiliateRate: 0.1 },
  },
  {
    text: 'Germany, €15.99, cost 4, last mile 3, affiliate 10%, new-seller rate of 4%, break-even?',
    input: { market: 'DE', listPrice: 15.99, unitCost: 4, fulfillmentFee: 3, affiliateRate: 0.1, commissionRate: 0.04 },
  },
];

const DE: Case[] = [
  {
    // The seller's home town is no market when the message names the country they sell in.
    text: 'Wir sind ein Händler aus München und starten in Frankreich: Preis 22,00 € inkl. MwSt., EK 5 €, Creator 10 %',
    input: { market: 'FR', listPrice: 22, unitCost: 5, affiliateRate: 0.1 },
  },
  {
    // "8 % vom Netto" is the basis of the ads rate: the price said to include VAT stays a gross price.
    text: 'Italien, Preis 31,90 € inkl. MwSt., EK 8 €, Ads 8 % vom Netto, Creator 10 %',
    input: { market: 'IT', listPrice: 31.9, unitCost: 8, adsRate: 0.08, affiliateRate: 0.1 },
  },
  {
    text: 'Frankreich, Wareneinsatz 5,20 €, Preis 19,90 € inkl. MwSt., Anlieferung 0,60 €, Zustellung 2,90 €',
    input: { market: 'FR', listPrice: 19.9, unitCost: 5.2, inboundShipping: 0.6, fulfillmentFee: 2.9 },
  },
  {
    // Shipping into the warehouse is the inbound leg, not buyer-paid shipping; "Der Artikel kostet … brutto" is the price.
    text: 'Der Artikel kostet 24,90 € brutto in Deutschland, Einkauf 6,40 €, Versand ins Lager 0,70 €, Versand zum Kunden 3,20 €, Creator 12 %',
    input: { market: 'DE', listPrice: 24.9, unitCost: 6.4, inboundShipping: 0.7, fulfillmentFee: 3.2, affiliateRate: 0.12 },
  },
  {
    text: 'Preis: 19,90 EUR, Einkaufspreis: 5 EUR, Versandkosten zum Kunden: 3,50 EUR, Creator-Provision: 10 %, Spanien. Marge?',
    input: { market: 'ES', listPrice: 19.9, unitCost: 5, fulfillmentFee: 3.5, affiliateRate: 0.1 },
  },
  {
    text: 'Verkaufen wollen wir in Deutschland für 29,95 €, EK liegt bei 7,40 €, Anlieferung ins Lager 0,80 €, DHL zum Kunden 3,99 €, Creator wollen 15 %, Ads rechne ich mit 5 %. Provision normal. Was bleibt pro Stück?',
    input: { market: 'DE', listPrice: 29.95, unitCost: 7.4, inboundShipping: 0.8, fulfillmentFee: 3.99, affiliateRate: 0.15, adsRate: 0.05 },
    stated: [{ field: 'commissionRate', text: 'Provision normal', value: 'default' }],
  },
  {
    text: 'Frankreich: VK 39,90 € brutto, 10 % Rabatt zum Start, Einkaufspreis 11 €, Vorlauf nach FR 1,20 €, letzte Meile 4,50 €, Influencer bekommen 12 %, keine Werbung. Gewinn?',
    input: { market: 'FR', listPrice: 39.9, sellerDiscount: 0.1, unitCost: 11, inboundShipping: 1.2, fulfillmentFee: 4.5, affiliateRate: 0.12, adsRate: 0 },
    stated: [{ field: 'adsRate', text: 'keine Werbung', value: 0 }],
  },
  {
    text: 'Italien, Verkaufspreis 1.234,56 €, Warenkosten 400 €, Fracht 30 €, Zustellung 15 €, Affiliates 5 %, Werbebudget 3 %, lohnt sich das?',
    input: { market: 'IT', listPrice: 1234.56, unitCost: 400, inboundShipping: 30, fulfillmentFee: 15, affiliateRate: 0.05, adsRate: 0.03 },
  },
  {
    text: 'Spanien: Preis 19,99 €, Produktkosten 4,20 €, Versand zum Kunden 3,10 €, Creator-Provision 20 %, ohne Rabatt, Gewinn pro Stück?',
    input: { market: 'ES', listPrice: 19.99, unitCost: 4.2, fulfillmentFee: 3.1, affiliateRate: 0.2, sellerDiscount: 0 },
  },
  {
    text: 'DE-Shop, 18 % für Creator, 7 % für Werbung, Preis 24,90 €, EK 6 €, Inbound 0,90 €, Fulfilment 3,30 € – Marge?',
    input: { market: 'DE', affiliateRate: 0.18, adsRate: 0.07, listPrice: 24.9, unitCost: 6, inboundShipping: 0.9, fulfillmentFee: 3.3 },
  },
  {
    text: 'Wir sind seit 2022 auf Amazon, ca. 2.000 Stück im Lager. Deutschland, Preis 34,90 €, EK 9 €, letzte Meile 4 €, Creator 10 %, Rabatt -15 %. Was verdiene ich?',
    input: { market: 'DE', listPrice: 34.9, unitCost: 9, fulfillmentFee: 4, affiliateRate: 0.1, sellerDiscount: 0.15 },
    unread: ['2.000 Stück'],
  },
  {
    text: 'Preis in Spanien 22,95 € inkl. IVA, Ware kostet 5,10 €, Inbound 0,90 €, Fulfilment 3,40 €, keine Creator und keine Ads, Provision 9 %. Was bleibt hängen?',
    input: { market: 'ES', listPrice: 22.95, unitCost: 5.1, inboundShipping: 0.9, fulfillmentFee: 3.4, affiliateRate: 0, adsRate: 0, commissionRate: 0.09 },
    stated: [
      { field: 'affiliateRate', text: 'keine Creator', value: 0 },
      { field: 'adsRate', text: 'keine Ads', value: 0 },
    ],
  },
  {
    text: 'Deutschland: Preis €9,80, Kosten 2 €, Versand 2,50 €, Retouren 5 %, Werbung kostet ca. 10 %, Gewinn?',
    input: { market: 'DE', listPrice: 9.8, unitCost: 2, fulfillmentFee: 2.5, returnRate: 0.05, adsRate: 0.1 },
  },
  // "Creator Provision" is the creators' share, not the platform's commission; "(头程)" glosses the label before it.
  {
    text: 'Markt Deutschland, VK 19,90 €, EK 4,20 €, Fracht ins Lager (头程) 0,80 €, letzte Meile 3,50 €, Creator Provision 15 %. Was bleibt?',
    input: { market: 'DE', listPrice: 19.9, unitCost: 4.2, inboundShipping: 0.8, fulfillmentFee: 3.5, affiliateRate: 0.15 },
  },
];

const FR: Case[] = [
  {
    // "transport vers entrepôt" without its article is still the inbound leg.
    text: 'Allemagne, prix 34,50 €, coût 9,90 €, transport vers entrepôt 0,80 €, livraison client 4,10 €',
    input: { market: 'DE', listPrice: 34.5, unitCost: 9.9, inboundShipping: 0.8, fulfillmentFee: 4.1 },
  },
  {
    text: "Allemagne, prix 26,00 €, coût 7,00 €, acheminement jusqu'à l'entrepôt 0,80 €, livraison client 3,10 €",
    input: { market: 'DE', listPrice: 26, unitCost: 7, inboundShipping: 0.8, fulfillmentFee: 3.1 },
  },
  {
    text: 'Italie, vendu 33,00 € TTC, prix de revient 9,10 €, fret 0,95 €, livraison client 3,80 €, affiliation 8 %',
    input: { market: 'IT', listPrice: 33, unitCost: 9.1, inboundShipping: 0.95, fulfillmentFee: 3.8, affiliateRate: 0.08 },
  },
  {
    // PV, PA, expé, créa: the short forms; a bare "transport" beside the shipping to the customer is the leg in.
    text: 'France : PV 24,90 € TTC, PA 6 €, transport 1 €, expé 3,50 €, créa 12 %, pub 0 %. Bénéfice ?',
    input: { market: 'FR', listPrice: 24.9, unitCost: 6, inboundShipping: 1, fulfillmentFee: 3.5, affiliateRate: 0.12, adsRate: 0 },
  },
  {
    // Alone, a bare "transport" could be either leg: it is named back.
    text: 'France : PV 24,90 € TTC, PA 6 €, transport 1 €, créa 12 %. Bénéfice ?',
    input: { market: 'FR', listPrice: 24.9, unitCost: 6, affiliateRate: 0.12 },
    unread: ['1 €'],
  },
  {
    text: "Je vends à 34,50 € TTC en Allemagne, coût d'achat 9,20 €, fret 1,10 €, expédition client 4,20 €, les influenceurs touchent 12 %, pub 6 %. Combien il me reste ?",
    input: { market: 'DE', listPrice: 34.5, unitCost: 9.2, inboundShipping: 1.1, fulfillmentFee: 4.2, affiliateRate: 0.12, adsRate: 0.06 },
  },
  {
    text: "Espagne : on vend en Espagne à 19,90 €, achat 4,10 €, transport vers l'entrepôt 0,70 €, dernier km 2,90 €, commission affiliés 12 %, sans pub, pas de remise. Ça me laisse combien ?",
    input: { market: 'ES', listPrice: 19.9, unitCost: 4.1, inboundShipping: 0.7, fulfillmentFee: 2.9, affiliateRate: 0.12, adsRate: 0, sellerDiscount: 0 },
    stated: [
      { field: 'adsRate', text: 'sans pub', value: 0 },
      { field: 'sellerDiscount', text: 'pas de remise', value: 0 },
    ],
  },
  {
    text: 'Italie, prix public 1.234,56 € TTC, coût de revient 500 €, fret maritime 40 €, livraison finale 20 €, créateurs 5 %, budget pub 3 %, commission TikTok standard. Bénéfice ?',
    input: { market: 'IT', listPrice: 1234.56, unitCost: 500, inboundShipping: 40, fulfillmentFee: 20, affiliateRate: 0.05, adsRate: 0.03 },
    stated: [{ field: 'commissionRate', text: 'commission TikTok standard', value: 'default' }],
  },
  {
    text: 'France, 15 % pour les créateurs, 5 % de pub, prix 29,90 €, coût 7 €, amont 1 €, logistique 3,50 €. Marge par pièce ?',
    input: { market: 'FR', affiliateRate: 0.15, adsRate: 0.05, listPrice: 29.9, unitCost: 7, inboundShipping: 1, fulfillmentFee: 3.5 },
  },
  {
    text: "Allemagne : prix 49,00 € TTC, on fait -20 %, coût unitaire 12 €, frais d'approche 2 €, livraison au client 4,60 €, affiliés 10 %, pub 5 %. Je gagne combien ?",
    input: { market: 'DE', listPrice: 49, sellerDiscount: 0.2, unitCost: 12, inboundShipping: 2, fulfillmentFee: 4.6, affiliateRate: 0.1, adsRate: 0.05 },
  },
  {
    text: 'On est sur Amazon depuis 2020, 1 500 pièces en stock. France : prix 24 €, coût 6 €, Colissimo 4,95 €, créatrices 10 %, aucune pub. Rentable ?',
    input: { market: 'FR', listPrice: 24, unitCost: 6, fulfillmentFee: 4.95, affiliateRate: 0.1, adsRate: 0 },
    unread: ['1 500 pièces'],
  },
  {
    text: 'Prix de vente 39 € HT en France, coût 10 €, transport amont 1,50 €, dernier kilomètre 4 €, créateurs 15 %, quel bénéfice ?',
    input: { market: 'FR', listPrice: 39, unitCost: 10, inboundShipping: 1.5, fulfillmentFee: 4, affiliateRate: 0.15 },
    excludesVat: true,
  },
  {
    text: 'France, prix 19,99 €, coût 5 €, dernier km 3 €, retours 4 %, remise vendeur 5 %, la commission est de 7 % (électronique). Bénéfice unitaire ?',
    input: { market: 'FR', listPrice: 19.99, unitCost: 5, fulfillmentFee: 3, returnRate: 0.04, sellerDiscount: 0.05, commissionRate: 0.07 },
  },
];

const IT: Case[] = [
  {
    text: 'Vendiamo in Germania a 29,90 €, costo prodotto 7,80 €, trasporto al magazzino 0,90 €, spedizione al cliente 3,80 €, i creator chiedono il 15 %, pubblicità al 6 %. Commissione standard. Quanto ci resta a pezzo?',
    input: { market: 'DE', listPrice: 29.9, unitCost: 7.8, inboundShipping: 0.9, fulfillmentFee: 3.8, affiliateRate: 0.15, adsRate: 0.06 },
    stated: [{ field: 'commissionRate', text: 'Commissione standard', value: 'default' }],
  },
  {
    text: 'Italia, prezzo 21,50 € IVA inclusa, costo della merce 5 €, nolo 0,60 €, ultimo miglio 3,20 €, creator al 18 %, nessuna pubblicità, niente sconto. Quanto guadagno?',
    input: { market: 'IT', listPrice: 21.5, unitCost: 5, inboundShipping: 0.6, fulfillmentFee: 3.2, affiliateRate: 0.18, adsRate: 0, sellerDiscount: 0 },
    stated: [
      { field: 'adsRate', text: 'nessuna pubblicità', value: 0 },
      { field: 'sellerDiscount', text: 'niente sconto', value: 0 },
    ],
  },
  {
    text: "Francia: listino 1.234,56 €, costo d'acquisto 450 €, trasporto in entrata 35 €, corriere 18 €, affiliati 6 %, budget pubblicità 2 %. Utile?",
    input: { market: 'FR', listPrice: 1234.56, unitCost: 450, inboundShipping: 35, fulfillmentFee: 18, affiliateRate: 0.06, adsRate: 0.02 },
  },
  {
    text: 'Spagna, 12 % per i creator, 5 % di pubblicità, prezzo 19,90 €, costo 4,50 €, ultimo km 3 €. Margine per unità?',
    input: { market: 'ES', affiliateRate: 0.12, adsRate: 0.05, listPrice: 19.9, unitCost: 4.5, fulfillmentFee: 3 },
  },
  {
    text: 'Italia: prezzo 39,90 €, sconto venditore 20 %, costo 10 €, trasporto fino al magazzino 1,50 €, consegna al cliente 4 €, creator 10 %, pubblicità 5 %, resi 3 %. Conviene?',
    input: { market: 'IT', listPrice: 39.9, sellerDiscount: 0.2, unitCost: 10, inboundShipping: 1.5, fulfillmentFee: 4, affiliateRate: 0.1, adsRate: 0.05, returnRate: 0.03 },
  },
  {
    text: 'Siamo su Amazon dal 2019, circa 5.000 pezzi in magazzino. Germania, prezzo 24,90 €, costo 6 €, BRT al cliente 3,90 €, commissione creator 12 %, niente ads. Quanto mi rimane?',
    input: { market: 'DE', listPrice: 24.9, unitCost: 6, fulfillmentFee: 3.9, affiliateRate: 0.12, adsRate: 0 },
    unread: ['5.000 pezzi'],
  },
  {
    // "utile netto" is the profit after costs; "prezzo netto" is a price without VAT.
    text: 'Italia, prezzo netto 20 €, costo 5 €, ultimo miglio 3 €, creator 10 %, utile netto a pezzo?',
    input: { market: 'IT', listPrice: 20, unitCost: 5, fulfillmentFee: 3, affiliateRate: 0.1 },
    excludesVat: true,
  },
  {
    text: 'Germania, prezzo 29,99 €, costo 8 €, commissione 7 % (elettronica), creator 10 %, pubblicità 4 %, quanto guadagno al pezzo?',
    input: { market: 'DE', listPrice: 29.99, unitCost: 8, commissionRate: 0.07, affiliateRate: 0.1, adsRate: 0.04 },
  },
];

const ES: Case[] = [
  {
    // Chat Spanish drops the article: "envío a almacén" is the inbound leg, like "envío al almacén".
    text: 'España: precio 12,99 €, descuento 10 %, coste 4,60 €, envío a almacén 0,30 €, última milla 3,10 €',
    input: { market: 'ES', listPrice: 12.99, sellerDiscount: 0.1, unitCost: 4.6, inboundShipping: 0.3, fulfillmentFee: 3.1 },
  },
  {
    // "transporte" and "entrega" side by side: the leg into the warehouse and the delivery to the buyer.
    text: 'Alemania, precio 41,00 €, descuento vendedor 10 %, coste 11,30 €, transporte 1,20 €, entrega 4,10 €, creadores 9 %',
    input: { market: 'DE', listPrice: 41, sellerDiscount: 0.1, unitCost: 11.3, inboundShipping: 1.2, fulfillmentFee: 4.1, affiliateRate: 0.09 },
  },
  {
    text: 'Francia: vendemos a 39,90 € con IVA, el producto nos cuesta 10,20 €, flete 1,50 €, última milla 4,30 €, afiliados 12 %, sin publicidad, comisión normal. ¿Beneficio por unidad?',
    input: { market: 'FR', listPrice: 39.9, unitCost: 10.2, inboundShipping: 1.5, fulfillmentFee: 4.3, affiliateRate: 0.12, adsRate: 0 },
    stated: [
      { field: 'adsRate', text: 'sin publicidad', value: 0 },
      { field: 'commissionRate', text: 'comisión normal', value: 'default' },
    ],
  },
  {
    text: 'Vendemos en Francia a 27,50 €, el coste es 6,90 €, transporte al almacén 1 €, envío al cliente 3,80 €, los afiliados se llevan un 12 % y publicidad calculo un 8 %. ¿Cuánto me queda por unidad?',
    input: { market: 'FR', listPrice: 27.5, unitCost: 6.9, inboundShipping: 1, fulfillmentFee: 3.8, affiliateRate: 0.12, adsRate: 0.08 },
  },
  {
    text: 'España, PVP 19,95 € IVA incluido, coste de compra 4,50 €, flete de entrada 0,80 €, última milla 3,30 €, creadores 15 %, sin publicidad, sin descuento, comisión de TikTok la normal. ¿Beneficio?',
    input: { market: 'ES', listPrice: 19.95, unitCost: 4.5, inboundShipping: 0.8, fulfillmentFee: 3.3, affiliateRate: 0.15, adsRate: 0, sellerDiscount: 0 },
    stated: [
      { field: 'adsRate', text: 'sin publicidad', value: 0 },
      { field: 'sellerDiscount', text: 'sin descuento', value: 0 },
      { field: 'commissionRate', text: 'comisión de TikTok la normal', value: 'default' },
    ],
  },
  {
    text: 'Italia: precio 1.234,56 €, coste 480 €, flete marítimo 40 €, mensajería 22 €, comisión de afiliados 7 %, presupuesto de publicidad 3 %. ¿Cuánto gano?',
    input: { market: 'IT', listPrice: 1234.56, unitCost: 480, inboundShipping: 40, fulfillmentFee: 22, affiliateRate: 0.07, adsRate: 0.03 },
  },
  {
    text: 'Alemania, 10 % para los creadores, 6 % de publicidad, precio 24,90 €, coste 6 €, entrada 0,90 €, última milla 3,50 €. ¿Margen por unidad?',
    input: { market: 'DE', affiliateRate: 0.1, adsRate: 0.06, listPrice: 24.9, unitCost: 6, inboundShipping: 0.9, fulfillmentFee: 3.5 },
  },
  {
    text: 'España: precio 49 €, descuento del 25 %, coste 12 €, transporte hasta el almacén 2 €, entrega al cliente 4,50 €, creadores 10 %, publicidad 5 %, devoluciones 4 %. ¿Sale a cuenta?',
    input: { market: 'ES', listPrice: 49, sellerDiscount: 0.25, unitCost: 12, inboundShipping: 2, fulfillmentFee: 4.5, affiliateRate: 0.1, adsRate: 0.05, returnRate: 0.04 },
  },
  {
    text: 'Llevamos en Amazon desde 2021, unas 2.500 unidades en Valencia. España, precio 22 €, coste 5 €, SEUR al cliente 3,90 €, los creadores piden 15 %, ninguna publicidad. ¿Cuánto ganamos?',
    input: { market: 'ES', listPrice: 22, unitCost: 5, fulfillmentFee: 3.9, affiliateRate: 0.15, adsRate: 0 },
    unread: ['2.500 unidades'],
  },
  {
    text: 'Francia, precio sin IVA 20 €, coste 5 €, última milla 3 €, creadores 10 %. ¿Beneficio por unidad?',
    input: { market: 'FR', listPrice: 20, unitCost: 5, fulfillmentFee: 3, affiliateRate: 0.1 },
    excludesVat: true,
  },
  {
    text: 'España, precio 29,99 €, coste 8 €, comisión 7 % (electrónica), creadores 12 %, publicidad 5 %, ¿cuánto me queda limpio?',
    input: { market: 'ES', listPrice: 29.99, unitCost: 8, commissionRate: 0.07, affiliateRate: 0.12, adsRate: 0.05 },
  },
  // A label glossed in brackets right before the number ("(inbound)") still takes it.
  {
    text: 'Margen en España: PVP 35 €, coste 8,50 €, envío al almacén (inbound) 1,20 €, última milla 4,40 €, creadores 18 %. ¿Beneficio?',
    input: { market: 'ES', listPrice: 35, unitCost: 8.5, inboundShipping: 1.2, fulfillmentFee: 4.4, affiliateRate: 0.18 },
  },
];

describe.each([
  ['zh', ZH],
  ['en', EN],
  ['en and es, a label with words before its number', EN_MORE],
  ['de', DE],
  ['fr', FR],
  ['it', IT],
  ['es', ES],
] as const)('margin messages in %s', (_lang, cases) => {
  it.each(cases)('$text', ({ text, input, stated, unread, excludesVat }) => {
    const p = parseMarginText(text);
    const { program: _program, commissionTier: _tier, ...read } = p.input;
    expect(read).toEqual(input);
    if (stated) expect(p.stated).toEqual(stated);
    // Nothing is dropped: what is not an input is named back (and these messages leave nothing else over).
    expect(p.unread).toEqual(unread ?? []);
    expect(p.ignored).toEqual([]);
    expect(p.rejected).toEqual([]);
    expect(p.priceExcludesVat).toBe(excludesVat ?? false);
    // Each one asks for the profit, so the message analysis sends it to the calculator (the Italian one without a
    // question gives only numbers, which reach the tools too).
    const analysis = analyzeMessage(text);
    expect(analysis.wants.margin || analysis.questions.length === 0).toBe(true);
  });
});

const textOf = (cases: Case[], start: string): string => cases.find((c) => c.text.startsWith(start))!.text;

describe('profits of chat messages, checked by hand with exact decimals', () => {
  let router: ToolRouter;
  beforeAll(async () => {
    router = createToolRouter({ rules: await loadRealRules() });
  });

  // paid = price × (1 − discount); net = paid / (1 + VAT); profit = net − commission × paid − (creator + ads) × net −
  // cost − inbound − last mile; e.g. the first: 19.9 / 1.21 = 16.446281 − 0.07 × 19.9 − 0.2 × 16.446281 − 4.5 − 2.8
  // = 4.464025 → 4.46.
  it.each([
    ['zh', '西班牙站，定价 19.9 欧，采购价 4.5 欧，尾程 2.8 欧，达人 20%，不打折，也不投流，电子类佣金 7%，单件利润？', 4.46],
    ['zh', '義大利站 售價 29,90€，進價 7€，頭程 1€，尾程 3,5€，網紅 12%，不投廣告，每件剩多少', 7.38],
    ['en', textOf(EN, 'Germany, we sell at'), 3.47],
    ['de', textOf(DE, 'Verkaufen wollen wir'), 5.25],
    ['fr', textOf(FR, 'Allemagne : prix 49,00'), 5.87],
    // 39 € HT grossed up at 20% is 46.80 € TTC.
    ['fr', textOf(FR, 'Prix de vente 39 € HT'), 13.44],
    ['it', textOf(IT, 'Italia, prezzo 21,50'), 3.72],
    ['es', textOf(ES, 'Vendemos en Francia a 27,50'), 4.16],
  ] as const)('%s: %s → %s', (lang, text, profit) => {
    const reply = router.route(text, lang, { margin: true });
    expect(reply?.tool).toBe('margin');
    const result = reply?.toolResult as MarginResult & { ok: true };
    expect(result.ok).toBe(true);
    expect(result.profit).toBe(profit);
  });
});

describe('labels read since set U', () => {
  it.each([
    // A measure word between the label and its value; chat shorthand for a discount.
    ['法国站 售价39.9欧 折扣给个15% 成本9.5', { market: 'FR', listPrice: 39.9, sellerDiscount: 0.15, unitCost: 9.5 }],
    ['Italie, 32 €, 20 % de réduc, coût 7', { market: 'IT', listPrice: 32, sellerDiscount: 0.2, unitCost: 7 }],
    ['Italia, precio 59,90€, dto 25%, coste 16,00€', { market: 'IT', listPrice: 59.9, sellerDiscount: 0.25, unitCost: 16 }],
    // "ai creator": the contracted preposition before the label.
    ['prezzo 19,90 €, il 20% ai creator, costo 4,20 €', { listPrice: 19.9, affiliateRate: 0.2, unitCost: 4.2 }],
    // "trasporto" beside the last mile is the leg into the warehouse.
    ['mercato Spagna, 44,00€, costo merce 13,50€, trasporto 2,20€, consegna 4,10€', { market: 'ES', listPrice: 44, unitCost: 13.5, inboundShipping: 2.2, fulfillmentFee: 4.1 }],
    // A bracket that holds only a label and its number binds them across the comma.
    ['Cookbooks in Germany (reduced VAT, 7%). Price €18.00, unit cost 4.80', { market: 'DE', vatRate: 0.07, listPrice: 18, unitCost: 4.8 }],
  ] as const)('%s', (text, input) => {
    const p = parseMarginText(text);
    const { program: _program, commissionTier: _tier, ...read } = p.input;
    expect(read).toEqual(input);
    expect(p.unread).toEqual([]);
  });

  it('a bare "trasporto" with no last mile is no input: it is named back', () => {
    const p = parseMarginText('prezzo 19,90 €, costo 4,20 €, trasporto 2,20 €');
    expect(p.input.inboundShipping).toBeUndefined();
    expect(p.unread).toEqual(['2,20 €']);
  });
});

describe('list shapes and labels read since the margin tuning set', () => {
  it.each([
    // Labels joined by slashes, then as many numbers; a unit after the last number is all of theirs.
    ['意大利站 售价/进价/头程/尾程 39.9/6.45/0.6/3.99，达人15%', { market: 'IT', listPrice: 39.9, unitCost: 6.45, inboundShipping: 0.6, fulfillmentFee: 3.99, affiliateRate: 0.15 }],
    ['für Frankreich VK 34,99 € / creator/ads 8/6 % / EK 7,80 €', { market: 'FR', listPrice: 34.99, affiliateRate: 0.08, adsRate: 0.06, unitCost: 7.8 }],
    ['Spanish shop / price/cogs/last mile: 14.99/1.85/3.8 eur', { market: 'ES', listPrice: 14.99, unitCost: 1.85, fulfillmentFee: 3.8 }],
    // A spaced dash that separates the items is no range.
    ['mercado ES - coste unitario 5,4 - 12% para el creador - pvp 30,00€', { market: 'ES', unitCost: 5.4, affiliateRate: 0.12, listPrice: 30 }],
    // "19€99", "35c", "8 Proz.".
    ['Allemagne, PV 19€99, coût 3,50, fret 35c', { market: 'DE', listPrice: 19.99, unitCost: 3.5, inboundShipping: 0.35 }],
    ['Spanien, VK 14,90 €, EK 3,30 €, 8 Proz. Affiliate', { market: 'ES', listPrice: 14.9, unitCost: 3.3, affiliateRate: 0.08 }],
    // The platform's cut named by its taker; the affiliate payout as TikTok names it; GMV Max; a supplier's price.
    ['Italy, price 29.99, cost 6, CPA comm 18%, GMV Max 15%, TTS takes 8%', { market: 'IT', listPrice: 29.99, unitCost: 6, affiliateRate: 0.18, adsRate: 0.15, commissionRate: 0.08 }],
    ['法国站 售价14.9欧 入货价3欧 头程费1.8欧 平台抽7%', { market: 'FR', listPrice: 14.9, unitCost: 3, inboundShipping: 1.8, commissionRate: 0.07 }],
    ['Italia, venta 12,9 €, el proveedor 4 €, importación 2,50 €', { market: 'IT', listPrice: 12.9, unitCost: 4, inboundShipping: 2.5 }],
  ] as const)('%s', (text, input) => {
    const p = parseMarginText(text);
    const { program: _program, commissionTier: _tier, ...read } = p.input;
    expect(read).toEqual(input);
    expect(p.unread).toEqual([]);
  });

  it('"达人10-15%" is still a range, named back', () => {
    expect(parseMarginText('达人10-15%').unread).toEqual(['10-15%']);
  });
});

describe('a count in thousands glued to its number', () => {
  it('is named back, never dropped ("20k Follower")', () => {
    const p = parseMarginText('Italien, VK 19,99 €, EK 4 €, Creator 10 %, der Creator hat 20k Follower');
    expect(p.input).toMatchObject({ listPrice: 19.99, unitCost: 4, affiliateRate: 0.1 });
    expect(p.unread).toEqual(['20k']);
  });
});
