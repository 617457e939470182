import { beforeAll, describe, expect, it } from 'vitest';
import { runToolCommand, type Rules } from '../../src/tools/index.js';
import { loadRealRules } from './rules-dir.js';

let rules: Rules;
beforeAll(async () => {
  rules = await loadRealRules();
});

const run = (argv: string[]) => {
  const { stdout, exitCode } = runToolCommand(argv, rules);
  expect(stdout).not.toContain('\n');
  return { out: JSON.parse(stdout) as Record<string, unknown>, exitCode };
};

describe('runToolCommand', () => {
  it('prints the margin result as one JSON line', () => {
    const { out, exitCode } = run(['margin', '--json', '{"listPrice":29.99,"market":"DE","unitCost":8,"inboundShipping":1.5,"fulfillmentFee":3.2,"affiliateRate":0.15}']);
    expect(exitCode).toBe(0);
    expect(out).toMatchObject({ ok: true, profit: 6.02, breakEvenPrice: 20.34, market: 'DE' });
  });

  it('prints the eligibility result, accepting "tool" first and --json=', () => {
    const { out, exitCode } = run(['tool', 'eligibility', '--json={"entityCountry":"UK","hasEuStock":true,"warehouseCountry":"DE","vatCountries":["DE"]}']);
    expect(exitCode).toBe(0);
    expect(out).toMatchObject({ ok: true, verdict: 'ineligible', input: { entityCountry: 'GB' } });
  });

  it.each([
    [['margin', '--json', '{"listPrice":-1,"market":"DE","unitCost":1}'], 'listPrice'],
    [['margin', '--json', '{not json'], 'json'],
    [['margin'], 'json'],
    [['eligibility', '--json', '{"entityCountry":5}'], 'entityCountry'],
  ])('reports bad input as ok:false with exit 0: %j', (argv, field) => {
    const { out, exitCode } = run(argv);
    expect(exitCode).toBe(0);
    expect(out.ok).toBe(false);
    expect((out.error as { field: string }).field).toBe(field);
  });

  it('runs compare and ladder', () => {
    const compare = run(['compare', '--json', '{"listPrice":20,"unitCost":5}']);
    expect((compare.out.rows as unknown[]).length).toBe(4);
    const ladder = run(['ladder', '--json', '{"listPrice":20,"market":"FR","unitCost":5,"prices":[15,25]}']);
    expect((ladder.out.rows as Array<{ listPrice: number }>).map((r) => r.listPrice)).toEqual([15, 25]);
  });

  it.each([[['pricing', '--json', '{}']], [[]]])('exits non-zero for an unknown tool: %j', (argv) => {
    const { out, exitCode } = run(argv);
    expect(exitCode).not.toBe(0);
    expect((out.error as { field: string }).field).toBe('tool');
  });
});
