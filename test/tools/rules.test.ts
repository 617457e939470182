import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeRules, loadRules, RULES_FILES, RulesLoadError } from '../../src/tools/index.js';
import { loadRealRules, RULES_DIR } from './rules-dir.js';

describe('loadRules on the real files', () => {
  it('reads the entry conditions with their date and sources', async () => {
    const rules = await loadRealRules();
    expect(rules.eligibility.asOf).toBe('2026-01-16');
    expect(rules.eligibility.entityCountries).toEqual(['DE', 'FR', 'IT', 'ES', 'CN', 'HK']);
    expect(rules.eligibility.warehouseCountries).toHaveLength(27);
    expect(rules.eligibility.warehouseCountries).not.toContain('GB');
    expect(rules.eligibility.sources.map((s) => s.title)).toContain('TK观察：解析TikTok欧洲“本地托管”模式 (AMZ123)');
  });

  it.each([
    ['DE', 0.19, [0.07]],
    ['FR', 0.2, [0.1, 0.055, 0.021]],
    ['IT', 0.22, [0.1, 0.05, 0.04]],
    ['ES', 0.21, [0.1, 0.04]],
  ])('market %s: VAT %s, commission 9%% from 2026-01-08', async (code, standard, reduced) => {
    const rules = await loadRealRules();
    const m = rules.markets.markets[code];
    expect(m.currency).toBe('EUR');
    expect(m.vat.standard).toBe(standard);
    expect(m.vat.reduced).toEqual(reduced);
    expect(m.commission.default).toBe(0.09);
    expect(m.commission.asOf).toBe('2026-01-08');
    expect(m.commission.electronics).toBe(0.07);
    expect(m.commission.newSeller).toEqual({ rate: 0.04, days: 60 });
  });
});

describe('loadRules on broken files', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  async function brokenCopy(file: string, edit: (text: string) => string): Promise<string> {
    dir = await mkdtemp(join(tmpdir(), 'rules-'));
    for (const f of Object.values(RULES_FILES)) await copyFile(join(RULES_DIR, f), join(dir, f));
    const path = join(dir, file);
    await writeFile(path, edit(await readFile(path, 'utf8')));
    return path;
  }

  it.each([
    [RULES_FILES.markets, (t: string) => t.replace('standard: 0.19', 'standard: 1.19'), 'markets.DE.vat.standard'],
    [RULES_FILES.markets, (t: string) => t.replace('asOf: 2026-01-08', 'asOf: soon'), 'markets.DE.commission.asOf'],
    [RULES_FILES.eligibility, (t: string) => t.replace('asOf: 2026-01-16', 'asOf: 16.01.2026'), 'asOf'],
    [RULES_FILES.eligibility, (t: string) => t.replace('entityCountries: [DE, FR, IT, ES, CN, HK]', 'entityCountries: [de, FR]'), 'entityCountries.0'],
  ])('%s with a bad value names the file and the field %s', async (file, edit, field) => {
    const path = await brokenCopy(file, edit);
    const error = await loadRules(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RulesLoadError);
    const e = error as RulesLoadError;
    expect(e.file).toBe(path);
    expect(e.field).toBe(field);
    expect(e.message).toContain(path);
    expect(e.cause).toBeDefined();
  });

  it('rejects YAML that does not parse, with the path', async () => {
    const path = await brokenCopy(RULES_FILES.eligibility, (t) => `${t}\n  - : [unclosed\n`);
    const error = (await loadRules(dir).catch((e: unknown) => e)) as RulesLoadError;
    expect(error).toBeInstanceOf(RulesLoadError);
    expect(error.file).toBe(path);
  });

  it('rejects a missing file, with the path', async () => {
    dir = await mkdtemp(join(tmpdir(), 'rules-'));
    await copyFile(join(RULES_DIR, RULES_FILES.eligibility), join(dir, RULES_FILES.eligibility));
    const error = (await loadRules(dir).catch((e: unknown) => e)) as RulesLoadError;
    expect(error).toBeInstanceOf(RulesLoadError);
    expect(error.file).toBe(join(dir, RULES_FILES.markets));
  });
});

describe('describeRules', () => {
  it('gives zh and en passages for the entry conditions and each market, with their dates', async () => {
    const passages = describeRules(await loadRealRules());
    const ids = passages.map((p) => `${p.id}:${p.lang}`);
    expect(ids).toEqual([
      'rules-eligibility:zh',
      'rules-eligibility:en',
      'rules-market-de:zh',
      'rules-market-de:en',
      'rules-market-fr:zh',
      'rules-market-fr:en',
      'rules-market-it:zh',
      'rules-market-it:en',
      'rules-market-es:zh',
      'rules-market-es:en',
    ]);
    const byId = (id: string, lang: string) => passages.find((p) => p.id === id && p.lang === lang);
    expect(byId('rules-eligibility', 'zh')?.text).toContain('入仓国注册VAT');
    expect(byId('rules-eligibility', 'zh')?.text).toContain('2026-01-16');
    expect(byId('rules-eligibility', 'en')?.text).toContain('single EU member state');
    expect(byId('rules-eligibility', 'en')?.date).toBe('2026-01-16');
    expect(byId('rules-market-de', 'zh')?.text).toContain('19%');
    expect(byId('rules-market-de', 'en')?.text).toContain('9% from 2026-01-08');
    expect(byId('rules-market-fr', 'en')?.text).toContain('20%');
    expect(byId('rules-market-it', 'en')?.text).toContain('22%');
    expect(byId('rules-market-es', 'zh')?.text).toContain('21%');
    for (const p of passages) expect(p.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
