// The tools' Italian wording (IVA, partita IVA). Country names follow a colon ("Paese del magazzino: Irlanda") so
// no sentence needs "in"/"nel"/"negli" before a name.
import type { ToolTexts } from './tool-texts.js';

const TIER = { default: '', electronics: ' per l’elettronica indicata', newSeller: ' per i nuovi venditori' } as const;

// L'IVA che chiede il paese del magazzino, come la chiamano i venditori; gli altri paesi per nome.
const VAT_OF_IT: Record<string, string> = { DE: 'una partita IVA tedesca (USt-IdNr.)', FR: 'una partita IVA francese (TVA)', IT: 'una partita IVA italiana', ES: 'una partita IVA spagnola (NIF-IVA)' };
const VAT_ADJ_IT: Record<string, string> = { DE: 'tedesca', FR: 'francese', IT: 'italiana', ES: 'spagnola', GB: 'britannica', NL: 'olandese', PL: 'polacca', BE: 'belga' };

export const it: ToolTexts = {
  lang: 'it',
  colon: ': ',
  sources: (list) => `Fonti: ${list}`,
  marketVat: ({ country, standard, reduced, asOf }, f) =>
    `${f.country(country)}: aliquota IVA ordinaria ${f.rate(standard)}${reduced.length ? `, ridotte ${reduced.map(f.rate).join(', ')} (solo per alcuni beni)` : ''}; aliquote rilevate il ${asOf}. Prezzo netto dal prezzo IVA inclusa: prezzo ÷ ${f.plain(1 + standard)}.`,
  eligibility: {
    title: (asOf) => `Verifica dei requisiti Local Hosting (regole aggiornate al ${asOf})`,
    facts: (v) => `I tuoi dati: sede della società: ${v.entity}; merce già in Europa: ${v.stock}; magazzino: ${v.warehouse}; partita IVA: ${v.vat}`,
    notStated: 'non indicato',
    yes: 'sì',
    no: 'no',
    none: 'nessuna',
    checkNames: {
      entity: 'Società',
      'eu-stock': 'Merce in Europa',
      'warehouse-eu': 'Magazzino nell’UE',
      'vat-warehouse': 'IVA nel paese del magazzino',
      'target-markets': 'Mercati di destinazione',
    },
    reasons: {
      'entity-missing': () => 'Non hai indicato in quale paese è registrata la tua società.',
      'entity-allowed': (r, f) => `Sede della società: ${f.country(r.country)}, ammessa (paesi ammessi: ${f.all(r.allowed)}).`,
      'entity-not-allowed': (r, f) =>
        `Sede della società: ${f.country(r.country)}, non ammessa: Local Hosting accetta solo società registrate in uno di questi paesi: ${f.either(r.allowed)}.`,
      'stock-missing': () => 'Non hai indicato se la merce è già in Europa.',
      'stock-in-europe': () => 'La tua merce è già in Europa.',
      'stock-in-warehouse-country': (r, f) => `La merce è in un magazzino (paese: ${f.country(r.country)}), quindi è già in Europa.`,
      'stock-not-in-europe': () => 'Local Hosting richiede merce già presente in Europa; la tua non c’è ancora.',
      'warehouse-missing': () => 'Non hai indicato in quale paese si trova il magazzino.',
      'warehouse-not-yet': () => 'Ancora nessun magazzino nell’UE, perché la merce non è in Europa.',
      'warehouse-in-market': (r, f) => `Paese del magazzino: ${f.country(r.country)}, Stato membro dell’UE e mercato Local Hosting.`,
      'warehouse-eu-outside-markets': (r, f) =>
        `Paese del magazzino: ${f.country(r.country)}, Stato membro dell’UE ma fuori dai mercati Local Hosting (${f.all(r.markets)}). ` +
        'Le fonti parlano di «un magazzino locale in un solo paese dell’UE» e non dicono nulla dei magazzini fuori da questi mercati: questo punto resta quindi incerto.',
      'warehouse-outside-eu': (r, f) =>
        `Paese del magazzino: ${f.country(r.country)}, che non è uno Stato membro dell’UE; Local Hosting richiede la merce in un magazzino locale in un paese dell’UE.`,
      'vat-missing': () => 'Non hai indicato in quali paesi hai una partita IVA.',
      'vat-after-eu-warehouse': () =>
        'Il magazzino è fuori dall’UE; quando la merce passerà in un paese dell’UE ti servirà la partita IVA in quel paese.',
      'vat-none': () => 'Non hai nessuna registrazione IVA; Local Hosting richiede l’IVA nel paese del magazzino.',
      'vat-need-warehouse': (r, f) => `Partita IVA in: ${f.all(r.have)}; mi serve il paese del magazzino per verificare che tu sia registrato lì.`,
      'vat-in-warehouse-country': (r, f) => `Hai la partita IVA nel paese del magazzino (${f.country(r.country)}).`,
      'vat-not-in-warehouse-country': (r, f) =>
        `Paese del magazzino: ${f.country(r.country)}, ma lì non hai una registrazione IVA (hai: ${r.have.length ? f.all(r.have) : 'nessuna'}); ` +
        'Local Hosting richiede l’IVA nel paese del magazzino.',
      'markets-open': (r, f) => `Local Hosting è aperto nei tuoi mercati di destinazione (${f.all(r.markets)}).`,
      'markets-not-open': (r, f) => `Local Hosting è aperto solo in questi mercati: ${f.all(r.open)}; non inclusi: ${f.all(r.outside)}.`,
    },
    fixes: {
      'use-allowed-entity': (x, f) => `Fai domanda con una società registrata in uno di questi paesi: ${f.either(x.allowed)}.`,
      'move-stock-to-eu': (x, f) => `Porta prima la merce in un magazzino locale in un paese dell’UE (per esempio ${f.either(x.examples)}), poi fai domanda.`,
      'move-to-eu-warehouse': (x, f) =>
        `Sposta la merce in un magazzino in un paese dell’UE (per esempio ${f.either(x.examples)}) e apri la partita IVA in quel paese.`,
      'confirm-warehouse-country': (x, f) =>
        `Chiedi alla piattaforma o al tuo account manager se un magazzino in questo paese (${f.country(x.country)}) è accettato; ` +
        `la strada sicura è un magazzino in uno di questi mercati: ${f.either(x.markets)}, con la partita IVA nello stesso paese.`,
      'register-vat-in-warehouse-country': () => 'Apri la partita IVA nel paese dell’UE in cui si trova il magazzino.',
      'register-vat-in': (x, f) => `Apri la partita IVA nel paese del magazzino (${f.country(x.country)}).`,
      'choose-open-market': (x, f) => `Scegli tra questi mercati: ${f.all(x.open)}.`,
    },
    verdicts: {
      eligible:
        'Esito: idoneo. Soddisfi i requisiti di accesso pubblicati; Local Hosting è su invito, quindi la piattaforma esamina comunque la domanda e decide se invitarti.',
      ineligible: 'Esito: per ora non idoneo (vedi i punti con ❌ qui sopra).',
      incomplete: 'Esito: dati incompleti. Finora nulla è escluso, ma non posso ancora decidere.',
      uncertain:
        'Esito: incerto. Nulla è escluso, ma le fonti non trattano uno dei requisiti (il punto con ❔ qui sopra); fallo confermare dalla piattaforma prima di fare domanda.',
    },
    nextStepsTitle: 'Prossimi passi:',
    applyOnceFixed: (step) => `Sistemati questi punti, fai domanda: ${step}.`,
    applyOnceConfirmed: (step) => `Avuta la conferma, fai domanda: ${step}.`,
    tellMissing: 'Indicami i dati mancanti qui sopra e potrò darti un esito.',
    fieldQuestions: {
      entityCountry: 'in quale paese è registrata la tua società (es. Cina continentale, Hong Kong, Germania)',
      hasEuStock: 'se la merce è già in Europa',
      warehouseCountry: 'in quale paese si trova il magazzino',
      vatCountries: 'in quali paesi hai la partita IVA (o nessuno)',
    },
    askMissing: (items) =>
      `Per verificare i requisiti di Local Hosting mi serve ancora:\n${items}\nRispondi in un solo messaggio, per esempio: «S.r.l. di Milano, merce in un magazzino in Italia, partita IVA italiana».`,
    unread: (numbers) => `Non ho usato ${numbers.map((n) => `«${n}»`).join(', ')}: i requisiti di accesso non dipendono da cifre.`,
    caseVat: ({ warehouse, have, meets }, f) => {
      const need = VAT_OF_IT[warehouse] ?? `una registrazione IVA in ${f.country(warehouse)}`;
      if (meets) return `Applicato al vostro caso: la merce è in ${f.country(warehouse)} e avete ${need}, quindi questo requisito è soddisfatto.`;
      const other = have.length ? ` La sola partita IVA ${f.all(have.map((c) => VAT_ADJ_IT[c] ?? `di ${f.country(c)}`))} non basta.` : '';
      return `Applicato al vostro caso: la merce è in ${f.country(warehouse)}, quindi serve ${need}.${other}`;
    },
    placeGuess: (place, country) => `Ipotesi: non conosco «${place}» e ho supposto che il magazzino sia in ${country}. Se è altrove, indicami il paese.`,
  },
  margin: {
    sourceTitle: (country) => `Profilo di mercato ${country} (IVA, commissione)`,
    fieldNames: {
      listPrice: 'prezzo di vendita (IVA inclusa)',
      market: 'mercato (Germania, Francia, Italia o Spagna)',
      unitCost: 'costo d’acquisto unitario',
      inboundShipping: 'trasporto in entrata',
      fulfillmentFee: 'costo di fulfillment/consegna',
      buyerShipping: 'spese di spedizione pagate dal cliente',
      commissionRate: 'commissione della piattaforma',
      commissionTier: 'fascia di commissione',
      affiliateRate: 'commissione creator',
      sellerDiscount: 'sconto del venditore',
      adsRate: 'quota pubblicità',
      platformSubsidy: 'contributo della piattaforma',
      returnRate: 'tasso di reso',
      vatRate: 'aliquota IVA',
      targetMargin: 'margine obiettivo',
      program: 'programma',
      'commissionRate+affiliateRate+adsRate': 'commissione + commissione creator + pubblicità',
    },
    market: (code, f) => `${f.country(code)} (${code})`,
    title: (market) => `Margine per unità: ${market}, EUR`,
    inputs: (v) => {
      const note = (n: typeof v.commissionNote): string =>
        n === 'assumed-local-hosting' ? ' (ipotesi: la commissione di Local Hosting non è pubblicata)' : n === 'default' ? ' (predefinita)' : '';
      return (
        `Dati: prezzo di vendita ${v.listPrice} (IVA inclusa), costo d’acquisto ${v.unitCost}, trasporto in entrata ${v.inbound}, fulfillment ${v.fulfilment}, spedizione pagata dal cliente ${v.buyerShipping}, ` +
        `commissione ${v.commission}${note(v.commissionNote)}, commissione creator ${v.affiliate}, pubblicità ${v.ads}, sconto ${v.discount}, resi ${v.returns}, IVA ${v.vat}${note(v.vatNote)}`
      );
    },
    formula:
      'utile = ricavi netti − commissione − commissione creator − pubblicità − resi − costo d’acquisto − trasporto in entrata − fulfillment; ' +
      'pagato = prezzo di vendita × (1 − sconto), ricavi netti = (pagato + spedizione del cliente) / (1 + aliquota IVA), ' +
      'commissione = aliquota di commissione × (pagato + spedizione del cliente), commissione creator e pubblicità = quota × pagato / (1 + aliquota IVA) (solo l’articolo, spedizione esclusa), ' +
      'resi = tasso di reso × (fulfillment + trasporto in entrata)',
    formulaLine: (formula) => `Formula: ${formula}`,
    breakdown: 'Dettaglio:',
    paid: (x) => `Pagato (dopo lo sconto, IVA inclusa): ${x}`,
    buyerShipping: (x) => `Spedizione pagata dal cliente (IVA inclusa): ${x}`,
    vat: (rate, x) => `IVA ${rate}: ${x}`,
    netSales: (x) => `Ricavi netti: ${x}`,
    commission: (rate, x, withShipping) => `Commissione ${rate} ${withShipping ? 'su (pagato + spedizione)' : 'sull’importo pagato'}: ${x}`,
    affiliate: (rate, x) => `Commissione creator ${rate} sul prezzo netto dell’articolo: ${x}`,
    ads: (rate, x) => `Pubblicità ${rate} sul prezzo netto dell’articolo: ${x}`,
    returns: (x) => `Resi: ${x}`,
    costs: (cost, inbound, fulfilment) => `Costo d’acquisto: ${cost}, trasporto in entrata: ${inbound}, fulfillment: ${fulfilment}`,
    profit: (x) => `Utile: ${x}`,
    margin: (x) => `Margine (sui ricavi netti): ${x}`,
    roi: (x) => `ROI (utile / (costo d’acquisto + trasporto in entrata)): ${x ?? 'non calcolabile (nessun costo)'}`,
    breakEven: (x) => `Prezzo di pareggio (IVA inclusa): ${x}`,
    target: (rate, price) =>
      price === null ? `Margine obiettivo ${rate}: nessun prezzo lo raggiunge con queste commissioni.` : `Prezzo per un margine del ${rate} (IVA inclusa): ${price}`,
    subsidy: (subsidy, buyerPays) =>
      `Contributo della piattaforma ${subsidy}: il cliente paga ${buyerPays}; chi lo finanzia non è pubblicato, quindi non viene detratto dai tuoi ricavi.`,
    assumptions: {
      'price-includes-vat': () => 'Il prezzo di vendita è IVA inclusa; IVA = (pagato + spedizione del cliente) − ricavi netti.',
      'vat-standard-rate': (a, f) =>
        `IVA all’aliquota ordinaria (${f.country(a.market)}) del ${f.rate(a.rate)} (al ${a.asOf}); per i prodotti ad aliquota ridotta indica l’aliquota IVA.`,
      'commission-default': (a, f) => `Commissione della piattaforma ${f.rate(a.rate)}${TIER[a.tier]} (dal ${a.asOf}), ${f.rule(a.base)}.`,
      'commission-local-hosting-unpublished': (a, f) =>
        `La commissione propria di Local Hosting non è pubblicata: il ${f.rate(a.rate)} qui è l’aliquota di commissione pubblicata della piattaforma ` +
        `(dal ${a.asOf}, ${f.rule(a.base)}), usata come ipotesi; se conosci la tua aliquota, indicala (commission=…).`,
      'buyer-shipping-revenue': () =>
        'Le spese di spedizione pagate dal cliente (IVA inclusa) sono ricavi: entrano nei ricavi netti e nella base della commissione, con l’aliquota IVA del prodotto.',
      'affiliate-ads-on-item': () => 'Commissione creator e pubblicità si calcolano solo sul prezzo netto dell’articolo (senza IVA e spedizione).',
      'subsidy-funding-unpublished': () =>
        'Contributi e coupon della piattaforma: chi li finanzia non è pubblicato; quindi sono mostrati, non detratti. Se ne finanzi una parte, indicala come sconto del venditore.',
      'returns-lose-shipping': () =>
        'Resi = tasso di reso × (fulfillment + trasporto in entrata): la merce resa si considera rivendibile, si perde solo la spedizione.',
      'not-included': () => 'Non inclusi: cambio valuta, costi di magazzino, contributi EPR, imposte sul reddito.',
    },
    rules: (asOf, commissionFrom, vatChecked, sources) =>
      `Regole aggiornate al ${asOf} (commissione dal ${commissionFrom}, aliquote IVA verificate il ${vatChecked}). Fonti: ${sources}`,
    previewWhileOpen: "Il mercato non è ancora scelto: intanto ecco il confronto dei mercati in questione; rispondi con il paese e faccio il calcolo per quel mercato.",
    grossedUp: (net, rate, gross) => `Hai indicato un prezzo senza IVA (${net}); con IVA al ${rate} sono ${gross} IVA inclusa.`,
    ignored: (field, text, wants) => `Nota: ${field} «${text}» non è stato usato: indicalo ${wants === 'percent' ? 'in percentuale' : 'in euro'}.`,
    setAside: (field, text, kept) => `«${text}» sembra un altro valore per ${field} (contesto): ho calcolato con «${kept}». Dimmi se va usato «${text}».`,
    unread: (numbers) =>
      `Non ho capito ${numbers
        .map((n) => `«${n.text}» (${n.kind === 'percent' ? 'commissione creator, pubblicità, resi o sconto?' : n.kind === 'quantity' ? 'una quantità; il calcolo è per unità' : 'costo d’acquisto, trasporto in entrata, fulfillment o spedizione del cliente?'})`)
        .join(', ')}; non è nel calcolo. Rimandalo con l’etichetta, per esempio «pubblicità 10%».`,
    shippingAsBuyer: (text) =>
      `Ho considerato «${text}» come tuo costo di consegna (fulfillment); se la spedizione la paga il cliente a parte, scrivi per esempio «spedizione pagata dal cliente 3».`,
    askMissing: (fields) =>
      `Per calcolare il margine mi serve ancora: ${fields}. Mandami quello che manca, per esempio: «Italia, prezzo 29,99 €, costo 8 €, trasporto in entrata 1,50 €, fulfillment 3,20 €, commissione creator 15%».`,
    error: (field, given, problem) => `Mi dispiace, non posso calcolare: il campo «${field}» (${given}) non è valido: ${problem}. Correggilo e rimandalo.`,
    problems: {
      required: () => 'manca il valore',
      'not-a-number': () => 'deve essere un numero',
      'wrong-type': (p) => `atteso: ${p.expected}`,
      'too-small': (p, f) =>
        p.minimum === 0 && !p.inclusive ? 'deve essere maggiore di 0' : `deve essere ${p.inclusive ? 'almeno' : 'maggiore di'} ${f.plain(p.minimum)}`,
      'too-big': (p, f) => `deve essere ${p.inclusive ? 'al massimo' : 'minore di'} ${f.plain(p.maximum)}`,
      'unknown-field': (p) => `campo sconosciuto ${p.keys.join(', ')}`,
      'unknown-market': (p) => `«${p.market}» non è un mercato qui; possibili: ${p.known.join(', ')}`,
      'no-break-even': (p, f) =>
        `commissione, commissione creator e pubblicità insieme prendono il ${f.ratio(p.share)} dei ricavi netti, nessun prezzo arriva al pareggio; riducine una`,
      invalid: (p) => p.detail,
    },
    rateHint: ' (aliquote come frazione: 0.09 = 9%)',
    rejected: (items) =>
      `Non posso usare ${items
        .map((i) => {
          const what = i.field ? `${i.field} «${i.text}»` : `«${i.text}»`;
          const why =
            i.problem === 'negative' ? 'importi e percentuali non possono essere negativi' : i.problem === 'exponent' ? 'scrivilo come numero normale' : i.problem === 'range' ? 'indica un solo valore, non un intervallo' : 'non è un numero';
          return `${what} (${why})`;
        })
        .join(', ')}. Rimandalo con un valore valido.`,
    unknownKey: (key, known) => `Non conosco il campo «${key}». Campi possibili: ${known}.`,
    comparisonHead: 'A confronto (stesso prodotto, stessi costi, ogni mercato con la sua IVA):',
    comparisonRow: (market, vat, profit, margin, breakEven) => `${market}, IVA ${vat}: utile ${profit}, margine ${margin}, pareggio ${breakEven}`,
    comparisonFoot: (asOf, sources) => `Stessa formula del calcolo per mercato; regole aggiornate al ${asOf}. Fonti: ${sources}`,
    ladderHead: (market, breakEven) => `Utile ad altri prezzi (${market}, pareggio ${breakEven}):`,
    ladderRow: (price, profit, margin) => `${price}: utile ${profit} (${margin})`,
  },
};
