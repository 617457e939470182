// The tools' Spanish wording (IVA, alta en el IVA). Country names follow a colon ("País del almacén: Irlanda") so
// no sentence needs "en"/"en el" before a name.
import type { ToolTexts } from './tool-texts.js';

const TIER = { default: '', electronics: ' para la electrónica designada', newSeller: ' para vendedores nuevos' } as const;

// El IVA que pide el país del almacén, como lo llaman los vendedores; los demás países, por su nombre.
const VAT_OF_ES: Record<string, string> = { DE: 'el IVA alemán (USt-IdNr.)', FR: 'el IVA francés (TVA)', IT: 'el IVA italiano (P.IVA)', ES: 'el IVA español (NIF-IVA)' };
const VAT_ADJ_ES: Record<string, string> = { DE: 'alemán', FR: 'francés', IT: 'italiano', ES: 'español', GB: 'británico', NL: 'neerlandés', PL: 'polaco', BE: 'belga' };

export const es: ToolTexts = {
  lang: 'es',
  colon: ': ',
  sources: (list) => `Fuentes: ${list}`,
  marketVat: ({ country, standard, reduced, asOf }, f) =>
    `${f.country(country)}: tipo general de IVA ${f.rate(standard)}${reduced.length ? `, reducidos ${reduced.map(f.rate).join(', ')} (solo para algunos productos)` : ''}; tipos registrados el ${asOf}. Precio neto a partir del precio con IVA: precio ÷ ${f.plain(1 + standard)}.`,
  eligibility: {
    title: (asOf) => `Comprobación de requisitos de Local Hosting (reglas vigentes a ${asOf})`,
    facts: (v) => `Tus datos: sede de la empresa: ${v.entity}; mercancía ya en Europa: ${v.stock}; almacén: ${v.warehouse}; IVA: ${v.vat}`,
    notStated: 'sin indicar',
    yes: 'sí',
    no: 'no',
    none: 'ninguno',
    checkNames: {
      entity: 'Empresa',
      'eu-stock': 'Mercancía en Europa',
      'warehouse-eu': 'Almacén en la UE',
      'vat-warehouse': 'IVA en el país del almacén',
      'target-markets': 'Mercados objetivo',
    },
    reasons: {
      'entity-missing': () => 'No has indicado en qué país está registrada tu empresa.',
      'entity-allowed': (r, f) => `Sede de la empresa: ${f.country(r.country)}, admitida (países admitidos: ${f.all(r.allowed)}).`,
      'entity-not-allowed': (r, f) =>
        `Sede de la empresa: ${f.country(r.country)}, no admitida: Local Hosting solo acepta empresas registradas en uno de estos países: ${f.either(r.allowed)}.`,
      'stock-missing': () => 'No has indicado si tu mercancía ya está en Europa.',
      'stock-in-europe': () => 'Tu mercancía ya está en Europa.',
      'stock-in-warehouse-country': (r, f) => `Tu mercancía está en un almacén (país: ${f.country(r.country)}), así que ya está en Europa.`,
      'stock-not-in-europe': () => 'Local Hosting exige que la mercancía ya esté en Europa; la tuya todavía no está allí.',
      'warehouse-missing': () => 'No has indicado en qué país está tu almacén.',
      'warehouse-not-yet': () => 'Todavía no hay almacén en la UE, porque la mercancía no está en Europa.',
      'warehouse-in-market': (r, f) => `País del almacén: ${f.country(r.country)}, Estado miembro de la UE y mercado de Local Hosting.`,
      'warehouse-eu-outside-markets': (r, f) =>
        `País del almacén: ${f.country(r.country)}, Estado miembro de la UE, pero fuera de los mercados de Local Hosting (${f.all(r.markets)}). ` +
        'Las fuentes hablan de «un almacén local en un solo país de la UE» y no dicen nada de almacenes fuera de esos mercados, así que este punto es incierto.',
      'warehouse-outside-eu': (r, f) =>
        `País del almacén: ${f.country(r.country)}, que no es Estado miembro de la UE; Local Hosting exige la mercancía en un almacén local de un país de la UE.`,
      'vat-missing': () => 'No has indicado en qué países tienes alta en el IVA.',
      'vat-after-eu-warehouse': () =>
        'El almacén está fuera de la UE; cuando la mercancía pase a un país de la UE necesitarás el alta en el IVA de ese país.',
      'vat-none': () => 'No tienes ningún alta en el IVA; Local Hosting exige el IVA en el país del almacén.',
      'vat-need-warehouse': (r, f) => `Alta en el IVA en: ${f.all(r.have)}; necesito el país del almacén para comprobar que estás dado de alta allí.`,
      'vat-in-warehouse-country': (r, f) => `Tienes alta en el IVA en el país del almacén (${f.country(r.country)}).`,
      'vat-not-in-warehouse-country': (r, f) =>
        `País del almacén: ${f.country(r.country)}, pero allí no tienes alta en el IVA (tienes: ${r.have.length ? f.all(r.have) : 'ninguno'}); ` +
        'Local Hosting exige el IVA en el país del almacén.',
      'markets-open': (r, f) => `Local Hosting está abierto en tus mercados objetivo (${f.all(r.markets)}).`,
      'markets-not-open': (r, f) => `Local Hosting solo está abierto en estos mercados: ${f.all(r.open)}; no incluidos: ${f.all(r.outside)}.`,
    },
    fixes: {
      'use-allowed-entity': (x, f) => `Solicítalo con una empresa registrada en uno de estos países: ${f.either(x.allowed)}.`,
      'move-stock-to-eu': (x, f) =>
        `Lleva primero la mercancía a un almacén local de un país de la UE (por ejemplo ${f.either(x.examples)}) y después haz la solicitud.`,
      'move-to-eu-warehouse': (x, f) =>
        `Traslada la mercancía a un almacén de un país de la UE (por ejemplo ${f.either(x.examples)}) y date de alta en el IVA de ese país.`,
      'confirm-warehouse-country': (x, f) =>
        `Pregunta a la plataforma o a tu account manager si se acepta un almacén en ese país (${f.country(x.country)}); ` +
        `lo seguro es un almacén en uno de estos mercados: ${f.either(x.markets)}, con el IVA en ese mismo país.`,
      'register-vat-in-warehouse-country': () => 'Date de alta en el IVA del país de la UE donde está tu almacén.',
      'register-vat-in': (x, f) => `Date de alta en el IVA del país del almacén (${f.country(x.country)}).`,
      'choose-open-market': (x, f) => `Elige entre estos mercados: ${f.all(x.open)}.`,
    },
    verdicts: {
      eligible:
        'Resultado: cumples los requisitos. Cumples las condiciones de acceso publicadas; Local Hosting es por invitación, así que la plataforma revisará igualmente tu solicitud y decidirá si te invita.',
      ineligible: 'Resultado: por ahora no cumples los requisitos (mira los puntos con ❌ arriba).',
      incomplete: 'Resultado: faltan datos. Por ahora nada falla, pero todavía no puedo decidir.',
      uncertain:
        'Resultado: incierto. Nada falla, pero las fuentes no tratan uno de los requisitos (el punto con ❔ arriba); confírmalo con la plataforma antes de hacer la solicitud.',
    },
    nextStepsTitle: 'Próximos pasos:',
    applyOnceFixed: (step) => `Cuando lo hayas resuelto, haz la solicitud: ${step}.`,
    applyOnceConfirmed: (step) => `Cuando lo hayas confirmado, haz la solicitud: ${step}.`,
    tellMissing: 'Dime los datos que faltan arriba y podré darte un resultado.',
    fieldQuestions: {
      entityCountry: 'en qué país está registrada tu empresa (p. ej. China continental, Hong Kong, Alemania)',
      hasEuStock: 'si tu mercancía ya está en Europa',
      warehouseCountry: 'en qué país está tu almacén',
      vatCountries: 'en qué países tienes alta en el IVA (o ninguno)',
    },
    askMissing: (items) =>
      `Para comprobar si puedes entrar en Local Hosting me falta:\n${items}\nResponde en un solo mensaje, por ejemplo: «S.L. en Madrid, mercancía en un almacén en España, IVA español».`,
    unread: (numbers) => `No he usado ${numbers.map((n) => `«${n}»`).join(', ')}: los requisitos de acceso no dependen de cifras.`,
    caseVat: ({ warehouse, have, meets }, f) => {
      const need = VAT_OF_ES[warehouse] ?? `un alta en el IVA en ${f.country(warehouse)}`;
      if (meets) return `Aplicado a vuestro caso: la mercancía está en ${f.country(warehouse)} y tenéis ${need}, así que se cumple este requisito.`;
      const other = have.length ? ` Con el IVA ${f.all(have.map((c) => VAT_ADJ_ES[c] ?? `de ${f.country(c)}`))} solo no basta.` : '';
      return `Aplicado a vuestro caso: la mercancía está en ${f.country(warehouse)}, así que necesitáis ${need}.${other}`;
    },
    placeGuess: (place, country) => `Suposición: no conozco «${place}» y he supuesto que el almacén está en ${country}. Si está en otro país, dime cuál.`,
  },
  margin: {
    sourceTitle: (country) => `Perfil de mercado ${country} (IVA, comisión)`,
    fieldNames: {
      listPrice: 'precio de venta (IVA incluido)',
      market: 'mercado (Alemania, Francia, Italia o España)',
      unitCost: 'coste de compra por unidad',
      inboundShipping: 'transporte de entrada',
      fulfillmentFee: 'coste de fulfillment/entrega',
      buyerShipping: 'gastos de envío que paga el comprador',
      commissionRate: 'comisión de la plataforma',
      commissionTier: 'tramo de comisión',
      affiliateRate: 'comisión de creadores',
      sellerDiscount: 'descuento del vendedor',
      adsRate: 'parte de publicidad',
      platformSubsidy: 'subvención de la plataforma',
      returnRate: 'tasa de devoluciones',
      vatRate: 'tipo de IVA',
      targetMargin: 'margen objetivo',
      program: 'programa',
      'commissionRate+affiliateRate+adsRate': 'comisión + comisión de creadores + publicidad',
    },
    market: (code, f) => `${f.country(code)} (${code})`,
    title: (market) => `Margen por unidad: ${market}, EUR`,
    inputs: (v) => {
      const note = (n: typeof v.commissionNote): string =>
        n === 'assumed-local-hosting' ? ' (supuesto: la comisión de Local Hosting no está publicada)' : n === 'default' ? ' (por defecto)' : '';
      return (
        `Datos: precio de venta ${v.listPrice} (IVA incluido), coste de compra ${v.unitCost}, transporte de entrada ${v.inbound}, fulfillment ${v.fulfilment}, envío pagado por el comprador ${v.buyerShipping}, ` +
        `comisión ${v.commission}${note(v.commissionNote)}, comisión de creadores ${v.affiliate}, publicidad ${v.ads}, descuento ${v.discount}, devoluciones ${v.returns}, IVA ${v.vat}${note(v.vatNote)}`
      );
    },
    formula:
      'beneficio = ventas netas − comisión − comisión de creadores − publicidad − devoluciones − coste de compra − transporte de entrada − fulfillment; ' +
      'pagado = precio de venta × (1 − descuento), ventas netas = (pagado + envío del comprador) / (1 + tipo de IVA), ' +
      'comisión = tipo de comisión × (pagado + envío del comprador), comisión de creadores y publicidad = tipo × pagado / (1 + tipo de IVA) (solo el artículo, sin envío), ' +
      'devoluciones = tasa de devoluciones × (fulfillment + transporte de entrada)',
    formulaLine: (formula) => `Fórmula: ${formula}`,
    breakdown: 'Desglose:',
    paid: (x) => `Pagado (tras el descuento, IVA incluido): ${x}`,
    buyerShipping: (x) => `Envío pagado por el comprador (IVA incluido): ${x}`,
    vat: (rate, x) => `IVA ${rate}: ${x}`,
    netSales: (x) => `Ventas netas: ${x}`,
    commission: (rate, x, withShipping) => `Comisión ${rate} sobre ${withShipping ? '(pagado + envío)' : 'lo pagado'}: ${x}`,
    affiliate: (rate, x) => `Comisión de creadores ${rate} sobre el precio neto del artículo: ${x}`,
    ads: (rate, x) => `Publicidad ${rate} sobre el precio neto del artículo: ${x}`,
    returns: (x) => `Devoluciones: ${x}`,
    costs: (cost, inbound, fulfilment) => `Coste de compra: ${cost}, transporte de entrada: ${inbound}, fulfillment: ${fulfilment}`,
    profit: (x) => `Beneficio: ${x}`,
    margin: (x) => `Margen (sobre ventas netas): ${x}`,
    roi: (x) => `ROI (beneficio / (coste de compra + transporte de entrada)): ${x ?? 'no calculable (sin costes)'}`,
    breakEven: (x) => `Precio de equilibrio (IVA incluido): ${x}`,
    target: (rate, price) =>
      price === null ? `Margen objetivo ${rate}: ningún precio lo alcanza con estas comisiones.` : `Precio para un margen del ${rate} (IVA incluido): ${price}`,
    subsidy: (subsidy, buyerPays) =>
      `Subvención de la plataforma ${subsidy}: el comprador paga ${buyerPays}; quién la financia no está publicado, así que no se descuenta de tus ingresos.`,
    assumptions: {
      'price-includes-vat': () => 'El precio de venta incluye IVA; IVA = (pagado + envío del comprador) − ventas netas.',
      'vat-standard-rate': (a, f) =>
        `IVA al tipo general (${f.country(a.market)}) del ${f.rate(a.rate)} (a ${a.asOf}); para productos con tipo reducido indica el tipo de IVA.`,
      'commission-default': (a, f) => `Comisión de la plataforma ${f.rate(a.rate)}${TIER[a.tier]} (desde el ${a.asOf}), ${f.rule(a.base)}.`,
      'commission-local-hosting-unpublished': (a, f) =>
        `La comisión propia de Local Hosting no está publicada: el ${f.rate(a.rate)} de aquí es el tipo de comisión publicado de la plataforma ` +
        `(desde el ${a.asOf}, ${f.rule(a.base)}), usado como supuesto; si conoces tu tipo, indícalo (commission=…).`,
      'buyer-shipping-revenue': () =>
        'Los gastos de envío que paga el comprador (IVA incluido) son ingresos: cuentan en las ventas netas y en la base de la comisión, al tipo de IVA del producto.',
      'affiliate-ads-on-item': () => 'La comisión de creadores y la publicidad se calculan solo sobre el precio neto del artículo (sin IVA ni envío).',
      'subsidy-funding-unpublished': () =>
        'Subvenciones y cupones de la plataforma: quién los financia no está publicado; por eso se muestran, pero no se descuentan. Si financias una parte, indícala como descuento del vendedor.',
      'returns-lose-shipping': () =>
        'Devoluciones = tasa de devoluciones × (fulfillment + transporte de entrada): se supone que la mercancía devuelta se puede revender y solo se pierde el envío.',
      'not-included': () => 'No incluido: tipo de cambio, costes de almacenaje, tasas RAP/EPR, impuesto sobre beneficios.',
    },
    rules: (asOf, commissionFrom, vatChecked, sources) =>
      `Reglas vigentes a ${asOf} (comisión desde el ${commissionFrom}, tipos de IVA comprobados el ${vatChecked}). Fuentes: ${sources}`,
    previewWhileOpen: "Aún no has elegido el mercado: mientras tanto, aquí tienes la comparación de los mercados que barajas; responde con el país y hago el cálculo para ese mercado.",
    grossedUp: (net, rate, gross) => `Has dado un precio sin IVA (${net}); con un IVA del ${rate} son ${gross} con IVA.`,
    ignored: (field, text, wants) => `Nota: ${field} «${text}» no se ha usado: indícalo ${wants === 'percent' ? 'en porcentaje' : 'en euros'}.`,
    setAside: (field, text, kept) => `«${text}» parece otro valor de ${field} (contexto): he calculado con «${kept}». Dime si hay que usar «${text}».`,
    unread: (numbers) =>
      `No he entendido ${numbers
        .map((n) => `«${n.text}» (${n.kind === 'percent' ? '¿comisión de creadores, publicidad, devoluciones o descuento?' : n.kind === 'quantity' ? 'una cantidad; el cálculo es por unidad' : '¿coste de compra, transporte de entrada, fulfillment o envío del comprador?'})`)
        .join(', ')}; no está en el cálculo. Mándalo con su etiqueta, por ejemplo «publicidad 10 %».`,
    shippingAsBuyer: (text) =>
      `He contado «${text}» como tu propio coste de entrega (fulfillment); si el envío lo paga el comprador aparte, escribe por ejemplo «envío pagado por el comprador 3».`,
    askMissing: (fields) =>
      `Para calcular tu margen me falta: ${fields}. Mándame lo que falta, por ejemplo: «España, precio 29,99 €, coste 8 €, transporte de entrada 1,50 €, fulfillment 3,20 €, comisión de creadores 15 %».`,
    error: (field, given, problem) => `Lo siento, no puedo calcularlo: el campo «${field}» (${given}) no es válido: ${problem}. Corrígelo y vuelve a enviarlo.`,
    problems: {
      required: () => 'falta el valor',
      'not-a-number': () => 'tiene que ser un número',
      'wrong-type': (p) => `se esperaba ${p.expected}`,
      'too-small': (p, f) =>
        p.minimum === 0 && !p.inclusive ? 'tiene que ser mayor que 0' : `tiene que ser ${p.inclusive ? 'al menos' : 'mayor que'} ${f.plain(p.minimum)}`,
      'too-big': (p, f) => `tiene que ser ${p.inclusive ? 'como máximo' : 'menor que'} ${f.plain(p.maximum)}`,
      'unknown-field': (p) => `campo desconocido ${p.keys.join(', ')}`,
      'unknown-market': (p) => `«${p.market}» no es un mercado aquí; posibles: ${p.known.join(', ')}`,
      'no-break-even': (p, f) =>
        `comisión, comisión de creadores y publicidad se llevan juntas el ${f.ratio(p.share)} de las ventas netas, ningún precio llega al equilibrio; baja alguna`,
      invalid: (p) => p.detail,
    },
    rateHint: ' (tipos como fracción: 0.09 = 9 %)',
    rejected: (items) =>
      `No puedo usar ${items
        .map((i) => {
          const what = i.field ? `${i.field} «${i.text}»` : `«${i.text}»`;
          const why =
            i.problem === 'negative' ? 'los importes y porcentajes no pueden ser negativos' : i.problem === 'exponent' ? 'escríbelo como número normal' : i.problem === 'range' ? 'da un solo valor, no un rango' : 'no es un número';
          return `${what} (${why})`;
        })
        .join(', ')}. Vuelve a enviarlo con un valor válido.`,
    unknownKey: (key, known) => `No conozco el campo «${key}». Campos posibles: ${known}.`,
    comparisonHead: 'Comparativa (mismo producto, mismos costes, cada mercado con su IVA):',
    comparisonRow: (market, vat, profit, margin, breakEven) => `${market}, IVA ${vat}: beneficio ${profit}, margen ${margin}, equilibrio ${breakEven}`,
    comparisonFoot: (asOf, sources) => `Misma fórmula que el cálculo por mercado; reglas vigentes a ${asOf}. Fuentes: ${sources}`,
    ladderHead: (market, breakEven) => `Beneficio a otros precios (${market}, equilibrio ${breakEven}):`,
    ladderRow: (price, profit, margin) => `${price}: beneficio ${profit} (${margin})`,
  },
};
