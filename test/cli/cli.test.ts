import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli.js';
import { tempIndexDir } from '../helpers/fixture-retriever.js';
import { FIXTURE_KNOWLEDGE_DIR } from '../helpers/knowledge-dirs.js';
import { sharedIndexDir } from '../helpers/shared-index.js';

const dir = mkdtempSync(join(tmpdir(), 'faqbot-cli-'));
const env = { KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE_DIR, INDEX_DIR: sharedIndexDir('fixture'), DB_PATH: join(dir, 'bot.db'), LOG_LEVEL: 'silent' };

/** `main()` in this process, as `npm run … -- args` calls it, with what it writes to stdout and stderr. */
async function cli(args: string[], extraEnv: Record<string, string> = {}): Promise<{ stdout: string; stderr: string; code: number }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => out.push(String(chunk)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => err.push(String(chunk)) > 0);
  try {
    const code = await main(args, { ...env, ...extraEnv });
    return { stdout: out.join(''), stderr: err.join(''), code };
  } finally {
    vi.restoreAllMocks();
  }
}
afterEach(() => vi.restoreAllMocks());

describe('npm run ask, as a process', () => {
  it('starts, answers one question with its route and language, and exits 0', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'ask', '本地托管是哪天上线的？'], {
      env: { ...process.env, ...env },
    });
    expect(stdout).toContain('2026年1月16日');
    expect(stdout).toMatch(/\[faq · zh · confidence \d\.\d\d\]\n$/);
  }, 60_000);
});

describe('the batch CLI contract', () => {
  it('answers every JSONL line with one JSON line carrying its id, and prints nothing else on stdout', async () => {
    const file = join(dir, 'questions.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 'q1', question: '本地托管在哪些国家上线？' }),
        JSON.stringify({ id: 'q2', question: 'What are the requirements for local hosting?' }),
        JSON.stringify({ id: 'q3', question: 'best pizza in Naples?' }),
        JSON.stringify({ id: 'q4', question: '西班牙站售价19.99欧，成本5欧，尾程3欧，利润多少' }),
        'not json',
      ].join('\n'),
    );
    const { stdout, code } = await cli(['ask', '--jsonl', file]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['q1', 'q2', 'q3', 'q4', null]);
    for (const l of lines.slice(0, 4)) {
      expect(l).toEqual(expect.objectContaining({ text: expect.any(String), lang: expect.any(String), sources: expect.any(Array), abstained: expect.any(Boolean), confidence: expect.any(Number) }));
      expect(l).toHaveProperty('tool');
    }
    expect(lines[0].lang).toBe('zh');
    expect(lines[0].text).toContain('德国');
    expect(lines[1].sources.map((s: { id: string }) => s.id)).toContain('lh-eligibility');
    expect(lines[2].abstained).toBe(true);
    expect(lines[3].tool).toBe('margin');
    expect(lines[4].error).toBeTruthy();
  });

  it('answers the valid lines around a null line, and reads lines with the same chat and user as one conversation', async () => {
    const file = join(dir, 'conversation.jsonl');
    writeFileSync(
      file,
      [
        JSON.stringify({ id: 'c1', question: '本地托管是哪天上线的？', chat: 'g1', user: 'a' }),
        'null',
        JSON.stringify({ id: 'c2', question: 'What is the VAT rate in Spain?', chat: 'g1', user: 'b' }),
        JSON.stringify({ id: 'c3', question: 'and for Italy?', chat: 'g1', user: 'b' }),
        JSON.stringify({ id: 'c4', question: 'and for Italy?' }),
      ].join('\n'),
    );
    const { stdout, code } = await cli(['ask', '--jsonl', file]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['c1', null, 'c2', 'c3', 'c4']);
    expect(lines[1].error).toBe('a line must be a JSON object');
    expect(lines[3]).toMatchObject({ followUp: true, resolved: 'What is the VAT rate in Italy?' });
    expect(lines[3].text).toContain('22%');
    // Without chat and user a line stands alone: nothing to follow.
    expect(lines[4].followUp).toBe(false);
  });

  it('prints one answer object with --json', async () => {
    const { stdout, code } = await cli(['ask', '--json', 'What', 'is', 'the', 'VAT', 'rate', 'in', 'Spain?']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.text).toContain('21%');
    expect(result.abstained).toBe(false);
  });

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
  });

  it('checks the knowledge base with knowledge:check', async () => {
    const { stdout, code } = await cli(['check']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/11 articles, 5 FAQ entries, 15 glossary terms, \d+ rules passages: 0 errors/);
  });

  it('reports a broken knowledge file with knowledge:check and exits 1', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'faqbot-cli-kb-'));
    const { cpSync } = await import('node:fs');
    cpSync(FIXTURE_KNOWLEDGE_DIR, broken, { recursive: true });
    writeFileSync(join(broken, 'faq', 'broken.yaml'), '- id: not-an-faq-id\n');
    const { stdout, code } = await cli(['check'], { KNOWLEDGE_DIR: broken });
    expect(code).toBe(1);
    expect(stdout).toMatch(/ERROR +\S*broken\.yaml/);
  });

  it('rebuilds the index with npm run index and says what went into it', async () => {
    const { stdout, code } = await cli(['index'], { INDEX_DIR: tempIndexDir('cli-index') });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^index rebuilt in .*: \d+ units from 11 articles, 5 FAQ entries/);
  });

  it('prints the usage for help, and exits 2 on an unknown command', async () => {
    const help = await cli(['help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('npm run ask');
    const unknown = await cli(['fly']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command fly');
  });
});
