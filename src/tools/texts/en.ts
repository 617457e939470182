// The tools' English wording.
import type { ToolTexts } from './tool-texts.js';

const TIER = { default: '', electronics: ' for designated electronics', newSeller: ' for new sellers' } as const;

// The VAT a warehouse country asks for, as sellers say it; other countries are named in full.
const VAT_OF_EN: Record<string, string> = { DE: 'German VAT registration', FR: 'French VAT registration', IT: 'Italian VAT registration', ES: 'Spanish VAT registration' };
const VAT_ADJ_EN: Record<string, string> = { DE: 'German', FR: 'French', IT: 'Italian', ES: 'Spanish', GB: 'UK', NL: 'Dutch', PL: 'Polish', BE: 'Belgian', AT: 'Austrian', CZ: 'Czech' };

export const en: ToolTexts = {
  lang: 'en',
  colon: ': ',
  sources: (list) => `Sources: ${list}`,
  marketVat: ({ country, standard, reduced, asOf }, f) =>
    `${f.country(country)}: standard VAT rate ${f.rate(standard)}${reduced.length ? `, reduced ${reduced.map(f.rate).join(', ')} (for some goods only)` : ''}; rates as recorded on ${asOf}. Net price from a VAT-inclusive price: price ÷ ${f.plain(1 + standard)}.`,
  eligibility: {
    title: (asOf) => `Local Hosting eligibility check (rules as of ${asOf})`,
    facts: (v) => `Your facts: company registered in ${v.entity}; stock in Europe: ${v.stock}; warehouse: ${v.warehouse}; VAT: ${v.vat}`,
    notStated: 'not stated',
    yes: 'yes',
    no: 'no',
    none: 'none',
    checkNames: {
      entity: 'Entity',
      'eu-stock': 'Stock in Europe',
      'warehouse-eu': 'EU warehouse',
      'vat-warehouse': 'VAT in the warehouse country',
      'target-markets': 'Target markets',
    },
    reasons: {
      'entity-missing': () => 'You have not said where your company is registered.',
      'entity-allowed': (r, f) => `A company registered in ${f.country(r.country)} is accepted (${f.all(r.allowed)}).`,
      'entity-not-allowed': (r, f) =>
        `A company registered in ${f.country(r.country)} is not accepted: Local Hosting takes entities from ${f.either(r.allowed)} only.`,
      'stock-missing': () => 'You have not said whether your stock is already in Europe.',
      'stock-in-europe': () => 'Your stock is already in Europe.',
      'stock-in-warehouse-country': (r, f) => `Your stock is in a warehouse in ${f.country(r.country)}, so it is already in Europe.`,
      'stock-not-in-europe': () => 'Local Hosting requires stock that is already in Europe; yours is not there yet.',
      'warehouse-missing': () => 'You have not said which country your warehouse is in.',
      'warehouse-not-yet': () => 'No EU warehouse yet, since the stock is not in Europe.',
      'warehouse-in-market': (r, f) => `Your warehouse is in ${f.country(r.country)}, an EU member state and a Local Hosting market.`,
      'warehouse-eu-outside-markets': (r, f) =>
        `Your warehouse is in ${f.country(r.country)}, an EU member state outside the Local Hosting markets (${f.all(r.markets)}); ` +
        'the sources speak of "a local warehouse in a single EU country" and do not address warehouses outside those markets, so this check is uncertain.',
      'warehouse-outside-eu': (r, f) =>
        `Your warehouse is in ${f.country(r.country)}, which is not an EU member state; Local Hosting needs stock in a local warehouse in one EU country.`,
      'vat-missing': () => 'You have not said where you are registered for VAT.',
      'vat-after-eu-warehouse': () =>
        'The warehouse is outside the EU; once the stock moves to an EU country you need a VAT registration in that country.',
      'vat-none': () => 'You have no VAT registration; Local Hosting requires VAT in the warehouse country.',
      'vat-need-warehouse': (r, f) => `You have VAT in: ${f.all(r.have)}; I need the warehouse country to check that VAT is registered there.`,
      'vat-in-warehouse-country': (r, f) => `You are VAT-registered in ${f.country(r.country)}, the warehouse country.`,
      'vat-not-in-warehouse-country': (r, f) =>
        `Your warehouse is in ${f.country(r.country)} but you have no VAT registration there (you have: ${r.have.length ? f.all(r.have) : 'none'}); ` +
        'Local Hosting requires VAT in the warehouse country.',
      'markets-open': (r, f) => `Local Hosting is open in your target markets (${f.all(r.markets)}).`,
      'markets-not-open': (r, f) => `Local Hosting is open only in ${f.all(r.open)}; ${f.all(r.outside)} ${r.outside.length > 1 ? 'are' : 'is'} not among them.`,
    },
    fixes: {
      'use-allowed-entity': (x, f) => `Apply with a company registered in ${f.either(x.allowed)}.`,
      'move-stock-to-eu': (x, f) => `Move stock into a local warehouse in one EU country (for example ${f.either(x.examples)}) first, then apply.`,
      'move-to-eu-warehouse': (x, f) =>
        `Move the stock into a warehouse in one EU country (for example ${f.either(x.examples)}) and register for VAT there.`,
      'confirm-warehouse-country': (x, f) =>
        `Ask the platform or your account manager whether a warehouse in ${f.country(x.country)} is accepted; ` +
        `the safe route is a warehouse in one of ${f.either(x.markets)}, with VAT registered there.`,
      'register-vat-in-warehouse-country': () => 'Register for VAT in the EU country where your warehouse is.',
      'register-vat-in': (x, f) => `Register for VAT in ${f.country(x.country)}.`,
      'choose-open-market': (x, f) => `Choose among ${f.all(x.open)}.`,
    },
    verdicts: {
      eligible:
        'Verdict: eligible. You meet the published entry conditions; Local Hosting is by invitation, so the platform still reviews your application and decides whether to invite you.',
      ineligible: 'Verdict: not eligible yet (see the ❌ items above).',
      incomplete: 'Verdict: incomplete. Nothing fails so far, but I cannot decide yet.',
      uncertain:
        'Verdict: uncertain. Nothing fails, but one condition is not addressed by the sources (the ❔ item above); confirm it with the platform before you apply.',
    },
    nextStepsTitle: 'Next steps:',
    applyOnceFixed: (step) => `Once these are fixed, apply: ${step}.`,
    applyOnceConfirmed: (step) => `Once that is confirmed, apply: ${step}.`,
    tellMissing: 'Tell me the missing facts above and I can give you a verdict.',
    fieldQuestions: {
      entityCountry: 'where your company is registered (e.g. mainland China, Hong Kong, Germany)',
      hasEuStock: 'whether your stock is already in Europe',
      warehouseCountry: 'which country your warehouse is in',
      vatCountries: 'which countries you are VAT-registered in (or none)',
    },
    askMissing: (items) =>
      `To check Local Hosting eligibility I still need:\n${items}\nPlease answer in one message, e.g. "Shenzhen company, stock in a German warehouse, German VAT".`,
    unread: (numbers) => `I did not use ${numbers.map((n) => `"${n}"`).join(', ')}: the entry conditions need no figures.`,
    caseVat: ({ warehouse, have, meets }, f) => {
      const need = VAT_OF_EN[warehouse] ?? `a VAT registration in ${f.country(warehouse)}`;
      if (meets) return `Applied to your case: your stock is in ${f.country(warehouse)} and you hold ${need}, so this condition is met.`;
      const other = have.length ? ` ${f.all(have.map((c) => VAT_ADJ_EN[c] ?? f.country(c)))} VAT alone does not meet it.` : '';
      return `Applied to your case: your stock is in ${f.country(warehouse)}, so you need ${need}.${other}`;
    },
    placeGuess: (place, country) => `Assumption: I do not know where "${place}" is and took your warehouse to be in ${country}. If it is elsewhere, tell me the country.`,
  },
  margin: {
    sourceTitle: (country) => `${country} market profile (VAT, commission)`,
    fieldNames: {
      listPrice: 'list price (VAT included)',
      market: 'market (Germany, France, Italy or Spain)',
      unitCost: 'unit cost',
      inboundShipping: 'inbound shipping',
      fulfillmentFee: 'fulfilment fee',
      buyerShipping: 'shipping paid by the buyer',
      commissionRate: 'commission rate',
      commissionTier: 'commission tier',
      affiliateRate: 'creator commission',
      sellerDiscount: 'seller discount',
      adsRate: 'ads share',
      platformSubsidy: 'platform subsidy',
      returnRate: 'return rate',
      vatRate: 'VAT rate',
      targetMargin: 'target margin',
      program: 'program',
      'commissionRate+affiliateRate+adsRate': 'commission + creator commission + ads',
    },
    market: (code, f) => `${f.country(code)} (${code})`,
    title: (market) => `Margin per unit: ${market}, EUR`,
    inputs: (v) => {
      const note = (n: typeof v.commissionNote): string =>
        n === 'assumed-local-hosting' ? " (assumed: Local Hosting's commission is not published)" : n === 'default' ? ' (default)' : '';
      return (
        `Inputs: list price ${v.listPrice} (VAT incl.), unit cost ${v.unitCost}, inbound ${v.inbound}, fulfilment ${v.fulfilment}, buyer shipping ${v.buyerShipping}, ` +
        `commission ${v.commission}${note(v.commissionNote)}, affiliate ${v.affiliate}, ads ${v.ads}, seller discount ${v.discount}, returns ${v.returns}, VAT ${v.vat}${note(v.vatNote)}`
      );
    },
    formula:
      'profit = net sales − commission − affiliate − ads − returns − unit cost − inbound − fulfilment; paid = list price × (1 − seller discount), ' +
      'net sales = (paid + buyer shipping) / (1 + VAT rate), commission = commission rate × (paid + buyer shipping), ' +
      'affiliate and ads = rate × paid / (1 + VAT rate) (the item only, shipping excluded), returns = return rate × (fulfilment + inbound)',
    formulaLine: (formula) => `Formula: ${formula}`,
    breakdown: 'Breakdown:',
    paid: (x) => `Paid (after seller discount, VAT incl.): ${x}`,
    buyerShipping: (x) => `Shipping paid by the buyer (VAT incl.): ${x}`,
    vat: (rate, x) => `VAT ${rate}: ${x}`,
    netSales: (x) => `Net sales: ${x}`,
    commission: (rate, x, withShipping) => `Commission ${rate} of ${withShipping ? '(paid + buyer shipping)' : 'paid'}: ${x}`,
    affiliate: (rate, x) => `Affiliate ${rate} of the item's net price: ${x}`,
    ads: (rate, x) => `Ads ${rate} of the item's net price: ${x}`,
    returns: (x) => `Returns: ${x}`,
    costs: (cost, inbound, fulfilment) => `Unit cost: ${cost}, inbound: ${inbound}, fulfilment: ${fulfilment}`,
    profit: (x) => `Profit: ${x}`,
    margin: (x) => `Margin (of net sales): ${x}`,
    roi: (x) => `ROI (profit / (unit cost + inbound)): ${x ?? 'n/a (no cost)'}`,
    breakEven: (x) => `Break-even price (VAT incl.): ${x}`,
    target: (rate, price) =>
      price === null ? `Target margin ${rate}: no price reaches it with these fees.` : `Price for a ${rate} margin (VAT incl.): ${price}`,
    subsidy: (subsidy, buyerPays) =>
      `Platform subsidy ${subsidy}: the buyer pays ${buyerPays}; who funds it is not published, so it is not deducted from your proceeds.`,
    assumptions: {
      'price-includes-vat': () => 'The list price includes VAT; VAT = (paid + buyer shipping) − net sales.',
      'vat-standard-rate': (a, f) =>
        `VAT at the ${f.country(a.market)} standard rate ${f.rate(a.rate)} (as of ${a.asOf}); give the VAT rate for reduced-rate goods.`,
      'commission-default': (a, f) => `Platform commission ${f.rate(a.rate)}${TIER[a.tier]} (from ${a.asOf}), ${f.rule(a.base)}.`,
      'commission-local-hosting-unpublished': (a, f) =>
        `Local Hosting's own commission is not published: the ${f.rate(a.rate)} here is the platform's published commission rate ` +
        `(from ${a.asOf}, ${f.rule(a.base)}), used as an assumption; if you know your rate, give it (commission=…).`,
      'buyer-shipping-revenue': () =>
        "Shipping paid by the buyer (VAT included) is revenue: it counts in net sales and in the commission base, taxed at the goods' VAT rate.",
      'affiliate-ads-on-item': () => "Creator commission and ads are charged on the item's net price only (VAT and shipping excluded).",
      'subsidy-funding-unpublished': () =>
        'Platform subsidies and coupons: who funds them is not published, so they are shown, not deducted; if you fund part of them, enter that part as a seller discount.',
      'returns-lose-shipping': () =>
        'Returns = return rate × (fulfilment + inbound): returned goods are assumed resellable, only their shipping is lost.',
      'not-included': () => 'Not included: exchange rate, storage fees, EPR fees, income tax.',
    },
    rules: (asOf, commissionFrom, vatChecked, sources) =>
      `Rules as of ${asOf} (commission from ${commissionFrom}, VAT rates checked ${vatChecked}). Sources: ${sources}`,
    previewWhileOpen: "Market not chosen yet: here is how the markets in question compare meanwhile; reply with the country and I will work it out for that market.",
    grossedUp: (net, rate, gross) => `You gave a price without VAT (${net}); at ${rate} VAT that is ${gross} VAT included.`,
    ignored: (field, text, wants) => `Note: ${field} "${text}" was not used: give it as ${wants === 'percent' ? 'a percentage' : 'an amount in euros'}.`,
    setAside: (field, text, kept) => `"${text}" looks like another ${field} (background), so I used "${kept}"; tell me if "${text}" is the one to use.`,
    unread: (numbers) =>
      `I did not understand ${numbers
        .map((n) => `"${n.text}" (${n.kind === 'percent' ? 'creator commission, ads, returns or a discount?' : n.kind === 'quantity' ? 'a quantity; the calculation is per unit' : 'cost, inbound, fulfilment or buyer shipping?'})`)
        .join(', ')}; it is not in the calculation. Send it with its label, e.g. "ads 10%".`,
    shippingAsBuyer: (text) =>
      `I read "${text}" as your own delivery cost (fulfilment); if the buyer pays it on top of the price, write "buyer shipping 3".`,
    askMissing: (fields) =>
      `To calculate your margin I still need: ${fields}. Please send them in one message, e.g. "Germany, price €29.99, cost €8, inbound €1.50, fulfilment €3.20, affiliate 15%".`,
    error: (field, given, problem) => `Sorry, I cannot calculate this: the ${field} (${given}) is not valid: ${problem}. Please correct it and send again.`,
    problems: {
      required: () => 'it is missing',
      'not-a-number': () => 'it must be a number',
      'wrong-type': (p) => `it must be ${p.expected}`,
      'too-small': (p, f) => (p.minimum === 0 && !p.inclusive ? 'it must be more than 0' : `it must be ${p.inclusive ? 'at least' : 'more than'} ${f.plain(p.minimum)}`),
      'too-big': (p, f) => `it must be ${p.inclusive ? 'at most' : 'less than'} ${f.plain(p.maximum)}`,
      'unknown-field': (p) => `unknown field ${p.keys.join(', ')}`,
      'unknown-market': (p) => `"${p.market}" is not a market here; use one of ${p.known.join(', ')}`,
      'no-break-even': (p, f) => `commission, creator commission and ads together take ${f.ratio(p.share)} of net sales, so no price can break even; lower one of them`,
      invalid: (p) => p.detail,
    },
    rateHint: ' (rates are fractions: 0.09 = 9%)',
    rejected: (items) =>
      `I cannot use ${items
        .map((i) => {
          const what = i.field ? `${i.field} "${i.text}"` : `"${i.text}"`;
          const why =
            i.problem === 'negative' ? 'amounts and rates cannot be negative' : i.problem === 'exponent' ? 'write it as a plain number' : i.problem === 'range' ? 'give one value, not a range' : 'it is not a number';
          return `${what} (${why})`;
        })
        .join(', ')}. Please send it again with a valid value.`,
    unknownKey: (key, known) => `I don't know the field "${key}". Use: ${known}.`,
    comparisonHead: 'Side by side (same product and costs, each market with its own VAT):',
    comparisonRow: (market, vat, profit, margin, breakEven) => `${market}, VAT ${vat}: profit ${profit}, margin ${margin}, break-even ${breakEven}`,
    comparisonFoot: (asOf, sources) => `Same formula as the single-market check; rules as of ${asOf}. Sources: ${sources}`,
    ladderHead: (market, breakEven) => `Profit at other prices (${market}, break-even ${breakEven}):`,
    ladderRow: (price, profit, margin) => `${price}: profit ${profit} (${margin})`,
  },
};
