import { describe, expect, it } from 'vitest';
import { OTHER_COUNTRY } from '../../src/contract/country-choices.js';
import { buildCountryChoices, loadCountryChoices } from '../../src/tools/country-choices.js';
import { loadRules, type Rules } from '../../src/tools/rules.js';
import { parseEligibilityText } from '../../src/tools/parse-eligibility-text.js';
import { FIXTURE_KNOWLEDGE_DIR } from '../helpers/knowledge-dirs.js';

const rules = await loadRules(`${FIXTURE_KNOWLEDGE_DIR}/rules`);
const withEligibility = (changes: Partial<Rules['eligibility']>): Rules => ({ ...rules, eligibility: { ...rules.eligibility, ...changes } });

describe('buildCountryChoices', () => {
  it('builds every list from the rules, with ISO\'s user-assigned ZZ for another country', () => {
    expect(OTHER_COUNTRY).toBe('ZZ');
    const c = buildCountryChoices(rules);
    expect(c.entity).toEqual(['CN', 'HK', 'DE', 'FR', 'IT', 'ES', 'GB', 'US', 'ZZ']);
    expect(c.warehouse.main).toEqual(['DE', 'FR', 'IT', 'ES', 'PL', 'NL', 'CZ']);
    expect(c.warehouse.otherEu).toEqual(['AT', 'BE', 'BG', 'HR', 'CY', 'DK', 'EE', 'FI', 'GR', 'HU', 'IE', 'LV', 'LT', 'LU', 'MT', 'PT', 'RO', 'SK', 'SI', 'SE']);
    expect(c.warehouse.outsideEu).toEqual([...rules.eligibility.europeOutsideEu, 'ZZ']);
    expect(c.vat).toEqual(['DE', 'FR', 'IT', 'ES', 'PL', 'NL', 'CZ', 'GB']);
    expect(c.markets).toEqual(Object.keys(rules.markets.markets));
  });

  it('offers every EU warehouse country exactly once, across the main and other-EU lists', () => {
    const { warehouse } = buildCountryChoices(rules);
    expect([...warehouse.main, ...warehouse.otherEu].sort()).toEqual([...rules.eligibility.warehouseCountries].sort());
  });

  it.each([
    ['an entity country added to the rules moves into the allowed ones, once', withEligibility({ entityCountries: [...rules.eligibility.entityCountries, 'GB'] }), (c: ReturnType<typeof buildCountryChoices>) =>
      expect(c.entity).toEqual(['CN', 'HK', 'DE', 'FR', 'IT', 'ES', 'GB', 'US', 'ZZ'])],
    ['a warehouse country dropped from the rules leaves the warehouse and VAT lists', withEligibility({ warehouseCountries: rules.eligibility.warehouseCountries.filter((x) => x !== 'CZ' && x !== 'AT') }), (c: ReturnType<typeof buildCountryChoices>) => {
      expect(c.warehouse.main).not.toContain('CZ');
      expect(c.warehouse.otherEu).not.toContain('AT');
      expect(c.vat).not.toContain('CZ');
    }],
    ['the example warehouse countries of the rules come first', withEligibility({ exampleWarehouseCountries: ['IE', 'DE'] }), (c: ReturnType<typeof buildCountryChoices>) => {
      expect(c.warehouse.main).toEqual(['IE', 'DE', 'PL', 'NL', 'CZ']);
      expect(c.warehouse.otherEu).toContain('FR');
    }],
    ['Europe outside the EU is the rules\' list', withEligibility({ europeOutsideEu: ['CH'] }), (c: ReturnType<typeof buildCountryChoices>) =>
      expect(c.warehouse.outsideEu).toEqual(['CH', 'ZZ'])],
    ['a market added to the rules is offered to the margin calculator', { ...rules, markets: { ...rules.markets, markets: { ...rules.markets.markets, PL: rules.markets.markets.DE! } } }, (c: ReturnType<typeof buildCountryChoices>) =>
      expect(c.markets).toEqual([...Object.keys(rules.markets.markets), 'PL'])],
  ])('%s', (_name, changed, check) => {
    check(buildCountryChoices(changed));
  });

  it('reads the rules files of a knowledge directory', async () => {
    expect(await loadCountryChoices(FIXTURE_KNOWLEDGE_DIR)).toEqual(buildCountryChoices(rules));
  });

  it('is the code the chat parser gives a country outside its tables', () => {
    expect(parseEligibilityText('our company is registered in Kenya').facts.entityCountry).toBe(OTHER_COUNTRY);
  });
});
