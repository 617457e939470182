// The tools in all six reply languages: number formats, country names, every reason/fix/assumption/error code
// worded in each language, and legal forms and country names read back by the parsers.
import { beforeAll, describe, expect, it } from 'vitest';
import {
  calculateMargin,
  checkEligibility,
  describeCheck,
  describeNextSteps,
  MARGIN_FORMULA,
  parseEligibilityText,
  renderEligibility,
  renderMargin,
  renderMarginError,
  renderMarginMissing,
  renderMissingQuestion,
  type EligibilityInput,
  type Rules,
  type ToolInputError,
} from '../../src/tools/index.js';
import { nameCountry } from '../../src/tools/countries.js';
import { findCountryMentions } from '../../src/tools/country-mentions.js';
import { formatEuro, formatRate, formatRatio } from '../../src/tools/format-number.js';
import { findLegalForms } from '../../src/tools/legal-forms.js';
import { LANGS, type Lang } from '../../src/contract/types.js';
import { loadRealRules } from './rules-dir.js';

let rules: Rules;
beforeAll(async () => {
  rules = await loadRealRules();
});

const NNBSP = '\u202f';

describe('number formats', () => {
  it.each([
    ['zh', 29.9, '€29.90', 0.15, '15%', 0.239, '23.90%'],
    ['en', 1234.56, '€1234.56', 0.155, '15.5%', 0.239, '23.90%'],
    ['de', 1234.56, '1.234,56 €', 0.15, '15 %', 0.239, '23,90 %'],
    ['fr', 1234.56, `1${NNBSP}234,56 €`, 0.155, '15,5 %', 0.239, '23,90 %'],
    ['it', 29.9, '29,90 €', 0.15, '15%', 0.239, '23,90%'],
    ['es', 1234567.8, '1.234.567,80 €', 0.15, '15 %', 0.239, '23,90 %'],
  ] as const)('%s: %s → %s, %s → %s', (lang, amount, euro, rate, pct, ratio, ratioText) => {
    expect(formatEuro(amount, lang)).toBe(euro);
    expect(formatRate(rate, lang)).toBe(pct);
    expect(formatRatio(ratio, lang)).toBe(ratioText);
  });

  it.each([
    ['en', -4.79, '-€4.79'],
    ['de', -4.79, '-4,79 €'],
    ['de', -0.001, '0,00 €'],
    ['zh', -0.004, '€0.00'],
  ] as const)('%s: negative %s → %s (no negative zero)', (lang, n, text) => {
    expect(formatEuro(n, lang)).toBe(text);
  });
});

describe('country names', () => {
  it.each([
    ['DE', ['德国', 'Germany', 'Deutschland', 'Allemagne', 'Germania', 'Alemania']],
    ['GB', ['英国', 'the United Kingdom', 'Vereinigtes Königreich', 'Royaume-Uni', 'Regno Unito', 'Reino Unido']],
    ['CN', ['中国内地', 'mainland China', 'Festlandchina', 'Chine continentale', 'Cina continentale', 'China continental']],
    ['IE', ['爱尔兰', 'Ireland', 'Irland', 'Irlande', 'Irlanda', 'Irlanda']],
  ])('%s in the six languages', (code, names) => {
    expect(LANGS.map((l) => nameCountry(code, l))).toEqual(names);
  });

  it.each([
    ['Deutschland', 'DE'], ['Allemagne', 'DE'], ['Germania', 'DE'], ['Alemania', 'DE'], ['德國', 'DE'],
    ['Royaume-Uni', 'GB'], ['Regno Unito', 'GB'], ['Reino Unido', 'GB'], ['Großbritannien', 'GB'],
    ['Pays-Bas', 'NL'], ['Paesi Bassi', 'NL'], ['Países Bajos', 'NL'], ['Niederlande', 'NL'],
    ['États-Unis', 'US'], ['Estados Unidos', 'US'], ['Singapur', 'SG'], ['新加坡', 'SG'], ['台灣', 'TW'],
    ['Union européenne', 'EU'], ['Unione europea', 'EU'], ['UE', 'EU'], ['歐洲', 'EU'],
    ['polnische', 'PL'], ['polonaise', 'PL'], ['polacca', 'PL'], ['polaca', 'PL'],
    ['tedeschi', 'DE'], ['alemanas', 'DE'], ['allemandes', 'DE'], ['deutschem', 'DE'],
  ])('reads %s as %s', (word, code) => {
    expect(findCountryMentions(`x ${word} y`).map((m) => m.code)).toEqual([code]);
  });

  it('does not read the English word "island" as Iceland', () => {
    expect(findCountryMentions('a warehouse on an island')).toEqual([]);
  });
});

