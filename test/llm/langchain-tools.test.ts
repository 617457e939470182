import { beforeAll, describe, expect, it } from 'vitest';
import { createLangchainTools } from '../../src/llm/index.js';
import type { Rules } from '../../src/tools/index.js';
import { loadRealRules } from '../tools/rules-dir.js';

let rules: Rules;
beforeAll(async () => {
  rules = await loadRealRules();
});

describe('createLangchainTools', () => {
  it('exposes check_eligibility and calculate_margin over the same functions', async () => {
    const tools = createLangchainTools(rules);
    expect(tools.all.map((t) => t.name)).toEqual(['check_eligibility', 'calculate_margin']);
    const eligibility = JSON.parse(
      (await tools.checkEligibility.invoke({ entityCountry: 'HK', hasEuStock: true, warehouseCountry: 'ES', vatCountries: ['ES'] })) as string,
    );
    expect(eligibility).toMatchObject({ ok: true, verdict: 'eligible' });
    const margin = JSON.parse((await tools.calculateMargin.invoke({ listPrice: 19.99, market: 'ES', unitCost: 5, fulfillmentFee: 2.5, commissionRate: 0.04 })) as string);
    expect(margin).toMatchObject({ ok: true, profit: 8.22, breakEvenPrice: 9.54 });
  });

  it('returns a field-named error as JSON for input the schema accepts but the rules do not', async () => {
    const tools = createLangchainTools(rules);
    const out = JSON.parse((await tools.calculateMargin.invoke({ listPrice: 10, market: 'PL', unitCost: 1 })) as string);
    expect(out).toMatchObject({ ok: false, error: { field: 'market' } });
  });

  it('rejects input outside the schema before calling the function', async () => {
    const tools = createLangchainTools(rules);
    await expect(tools.calculateMargin.invoke({ listPrice: -1, market: 'DE', unitCost: 1 })).rejects.toThrow();
  });
});
