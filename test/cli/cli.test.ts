import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'faqbot-cli-'));
const env = { ...process.env, INDEX_DIR: join(dir, 'index'), DB_PATH: join(dir, 'bot.db'), LOG_LEVEL: 'silent' };

async function cli(args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { env, maxBuffer: 10 * 2 ** 20 });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const e = error as { stdout: string; stderr: string; code: number };
    return { stdout: e.stdout, stderr: e.stderr, code: e.code };
  }
}

beforeAll(async () => {
  // Builds the index once so the cases below measure the contract, not the build.
  expect((await cli(['index'])).code).toBe(0);
}, 60_000);

describe('the batch CLI contract', () => {
  it('answers every JSONL line with one JSON line carrying its id, and prints nothing else on stdout', async () => {
    const file = join(dir, 'questions.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 'q1', question: '本地托管在哪些国家上线？' }),
        JSON.stringify({ id: 'q2', question: 'How do I apply for local hosting?' }),
        JSON.stringify({ id: 'q3', question: 'best pizza in Naples?' }),
        JSON.stringify({ id: 'q4', question: '西班牙站售价19.99欧，成本5欧，尾程3欧，利润多少' }),
      ].join('\n'),
    );
    const { stdout, code } = await cli(['ask', '--jsonl', file]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['q1', 'q2', 'q3', 'q4']);
    for (const l of lines) {
      expect(l).toEqual(expect.objectContaining({ text: expect.any(String), lang: expect.any(String), sources: expect.any(Array), abstained: expect.any(Boolean), confidence: expect.any(Number) }));
      expect(l).toHaveProperty('tool');
    }
    expect(lines[0].lang).toBe('zh');
    expect(lines[0].text).toContain('德国');
    expect(lines[1].sources.map((s: { id: string }) => s.id)).toContain('lh-application');
    expect(lines[2].abstained).toBe(true);
    expect(lines[3].tool).toBe('margin');
  }, 60_000);

  it('prints one answer object with --json', async () => {
    const { stdout, code } = await cli(['ask', '--json', 'What', 'is', 'the', 'VAT', 'rate', 'in', 'Spain?']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.text).toContain('21%');
    expect(result.abstained).toBe(false);
  }, 60_000);

  it('runs a tool from JSON: ok results and bad input both exit 0, an unknown tool does not', async () => {
    const ok = await cli(['tool', 'margin', '--json', JSON.stringify({ listPrice: 39.9, market: 'FR', unitCost: 10, inboundShipping: 2, fulfillmentFee: 4, affiliateRate: 0.1 })]);
    expect(ok.code).toBe(0);
    const result = JSON.parse(ok.stdout);
    expect(result.ok).toBe(true);
    expect(result.profit).toBeCloseTo(10.33, 2);

    const bad = await cli(['tool', 'margin', '--json', JSON.stringify({ listPrice: -5, market: 'FR', unitCost: 1 })]);
    expect(bad.code).toBe(0);
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, error: { field: 'listPrice' } });

    const eligibility = await cli(['tool', 'eligibility', '--json', JSON.stringify({ entityCountry: 'GB', hasEuStock: true, warehouseCountry: 'DE', vatCountries: ['DE'] })]);
    expect(JSON.parse(eligibility.stdout).verdict).toBe('ineligible');

    expect((await cli(['tool', 'teleport', '--json', '{}'])).code).not.toBe(0);
  }, 60_000);

  it('checks the knowledge base with knowledge:check', async () => {
    const { stdout, code } = await cli(['check']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/0 errors/);
  }, 60_000);
});
