// The adapters' country choice lists, from the rules files, so that a country added to or removed from the rules
// shows up in the keyboards and slash commands without touching an adapter.
import { join } from 'node:path';
import { OTHER_COUNTRY, type CountryChoices } from '../contract/country-choices.js';
import { loadRules, type Rules } from './rules.js';

// Which countries a short list shows first, and which examples it adds, is presentation rather than rule: what the
// sellers asking have. Whether a country qualifies is always the checker's answer from the rules.
/** Mainland China and Hong Kong first: most of the sellers asking are registered there. */
const ENTITIES_FIRST = ['CN', 'HK'];
/** Registrations sellers often have that the rules may refuse: offered so the verdict names the country. */
const ENTITIES_OFTEN_REFUSED = ['GB', 'US'];
/** EU countries beyond the launch markets where sellers' third-party warehouses often are. */
const WAREHOUSES_OFTEN = ['PL', 'NL', 'CZ'];
/** A VAT registration outside the EU that sellers often hold. */
const VAT_OFTEN_OUTSIDE_EU = ['GB'];

const rankIn = (order: string[]) => (code: string) => (order.includes(code) ? order.indexOf(code) : order.length);

/** The choice lists for the eligibility checker and the margin calculator, from the loaded rules. */
export function buildCountryChoices(rules: Rules): CountryChoices {
  const e = rules.eligibility;
  const eu = new Set(e.warehouseCountries);
  const rank = rankIn(ENTITIES_FIRST);
  // A stable sort: the rules' order after the countries named first.
  const allowed = [...e.entityCountries].sort((a, b) => rank(a) - rank(b));
  const main = unique([...e.exampleWarehouseCountries, ...WAREHOUSES_OFTEN].filter((c) => eu.has(c)));
  return {
    entity: [...allowed, ...ENTITIES_OFTEN_REFUSED.filter((c) => !allowed.includes(c)), OTHER_COUNTRY],
    warehouse: {
      main,
      otherEu: e.warehouseCountries.filter((c) => !main.includes(c)),
      outsideEu: [...e.europeOutsideEu.filter((c) => !eu.has(c)), OTHER_COUNTRY],
    },
    vat: unique([...main, ...VAT_OFTEN_OUTSIDE_EU]),
    markets: Object.keys(rules.markets.markets),
  };
}

/** The choice lists from `<knowledgeDir>/rules`, for what runs without the core (registering Discord's commands). */
export async function loadCountryChoices(knowledgeDir: string): Promise<CountryChoices> {
  return buildCountryChoices(await loadRules(join(knowledgeDir, 'rules')));
}

function unique(codes: string[]): string[] {
  return [...new Set(codes)];
}
