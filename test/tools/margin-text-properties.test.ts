// Property: for generated margin messages (random fields, order, language, label synonyms, label before or after the
// number, and number formats, plus numbers no field owns, years, fields said to be absent and a commission kept at
// its default), every number typed is either used as an input or named in `unread` (years are neither: no money);
// a labelled number that is used lands in its own field with the value typed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMarginText } from '../../src/tools/index.js';
import type { MarginField } from '../../src/tools/parse-margin-text.js';

type L = 'zh' | 'en' | 'de' | 'fr' | 'it' | 'es';
type Field = Exclude<MarginField, 'platformSubsidy' | 'vatRate' | 'targetMargin'>;

const LABELS: Record<L, Record<Field, string[]>> = {
  zh: {
    listPrice: ['售价', '售價', '价格', '定價', '卖'], unitCost: ['成本', '进货价', '採購價', '拿货', '進價'], inboundShipping: ['头程', '頭程', '头程物流'],
    fulfillmentFee: ['尾程', '配送费', '派送'], buyerShipping: ['买家运费', '買家運費'], commissionRate: ['佣金', '平台佣金', '扣点'],
    affiliateRate: ['达人佣金', '達人', '网红', '網紅', 'KOL', '达人分成'], adsRate: ['广告', '廣告', '投流', '广告预算'], returnRate: ['退货率', '退貨率'],
    sellerDiscount: ['折扣'],
  },
  en: {
    listPrice: ['price', 'selling price', 'list price', 'retail', 'we sell at'], unitCost: ['cost', 'unit cost', 'COGS', 'product cost', 'buy price'],
    inboundShipping: ['inbound', 'first leg', 'freight', 'first-mile', 'freight to the warehouse'],
    fulfillmentFee: ['fulfilment', 'last mile', 'fulfillment fee', 'last leg', 'DHL to the customer'], buyerShipping: ['buyer shipping', 'shipping paid by the buyer'],
    commissionRate: ['commission', 'platform fee', 'referral'], affiliateRate: ['creator commission', 'creators', 'influencers', 'affiliate', 'influencer cut', 'creator rate'],
    adsRate: ['ads', 'ad spend', 'advertising', 'ad budget'], returnRate: ['returns', 'return rate'], sellerDiscount: ['discount', 'launch discount'],
  },
  de: {
    listPrice: ['Preis', 'Verkaufspreis', 'VK'], unitCost: ['Einkaufspreis', 'Kosten', 'EK', 'Warenkosten'],
    inboundShipping: ['Inbound-Fracht', 'Seefracht', 'Anlieferung ins Lager', 'Vorlauf'],
    fulfillmentFee: ['Fulfillment', 'Zustellkosten', 'DHL zum Kunden', 'letzte Meile'], buyerShipping: ['Versand (Käufer)'], commissionRate: ['Provision'],
    affiliateRate: ['Creator-Provision', 'Influencer', 'Creator'], adsRate: ['Werbung', 'Werbekosten', 'Werbebudget'], returnRate: ['Retouren', 'Retourenquote'],
    sellerDiscount: ['Rabatt'],
  },
  fr: {
    listPrice: ['prix', 'prix de vente', 'prix public'], unitCost: ['coût', 'coût d’achat', 'prix d’achat', 'achat', 'coût produit'],
    inboundShipping: ['transport amont', 'fret', "transport jusqu'à l'entrepôt"], fulfillmentFee: ['frais logistiques', 'dernier kilomètre', 'livraison client'],
    buyerShipping: ['frais de port acheteur'], commissionRate: ['commission'], affiliateRate: ['commission créateur', 'influenceurs', 'affiliés'],
    adsRate: ['pub', 'publicité', 'budget pub'], returnRate: ['retours', 'taux de retour'], sellerDiscount: ['remise', 'remise vendeur'],
  },
  it: {
    listPrice: ['prezzo', 'prezzo di vendita', 'listino'], unitCost: ['costo', 'costo unitario', 'costo prodotto'],
    inboundShipping: ['trasporto in entrata', 'nolo', 'trasporto al magazzino'], fulfillmentFee: ['ultimo miglio', 'costo di consegna', 'spedizione al cliente'],
    buyerShipping: ['spedizione pagata dal cliente'], commissionRate: ['commissione'], affiliateRate: ['commissione creator', 'creatori', 'affiliati'],
    adsRate: ['pubblicità', 'budget pubblicità'], returnRate: ['resi', 'tasso di reso'], sellerDiscount: ['sconto', 'sconto venditore'],
  },
  es: {
    listPrice: ['precio', 'precio de venta', 'PVP'], unitCost: ['coste', 'coste unitario', 'coste de compra'],
    inboundShipping: ['transporte de entrada', 'flete', 'transporte al almacén'], fulfillmentFee: ['última milla', 'coste de entrega', 'envío al cliente'],
    buyerShipping: ['envío pagado por el comprador'], commissionRate: ['comisión'], affiliateRate: ['comisión de creadores', 'creadores', 'afiliados'],
    adsRate: ['publicidad', 'presupuesto de publicidad'], returnRate: ['devoluciones'], sellerDiscount: ['descuento'],
  },
};

