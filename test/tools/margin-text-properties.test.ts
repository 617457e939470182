// Property: for generated margin messages (random fields, order, language, label synonyms, label before or after the
// number, and number formats,
// plus numbers no field owns), every number typed is either used as an input or named in `unread`; a labelled
// number that is used lands in its own field with the value typed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarginText } from '../../src/tools/index.js';
import type { MarginField } from '../../src/tools/parse-margin-text.js';

type L = 'zh' | 'en' | 'de' | 'fr' | 'it' | 'es';
type Field = Exclude<MarginField, 'platformSubsidy' | 'vatRate' | 'targetMargin'>;

const LABELS: Record<L, Record<Field, string[]>> = {
  zh: {
    listPrice: ['售价', '售價', '价格'], unitCost: ['成本', '进货价', '採購價'], inboundShipping: ['头程', '頭程'], fulfillmentFee: ['尾程', '配送费'],
    buyerShipping: ['买家运费', '買家運費'], commissionRate: ['佣金', '平台佣金', '扣点'], affiliateRate: ['达人佣金', '達人', '网红', 'KOL'],
    adsRate: ['广告', '廣告', '投流'], returnRate: ['退货率', '退貨率'], sellerDiscount: ['折扣'],
  },
  en: {
    listPrice: ['price', 'selling price', 'list price'], unitCost: ['cost', 'unit cost', 'COGS'], inboundShipping: ['inbound', 'first leg', 'freight'],
    fulfillmentFee: ['fulfilment', 'last mile', 'fulfillment fee'], buyerShipping: ['buyer shipping', 'shipping paid by the buyer'],
    commissionRate: ['commission', 'platform fee'], affiliateRate: ['creator commission', 'creators', 'influencers', 'affiliate'],
    adsRate: ['ads', 'ad spend', 'advertising'], returnRate: ['returns', 'return rate'], sellerDiscount: ['discount'],
  },
  de: {
    listPrice: ['Preis', 'Verkaufspreis'], unitCost: ['Einkaufspreis', 'Kosten', 'EK'], inboundShipping: ['Inbound-Fracht', 'Seefracht'],
    fulfillmentFee: ['Fulfillment', 'Zustellkosten'], buyerShipping: ['Versand (Käufer)'], commissionRate: ['Provision'],
    affiliateRate: ['Creator-Provision', 'Influencer'], adsRate: ['Werbung', 'Werbekosten'], returnRate: ['Retouren', 'Retourenquote'], sellerDiscount: ['Rabatt'],
  },
  fr: {
    listPrice: ['prix', 'prix de vente'], unitCost: ['coût', 'coût d’achat', 'prix d’achat'], inboundShipping: ['transport amont', 'fret'],
    fulfillmentFee: ['frais logistiques', 'dernier kilomètre'], buyerShipping: ['frais de port acheteur'], commissionRate: ['commission'],
    affiliateRate: ['commission créateur', 'influenceurs'], adsRate: ['pub', 'publicité'], returnRate: ['retours', 'taux de retour'], sellerDiscount: ['remise'],
  },
  it: {
    listPrice: ['prezzo', 'prezzo di vendita'], unitCost: ['costo', 'costo unitario'], inboundShipping: ['trasporto in entrata', 'nolo'],
    fulfillmentFee: ['ultimo miglio', 'costo di consegna'], buyerShipping: ['spedizione pagata dal cliente'], commissionRate: ['commissione'],
    affiliateRate: ['commissione creator', 'creatori'], adsRate: ['pubblicità'], returnRate: ['resi', 'tasso di reso'], sellerDiscount: ['sconto'],
  },
  es: {
    listPrice: ['precio', 'precio de venta'], unitCost: ['coste', 'coste unitario'], inboundShipping: ['transporte de entrada', 'flete'],
    fulfillmentFee: ['última milla', 'coste de entrega'], buyerShipping: ['envío pagado por el comprador'], commissionRate: ['comisión'],
    affiliateRate: ['comisión de creadores', 'creadores'], adsRate: ['publicidad'], returnRate: ['devoluciones'], sellerDiscount: ['descuento'],
  },
};

const MARKET: Record<L, string[]> = {
  zh: ['德国站', '法国', '意大利站', '西班牙'], en: ['Germany', 'France', 'Italy', 'Spain'], de: ['Deutschland', 'Frankreich'],
  fr: ['Allemagne', 'France'], it: ['Germania', 'Italia'], es: ['Alemania', 'España'],
};
const QUESTION: Record<L, string> = { zh: '利润多少？', en: "what's my profit?", de: 'Gewinn?', fr: 'quel bénéfice ?', it: 'quanto guadagno?', es: '¿cuánto gano?' };
const GAPS: Record<L, string[]> = { zh: ['', '：', '是'], en: [' ', ': ', ' = '], de: [' ', ': '], fr: [' ', ' : '], it: [' ', ': '], es: [' ', ': '] };
const SEP: Record<L, string[]> = { zh: ['，', ' ', '；'], en: [', ', '; ', '\n'], de: [', '], fr: [', '], it: [', '], es: [', '] };
const NUMBER_FIRST: Record<L, string[]> = { zh: ['', '的'], en: [' ', ' for ', ' on '], de: [' ', ' für '], fr: [' ', ' de '], it: [' ', ' di '], es: [' ', ' de '] };
const QUANTITY: Record<L, string> = { zh: '件', en: ' pcs', de: ' Stück', fr: ' pièces', it: ' pezzi', es: ' unidades' };

const RATE_FIELDS: Field[] = ['commissionRate', 'affiliateRate', 'adsRate', 'returnRate', 'sellerDiscount'];

