// The tools' German wording (Umsatzsteuer: "USt." for registrations, "MwSt." in prices, as sellers write them).
// Country names follow a colon ("Lagerland: Italien") so no sentence needs an article before a name.
import type { ToolTexts } from './tool-texts.js';

const TIER = { default: '', electronics: ' für ausgewählte Elektronik', newSeller: ' für neue Verkäufer' } as const;

// Die USt., die ein Lagerland verlangt, wie Händler sie nennen; andere Länder werden ausgeschrieben.
const VAT_OF_DE: Record<string, string> = { DE: 'eine deutsche USt-IdNr.', FR: 'eine französische USt-IdNr. (TVA)', IT: 'eine italienische USt-IdNr. (P.IVA)', ES: 'eine spanische USt-IdNr. (NIF-IVA)' };
const VAT_ADJ_DE: Record<string, string> = { DE: 'die deutsche', FR: 'die französische', IT: 'die italienische', ES: 'die spanische', GB: 'die britische', NL: 'die niederländische', PL: 'die polnische', AT: 'die österreichische' };
const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export const de: ToolTexts = {
  lang: 'de',
  colon: ': ',
  sources: (list) => `Quellen: ${list}`,
  marketVat: ({ country, standard, reduced, asOf }, f) =>
    `${f.country(country)}: MwSt.-Regelsatz ${f.rate(standard)}${reduced.length ? `, ermäßigt ${reduced.map(f.rate).join(', ')} (nur für bestimmte Waren)` : ''}; Sätze mit Stand ${asOf}. Nettopreis aus dem Bruttopreis: Preis ÷ ${f.plain(1 + standard)}.`,
  eligibility: {
    title: (asOf) => `Prüfung der Local-Hosting-Voraussetzungen (Regeln mit Stand ${asOf})`,
    facts: (v) => `Ihre Angaben: Firmensitz: ${v.entity}; Ware bereits in Europa: ${v.stock}; Lager: ${v.warehouse}; USt-Registrierung: ${v.vat}`,
    notStated: 'keine Angabe',
    yes: 'ja',
    no: 'nein',
    none: 'keine',
    checkNames: {
      entity: 'Unternehmen',
      'eu-stock': 'Ware in Europa',
      'warehouse-eu': 'EU-Lager',
      'vat-warehouse': 'USt. im Lagerland',
      'target-markets': 'Zielmärkte',
    },
    reasons: {
      'entity-missing': () => 'Sie haben nicht angegeben, in welchem Land Ihr Unternehmen registriert ist.',
      'entity-allowed': (r, f) => `Firmensitz: ${f.country(r.country)}, als Unternehmen zugelassen (zugelassen: ${f.all(r.allowed)}).`,
      'entity-not-allowed': (r, f) =>
        `Firmensitz: ${f.country(r.country)}, nicht zugelassen: Local Hosting nimmt nur Unternehmen mit Sitz in einem dieser Länder auf: ${f.either(r.allowed)}.`,
      'stock-missing': () => 'Sie haben nicht angegeben, ob Ihre Ware bereits in Europa ist.',
      'stock-in-europe': () => 'Ihre Ware ist bereits in Europa.',
      'stock-in-warehouse-country': (r, f) => `Ihre Ware liegt in einem Lager (Land: ${f.country(r.country)}) und ist damit bereits in Europa.`,
      'stock-not-in-europe': () => 'Local Hosting setzt voraus, dass die Ware bereits in Europa lagert; Ihre Ware ist noch nicht dort.',
      'warehouse-missing': () => 'Sie haben nicht angegeben, in welchem Land Ihr Lager ist.',
      'warehouse-not-yet': () => 'Noch kein EU-Lager, da die Ware nicht in Europa ist.',
      'warehouse-in-market': (r, f) => `Lagerland: ${f.country(r.country)}, EU-Mitgliedstaat und Local-Hosting-Markt.`,
      'warehouse-eu-outside-markets': (r, f) =>
        `Lagerland: ${f.country(r.country)}, EU-Mitgliedstaat, aber keiner der Local-Hosting-Märkte (${f.all(r.markets)}). ` +
        'Die Quellen sprechen von „einem lokalen Lager in einem einzigen EU-Land“ und äußern sich nicht zu Lagern außerhalb dieser Märkte; dieser Punkt ist daher unklar.',
      'warehouse-outside-eu': (r, f) =>
        `Lagerland: ${f.country(r.country)}, kein EU-Mitgliedstaat; für Local Hosting muss die Ware in einem lokalen Lager in einem EU-Land liegen.`,
      'vat-missing': () => 'Sie haben nicht angegeben, in welchen Ländern Sie für die Umsatzsteuer registriert sind.',
      'vat-after-eu-warehouse': () =>
        'Das Lager liegt außerhalb der EU; sobald die Ware in ein EU-Land umzieht, brauchen Sie dort eine USt-Registrierung.',
      'vat-none': () => 'Sie haben keine USt-Registrierung; Local Hosting verlangt eine USt-Registrierung im Lagerland.',
      'vat-need-warehouse': (r, f) =>
        `USt-Registrierung vorhanden in: ${f.all(r.have)}; ich brauche das Lagerland, um zu prüfen, ob Sie dort registriert sind.`,
      'vat-in-warehouse-country': (r, f) => `Sie sind im Lagerland (${f.country(r.country)}) für die Umsatzsteuer registriert.`,
      'vat-not-in-warehouse-country': (r, f) =>
        `Lagerland: ${f.country(r.country)}, dort aber keine USt-Registrierung (vorhanden: ${r.have.length ? f.all(r.have) : 'keine'}); ` +
        'Local Hosting verlangt eine USt-Registrierung im Lagerland.',
      'markets-open': (r, f) => `Local Hosting ist in Ihren Zielmärkten geöffnet (${f.all(r.markets)}).`,
      'markets-not-open': (r, f) => `Local Hosting ist nur in diesen Märkten geöffnet: ${f.all(r.open)}; nicht dabei: ${f.all(r.outside)}.`,
    },
    fixes: {
      'use-allowed-entity': (x, f) => `Bewerben Sie sich mit einem Unternehmen mit Sitz in einem dieser Länder: ${f.either(x.allowed)}.`,
      'move-stock-to-eu': (x, f) =>
        `Bringen Sie die Ware zuerst in ein lokales Lager in einem EU-Land (zum Beispiel ${f.either(x.examples)}) und bewerben Sie sich dann.`,
      'move-to-eu-warehouse': (x, f) =>
        `Verlagern Sie die Ware in ein Lager in einem EU-Land (zum Beispiel ${f.either(x.examples)}) und registrieren Sie sich dort für die Umsatzsteuer.`,
      'confirm-warehouse-country': (x, f) =>
        `Fragen Sie die Plattform oder Ihren Account Manager, ob ein Lager in diesem Land (${f.country(x.country)}) akzeptiert wird; ` +
        `sicher ist ein Lager in einem dieser Märkte: ${f.either(x.markets)}, mit USt-Registrierung im selben Land.`,
      'register-vat-in-warehouse-country': () => 'Registrieren Sie sich im EU-Land Ihres Lagers für die Umsatzsteuer.',
      'register-vat-in': (x, f) => `Registrieren Sie sich im Lagerland (${f.country(x.country)}) für die Umsatzsteuer.`,
      'choose-open-market': (x, f) => `Wählen Sie unter diesen Märkten: ${f.all(x.open)}.`,
    },
    verdicts: {
      eligible:
        'Ergebnis: Voraussetzungen erfüllt. Sie erfüllen die veröffentlichten Zugangsvoraussetzungen; Local Hosting läuft auf Einladung, die Plattform prüft Ihre Bewerbung also noch und entscheidet, ob sie Sie einlädt.',
      ineligible: 'Ergebnis: derzeit nicht erfüllt (siehe die mit ❌ markierten Punkte oben).',
      incomplete: 'Ergebnis: Angaben unvollständig. Bisher scheitert nichts, aber ich kann noch nicht entscheiden.',
      uncertain:
        'Ergebnis: unklar. Nichts scheitert, aber eine Voraussetzung behandeln die Quellen nicht (der mit ❔ markierte Punkt oben); klären Sie sie vor der Bewerbung mit der Plattform.',
    },
    nextStepsTitle: 'Nächste Schritte:',
    applyOnceFixed: (step) => `Sobald das erledigt ist, bewerben Sie sich: ${step}.`,
    applyOnceConfirmed: (step) => `Sobald das geklärt ist, bewerben Sie sich: ${step}.`,
    tellMissing: 'Nennen Sie mir die fehlenden Angaben oben, dann kann ich Ihnen ein Ergebnis geben.',
    fieldQuestions: {
      entityCountry: 'in welchem Land Ihr Unternehmen registriert ist (z. B. Festlandchina, Hongkong, Deutschland)',
      hasEuStock: 'ob Ihre Ware bereits in Europa ist',
      warehouseCountry: 'in welchem Land Ihr Lager ist',
      vatCountries: 'in welchen Ländern Sie für die Umsatzsteuer registriert sind (oder keine)',
    },
    askMissing: (items) =>
      `Für die Prüfung der Local-Hosting-Voraussetzungen brauche ich noch:\n${items}\nBitte antworten Sie in einer Nachricht, z. B. „GmbH aus Berlin, Ware in einem Lager in Deutschland, deutsche USt-IdNr.“.`,
    unread: (numbers) => `Nicht verwendet: ${numbers.map((n) => `„${n}“`).join(', ')}; für die Zugangsvoraussetzungen spielen Zahlen keine Rolle.`,
    caseVat: ({ warehouse, have, meets }, f) => {
      const need = VAT_OF_DE[warehouse] ?? `eine Umsatzsteuer-Registrierung in ${f.country(warehouse)}`;
      if (meets) return `Auf Ihren Fall angewandt: Ihre Ware liegt in ${f.country(warehouse)} und Sie haben ${need}, diese Bedingung ist also erfüllt.`;
      const other = have.length ? ` ${capitalize(f.all(have.map((c) => VAT_ADJ_DE[c] ?? `die aus ${f.country(c)}`)))} allein reicht dafür nicht.` : '';
      return `Auf Ihren Fall angewandt: Ihre Ware liegt in ${f.country(warehouse)}, also brauchen Sie ${need}.${other}`;
    },
    placeGuess: (place, country) => `Annahme: „${place}“ kenne ich nicht; ich bin von einem Lager in ${country} ausgegangen. Liegt es woanders, nennen Sie mir bitte das Land.`,
  },
  margin: {
    sourceTitle: (country) => `Marktprofil ${country} (MwSt., Provision)`,
    fieldNames: {
      listPrice: 'Verkaufspreis (inkl. MwSt.)',
      market: 'Markt (Deutschland, Frankreich, Italien oder Spanien)',
      unitCost: 'Einkaufspreis pro Stück',
      inboundShipping: 'Inbound-Fracht',
      fulfillmentFee: 'Fulfillment-/Zustellkosten',
      buyerShipping: 'vom Käufer bezahlter Versand',
      commissionRate: 'Provisionssatz der Plattform',
      commissionTier: 'Provisionsstufe',
      affiliateRate: 'Creator-Provision',
      sellerDiscount: 'Rabatt des Verkäufers',
      adsRate: 'Werbeanteil',
      platformSubsidy: 'Plattformzuschuss',
      returnRate: 'Retourenquote',
      vatRate: 'MwSt.-Satz',
      targetMargin: 'Zielmarge',
      program: 'Programm',
      'commissionRate+affiliateRate+adsRate': 'Provision + Creator-Provision + Werbung',
    },
    market: (code, f) => `${f.country(code)} (${code})`,
    title: (market) => `Marge pro Stück: ${market}, EUR`,
    inputs: (v) => {
      const note = (n: typeof v.commissionNote): string =>
        n === 'assumed-local-hosting' ? ' (Annahme: die Provision für Local Hosting ist nicht veröffentlicht)' : n === 'default' ? ' (Standard)' : '';
      return (
        `Eingaben: Verkaufspreis ${v.listPrice} (inkl. MwSt.), Einkaufspreis ${v.unitCost}, Inbound-Fracht ${v.inbound}, Fulfillment ${v.fulfilment}, Versand (Käufer) ${v.buyerShipping}, ` +
        `Provision ${v.commission}${note(v.commissionNote)}, Creator-Provision ${v.affiliate}, Werbung ${v.ads}, Rabatt ${v.discount}, Retouren ${v.returns}, MwSt. ${v.vat}${note(v.vatNote)}`
      );
    },
    formula:
      'Gewinn = Nettoumsatz − Provision − Creator-Provision − Werbung − Retourenverlust − Einkaufspreis − Inbound-Fracht − Fulfillment; ' +
      'bezahlt = Verkaufspreis × (1 − Rabatt), Nettoumsatz = (bezahlt + Versand des Käufers) / (1 + MwSt.-Satz), ' +
      'Provision = Provisionssatz × (bezahlt + Versand des Käufers), Creator-Provision und Werbung = Satz × bezahlt / (1 + MwSt.-Satz) (nur der Artikel, ohne Versand), ' +
      'Retourenverlust = Retourenquote × (Fulfillment + Inbound-Fracht)',
    formulaLine: (formula) => `Formel: ${formula}`,
    breakdown: 'Aufschlüsselung:',
    paid: (x) => `Bezahlt (nach Rabatt, inkl. MwSt.): ${x}`,
    buyerShipping: (x) => `Vom Käufer bezahlter Versand (inkl. MwSt.): ${x}`,
    vat: (rate, x) => `MwSt. ${rate}: ${x}`,
    netSales: (x) => `Nettoumsatz: ${x}`,
    commission: (rate, x, withShipping) => `Provision ${rate} auf ${withShipping ? '(bezahlt + Versand)' : 'den bezahlten Betrag'}: ${x}`,
    affiliate: (rate, x) => `Creator-Provision ${rate} auf den Nettopreis des Artikels: ${x}`,
    ads: (rate, x) => `Werbung ${rate} auf den Nettopreis des Artikels: ${x}`,
    returns: (x) => `Retourenverlust: ${x}`,
    costs: (cost, inbound, fulfilment) => `Einkaufspreis: ${cost}, Inbound-Fracht: ${inbound}, Fulfillment: ${fulfilment}`,
    profit: (x) => `Gewinn: ${x}`,
    margin: (x) => `Marge (vom Nettoumsatz): ${x}`,
    roi: (x) => `ROI (Gewinn / (Einkaufspreis + Inbound-Fracht)): ${x ?? 'nicht berechenbar (keine Kosten)'}`,
    breakEven: (x) => `Break-even-Preis (inkl. MwSt.): ${x}`,
    target: (rate, price) =>
      price === null ? `Zielmarge ${rate}: Mit diesen Gebühren erreicht kein Preis diese Marge.` : `Preis für ${rate} Marge (inkl. MwSt.): ${price}`,
    subsidy: (subsidy, buyerPays) =>
      `Plattformzuschuss ${subsidy}: Der Käufer zahlt ${buyerPays}; wer den Zuschuss finanziert, ist nicht veröffentlicht, daher wird er nicht von Ihrem Erlös abgezogen.`,
    assumptions: {
      'price-includes-vat': () => 'Der Verkaufspreis versteht sich inkl. MwSt.; MwSt. = (bezahlt + Versand des Käufers) − Nettoumsatz.',
      'vat-standard-rate': (a, f) =>
        `MwSt. zum Regelsatz (${f.country(a.market)}) von ${f.rate(a.rate)} (Stand ${a.asOf}); für ermäßigt besteuerte Waren geben Sie den MwSt.-Satz an.`,
      'commission-default': (a, f) => `Plattformprovision ${f.rate(a.rate)}${TIER[a.tier]} (seit ${a.asOf}), ${f.rule(a.base)}.`,
      'commission-local-hosting-unpublished': (a, f) =>
        `Die eigene Provision für Local Hosting ist nicht veröffentlicht: Die ${f.rate(a.rate)} hier sind der veröffentlichte Provisionssatz der Plattform ` +
        `(seit ${a.asOf}, ${f.rule(a.base)}) und nur eine Annahme; wenn Sie Ihren Satz kennen, geben Sie ihn an (commission=…).`,
      'buyer-shipping-revenue': () =>
        'Vom Käufer bezahlte Versandkosten (inkl. MwSt.) sind Umsatz: Sie zählen zum Nettoumsatz und zur Provisionsbasis und werden mit dem MwSt.-Satz der Ware besteuert.',
      'affiliate-ads-on-item': () => 'Creator-Provision und Werbung werden nur auf den Nettopreis des Artikels berechnet (ohne MwSt. und Versand).',
      'subsidy-funding-unpublished': () =>
        'Plattformzuschüsse und -gutscheine: Wer sie finanziert, ist nicht veröffentlicht; sie werden daher gezeigt, aber nicht abgezogen. Finanzieren Sie einen Teil selbst, geben Sie diesen Teil als Rabatt an.',
      'returns-lose-shipping': () =>
        'Retourenverlust = Retourenquote × (Fulfillment + Inbound-Fracht): Retouren gelten als wieder verkaufbar, verloren sind nur die Versandkosten.',
      'not-included': () => 'Nicht enthalten: Wechselkurs, Lagergebühren, EPR-Gebühren, Einkommensteuer.',
    },
    rules: (asOf, commissionFrom, vatChecked, sources) =>
      `Regeln mit Stand ${asOf} (Provision seit ${commissionFrom}, MwSt.-Sätze geprüft am ${vatChecked}). Quellen: ${sources}`,
    previewWhileOpen: "Der Markt steht noch nicht fest: hier schon einmal der Vergleich der Märkte, die infrage kommen; nennen Sie mir das Land, dann rechne ich es genau für diesen Markt.",
    grossedUp: (net, rate, gross) => `Sie haben einen Nettopreis angegeben (${net}); mit ${rate} MwSt. sind das ${gross} brutto.`,
    ignored: (field, text, wants) =>
      `Hinweis: ${field} „${text}“ wurde nicht verwendet: Bitte ${wants === 'percent' ? 'als Prozentsatz' : 'als Betrag in Euro'} angeben.`,
    setAside: (field, text, kept) => `„${text}“ sieht nach einem weiteren Wert für ${field} aus (Hintergrund); gerechnet habe ich mit „${kept}“. Sagen Sie Bescheid, wenn „${text}“ gemeint ist.`,
    unread: (numbers) =>
      `Nicht zuordnen konnte ich: ${numbers
        .map((n) => `„${n.text}“ (${n.kind === 'percent' ? 'Creator-Provision, Werbung, Retouren oder Rabatt?' : n.kind === 'quantity' ? 'eine Menge; gerechnet wird pro Stück' : 'Einkaufspreis, Inbound-Fracht, Fulfillment oder Versand des Käufers?'})`)
        .join(', ')}; das ist nicht in der Rechnung. Schicken Sie es mit Bezeichnung, z. B. „Werbung 10 %“.`,
    shippingAsBuyer: (text) =>
      `„${text}“ habe ich als Ihre eigenen Zustellkosten (Fulfillment) gerechnet; zahlt der Käufer den Versand zusätzlich, schreiben Sie z. B. „Käuferversand 3“.`,
    askMissing: (fields) =>
      `Für die Margenberechnung fehlt noch: ${fields}. Bitte schicken Sie mir die fehlenden Angaben, z. B. „Deutschland, Preis 29,99 €, Einkauf 8 €, Inbound 1,50 €, Fulfillment 3,20 €, Creator-Provision 15 %“.`,
    error: (field, given, problem) => `Leider kann ich das nicht berechnen: Das Feld „${field}“ (${given}) ist ungültig: ${problem}. Bitte korrigieren und erneut senden.`,
    problems: {
      required: () => 'die Angabe fehlt',
      'not-a-number': () => 'es muss eine Zahl sein',
      'wrong-type': (p) => `erwartet wird ${p.expected}`,
      'too-small': (p, f) =>
        p.minimum === 0 && !p.inclusive ? 'der Wert muss größer als 0 sein' : `der Wert muss ${p.inclusive ? 'mindestens' : 'größer als'} ${f.plain(p.minimum)} sein`,
      'too-big': (p, f) => `der Wert muss ${p.inclusive ? 'höchstens' : 'kleiner als'} ${f.plain(p.maximum)} sein`,
      'unknown-field': (p) => `unbekanntes Feld ${p.keys.join(', ')}`,
      'unknown-market': (p) => `„${p.market}“ ist hier kein Markt; möglich sind ${p.known.join(', ')}`,
      'no-break-even': (p, f) =>
        `Provision, Creator-Provision und Werbung nehmen zusammen ${f.ratio(p.share)} des Nettoumsatzes, kein Preis erreicht den Break-even; senken Sie einen dieser Sätze`,
      invalid: (p) => p.detail,
    },
    rateHint: ' (Sätze als Dezimalbruch: 0.09 = 9 %)',
    rejected: (items) =>
      `Nicht verwendbar: ${items
        .map((i) => {
          const what = i.field ? `${i.field} „${i.text}“` : `„${i.text}“`;
          const why =
            i.problem === 'negative' ? 'Beträge und Sätze können nicht negativ sein' : i.problem === 'exponent' ? 'bitte als normale Zahl schreiben' : i.problem === 'range' ? 'bitte einen Wert statt einer Spanne angeben' : 'das ist keine Zahl';
          return `${what} (${why})`;
        })
        .join(', ')}. Bitte mit einem gültigen Wert erneut senden.`,
    unknownKey: (key, known) => `Das Feld „${key}“ kenne ich nicht. Möglich: ${known}.`,
    comparisonHead: 'Im Vergleich (gleicher Artikel, gleiche Kosten, jeder Markt mit eigener MwSt.):',
    comparisonRow: (market, vat, profit, margin, breakEven) => `${market}, MwSt. ${vat}: Gewinn ${profit}, Marge ${margin}, Break-even ${breakEven}`,
    comparisonFoot: (asOf, sources) => `Gleiche Formel wie bei der Einzelberechnung; Regeln mit Stand ${asOf}. Quellen: ${sources}`,
    ladderHead: (market, breakEven) => `Gewinn bei anderen Preisen (${market}, Break-even ${breakEven}):`,
    ladderRow: (price, profit, margin) => `${price}: Gewinn ${profit} (${margin})`,
  },
};
