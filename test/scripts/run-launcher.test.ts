// scripts/run.mjs, the launcher `npm start`, `npm run ask`, `chat` and `tool` go through: it runs an entry as a bundle
// compiled ahead of time, rebuilt when a file it was built from changes. Real processes: the launcher on a small
// project in a temp folder (copied launcher, the repository's node_modules linked), compared with tsx running the same
// sources; then `npm run ask` on this repository, compared with the TypeScript sources answering in this process.
import { execFile, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli.js';
import { FIXTURE_KNOWLEDGE_DIR } from '../helpers/knowledge-dirs.js';
import { sharedIndexDir } from '../helpers/shared-index.js';
import { startFakeBotApi } from '../adapters/telegram/fake-bot-api.js';
import { messageUpdate, textMessage, user } from '../adapters/telegram/telegram-updates.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

/** A project with two modules, a lazily imported one, a JSON file read beside its module, and a tsconfig. */
function makeProject(): string {
  const dir = mkdtempSync(join(tmpdir(), 'faqbot-launcher-'));
  mkdirSync(join(dir, 'scripts'));
  mkdirSync(join(dir, 'src', 'lib'), { recursive: true });
  copyFileSync(join(ROOT, 'scripts', 'run.mjs'), join(dir, 'scripts', 'run.mjs'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'launcher-fixture', private: true, type: 'module' }));
  writeFileSync(join(dir, 'tsconfig.json'), readFileSync(join(ROOT, 'tsconfig.json')));
  writeFileSync(join(dir, 'src', 'lib', 'data.json'), JSON.stringify({ unit: 'EUR' }));
  writeFileSync(
    join(dir, 'src', 'lib', 'greet.ts'),
    [
      "import { readFileSync } from 'node:fs';",
      "export const VERSION: number = 1;",
      // A name esbuild would rename in a bundle (entry.ts has one too); keepNames keeps `.name` the source's.
      'export function describe(): string {',
      "  const data = JSON.parse(readFileSync(new URL('./data.json', import.meta.url), 'utf8')) as { unit: string };",
      '  return `v${VERSION} ${data.unit} ${describe.name}`;',
      '}',
      'export const here = import.meta.url;',
      '',
    ].join('\n'),
  );
  writeFileSync(join(dir, 'src', 'lazy.ts'), "export const lazy = (n: number): number => n * 2;\n");
  writeFileSync(
    join(dir, 'src', 'entry.ts'),
    [
      "import { describe as describeGreeting, here } from './lib/greet.js';",
      'function describe(): string {',
      "  return 'entry';",
      '}',
      "const { lazy } = await import('./lazy.js');",
      'const isEntry = import.meta.url.endsWith(process.argv[1]!);',
      'process.stdout.write(JSON.stringify({ greeting: describeGreeting(), own: `${describe()} ${describe.name}`, lazy: lazy(21), here, url: import.meta.url, args: process.argv.slice(2), isEntry }));',
      '',
    ].join('\n'),
  );
  return dir;
}

