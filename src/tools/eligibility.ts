// Local Hosting eligibility: compares the seller's stated facts with the published entry conditions.
// Pure: the conditions come from knowledge/rules (Rules), never from code constants; the result holds reason codes
// with their parameters, and render-eligibility.ts words them.
import type {
  EligibilityCheck,
  EligibilityCheckId,
  EligibilityField,
  EligibilityFix,
  EligibilityNextStep,
  EligibilityReason,
  EligibilityResult,
  EligibilityStatus,
  EligibilityVerdict,
} from '../contract/tool-result.js';
import type { EligibilityInput } from './eligibility-schema.js';
import type { Rules } from './rules.js';

export type {
  EligibilityCheck,
  EligibilityCheckId,
  EligibilityFix,
  EligibilityNextStep,
  EligibilityReason,
  EligibilityResult,
  EligibilityStatus,
  EligibilityVerdict,
};

interface Checked {
  check: EligibilityCheck;
  missing: EligibilityField[];
}

const check = (
  id: EligibilityCheckId,
  status: EligibilityStatus,
  reason: EligibilityReason,
  fix?: EligibilityFix,
  missing: EligibilityField[] = [],
): Checked => ({
  check: { id, status, passed: status === 'pass' ? true : status === 'fail' ? false : null, reason, ...(fix ? { fix } : {}) },
  missing,
});

function checkEntity(input: EligibilityInput, rules: Rules): Checked {
  const allowed = rules.eligibility.entityCountries;
  const country = input.entityCountry;
  if (country === undefined) return check('entity', 'unknown', { code: 'entity-missing' }, undefined, ['entityCountry']);
  if (allowed.includes(country)) return check('entity', 'pass', { code: 'entity-allowed', country, allowed });
  return check('entity', 'fail', { code: 'entity-not-allowed', country, allowed }, { code: 'use-allowed-entity', allowed });
}

const isEuWarehouse = (code: string, rules: Rules): boolean => rules.eligibility.warehouseCountries.includes(code);

/** The seller may state only the warehouse; a warehouse in Europe means the stock is in Europe. */
function resolveEuStock(input: EligibilityInput, rules: Rules): { value?: boolean; inferred: boolean } {
  if (input.hasEuStock !== undefined) return { value: input.hasEuStock, inferred: false };
  const w = input.warehouseCountry;
  if (w && (isEuWarehouse(w, rules) || rules.eligibility.europeOutsideEu.includes(w))) return { value: true, inferred: true };
  return { inferred: false };
}

function checkEuStock(input: EligibilityInput, rules: Rules): Checked {
  const stock = resolveEuStock(input, rules);
  if (stock.value === undefined) return check('eu-stock', 'unknown', { code: 'stock-missing' }, undefined, ['hasEuStock']);
  if (stock.value) {
    const w = input.warehouseCountry;
    return check('eu-stock', 'pass', stock.inferred && w ? { code: 'stock-in-warehouse-country', country: w } : { code: 'stock-in-europe' });
  }
  return check('eu-stock', 'fail', { code: 'stock-not-in-europe' }, { code: 'move-stock-to-eu', examples: rules.eligibility.exampleWarehouseCountries });
}

function checkWarehouse(input: EligibilityInput, rules: Rules): Checked {
  const w = input.warehouseCountry;
  if (w === undefined || w === null) {
    // Already failed on stock: asking for a warehouse now would be noise.
    if (input.hasEuStock === false) return check('warehouse-eu', 'unknown', { code: 'warehouse-not-yet' });
    return check('warehouse-eu', 'unknown', { code: 'warehouse-missing' }, undefined, ['warehouseCountry']);
  }
  const markets = rules.eligibility.markets;
  if (isEuWarehouse(w, rules) && markets.includes(w)) return check('warehouse-eu', 'pass', { code: 'warehouse-in-market', country: w });
  if (isEuWarehouse(w, rules)) {
    // The sources speak of "a local warehouse in a single EU country" and launch in four markets: a warehouse in
    // another member state is neither allowed nor ruled out by them.
    return check(
      'warehouse-eu',
      'uncertain',
      { code: 'warehouse-eu-outside-markets', country: w, markets },
      { code: 'confirm-warehouse-country', country: w, markets },
    );
  }
  return check('warehouse-eu', 'fail', { code: 'warehouse-outside-eu', country: w }, { code: 'move-to-eu-warehouse', examples: rules.eligibility.exampleWarehouseCountries });
}

function checkVat(input: EligibilityInput, rules: Rules): Checked {
  const have = input.vatCountries;
  const w = input.warehouseCountry ?? undefined;
  if (have === undefined) return check('vat-warehouse', 'unknown', { code: 'vat-missing' }, undefined, ['vatCountries']);
  if (w !== undefined && !isEuWarehouse(w, rules)) return check('vat-warehouse', 'unknown', { code: 'vat-after-eu-warehouse' });
  if (w === undefined) {
    if (have.length === 0) return check('vat-warehouse', 'fail', { code: 'vat-none' }, { code: 'register-vat-in-warehouse-country' });
    return check('vat-warehouse', 'unknown', { code: 'vat-need-warehouse', have });
  }
  if (have.includes(w)) return check('vat-warehouse', 'pass', { code: 'vat-in-warehouse-country', country: w });
  return check('vat-warehouse', 'fail', { code: 'vat-not-in-warehouse-country', country: w, have }, { code: 'register-vat-in', country: w });
}

function checkTargetMarkets(input: EligibilityInput, rules: Rules): Checked | undefined {
  const t = input.targetMarkets;
  if (!t || t.length === 0) return undefined;
  const open = rules.eligibility.markets;
  const outside = t.filter((m) => !open.includes(m));
  if (outside.length === 0) return check('target-markets', 'pass', { code: 'markets-open', markets: t });
  return check('target-markets', 'fail', { code: 'markets-not-open', open, outside }, { code: 'choose-open-market', open });
}

export function checkEligibility(input: EligibilityInput, rules: Rules): EligibilityResult {
  const results = [checkEntity, checkEuStock, checkWarehouse, checkVat]
    .map((f) => f(input, rules))
    .concat(checkTargetMarkets(input, rules) ?? []);
  const checks = results.map((r) => r.check);
  const missing = results.flatMap((r) => r.missing);
  const failed = checks.filter((c) => c.status === 'fail');
  const uncertain = checks.filter((c) => c.status === 'uncertain');
  const verdict: EligibilityVerdict =
    failed.length > 0 ? 'ineligible' : missing.length > 0 ? 'incomplete' : uncertain.length > 0 ? 'uncertain' : 'eligible';
  const steps = rules.eligibility.entrySteps;
  const fixesOf = (list: EligibilityCheck[]): EligibilityNextStep[] => list.flatMap((c) => (c.fix ? [{ code: 'fix' as const, fix: c.fix }] : []));
  const nextSteps: EligibilityNextStep[] =
    verdict === 'eligible'
      ? steps.map((text) => ({ code: 'entry-step', text }))
      : verdict === 'ineligible'
        ? [...fixesOf(failed), { code: 'apply-once-fixed', step: steps[0] }]
        : verdict === 'uncertain'
          ? [...fixesOf(uncertain), { code: 'apply-once-confirmed', step: steps[0] }]
          : [{ code: 'tell-missing' }];
  return {
    kind: 'eligibility',
    verdict,
    input,
    checks,
    missing,
    nextSteps,
    invitationOnly: rules.eligibility.invitationOnly,
    asOf: rules.eligibility.asOf,
    rulesId: rules.eligibility.id,
    sources: rules.eligibility.sources,
  };
}
