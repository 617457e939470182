// Legal forms as chats write them, and the country a form's own place gives it: a form several countries use
// ("SA", "SRL") belongs to the country named right after it.
import { describe, expect, it } from 'vitest';
import { parseEligibilityText } from '../../src/tools/index.js';
import { findLegalForms } from '../../src/tools/legal-forms.js';

describe('findLegalForms in chat spelling', () => {
  it.each([
    ['siamo una srl di Milano', 'IT'],
    ['Auto-entrepreneur à Toulouse', 'FR'],
    ['Ditta individuale di Prato', 'IT'],
    ['somos autónomos', 'ES'],
    ['我们是UG公司', 'DE'],
    ['eine gmbh aus Köln', 'DE'],
    // Portugal's and Belgium's: EU companies the rules do not accept as entities.
    ['uma Lda. de Braga', 'PT'],
    ['onze BVBA in Gent', 'BE'],
    // Singapore's, which is no accepted entity either.
    ["We're a Singapore Pte Ltd", 'SG'],
    ['我们是Pte. Ltd.公司', 'SG'],
  ])('%s → %s', (text, code) => {
    expect(findLegalForms(text).map((f) => f.code)).toEqual([code]);
  });

  it.each(['una spa di lusso', 'el sa dice', 'Essen'])('finds no legal form in %s', (text) => {
    expect(findLegalForms(text)).toEqual([]);
  });
});

describe('the entity country from a legal form and its place', () => {
  it.each([
    ['Nous sommes une SRL belge, entrepôt à Valenciennes', 'BE', 'phrase'],
    ['Somos una SA de Sevilla', 'ES', 'phrase'],
    ['S.A. de Madrid, almacén en Getafe', 'ES', 'phrase'],
    ['UG aus Hannover, Ware in Garbsen', 'DE', 'phrase'],
    ['SARL à Marseille, stock à Aubagne', 'FR', 'phrase'],
    ['Ltd. in Festlandchina, Lager in Hamburg', 'CN', 'phrase'],
    ['HK trading company (Ltd), stock in Barcelona', 'HK', 'phrase'],
    ['Wir sind eine GmbH, Lager in Polen', 'DE', 'legal-form'],
    ['Nous sommes une SA, entrepôt en Espagne', 'FR', 'legal-form'],
  ])('%s → %s', (text, code, from) => {
    const parsed = parseEligibilityText(text);
    expect(parsed.facts.entityCountry).toBe(code);
    expect(parsed.entityFrom).toBe(from);
  });
});