/** A field said to be absent, with no number: "no ads" is 0. */
const NONE: Record<L, Partial<Record<Field, string[]>>> = {
  zh: { adsRate: ['不投流', '暂时不投广告', '广告不投'], sellerDiscount: ['不打折', '也不打折'], affiliateRate: ['不找达人'] },
  en: { adsRate: ['no ads', 'no ads for now'], sellerDiscount: ['no discount'], affiliateRate: ['no creators'] },
  de: { adsRate: ['keine Werbung', 'ohne Ads'], sellerDiscount: ['kein Rabatt', 'ohne Rabatt'], affiliateRate: ['keine Creator'] },
  fr: { adsRate: ['pas de pub', 'sans pub', 'aucune pub'], sellerDiscount: ['pas de remise', 'sans remise'], affiliateRate: ['sans créateurs'] },
  it: { adsRate: ['nessuna pubblicità', 'niente ads'], sellerDiscount: ['niente sconto', 'senza sconto'], affiliateRate: ['niente creator'] },
  es: { adsRate: ['sin publicidad', 'sin ads'], sellerDiscount: ['sin descuento'], affiliateRate: ['sin creadores'] },
};
/** The platform commission kept at its default on purpose: recorded, never an unread field. */
const DEFAULT_COMMISSION: Record<L, string> = {
  zh: '平台佣金按标准', en: 'standard commission', de: 'Provision normal', fr: 'commission TikTok standard', it: 'commissione standard',
  es: 'comisión de TikTok la normal',
};
/** Years that are no money: left out of the calculation and of what is named back. */
const SINCE: Record<L, string> = { zh: '年开始做', en: 'since ', de: 'seit ', fr: 'depuis ', it: 'dal ', es: 'desde ' };