const scriptsOf = () => (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const launch = async (dir: string, ...args: string[]) => JSON.parse((await run(process.execPath, ['scripts/run.mjs', 'src/entry.ts', ...args], { cwd: dir })).stdout);
const viaTsx = async (dir: string, ...args: string[]) => JSON.parse((await run(process.execPath, ['--import', 'tsx', 'src/entry.ts', ...args], { cwd: dir })).stdout);
const buildsOf = (dir: string) => readdirSync(join(dir, '.build', 'src-entry')).filter((n) => !n.endsWith('.json'));
const pointer = (dir: string) => {
  const file = join(dir, '.build', 'src-entry', 'current.json');
  return { key: (JSON.parse(readFileSync(file, 'utf8')) as { key: string }).key, mtime: statSync(file).mtimeMs };
};

describe('scripts/run.mjs on a small project', () => {
  it('runs what tsx runs, reuses its build while nothing changed, and rebuilds when a source changes', async () => {
    const dir = makeProject();
    const first = await launch(dir, 'a', '--b');
    expect(first).toEqual(await viaTsx(dir, 'a', '--b'));
    // What the sources see is theirs: module URLs, the entry in argv[1], function names, a lazy import.
    expect(first).toMatchObject({ greeting: 'v1 EUR describe', own: 'entry describe', lazy: 42, args: ['a', '--b'], isEntry: true });
    expect(first.here).toBe(`file://${join(dir, 'src', 'lib', 'greet.ts')}`);

    const built = pointer(dir);
    await launch(dir);
    expect(pointer(dir), 'an unchanged project is not built again').toEqual(built);

    writeFileSync(join(dir, 'src', 'lib', 'greet.ts'), readFileSync(join(dir, 'src', 'lib', 'greet.ts'), 'utf8').replace('VERSION: number = 1', 'VERSION: number = 2'));
    const second = await launch(dir);
    expect(second.greeting).toBe('v2 EUR describe');
    expect(second).toEqual(await viaTsx(dir));
    expect(pointer(dir).key).not.toBe(built.key);
    expect(buildsOf(dir)).toHaveLength(2);

    // A file read at run time (not compiled) is read fresh, no rebuild needed; the tsconfig is an input of the build.
    writeFileSync(join(dir, 'src', 'lib', 'data.json'), JSON.stringify({ unit: 'GBP' }));
    expect((await launch(dir)).greeting).toBe('v2 GBP describe');
    writeFileSync(join(dir, 'tsconfig.json'), `${readFileSync(join(dir, 'tsconfig.json'), 'utf8')}\n`);
    const keyBefore = pointer(dir).key;
    await launch(dir);
    expect(pointer(dir).key).not.toBe(keyBefore);
  }, 60_000);

  it('fails with the compiler message and exit code 1 when a source does not compile', async () => {
    const dir = makeProject();
    writeFileSync(join(dir, 'src', 'lazy.ts'), 'export const lazy = (n: number) => n *;\n');
    const failure = await run(process.execPath, ['scripts/run.mjs', 'src/entry.ts'], { cwd: dir }).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toMatch(/src\/lazy\.ts:1:/);
    expect(failure?.stderr).toContain('could not build src/entry.ts');
  }, 30_000);
});

describe('npm run ask, as a user runs it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'faqbot-launcher-ask-'));
  const env = { KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE_DIR, INDEX_DIR: sharedIndexDir('fixture'), DB_PATH: join(dir, 'bot.db'), LOG_LEVEL: 'silent' };
  afterEach(() => vi.restoreAllMocks());

  it('goes through the launcher for the commands people run', () => {
    const scripts = scriptsOf();
    for (const name of ['start', 'ask', 'chat', 'tool']) expect(scripts[name], name).toMatch(/^node (?:--[\w-]+(?:=\S+)? )*scripts\/run\.mjs /);
  });

  it('prints an answer, and the same answer object as the TypeScript sources give', async () => {
    const question = '本地托管是哪天上线的？';
    const npm = (args: string[]) => run('npm', ['run', '--silent', 'ask', '--', ...args], { cwd: ROOT, env: { ...process.env, ...env } });
    const human = (await npm([question])).stdout;
    expect(human).toContain('2026年1月16日');
    expect(human).toMatch(/\[faq · zh · confidence \d\.\d\d\]\n$/);

    const fromLauncher = JSON.parse((await npm(['--json', question])).stdout);
    const out: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => out.push(String(chunk)) > 0);
    expect(await main(['ask', '--json', question], env)).toBe(0);
    vi.restoreAllMocks();
    const fromSources = JSON.parse(out.join(''));
    // Each answer gets a fresh id; everything else is the same.
    expect({ ...fromLauncher, id: undefined }).toEqual({ ...fromSources, id: undefined });
  }, 60_000);

  it('runs npm start as a bundle too: a Telegram bot answers over a loopback Bot API and stops on SIGTERM', async () => {
    const api = await startFakeBotApi();
    try {
      api.queueUpdate(messageUpdate(textMessage(user(5151, 'zh'), '本地托管是哪天上线的？', { chatId: 5151 })));
      // The command line of `npm start` itself (package.json), without npm around it, so the signal reaches the bot.
      const [command, ...args] = scriptsOf().start!.split(' ');
      expect(command).toBe('node');
      const childEnv: Record<string, string | undefined> = { ...process.env, ...env, TELEGRAM_BOT_TOKEN: '123456:launcher', TELEGRAM_API_ROOT: api.apiRoot, USER_HASH_SALT: 'salt' };
      delete childEnv.DISCORD_TOKEN;
      const child = spawn(process.execPath, args, { cwd: ROOT, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
      const reply = await api.waitFor('sendMessage', (c) => c.body.chat_id === 5151, 45_000);
      expect(reply.body.text).toContain('2026年1月16日');
      child.kill('SIGTERM');
      expect(await exited, out).toBe(0);
    } finally {
      await api.close();
    }
  }, 60_000);
});
