// What a user waits for, measured on real processes: `npm run ask` to its answer, `npm start` to its prompt and to
// the first answer, `npm start` with a Telegram token to its first poll of a loopback Bot API and to its first reply,
// and the RSS of a running bot after 10,000 answers. Each against a floor measured in the same run (times: npm and
// node starting an empty file; memory: node, with the V8 settings of `npm start`, running a file that only waits),
// because the shared machine's load moves every figure. The scripts run the bundle scripts/run.mjs keeps in .build/
// (built once, rebuilt when a source changes); one measure times a start that builds it first.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startFakeBotApi } from '../test/adapters/telegram/fake-bot-api.js';
import { messageUpdate, textMessage, user } from '../test/adapters/telegram/telegram-updates.js';

type Env = Record<string, string | undefined>;

export interface Started {
  child: ChildProcess;
  /** SIGTERM to the whole process group (npm, sh, the bot); resolves when every one of them is gone. */
  stop(): Promise<void>;
  output(): string;
  /** Milliseconds from spawn until `predicate(output)` first holds. */
  when(predicate: (out: string) => boolean, timeoutMs?: number): Promise<number>;
  exited: Promise<number | null>;
  t0: number;
}

function startProcess(
  command: string,
  args: string[],
  env: Env,
  options: { stdin?: boolean; onStdout?: (chunk: string) => void } = {},
): Started {
  const t0 = performance.now();
  // Its own process group, so `stop` reaches the bot under npm and sh, not only npm.
  const child = spawn(command, args, { env, stdio: [options.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'], detached: true });
  let out = '';
  const waiters: Array<{ predicate: (o: string) => boolean; resolve: (ms: number) => void }> = [];
  const check = () => {
    for (const w of [...waiters]) {
      if (w.predicate(out)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(performance.now() - t0);
      }
    }
  };
  child.stdout!.on('data', (d: Buffer) => {
    if (options.onStdout) options.onStdout(d.toString());
    else out += d.toString();
    check();
  });
  child.stderr!.on('data', (d: Buffer) => {
    out += d.toString();
    check();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // The whole group ends: npm's exit alone can leave the bot polling (and answering the next run's question).
  const groupGone = new Promise<void>((resolve) => {
    child.on('exit', async () => {
      for (let i = 0; i < 200; i++) {
        try {
          process.kill(-child.pid!, 0);
        } catch {
          return resolve();
        }
        await new Promise((r) => setTimeout(r, 50));
      }
      resolve();
    });
  });
  return {
    child,
    async stop() {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
      await exited;
      await groupGone;
    },
    t0,
    output: () => out,
    exited,
    when(predicate, timeoutMs = 120_000) {
      if (predicate(out)) return Promise.resolve(performance.now() - t0);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out; output so far:\n${out.slice(-2000)}`)), timeoutMs);
        waiters.push({ predicate, resolve: (ms) => (clearTimeout(timer), resolve(ms)) });
      });
    },
  };
}

/** Wall time of a command run to its end (exit code 0 expected). */
async function timeRun(command: string, args: string[], env: Env): Promise<number> {
  const p = startProcess(command, args, env);
  const code = await p.exited;
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} exited ${code}:\n${p.output().slice(-2000)}`);
  return performance.now() - p.t0;
}

/** The processes under `pid` (npm → sh → node), from /proc. */
function descendants(pid: number): number[] {
  const out: number[] = [];
  const walk = (p: number) => {
    for (const task of readdirSync(`/proc/${p}/task`, { withFileTypes: false }) as string[]) {
      let children: number[] = [];
      try {
        children = readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
      } catch {
        // the process ended meanwhile
      }
      for (const c of children) {
        out.push(c);
        walk(c);
      }
    }
  };
  walk(pid);
  return out;
}

function statusKiB(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : 0;
}

/** The bot's own process (the largest: the node process running the bundle of adapters/main.ts) and the whole tree. */
function memoryOf(root: number): { botRss: number; botPeak: number; treeRss: number } {
  const pids = [root, ...descendants(root)];
  const rss = pids.map((p) => ({ p, kib: statusKiB(p, 'VmRSS') }));
  const bot = rss.reduce((a, b) => (b.kib > a.kib ? b : a));
  return { botRss: bot.kib / 1024, botPeak: statusKiB(bot.p, 'VmHWM') / 1024, treeRss: rss.reduce((a, b) => a + b.kib, 0) / 1024 };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** The node options `npm start` passes (package.json), so the memory floor runs under the same V8 settings. */
function startNodeFlags(): string[] {
  const start = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts.start ?? '';
  return /^node ((?:--\S+ )*)/.exec(start)?.[1]?.trim().split(' ').filter(Boolean) ?? [];
}

export interface StartFigures {
  rows: Array<{ measure: string; runs: number[]; unit: 'ms' | 'MiB'; floor?: number[]; failed?: string }>;
}

export async function measureStart(runs = 3): Promise<StartFigures> {
  const root = mkdtempSync(join(tmpdir(), 'faqbot-bench-start-'));
  const noop = join(root, 'noop.mjs');
  writeFileSync(noop, 'export {};\n');
  const base: Env = { ...process.env, INDEX_DIR: join(root, 'index'), DB_PATH: join(root, 'bot.db'), LOG_LEVEL: 'warn', USER_HASH_SALT: 'bench' };
  delete base.TELEGRAM_BOT_TOKEN;
  delete base.DISCORD_TOKEN;
  const question = '本地托管是哪天上线的？';
  const rows: StartFigures['rows'] = [];
  const row = (measure: string, unit: 'ms' | 'MiB' = 'ms') => {
    const r: StartFigures['rows'][number] = { measure, runs: [], unit, floor: [] };
    rows.push(r);
    return r;
  };
  const floor = async () => (await timeRun('npm', ['run', '--silent', 'env'], base)) + (await timeRun(process.execPath, [noop], base));

  // A start after a knowledge change (or the first one): the index, the snapshot and the parsed knowledge are built.
  const cold = row('`npm run ask` with nothing on disk yet (builds index, snapshot, parsed knowledge)');
  for (let i = 0; i < runs; i++) {
    cold.floor!.push(await floor());
    cold.runs.push(await timeRun('npm', ['run', '--silent', 'ask', '--', question], { ...base, INDEX_DIR: join(root, `cold-${i}`) }));
  }

  const ask = row('`npm run ask -- "本地托管是哪天上线的？"` to its answer and exit');
  await timeRun('npm', ['run', '--silent', 'ask', '--', question], base); // builds what the runs below read
  for (let i = 0; i < runs; i++) {
    ask.floor!.push(await floor());
    ask.runs.push(await timeRun('npm', ['run', '--silent', 'ask', '--', question], base));
  }

  // The first start after a source edit: scripts/run.mjs bundles the entry before running it (in a fresh build folder
  // inside the project, so the shared .build/ is left alone).
  const rebuilt = row('`npm run ask` after a source change (bundles src/cli.ts first; index on disk)');
  for (let i = 0; i < runs; i++) {
    const buildDir = `.build/bench-${process.pid}-${i}`;
    rebuilt.floor!.push(await floor());
    try {
      rebuilt.runs.push(await timeRun('npm', ['run', '--silent', 'ask', '--', question], { ...base, FAQBOT_BUILD_DIR: buildDir }));
    } finally {
      rmSync(buildDir, { recursive: true, force: true });
    }
  }

  const prompt = row('`npm start` (no token: local chat) to its prompt');
  const firstChat = row('`npm start` to the first answer in the chat');
  for (let i = 0; i < runs; i++) {
    prompt.floor!.push(await floor());
    firstChat.floor!.push(prompt.floor!.at(-1)!);
    const p = startProcess('npm', ['start', '--silent'], base, { stdin: true });
    p.child.stdin!.write(`${question}\n`);
    prompt.runs.push(await p.when((o) => o.includes('\n> ') || o.startsWith('> ')));
    firstChat.runs.push(await p.when((o) => o.includes('[faq ·')));
    p.child.stdin!.end('/quit\n');
    await p.exited;
  }

  const api = await startFakeBotApi();
  const tgEnv: Env = { ...base, TELEGRAM_BOT_TOKEN: '123456:bench', TELEGRAM_API_ROOT: api.apiRoot, TELEGRAM_ADMIN_IDS: '' };
  const tgReady = row('`npm start` with a Telegram token to its first poll (getUpdates) of a loopback Bot API');
  const tgFirst = row('`npm start` with a Telegram token to its reply to a question waiting in the Bot API');
  for (let i = 0; i < runs && !tgReady.failed; i++) {
    tgReady.floor!.push(await floor());
    tgFirst.floor!.push(tgReady.floor!.at(-1)!);
    api.reset();
    const from = user(9000 + i, 'zh-hans');
    api.queueUpdate(messageUpdate(textMessage(from, question)));
    const p = startProcess('npm', ['start', '--silent'], tgEnv);
    try {
      await Promise.race([api.waitFor('getUpdates', () => true, 60_000), p.exited.then((code) => Promise.reject(new Error(`exited ${code}`)))]);
      tgReady.runs.push(performance.now() - p.t0);
      await api.waitFor('sendMessage', (c) => c.body.chat_id === from.id, 60_000);
      tgFirst.runs.push(performance.now() - p.t0);
    } catch (error) {
      // A broken adapter is reported in the table, not allowed to stop the other measures.
      const last = p.output().trim().split('\n').at(-1) ?? '';
      tgReady.failed = tgFirst.failed = `${(error as Error).message}; last output: ${last.slice(0, 300)}`;
    }
    await p.stop();
  }
  await api.close();

  return { rows };
}

/**
 * The RSS of `npm start`'s bot process (the local chat: the bot service, conversations and the SQLite store on) at its
 * prompt and after `BENCH_RSS_ANSWERS` (10,000) answers from one asker; `nodeOptions` to try V8 settings.
 */
export async function measureBotMemory(runs: number, options: { root?: string; base?: Env; nodeOptions?: string } = {}): Promise<StartFigures> {
  const root = options.root ?? mkdtempSync(join(tmpdir(), 'faqbot-bench-rss-'));
  const base: Env = options.base ?? { ...process.env, INDEX_DIR: join(root, 'index'), LOG_LEVEL: 'warn', USER_HASH_SALT: 'bench' };
  delete base.TELEGRAM_BOT_TOKEN;
  delete base.DISCORD_TOKEN;
  const rows: StartFigures['rows'] = [];
  const row = (measure: string) => {
    const r: StartFigures['rows'][number] = { measure, runs: [], unit: 'MiB' };
    rows.push(r);
    return r;
  };
  const suffix = options.nodeOptions ? ` (NODE_OPTIONS=${options.nodeOptions})` : '';
  // The floor: node, with the V8 settings of `npm start`, running a file that only waits.
  const idle = join(root, 'idle.mjs');
  writeFileSync(idle, "process.stdout.write('> ');\nprocess.stdin.resume();\nprocess.stdin.on('end', () => process.exit(0));\n");
  const floorRss = async () => {
    const p = startProcess(process.execPath, [...startNodeFlags(), idle], options.nodeOptions ? { ...base, NODE_OPTIONS: options.nodeOptions } : base, { stdin: true });
    await p.when((o) => o.includes('> '));
    const rss = memoryOf(p.child.pid!).botRss;
    p.child.stdin!.end();
    await p.exited;
    return rss;
  };
  // A start that builds the index keeps the build's garbage in its heap: measured starts read what this one saved.
  await timeRun('npm', ['run', '--silent', 'ask', '--', 'warm-up'], base);
  // 10,000 answers through the local chat (the bot service, conversations and the SQLite store on), one asker.
  const answers = Number(process.env.BENCH_RSS_ANSWERS ?? 10_000);
  const questions = readFileSync('eval/questions.jsonl', 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { question: string }).question.replace(/\n/g, ' '));
  const atReady = row(`RSS of the running bot at its prompt${suffix}`);
  const after = row(`RSS of the running bot after ${answers.toLocaleString('en')} answers${suffix}`);
  const peak = row(`peak RSS of the bot over those answers${suffix}`);
  const tree = row(`RSS of npm, sh and the bot together after ${answers.toLocaleString('en')} answers${suffix}`);
  const rssEnv: Env = { ...base, RATE_USER_PER_MINUTE: '100000000', RATE_CHAT_PER_MINUTE: '100000000', ...(options.nodeOptions ? { NODE_OPTIONS: options.nodeOptions } : {}) };
  for (let i = 0; i < runs; i++) {
    // Each answer ends with its "[route · lang · confidence …]" line and a new prompt: counted as they stream by.
    let prompts = 0;
    let tail = '';
    const p = startProcess('npm', ['start', '--silent'], { ...rssEnv, DB_PATH: join(root, `rss-${i}.db`) }, {
      stdin: true,
      onStdout(chunk) {
        const text = tail + chunk;
        prompts += text.split('\n> ').length - 1 + (prompts === 0 && text.startsWith('> ') ? 1 : 0);
        tail = text.slice(-2);
      },
    });
    await p.when(() => prompts >= 1);
    atReady.runs.push(memoryOf(p.child.pid!).botRss);
    const floor = await floorRss();
    for (const r of [atReady, after, peak]) (r.floor ??= []).push(floor);
    // Fed in slices so the pipe never holds more than a few hundred questions.
    for (let sent = 0; sent < answers; ) {
      const slice = Math.min(200, answers - sent);
      p.child.stdin!.write(`${Array.from({ length: slice }, (_, k) => questions[(sent + k) % questions.length]).join('\n')}\n`);
      sent += slice;
      await p.when(() => prompts - 1 >= sent - 50, 600_000);
    }
    await p.when(() => prompts - 1 >= answers, 600_000);
    const m = memoryOf(p.child.pid!);
    after.runs.push(m.botRss);
    peak.runs.push(m.botPeak);
    tree.runs.push(m.treeRss);
    p.child.stdin!.end('/quit\n');
    await p.exited;
  }
  return { rows };
}

/**
 * The same for `npm start` with a Telegram token, answering private messages from 1,000 sellers that arrive by long
 * polling from the loopback Bot API (the test fake), each reply sent back to it: the bot as it runs in production,
 * with grammY, the update journal, the outbox and the SQLite store.
 */
export async function measureTelegramMemory(runs: number): Promise<StartFigures> {
  const root = mkdtempSync(join(tmpdir(), 'faqbot-bench-tg-rss-'));
  const answers = Number(process.env.BENCH_RSS_ANSWERS ?? 10_000);
  const questions = readFileSync('eval/questions.jsonl', 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { question: string }).question);
  const rows: StartFigures['rows'] = [];
  const row = (measure: string) => {
    const r: StartFigures['rows'][number] = { measure, runs: [], unit: 'MiB' };
    rows.push(r);
    return r;
  };
  const atReady = row('RSS of the bot with a Telegram token at its first poll');
  const after = row(`RSS of the bot with a Telegram token after ${answers.toLocaleString('en')} answers sent`);
  const peak = row('its peak over those answers');
  const api = await startFakeBotApi();
  const env: Env = {
    ...process.env,
    INDEX_DIR: join(root, 'index'),
    LOG_LEVEL: 'warn',
    USER_HASH_SALT: 'bench',
    TELEGRAM_BOT_TOKEN: '123456:bench',
    TELEGRAM_API_ROOT: api.apiRoot,
    TELEGRAM_ADMIN_IDS: '',
    RATE_USER_PER_MINUTE: '100000000',
    RATE_CHAT_PER_MINUTE: '100000000',
  };
  delete env.DISCORD_TOKEN;
  // Builds what the measured starts read (index, snapshot, parsed knowledge).
  await timeRun('npm', ['run', '--silent', 'ask', '--', 'warm-up'], env);
  const sentCount = () => api.sent('sendMessage').length;
  const until = async (check: () => boolean, ms: number) => {
    const end = performance.now() + ms;
    while (!check()) {
      if (performance.now() > end) throw new Error(`timed out at ${sentCount()} replies`);
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  for (let i = 0; i < runs && !after.failed; i++) {
    api.reset();
    const p = startProcess('npm', ['start', '--silent'], { ...env, DB_PATH: join(root, `tg-${i}.db`) });
    try {
      await Promise.race([api.waitFor('getUpdates', () => true, 60_000), p.exited.then((code) => Promise.reject(new Error(`exited ${code}`)))]);
      atReady.runs.push(memoryOf(p.child.pid!).botRss);
      // Queued in slices, so the fake never holds more than a few hundred waiting updates.
      for (let queued = 0; queued < answers; ) {
        const slice = Math.min(100, answers - queued);
        for (let k = 0; k < slice; k++) {
          const n = queued + k;
          api.queueUpdate(messageUpdate(textMessage(user(20_000 + (n % 1000), 'zh'), questions[n % questions.length]!)));
        }
        queued += slice;
        await until(() => sentCount() >= queued - 20, 600_000);
      }
      await until(() => sentCount() >= answers, 600_000);
      const m = memoryOf(p.child.pid!);
      after.runs.push(m.botRss);
      peak.runs.push(m.botPeak);
    } catch (error) {
      const last = p.output().trim().split('\n').at(-1) ?? '';
      atReady.failed = after.failed = peak.failed = `${(error as Error).message}; last output: ${last.slice(0, 300)}`;
    }
    await p.stop();
  }
  await api.close();
  return { rows };
}

export function formatStart(figures: StartFigures): string {
  const f = (x: number, unit: string) => (unit === 'ms' ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} MiB`);
  const lines = ['| measure | median | runs | floor, median | ratio to floor |', '|---|---|---|---|---|'];
  for (const r of figures.rows) {
    if (r.failed || r.runs.length === 0) {
      lines.push(`| ${r.measure} | failed | ${r.failed ?? 'not run'} | – | – |`);
      continue;
    }
    const floor = r.floor && r.floor.length > 0 ? median(r.floor) : undefined;
    lines.push(
      `| ${r.measure} | ${f(median(r.runs), r.unit)} | ${r.runs.map((x) => f(x, r.unit)).join(', ')} | ${floor !== undefined ? f(floor, r.unit) : '–'} | ${floor !== undefined ? `${(median(r.runs) / floor).toFixed(2)}×` : '–'} |`,
    );
  }
  return lines.join('\n');
}