/** How an amount is typed, and the value it means. */
function typeAmount(cents: number, lang: L, style: number): { text: string; value: number } {
  const value = cents / 100;
  const dot = value.toFixed(2);
  const comma = dot.replace('.', ',');
  const european = lang === 'de' || lang === 'fr' || lang === 'it' || lang === 'es';
  const forms = european
    ? [`${comma} €`, comma, `${comma}€`, `€${comma}`, `${comma} EUR`]
    : lang === 'zh'
      ? [dot, `${dot}欧`, `€${dot}`, `${dot}€`]
      : [dot, `€${dot}`, `${dot} EUR`, `${dot}€`];
  return { text: forms[style % forms.length], value };
}

function typeRate(tenths: number, lang: L, style: number): { text: string; value: number } {
  const pct = tenths / 10;
  const european = lang !== 'zh' && lang !== 'en';
  const digits = european ? String(pct).replace('.', ',') : String(pct);
  const space = european && lang !== 'it' && style % 2 === 0 ? ' ' : '';
  return { text: `${digits}${space}%`, value: Number((pct / 100).toPrecision(12)) };
}

const arbMessage = fc
  .record({
    lang: fc.constantFrom<L>('zh', 'en', 'de', 'fr', 'it', 'es'),
    fields: fc.shuffledSubarray(
      ['unitCost', 'inboundShipping', 'fulfillmentFee', 'buyerShipping', 'commissionRate', 'affiliateRate', 'adsRate', 'returnRate', 'sellerDiscount'] as Field[],
      { minLength: 1 },
    ),
    priceAt: fc.nat(),
    amounts: fc.array(fc.integer({ min: 1, max: 200_000 }), { minLength: 10, maxLength: 10 }),
    rates: fc.array(fc.integer({ min: 1, max: 400 }), { minLength: 10, maxLength: 10 }),
    picks: fc.array(fc.nat(), { minLength: 24, maxLength: 24 }),
    noise: fc.array(fc.record({ kind: fc.constantFrom('quantity', 'percent'), n: fc.integer({ min: 2, max: 900 }), at: fc.nat() }), { maxLength: 2 }),
    market: fc.nat(),
    question: fc.boolean(),
  })
  .map(({ lang, fields, priceAt, amounts, rates, picks, noise, market, question }) => {
    const pick = <T,>(list: T[], i: number): T => list[picks[i % picks.length] % list.length];
    const order: Field[] = [...fields];
    order.splice(priceAt % (order.length + 1), 0, 'listPrice');
    const typed: Array<{ field?: Field; text: string; value?: number }> = [];
    const parts = order.map((field, i) => {
      const label = pick(LABELS[lang][field], i);
      const gap = pick(GAPS[lang], i + 11);
      // Distinct values (the last digit is the position), so each typed number can be told apart by its text.
      const n = RATE_FIELDS.includes(field)
        ? typeRate((rates[i % 10] % 40) * 10 + i, lang, picks[i + 3])
        : typeAmount(amounts[i % 10] * 10 + i, lang, picks[i + 5]);
      typed.push({ field, ...n });
      // Rates are often written number first: "15%达人佣金", "15% creator commission", "10 % für Werbung".
      if (RATE_FIELDS.includes(field) && picks[i + 7] % 3 === 0) return `${n.text}${pick(NUMBER_FIRST[lang], i + 13)}${label}`;
      return `${label}${gap}${n.text}`;
    });
    for (const x of noise) {
      // Noise percentages are 50% and up, above every generated rate, so they never share a text with one.
      const text = x.kind === 'quantity' ? `${x.n}${QUANTITY[lang]}` : `${50 + (x.n % 49)}%`;
      typed.push({ text });
      parts.splice(x.at % (parts.length + 1), 0, text);
    }
    parts.splice(market % (parts.length + 1), 0, pick(MARKET[lang], 23));
    const sep = pick(SEP[lang], 22);
    return { lang, typed, text: parts.join(sep) + (question ? `${sep}${QUESTION[lang]}` : '') };
  });

describe('parseMarginText on generated messages', () => {
  it('every number typed is used or named back in unread; a used labelled number has its field and value', () => {
    fc.assert(
      fc.property(arbMessage, ({ typed, text }) => {
        const parsed = parseMarginText(text);
        const used = parsed.used ?? [];
        const unread = parsed.unread ?? [];
        for (const t of typed) {
          const u = used.find((x) => x.text === t.text);
          const inUnread = unread.includes(t.text);
          expect(Boolean(u) || inUnread, `"${t.text}" in ${JSON.stringify(text)}: used ${JSON.stringify(used)}, unread ${JSON.stringify(unread)}`).toBe(true);
          expect(Boolean(u) && inUnread, `"${t.text}" both used and unread`).toBe(false);
          if (u && t.field) {
            expect(u.field, `"${t.text}" in ${JSON.stringify(text)}`).toBe(t.field);
            expect(parsed.input[t.field]).toBe(t.value);
          }
        }
        // Nothing else is made up: every used number is one that was typed.
        for (const u of used) expect(typed.some((t) => t.text === u.text)).toBe(true);
      }),
      { numRuns: 250 },
    );
  });

  it('labelled numbers in generated messages are all used (none left over when every label is known)', () => {
    fc.assert(
      fc.property(arbMessage, ({ typed, text }) => {
        const parsed = parseMarginText(text);
        const labelled = typed.filter((t) => t.field);
        const used = new Set((parsed.used ?? []).map((u) => u.text));
        expect(labelled.filter((t) => !used.has(t.text)).map((t) => t.text), JSON.stringify(text)).toEqual([]);
      }),
      { numRuns: 250 },
    );
  });
});
