import { beforeAll, describe, expect, it } from 'vitest';
import { checkEligibility, describeCheck, describeNextSteps, parseEligibilityInput, type EligibilityInput, type Rules } from '../../src/tools/index.js';
import { loadRealRules } from './rules-dir.js';

let rules: Rules;
beforeAll(async () => {
  rules = await loadRealRules();
});

type Passed = boolean | null;
interface Case {
  name: string;
  input: EligibilityInput;
  verdict: 'eligible' | 'ineligible' | 'incomplete' | 'uncertain';
  checks: Record<string, Passed>;
  missing?: string[];
  /** Text the failing check's reason (en) must contain. */
  reasonEn?: [string, string];
  reasonZh?: [string, string];
  /** Text a next step (en) must contain. */
  fixEn?: string;
}

const cases: Case[] = [
  {
    name: 'mainland China entity, stock in a German warehouse, German VAT',
    input: { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'] },
    verdict: 'eligible',
    checks: { entity: true, 'eu-stock': true, 'warehouse-eu': true, 'vat-warehouse': true },
  },
  {
    name: 'Hong Kong entity, Italian warehouse (stock inferred), Italian and German VAT',
    input: { entityCountry: 'HK', warehouseCountry: 'IT', vatCountries: ['DE', 'IT'] },
    verdict: 'eligible',
    checks: { entity: true, 'eu-stock': true, 'warehouse-eu': true, 'vat-warehouse': true },
  },
  ...(['PL', 'IE', 'NL'] as const).map(
    (w): Case => ({
      name: `warehouse in ${w} (an EU state outside the four markets): uncertain, not a pass`,
      input: { entityCountry: 'ES', hasEuStock: true, warehouseCountry: w, vatCountries: [w] },
      verdict: 'uncertain',
      checks: { entity: true, 'eu-stock': true, 'warehouse-eu': null, 'vat-warehouse': true },
      missing: [],
      reasonEn: ['warehouse-eu', 'do not address warehouses outside those markets'],
      reasonZh: ['warehouse-eu', '没有说明这几国以外的仓库是否可以'],
      fixEn: 'Ask the platform or your account manager whether a warehouse in',
    }),
  ),
  {
    name: 'UK entity fails',
    input: { entityCountry: 'GB', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'] },
    verdict: 'ineligible',
    checks: { entity: false, 'eu-stock': true, 'warehouse-eu': true, 'vat-warehouse': true },
    reasonEn: ['entity', 'United Kingdom is not accepted'],
    reasonZh: ['entity', '英国，不在允许范围内'],
    fixEn: 'Apply with a company registered in Germany, France, Italy, Spain, mainland China or Hong Kong',
  },
  {
    name: 'US entity fails',
    input: { entityCountry: 'US', hasEuStock: true, warehouseCountry: 'FR', vatCountries: ['FR'] },
    verdict: 'ineligible',
    checks: { entity: false, 'eu-stock': true, 'warehouse-eu': true, 'vat-warehouse': true },
    reasonEn: ['entity', 'United States is not accepted'],
  },
  {
    name: 'stock still in China fails, without asking for a warehouse',
    input: { entityCountry: 'CN', hasEuStock: false, vatCountries: [] },
    verdict: 'ineligible',
    checks: { entity: true, 'eu-stock': false, 'warehouse-eu': null, 'vat-warehouse': false },
    missing: [],
    reasonEn: ['eu-stock', 'requires stock that is already in Europe'],
    reasonZh: ['eu-stock', '要求货物已在欧洲本土备货'],
    fixEn: 'Move stock into a local warehouse in one EU country',
  },
  ...(['GB', 'CH', 'NO'] as const).map(
    (w): Case => ({
      name: `stock in Europe but warehouse in ${w} (outside the EU) fails`,
      input: { entityCountry: 'CN', hasEuStock: true, warehouseCountry: w, vatCountries: [w] },
      verdict: 'ineligible',
      checks: { entity: true, 'eu-stock': true, 'warehouse-eu': false, 'vat-warehouse': null },
      missing: [],
      reasonEn: ['warehouse-eu', 'not an EU member state'],
      reasonZh: ['warehouse-eu', '不是欧盟成员国'],
      fixEn: 'Move the stock into a warehouse in one EU country',
    }),
  ),
  {
    name: 'VAT registered elsewhere than the warehouse fails, and says where to register',
    input: { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'IT', vatCountries: ['DE'] },
    verdict: 'ineligible',
    checks: { entity: true, 'eu-stock': true, 'warehouse-eu': true, 'vat-warehouse': false },
    reasonEn: ['vat-warehouse', 'no VAT registration there (you have: Germany)'],
    reasonZh: ['vat-warehouse', '在意大利没有VAT注册'],
    fixEn: 'Register for VAT in Italy.',
  },
  {
    name: 'no VAT at all fails even before the warehouse is known',
    input: { entityCountry: 'HK', vatCountries: [] },
    verdict: 'ineligible',
    checks: { entity: true, 'eu-stock': null, 'warehouse-eu': null, 'vat-warehouse': false },
    missing: ['hasEuStock', 'warehouseCountry'],
    reasonEn: ['vat-warehouse', 'no VAT registration'],
    fixEn: 'Register for VAT in the EU country where your warehouse is',
  },
  {
    name: 'only the entity known: incomplete, asks for the rest',
    input: { entityCountry: 'CN' },
    verdict: 'incomplete',
    checks: { entity: true, 'eu-stock': null, 'warehouse-eu': null, 'vat-warehouse': null },
    missing: ['hasEuStock', 'warehouseCountry', 'vatCountries'],
  },
  {
    name: 'VAT unknown: incomplete, asks only for VAT',
    input: { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'DE' },
    verdict: 'incomplete',
    checks: { entity: true, 'eu-stock': true, 'warehouse-eu': true, 'vat-warehouse': null },
    missing: ['vatCountries'],
  },
  {
    name: 'nothing known: incomplete, asks for everything',
    input: {},
    verdict: 'incomplete',
    checks: { entity: null, 'eu-stock': null, 'warehouse-eu': null, 'vat-warehouse': null },
    missing: ['entityCountry', 'hasEuStock', 'warehouseCountry', 'vatCountries'],
  },
  {
    name: 'target market outside the launch markets fails',
    input: { entityCountry: 'CN', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'], targetMarkets: ['GB'] },
    verdict: 'ineligible',
    checks: { entity: true, 'eu-stock': true, 'warehouse-eu': true, 'vat-warehouse': true, 'target-markets': false },
    reasonEn: ['target-markets', 'open only in Germany, France, Italy and Spain'],
  },
];

describe('checkEligibility', () => {
  it.each(cases)('$name', (c) => {
    const r = checkEligibility(c.input, rules);
    expect(r.verdict).toBe(c.verdict);
    expect(Object.fromEntries(r.checks.map((k) => [k.id, k.passed]))).toEqual(c.checks);
    if (c.missing) expect(r.missing).toEqual(c.missing);
    const reason = (id: string, lang: 'zh' | 'en') => describeCheck(r.checks.find((k) => k.id === id)!, lang);
    if (c.reasonEn) expect(reason(c.reasonEn[0], 'en')).toContain(c.reasonEn[1]);
    if (c.reasonZh) expect(reason(c.reasonZh[0], 'zh')).toContain(c.reasonZh[1]);
    if (c.fixEn) expect(describeNextSteps(r, 'en').join('\n')).toContain(c.fixEn);
    for (const k of r.checks) {
      expect(describeCheck(k, 'zh').length).toBeGreaterThan(0);
      expect(describeCheck(k, 'en').length).toBeGreaterThan(0);
      if (k.passed === false) expect(k.fix).toBeDefined();
      expect(k.status).toBe(k.passed === true ? 'pass' : k.passed === false ? 'fail' : k.status === 'uncertain' ? 'uncertain' : 'unknown');
    }
    expect(r.asOf).toBe('2026-01-16');
    expect(r.sources.length).toBeGreaterThan(0);
  });

  it('an eligible seller gets the application steps: intention form, review, onboarding', () => {
    const r = checkEligibility({ entityCountry: 'DE', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'] }, rules);
    expect(describeNextSteps(r, 'zh')).toEqual([
      '填写《欧洲本地托管商家意向入驻信息收集表》，并同步提交相关资质证明材料',
      '平台对商家资料进行综合审核',
      '审核通过后，按平台指引完成后续入驻流程，开通本地托管权限',
    ]);
    expect(r.invitationOnly).toBe(true);
  });
});

describe('parseEligibilityInput', () => {
  it.each([
    [{ entityCountry: 'UK' }, { entityCountry: 'GB' }],
    [{ entityCountry: 'cn', vatCountries: ['de', 'DE', 'uk'] }, { entityCountry: 'CN', vatCountries: ['DE', 'GB'] }],
    [{ warehouseCountry: null, hasEuStock: false }, { warehouseCountry: null, hasEuStock: false }],
  ])('normalises %j', (raw, expected) => {
    const r = parseEligibilityInput(raw);
    expect(r).toEqual({ ok: true, value: expected });
  });

  it.each([
    [{ entityCountry: 123 }, 'entityCountry'],
    [{ entityCountry: 'China' }, 'entityCountry'],
    [{ hasEuStock: 'yes' }, 'hasEuStock'],
    [{ vatCountries: 'DE' }, 'vatCountries'],
    [{ vatCountry: ['DE'] }, 'vatCountry'],
    ['CN', 'input'],
  ])('rejects %j naming the field %s', (raw, field) => {
    const r = parseEligibilityInput(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.field).toBe(field);
  });
});

describe('the adapters\' "Other" country', () => {
  it('is named in words and fails the entity check', async () => {
    const { nameCountry } = await import('../../src/tools/countries.js');
    expect(nameCountry('XX', 'zh')).toBe('其他国家');
    expect(nameCountry('ZZ', 'en')).toBe('another country');
    expect(nameCountry('QQ', 'en')).toBe('QQ');
  });
});
