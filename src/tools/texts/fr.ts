// The tools' French wording (TVA, HT/TTC, a space before ":" and ";" as French typography wants). Country names
// follow a colon ("Pays de l’entrepôt : Italie") so no sentence needs "en", "au" or "aux" before a name.
import type { ToolTexts } from './tool-texts.js';

const TIER = { default: '', electronics: ' pour l’électronique désignée', newSeller: ' pour les nouveaux vendeurs' } as const;

// La TVA qu'exige le pays de l'entrepôt, comme les vendeurs la nomment ; les autres pays sont nommés en entier.
const VAT_OF_FR: Record<string, string> = { DE: 'un numéro de TVA allemand (USt-IdNr.)', FR: 'un numéro de TVA français', IT: 'un numéro de TVA italien (P.IVA)', ES: 'un numéro de TVA espagnol (NIF-IVA)' };
const VAT_ADJ_FR: Record<string, string> = { DE: 'allemande', FR: 'française', IT: 'italienne', ES: 'espagnole', GB: 'britannique', NL: 'néerlandaise', PL: 'polonaise', BE: 'belge' };

export const fr: ToolTexts = {
  lang: 'fr',
  colon: ' : ',
  sources: (list) => `Sources : ${list}`,
  marketVat: ({ country, standard, reduced, asOf }, f) =>
    `${f.country(country)} : taux normal de TVA ${f.rate(standard)}${reduced.length ? `, taux réduits ${reduced.map(f.rate).join(', ')} (pour certains produits seulement)` : ''} ; taux relevés le ${asOf}. Prix HT à partir du prix TTC : prix ÷ ${f.plain(1 + standard)}.`,
  eligibility: {
    title: (asOf) => `Vérification des conditions Local Hosting (règles en vigueur au ${asOf})`,
    facts: (v) => `Vos informations : pays d’immatriculation : ${v.entity} ; stock déjà en Europe : ${v.stock} ; entrepôt : ${v.warehouse} ; TVA : ${v.vat}`,
    notStated: 'non précisé',
    yes: 'oui',
    no: 'non',
    none: 'aucune',
    checkNames: {
      entity: 'Société',
      'eu-stock': 'Stock en Europe',
      'warehouse-eu': 'Entrepôt dans l’UE',
      'vat-warehouse': 'TVA dans le pays de l’entrepôt',
      'target-markets': 'Marchés visés',
    },
    reasons: {
      'entity-missing': () => 'Vous n’avez pas indiqué dans quel pays votre société est immatriculée.',
      'entity-allowed': (r, f) => `Pays d’immatriculation : ${f.country(r.country)}, société acceptée (pays acceptés : ${f.all(r.allowed)}).`,
      'entity-not-allowed': (r, f) =>
        `Pays d’immatriculation : ${f.country(r.country)}, société non acceptée : Local Hosting n’accepte que les sociétés immatriculées dans l’un de ces pays : ${f.either(r.allowed)}.`,
      'stock-missing': () => 'Vous n’avez pas indiqué si votre stock est déjà en Europe.',
      'stock-in-europe': () => 'Votre stock est déjà en Europe.',
      'stock-in-warehouse-country': (r, f) => `Votre stock est dans un entrepôt (pays : ${f.country(r.country)}), donc déjà en Europe.`,
      'stock-not-in-europe': () => 'Local Hosting exige un stock déjà présent en Europe ; le vôtre n’y est pas encore.',
      'warehouse-missing': () => 'Vous n’avez pas indiqué dans quel pays se trouve votre entrepôt.',
      'warehouse-not-yet': () => 'Pas encore d’entrepôt dans l’UE, puisque le stock n’est pas en Europe.',
      'warehouse-in-market': (r, f) => `Pays de l’entrepôt : ${f.country(r.country)}, État membre de l’UE et marché Local Hosting.`,
      'warehouse-eu-outside-markets': (r, f) =>
        `Pays de l’entrepôt : ${f.country(r.country)}, État membre de l’UE mais hors des marchés Local Hosting (${f.all(r.markets)}). ` +
        'Les sources parlent d’« un entrepôt local dans un seul pays de l’UE » et ne disent rien des entrepôts situés hors de ces marchés : ce point est donc incertain.',
      'warehouse-outside-eu': (r, f) =>
        `Pays de l’entrepôt : ${f.country(r.country)}, qui n’est pas un État membre de l’UE ; Local Hosting exige un stock dans un entrepôt local d’un pays de l’UE.`,
      'vat-missing': () => 'Vous n’avez pas indiqué dans quels pays vous êtes immatriculé à la TVA.',
      'vat-after-eu-warehouse': () =>
        'L’entrepôt est hors de l’UE ; une fois le stock transféré dans un pays de l’UE, il vous faudra un numéro de TVA dans ce pays.',
      'vat-none': () => 'Vous n’avez aucune immatriculation à la TVA ; Local Hosting exige la TVA dans le pays de l’entrepôt.',
      'vat-need-warehouse': (r, f) => `TVA dans : ${f.all(r.have)} ; il me faut le pays de l’entrepôt pour vérifier que vous y êtes immatriculé.`,
      'vat-in-warehouse-country': (r, f) => `Vous êtes immatriculé à la TVA dans le pays de l’entrepôt (${f.country(r.country)}).`,
      'vat-not-in-warehouse-country': (r, f) =>
        `Pays de l’entrepôt : ${f.country(r.country)}, mais aucune immatriculation à la TVA dans ce pays (vous avez : ${r.have.length ? f.all(r.have) : 'aucune'}) ; ` +
        'Local Hosting exige la TVA dans le pays de l’entrepôt.',
      'markets-open': (r, f) => `Local Hosting est ouvert sur vos marchés visés (${f.all(r.markets)}).`,
      'markets-not-open': (r, f) => `Local Hosting n’est ouvert que sur ces marchés : ${f.all(r.open)} ; hors liste : ${f.all(r.outside)}.`,
    },
    fixes: {
      'use-allowed-entity': (x, f) => `Déposez la demande avec une société immatriculée dans l’un de ces pays : ${f.either(x.allowed)}.`,
      'move-stock-to-eu': (x, f) =>
        `Placez d’abord le stock dans un entrepôt local d’un pays de l’UE (par exemple ${f.either(x.examples)}), puis faites la demande.`,
      'move-to-eu-warehouse': (x, f) =>
        `Transférez le stock dans un entrepôt d’un pays de l’UE (par exemple ${f.either(x.examples)}) et immatriculez-vous à la TVA dans ce pays.`,
      'confirm-warehouse-country': (x, f) =>
        `Demandez à la plateforme ou à votre account manager si un entrepôt dans ce pays (${f.country(x.country)}) est accepté ; ` +
        `la voie sûre est un entrepôt dans l’un de ces marchés : ${f.either(x.markets)}, avec la TVA dans ce même pays.`,
      'register-vat-in-warehouse-country': () => 'Immatriculez-vous à la TVA dans le pays de l’UE où se trouve votre entrepôt.',
      'register-vat-in': (x, f) => `Immatriculez-vous à la TVA dans le pays de l’entrepôt (${f.country(x.country)}).`,
      'choose-open-market': (x, f) => `Choisissez parmi ces marchés : ${f.all(x.open)}.`,
    },
    verdicts: {
      eligible:
        'Conclusion : éligible. Vous remplissez les conditions d’entrée publiées ; Local Hosting fonctionne sur invitation, la plateforme examine donc encore votre demande et décide de vous inviter ou non.',
      ineligible: 'Conclusion : pas encore éligible (voir les points marqués ❌ ci-dessus).',
      incomplete: 'Conclusion : informations incomplètes. Rien ne bloque pour l’instant, mais je ne peux pas encore conclure.',
      uncertain:
        'Conclusion : incertain. Rien ne bloque, mais les sources ne traitent pas l’une des conditions (le point marqué ❔ ci-dessus) ; faites-la confirmer par la plateforme avant de postuler.',
    },
    nextStepsTitle: 'Prochaines étapes :',
    applyOnceFixed: (step) => `Une fois ces points réglés, postulez : ${step}.`,
    applyOnceConfirmed: (step) => `Une fois ce point confirmé, postulez : ${step}.`,
    tellMissing: 'Donnez-moi les informations manquantes ci-dessus et je pourrai conclure.',
    fieldQuestions: {
      entityCountry: 'dans quel pays votre société est immatriculée (p. ex. Chine continentale, Hong Kong, Allemagne)',
      hasEuStock: 'si votre stock est déjà en Europe',
      warehouseCountry: 'dans quel pays se trouve votre entrepôt',
      vatCountries: 'dans quels pays vous êtes immatriculé à la TVA (ou aucun)',
    },
    askMissing: (items) =>
      `Pour vérifier l’éligibilité à Local Hosting, il me faut encore :\n${items}\nRépondez en un seul message, p. ex. « SARL à Lyon, stock dans un entrepôt en France, TVA française ».`,
    unread: (numbers) => `Je n’ai pas utilisé ${numbers.map((n) => `« ${n} »`).join(', ')} : les conditions d’entrée ne dépendent d’aucun chiffre.`,
    caseVat: ({ warehouse, have, meets }, f) => {
      const need = VAT_OF_FR[warehouse] ?? `une immatriculation à la TVA dans le pays : ${f.country(warehouse)}`;
      if (meets) return `Appliqué à votre cas : votre stock est en ${f.country(warehouse)} et vous avez ${need}, cette condition est donc remplie.`;
      const other = have.length ? ` La TVA ${f.all(have.map((c) => VAT_ADJ_FR[c] ?? `de ${f.country(c)}`))} seule ne suffit pas.` : '';
      return `Appliqué à votre cas : votre stock est en ${f.country(warehouse)}, il vous faut donc ${need}.${other}`;
    },
    placeGuess: (place, country) => `Hypothèse : je ne connais pas « ${place} » et j’ai supposé que votre entrepôt est en ${country}. S’il est ailleurs, indiquez-moi le pays.`,
  },
  margin: {
    sourceTitle: (country) => `Profil de marché ${country} (TVA, commission)`,
    fieldNames: {
      listPrice: 'prix de vente (TTC)',
      market: 'marché (Allemagne, France, Italie ou Espagne)',
      unitCost: 'coût d’achat unitaire',
      inboundShipping: 'transport amont',
      fulfillmentFee: 'frais de fulfillment/livraison',
      buyerShipping: 'frais de port payés par l’acheteur',
      commissionRate: 'taux de commission de la plateforme',
      commissionTier: 'palier de commission',
      affiliateRate: 'commission créateur',
      sellerDiscount: 'remise vendeur',
      adsRate: 'part publicité',
      platformSubsidy: 'subvention de la plateforme',
      returnRate: 'taux de retour',
      vatRate: 'taux de TVA',
      targetMargin: 'marge cible',
      program: 'programme',
      'commissionRate+affiliateRate+adsRate': 'commission + commission créateur + publicité',
    },
    market: (code, f) => `${f.country(code)} (${code})`,
    title: (market) => `Marge par unité : ${market}, EUR`,
    inputs: (v) => {
      const note = (n: typeof v.commissionNote): string =>
        n === 'assumed-local-hosting' ? ' (hypothèse : la commission de Local Hosting n’est pas publiée)' : n === 'default' ? ' (par défaut)' : '';
      return (
        `Données : prix de vente ${v.listPrice} (TTC), coût d’achat ${v.unitCost}, transport amont ${v.inbound}, fulfillment ${v.fulfilment}, frais de port acheteur ${v.buyerShipping}, ` +
        `commission ${v.commission}${note(v.commissionNote)}, commission créateur ${v.affiliate}, publicité ${v.ads}, remise vendeur ${v.discount}, retours ${v.returns}, TVA ${v.vat}${note(v.vatNote)}`
      );
    },
    formula:
      'bénéfice = CA net − commission − commission créateur − publicité − retours − coût d’achat − transport amont − fulfillment ; ' +
      'payé = prix de vente × (1 − remise vendeur), CA net = (payé + frais de port acheteur) / (1 + taux de TVA), ' +
      'commission = taux de commission × (payé + frais de port acheteur), commission créateur et publicité = taux × payé / (1 + taux de TVA) (l’article seul, hors port), ' +
      'retours = taux de retour × (fulfillment + transport amont)',
    formulaLine: (formula) => `Formule : ${formula}`,
    breakdown: 'Détail :',
    paid: (x) => `Payé (après remise, TTC) : ${x}`,
    buyerShipping: (x) => `Frais de port payés par l’acheteur (TTC) : ${x}`,
    vat: (rate, x) => `TVA ${rate} : ${x}`,
    netSales: (x) => `CA net (HT) : ${x}`,
    commission: (rate, x, withShipping) => `Commission ${rate} sur ${withShipping ? '(payé + frais de port)' : 'le montant payé'} : ${x}`,
    affiliate: (rate, x) => `Commission créateur ${rate} sur le prix HT de l’article : ${x}`,
    ads: (rate, x) => `Publicité ${rate} sur le prix HT de l’article : ${x}`,
    returns: (x) => `Retours : ${x}`,
    costs: (cost, inbound, fulfilment) => `Coût d’achat : ${cost}, transport amont : ${inbound}, fulfillment : ${fulfilment}`,
    profit: (x) => `Bénéfice : ${x}`,
    margin: (x) => `Marge (sur le CA net) : ${x}`,
    roi: (x) => `ROI (bénéfice / (coût d’achat + transport amont)) : ${x ?? 'non calculable (aucun coût)'}`,
    breakEven: (x) => `Prix d’équilibre (TTC) : ${x}`,
    target: (rate, price) =>
      price === null ? `Marge cible ${rate} : aucun prix ne l’atteint avec ces frais.` : `Prix pour une marge de ${rate} (TTC) : ${price}`,
    subsidy: (subsidy, buyerPays) =>
      `Subvention de la plateforme ${subsidy} : l’acheteur paie ${buyerPays} ; qui la finance n’est pas publié, elle n’est donc pas déduite de votre chiffre d’affaires.`,
    assumptions: {
      'price-includes-vat': () => 'Le prix de vente s’entend TTC ; TVA = (payé + frais de port acheteur) − CA net.',
      'vat-standard-rate': (a, f) =>
        `TVA au taux normal (${f.country(a.market)}) de ${f.rate(a.rate)} (au ${a.asOf}) ; indiquez le taux de TVA pour les produits à taux réduit.`,
      'commission-default': (a, f) => `Commission de la plateforme ${f.rate(a.rate)}${TIER[a.tier]} (depuis le ${a.asOf}), ${f.rule(a.base)}.`,
      'commission-local-hosting-unpublished': (a, f) =>
        `La commission propre à Local Hosting n’est pas publiée : les ${f.rate(a.rate)} retenus ici sont le taux de commission publié de la plateforme ` +
        `(depuis le ${a.asOf}, ${f.rule(a.base)}), une simple hypothèse ; si vous connaissez votre taux, indiquez-le (commission=…).`,
      'buyer-shipping-revenue': () =>
        'Les frais de port payés par l’acheteur (TTC) sont du chiffre d’affaires : ils entrent dans le CA net et dans l’assiette de la commission, au taux de TVA du produit.',
      'affiliate-ads-on-item': () => 'La commission créateur et la publicité portent uniquement sur le prix HT de l’article (hors TVA et frais de port).',
      'subsidy-funding-unpublished': () =>
        'Subventions et coupons de la plateforme : qui les finance n’est pas publié ; ils sont donc affichés, pas déduits. Si vous en financez une partie, saisissez-la comme remise vendeur.',
      'returns-lose-shipping': () =>
        'Retours = taux de retour × (fulfillment + transport amont) : les produits retournés sont supposés revendables, seuls les frais de transport sont perdus.',
      'not-included': () => 'Non inclus : taux de change, frais de stockage, éco-contributions (REP/EPR), impôt sur les bénéfices.',
    },
    rules: (asOf, commissionFrom, vatChecked, sources) =>
      `Règles au ${asOf} (commission depuis le ${commissionFrom}, taux de TVA vérifiés le ${vatChecked}). Sources : ${sources}`,
    previewWhileOpen: "Le marché n'est pas encore choisi : voici en attendant la comparaison des marchés envisagés ; répondez avec le pays et je fais le calcul pour ce marché.",
    grossedUp: (net, rate, gross) => `Vous avez donné un prix HT (${net}) ; avec ${rate} de TVA, cela fait ${gross} TTC.`,
    ignored: (field, text, wants) =>
      `Remarque : ${field} « ${text} » n’a pas été utilisé : indiquez-le ${wants === 'percent' ? 'en pourcentage' : 'en euros'}.`,
    setAside: (field, text, kept) => `« ${text} » semble être un autre ${field} (contexte) : j’ai calculé avec « ${kept} ». Dites-le-moi si c’est « ${text} » qu’il faut prendre.`,
    unread: (numbers) =>
      `Je n’ai pas compris ${numbers
        .map((n) => `« ${n.text} » (${n.kind === 'percent' ? 'commission créateur, publicité, retours ou remise ?' : n.kind === 'quantity' ? 'une quantité ; le calcul se fait par unité' : 'coût d’achat, transport amont, fulfillment ou frais de port acheteur ?'})`)
        .join(', ')} ; ce n’est pas dans le calcul. Renvoyez-le avec son libellé, p. ex. « pub 10 % ».`,
    shippingAsBuyer: (text) =>
      `J’ai compté « ${text} » comme vos propres frais de livraison (fulfillment) ; si l’acheteur les paie en plus, écrivez p. ex. « frais de port acheteur 3 ».`,
    askMissing: (fields) =>
      `Pour calculer votre marge, il me manque : ${fields}. Envoyez-moi ce qui manque, p. ex. « France, prix 29,99 €, coût 8 €, transport amont 1,50 €, fulfillment 3,20 €, commission créateur 15 % ».`,
    error: (field, given, problem) => `Désolé, je ne peux pas calculer : le champ « ${field} » (${given}) n’est pas valide : ${problem}. Corrigez-le et renvoyez le message.`,
    problems: {
      required: () => 'la valeur manque',
      'not-a-number': () => 'ce doit être un nombre',
      'wrong-type': (p) => `attendu : ${p.expected}`,
      'too-small': (p, f) =>
        p.minimum === 0 && !p.inclusive ? 'doit être supérieur à 0' : `doit être ${p.inclusive ? 'au moins' : 'supérieur à'} ${f.plain(p.minimum)}`,
      'too-big': (p, f) => `doit être ${p.inclusive ? 'au plus' : 'inférieur à'} ${f.plain(p.maximum)}`,
      'unknown-field': (p) => `champ inconnu ${p.keys.join(', ')}`,
      'unknown-market': (p) => `« ${p.market} » n’est pas un marché ici ; possibles : ${p.known.join(', ')}`,
      'no-break-even': (p, f) =>
        `commission, commission créateur et publicité prennent ensemble ${f.ratio(p.share)} du CA net, aucun prix n’atteint l’équilibre ; baissez l’un de ces taux`,
      invalid: (p) => p.detail,
    },
    rateHint: ' (taux en fraction : 0.09 = 9 %)',
    rejected: (items) =>
      `Je ne peux pas utiliser ${items
        .map((i) => {
          const what = i.field ? `${i.field} « ${i.text} »` : `« ${i.text} »`;
          const why =
            i.problem === 'negative'
              ? 'les montants et les taux ne peuvent pas être négatifs'
              : i.problem === 'exponent'
                ? 'écrivez-le comme un nombre ordinaire'
                : i.problem === 'range'
                  ? 'donnez une seule valeur, pas une fourchette'
                  : 'ce n’est pas un nombre';
          return `${what} (${why})`;
        })
        .join(', ')}. Renvoyez-le avec une valeur valide.`,
    unknownKey: (key, known) => `Je ne connais pas le champ « ${key} ». Champs possibles : ${known}.`,
    comparisonHead: 'Comparaison (même produit, mêmes coûts, chaque marché avec sa TVA) :',
    comparisonRow: (market, vat, profit, margin, breakEven) => `${market}, TVA ${vat} : bénéfice ${profit}, marge ${margin}, équilibre ${breakEven}`,
    comparisonFoot: (asOf, sources) => `Même formule que le calcul par marché ; règles au ${asOf}. Sources : ${sources}`,
    ladderHead: (market, breakEven) => `Bénéfice à d’autres prix (${market}, équilibre ${breakEven}) :`,
    ladderRow: (price, profit, margin) => `${price} : bénéfice ${profit} (${margin})`,
  },
};
