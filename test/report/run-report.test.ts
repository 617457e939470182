import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runReport, type RunReportDeps } from '../../src/report/run-report.js';
import { createStore } from '../../src/store/create-store.js';
import { makeExchange, makeTempDir } from '../store/helpers.js';

let tmp: ReturnType<typeof makeTempDir>;
let dbPath: string;
let out: string[];
let err: string[];

// The report and the store read one fixed clock: day ranges must not depend on when the suite runs.
const NOW = () => new Date('2026-11-26T12:00:00Z');

function deps(): RunReportDeps {
  return {
    openStore: async (target) => createStore({ path: 'path' in target ? target.path : '', salt: 's', now: NOW }),
    defaultDbPath: dbPath,
    exists: existsSync,
    writeFile: (path, content) => writeFile(path, content, 'utf8'),
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    now: NOW,
  };
}

beforeEach(() => {
  tmp = makeTempDir();
  dbPath = join(tmp.dir, 'data', 'bot.db');
  out = [];
  err = [];
  const store = createStore({ path: dbPath, salt: 's', now: () => new Date('2026-11-26T08:00:00Z') });
  store.recordExchange(makeExchange('a1', '本地托管怎么加入？', { lang: 'zh', abstained: true }));
  store.recordExchange(makeExchange('a2', 'What is Local Hosting?', { lang: 'en' }));
  store.close();
});
afterEach(() => tmp.remove());

describe('runReport', () => {
  it('prints the table for the default database and writes the HTML page', async () => {
    const html = join(tmp.dir, 'report.html');
    expect(await runReport(['--days', '7', '--html', html], deps())).toBe(0);
    const text = out.join('');
    expect(text).toContain('Bot report: last 7 day(s), 2026-11-20 .. 2026-11-26');
    expect(text).toMatch(/\n\s+2\s+1\s+1\s+50\.0%/);
    expect(text).toContain(`HTML report written to ${html}`);
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<div class="card">Answer rate<b>50.0%</b></div>');
    expect(page).toContain('本地托管怎么加入？');
    expect(err).toEqual([]);
  });

  it('reads PostgreSQL when DATABASE_URL is set, unless --db names a file', async () => {
    const targets: unknown[] = [];
    const withUrl = { ...deps(), databaseUrl: 'postgres://bot@db:5432/bot' };
    const open = withUrl.openStore;
    withUrl.openStore = async (target) => (targets.push(target), open({ path: dbPath }));
    expect(await runReport(['--days', '7'], { ...withUrl, exists: () => false })).toBe(0);
    expect(await runReport(['--db', dbPath], withUrl)).toBe(0);
    expect(targets).toEqual([{ url: 'postgres://bot@db:5432/bot' }, { path: dbPath }]);
  });

  it('reads the database given with --db', async () => {
    expect(await runReport(['--db', join(tmp.dir, 'elsewhere.db')], deps())).toBe(1);
    expect(err.join('')).toContain('no database at');
    expect(existsSync(join(tmp.dir, 'elsewhere.db'))).toBe(false);
    err = [];
    expect(await runReport(['--db', dbPath, '--days', '1'], deps())).toBe(0);
    expect(out.join('')).toContain('last 1 day(s), 2026-11-26 .. 2026-11-26');
  });

  it.each([
    [['--days', '0']],
    [['--days', 'many']],
    [['--html']],
    [['--unknown']],
    [['positional']],
  ])('rejects bad arguments %j with usage and exit code 2', async (argv) => {
    expect(await runReport(argv, deps())).toBe(2);
    expect(err.join('')).toContain('Usage: npm run report');
    expect(out).toEqual([]);
  });

  it('prints usage for --help', async () => {
    expect(await runReport(['--help'], deps())).toBe(0);
    expect(out.join('')).toContain('--html FILE');
  });
});