describe('legal forms', () => {
  it.each([
    ['Wir sind eine GmbH', 'DE'], ['unsere UG (haftungsbeschränkt)', 'DE'], ['eine AG', 'DE'], ['GmbH & Co. KG', 'DE'],
    ['une SARL', 'FR'], ['une SAS', 'FR'], ['notre EURL', 'FR'], ['une SA', 'FR'], ['S.A.S. à Lyon', 'FR'],
    ['una S.r.l.', 'IT'], ['una Srl', 'IT'], ['una S.p.A.', 'IT'], ['una SpA', 'IT'],
    ['una S.L.', 'ES'], ['una SL', 'ES'], ['una S.A.', 'ES'], ['una S.L.U.', 'ES'],
    ['a B.V.', 'NL'], ['a Sp. z o.o.', 'PL'],
  ])('%s → %s', (text, code) => {
    expect(findLegalForms(text).map((f) => f.code)).toEqual([code]);
  });

  it.each(['5 KG of goods', 'USA', 'Samsung', 'SALE 20%', 'slow'])('finds no legal form in %s', (text) => {
    expect(findLegalForms(text)).toEqual([]);
  });

  it.each([
    ['Wir sind eine GmbH, Lager in Polen, polnische USt-IdNr.', { entityCountry: 'DE', hasEuStock: true, warehouseCountry: 'PL', vatCountries: ['PL'] }],
    ['Nous sommes une SARL, entrepôt en Allemagne, TVA allemande', { entityCountry: 'FR', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'] }],
    ['Siamo una S.r.l. con magazzino in Germania', { entityCountry: 'IT', hasEuStock: true, warehouseCountry: 'DE' }],
    ['Somos una S.L. con almacén en Francia', { entityCountry: 'ES', hasEuStock: true, warehouseCountry: 'FR' }],
  ])('the eligibility parser takes the entity from the legal form: %s', (text, facts) => {
    expect(parseEligibilityText(text).facts).toEqual(facts);
  });
});

// Inputs that between them reach every reason, fix and next-step code.
const ELIGIBILITY_INPUTS: EligibilityInput[] = [
  {},
  { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'], targetMarkets: ['FR'] },
  { entityCountry: 'GB', hasEuStock: false, vatCountries: [] },
  { entityCountry: 'HK', warehouseCountry: 'IE', vatCountries: ['DE'] },
  { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'CH', vatCountries: ['CH'], targetMarkets: ['GB'] },
  { entityCountry: 'CN', hasEuStock: true, vatCountries: ['DE'] },
  { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'NL', vatCountries: ['NL'] },
  { entityCountry: 'CN', warehouseCountry: 'IT', vatCountries: ['DE'] },
];

const ENGLISH_LEFTOVERS = /\b(?:you|your|the platform|verdict|warehouse|undefined|NaN)\b/i;

describe('every eligibility code is worded in every language', () => {
  it.each(LANGS.map((l) => [l]))('%s', (lang: Lang) => {
    const codes = new Set<string>();
    for (const input of ELIGIBILITY_INPUTS) {
      const result = checkEligibility(input, rules);
      for (const c of result.checks) {
        codes.add(c.reason.code);
        if (c.fix) codes.add(c.fix.code);
        const text = describeCheck(c, lang);
        expect(text.length).toBeGreaterThan(lang === 'zh' ? 4 : 10);
        expect(text).not.toMatch(/undefined|\[object/);
      }
      for (const step of describeNextSteps(result, lang)) expect(step.length).toBeGreaterThan(lang === 'zh' ? 4 : 10);
      const reply = renderEligibility(result, lang);
      if (lang !== 'en') expect(reply).not.toMatch(ENGLISH_LEFTOVERS);
    }
    // 20 reason codes and 7 fix codes exist; the inputs above reach them all.
    expect(codes.size).toBe(27);
  });

  it.each([
    ['de', 'Ergebnis: Voraussetzungen erfüllt', 'Ergebnis: unklar', 'Ergebnis: derzeit nicht erfüllt', 'Ergebnis: Angaben unvollständig'],
    ['fr', 'Conclusion : éligible', 'Conclusion : incertain', 'Conclusion : pas encore éligible', 'Conclusion : informations incomplètes'],
    ['it', 'Esito: idoneo', 'Esito: incerto', 'Esito: per ora non idoneo', 'Esito: dati incompleti'],
    ['es', 'Resultado: cumples los requisitos', 'Resultado: incierto', 'Resultado: por ahora no cumples', 'Resultado: faltan datos'],
  ] as const)('%s verdicts', (lang, eligible, uncertain, ineligible, incomplete) => {
    const text = (input: EligibilityInput) => renderEligibility(checkEligibility(input, rules), lang);
    expect(text({ entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'] })).toContain(eligible);
    expect(text({ entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'IE', vatCountries: ['IE'] })).toContain(uncertain);
    expect(text({ entityCountry: 'GB', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'] })).toContain(ineligible);
    expect(text({ entityCountry: 'CN' })).toContain(incomplete);
  });

  it.each([
    ['de', 'Zugangsvoraussetzungen', 'Füllen Sie das Interessenformular'],
    ['fr', 'Conditions d’entrée', 'Remplissez le formulaire'],
    ['it', 'Requisiti di accesso', 'Compila il modulo'],
    ['es', 'Requisitos de acceso', 'Rellena el formulario'],
  ] as const)('%s: the entry steps come from the rules file in that language, the form name kept in Chinese', (lang, _title, step) => {
    const steps = describeNextSteps(checkEligibility({ entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'FR', vatCountries: ['FR'] }, rules), lang);
    expect(steps[0]).toContain(step);
    expect(steps[0]).toContain('《欧洲本地托管商家意向入驻信息收集表》');
  });

  it.each([
    ['de', 'in welchem Land Ihr Unternehmen registriert ist'],
    ['fr', 'dans quel pays votre société est immatriculée'],
    ['it', 'in quale paese è registrata la tua società'],
    ['es', 'en qué país está registrada tu empresa'],
  ] as const)('%s follow-up asks for the missing facts', (lang, question) => {
    const text = renderMissingQuestion(['entityCountry', 'vatCountries'], lang);
    expect(text).toContain(`1. ${question}`);
    expect(text).toMatch(/\n2\. /);
  });
});

describe('margin wording in every language', () => {
  it.each(LANGS.map((l) => [l]))('%s: every assumption code, the Local Hosting note and no English leftovers', (lang: Lang) => {
    const r = calculateMargin(
      { listPrice: 20, market: 'ES', unitCost: 5, buyerShipping: 3, platformSubsidy: 0.1, program: 'local-hosting', targetMargin: 0.99 },
      rules,
    );
    if (!r.ok) throw new Error('must calculate');
    const text = renderMargin(r, lang);
    expect(r.assumptions.map((a) => a.code).sort()).toEqual([
      'affiliate-ads-on-item', 'buyer-shipping-revenue', 'commission-local-hosting-unpublished', 'not-included',
      'price-includes-vat', 'returns-lose-shipping', 'subsidy-funding-unpublished', 'vat-standard-rate',
    ]);
    expect(text).toContain(MARGIN_FORMULA[lang]);
    expect(text).toContain(lang === 'zh' ? '本地托管' : 'Local Hosting');
    expect(text).not.toMatch(/undefined|NaN|\[object/);
    if (lang !== 'en' && lang !== 'zh') expect(text).not.toMatch(/\b(?:profit|the buyer|shipping paid|Net sales)\b/);
  });

  const errors: ToolInputError[] = [
    { field: 'listPrice', code: 'required', message: '' },
    { field: 'unitCost', code: 'not-a-number', message: '', received: 'cheap' },
    { field: 'market', code: 'wrong-type', expected: 'string', message: '' },
    { field: 'listPrice', code: 'too-small', minimum: 0, inclusive: false, message: '', received: -5 },
    { field: 'inboundShipping', code: 'too-big', maximum: 100000, inclusive: true, message: '', received: 200000 },
    { field: 'colour', code: 'unknown-field', keys: ['colour'], message: '' },
    { field: 'market', code: 'unknown-market', market: 'UK', known: ['DE', 'FR', 'IT', 'ES'], message: '' },
    { field: 'commissionRate+affiliateRate+adsRate', code: 'no-break-even', share: 1.015, message: '' },
    { field: 'commissionRate', code: 'too-big', maximum: 1, inclusive: false, message: '', received: 9 },
  ];

  it.each(LANGS.flatMap((l) => errors.map((e) => [l, e] as const)))('%s error %j names the field and the value', (lang, error) => {
    const text = renderMarginError(error, lang);
    expect(text).not.toMatch(/undefined|\[object/);
    if (error.received !== undefined) expect(text).toContain(`${error.field} = ${String(error.received)}`);
  });

  it.each([
    ['de', 'Für die Margenberechnung fehlt noch: Markt (Deutschland, Frankreich, Italien oder Spanien), Einkaufspreis pro Stück'],
    ['fr', 'Pour calculer votre marge, il me manque : marché (Allemagne, France, Italie ou Espagne), coût d’achat unitaire'],
    ['it', 'Per calcolare il margine mi serve ancora: mercato (Germania, Francia, Italia o Spagna), costo d’acquisto unitario'],
    ['es', 'Para calcular tu margen me falta: mercado (Alemania, Francia, Italia o España), coste de compra por unidad'],
  ] as const)('%s follow-up lists the missing inputs', (lang, text) => {
    expect(renderMarginMissing(['market', 'unitCost'], lang)).toContain(text);
  });

  it('Italian percentages have no space, the other European ones do', () => {
    const r = calculateMargin({ listPrice: 20, market: 'IT', unitCost: 5 }, rules);
    if (!r.ok) throw new Error('must calculate');
    expect(renderMargin(r, 'it')).toContain('IVA 22%: -3,61 €');
    expect(renderMargin(r, 'es')).toContain('IVA 22 %: -3,61 €');
  });
});