const MARKET: Record<L, string[]> = {
  zh: ['德国站', '法国', '意大利站', '西班牙'], en: ['Germany', 'France', 'Italy', 'Spain'], de: ['Deutschland', 'Frankreich'],
  fr: ['Allemagne', 'France'], it: ['Germania', 'Italia'], es: ['Alemania', 'España'],
};
const QUESTION: Record<L, string> = { zh: '利润多少？', en: "what's my profit?", de: 'Gewinn?', fr: 'quel bénéfice ?', it: 'quanto guadagno?', es: '¿cuánto gano?' };
const GAPS: Record<L, string[]> = { zh: ['', '：', '是'], en: [' ', ': ', ' = '], de: [' ', ': '], fr: [' ', ' : '], it: [' ', ': '], es: [' ', ': '] };
const SEP: Record<L, string[]> = { zh: ['，', ' ', '；'], en: [', ', '; ', '\n'], de: [', '], fr: [', '], it: [', '], es: [', '] };
const NUMBER_FIRST: Record<L, string[]> = { zh: ['', '的'], en: [' ', ' for ', ' on '], de: [' ', ' für '], fr: [' ', ' de '], it: [' ', ' di '], es: [' ', ' de '] };
const QUANTITY: Record<L, string[]> = {
  zh: ['件', '多件', '单'], en: [' pcs', ' units', ' orders'], de: [' Stück', ' Einheiten'], fr: [' pièces', ' unités'], it: [' pezzi', ' ordini'],
  es: [' unidades', ' pedidos'],
};

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
    noise: fc.array(fc.record({ kind: fc.constantFrom('quantity', 'percent', 'year'), n: fc.integer({ min: 2, max: 900 }), at: fc.nat() }), { maxLength: 2 }),
    none: fc.array(fc.record({ field: fc.constantFrom<Field>('adsRate', 'sellerDiscount', 'affiliateRate'), pick: fc.nat(), at: fc.nat() }), { maxLength: 2 }),
    keepDefault: fc.boolean(),
    market: fc.nat(),
    question: fc.boolean(),
  })
  .map(({ lang, fields, priceAt, amounts, rates, picks, noise, none, keepDefault, market, question }) => {
    const pick = <T,>(list: T[], i: number): T => list[picks[i % picks.length] % list.length];
    const order: Field[] = [...fields];
    order.splice(priceAt % (order.length + 1), 0, 'listPrice');
    const typed: Array<{ field?: Field; text: string; value?: number; year?: boolean }> = [];
    const sep = pick(SEP[lang], 22);
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
      if (x.kind === 'year') {
        const year = String(1990 + (x.n % 37));
        parts.splice(x.at % (parts.length + 1), 0, lang === 'zh' ? `${year}${SINCE.zh}` : `${SINCE[lang]}${year}`);
        typed.push({ text: year, year: true });
        continue;
      }
      const text = x.kind === 'quantity' ? `${x.n}${pick(QUANTITY[lang], x.n)}` : `${50 + (x.n % 49)}%`;
      typed.push({ text });
      parts.splice(x.at % (parts.length + 1), 0, text);
    }
    // Fields the seller says are not there ("no ads"), only for fields not given with a number. In Chinese written
    // with spaces, "52% 广告不投" would give the stray 52% to the ads: such a clause stands after a comma.
    const clause = (phrase: string): string => (lang === 'zh' && sep === ' ' ? `，${phrase}` : phrase);
    const zeroed: Field[] = [];
    for (const x of none) {
      const phrases = NONE[lang][x.field];
      if (!phrases || fields.includes(x.field) || zeroed.includes(x.field)) continue;
      zeroed.push(x.field);
      parts.splice(x.at % (parts.length + 1), 0, clause(phrases[x.pick % phrases.length]));
    }
    const keptDefault = keepDefault && !fields.includes('commissionRate');
    if (keptDefault) parts.splice(picks[20] % (parts.length + 1), 0, clause(DEFAULT_COMMISSION[lang]));
    parts.splice(market % (parts.length + 1), 0, pick(MARKET[lang], 23));
    return { lang, typed, zeroed, keptDefault, text: parts.join(sep) + (question ? `${sep}${QUESTION[lang]}` : '') };
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
          if (t.year) {
            // A year is no money: neither an input nor a number to ask about.
            expect(u, `year "${t.text}" in ${JSON.stringify(text)}`).toBeUndefined();
            expect(unread, `year "${t.text}" in ${JSON.stringify(text)}`).not.toContain(t.text);
            continue;
          }
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

  it('a field said to be absent is 0 and stated; a commission kept at its default is stated and left to the default', () => {
    fc.assert(
      fc.property(arbMessage, ({ text, zeroed, keptDefault }) => {
        const parsed = parseMarginText(text);
        const stated = parsed.stated ?? [];
        for (const field of zeroed) {
          expect(parsed.input[field], `${field} in ${JSON.stringify(text)}`).toBe(0);
          expect(stated.some((x) => x.field === field && x.value === 0), `${field} stated in ${JSON.stringify(text)}`).toBe(true);
        }
        if (keptDefault) {
          expect(parsed.input.commissionRate, JSON.stringify(text)).toBeUndefined();
          expect(stated.some((x) => x.field === 'commissionRate' && x.value === 'default'), JSON.stringify(text)).toBe(true);
        }
        // Nothing is stated that the message did not say.
        for (const x of stated) expect(x.value === 'default' ? keptDefault : zeroed.includes(x.field as Field), `${x.field} in ${JSON.stringify(text)}`).toBe(true);
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
