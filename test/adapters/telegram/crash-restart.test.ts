// `npm start` as an operator runs it, killed with SIGKILL and stopped with SIGTERM in the middle of a burst of group
// questions: after the restart every question Telegram delivered is answered (exactly once after SIGTERM; after
// SIGKILL at most the few whose reply was on the wire at the kill twice), and no secret reaches the logs at trace level.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Message } from 'grammy/types';
import { BOT_INFO, startFakeBotApi, type FakeBotApi } from './fake-bot-api.js';
import { messageUpdate, textMessage, user } from './telegram-updates.js';
import { sharedIndexDir } from '../../helpers/shared-index.js';

const TOKEN = '7000001:AAHsecretTelegramTokenValue0123456789';
const GROQ_KEY = 'gsk_9fJ2kLmN4pQrS6tUvW8xYz0aBcDeFgHi';
const HEX_KEY = 'c0ffee11deadbeef22cafebabe33f00dfeed44baadf00d55facade66decade77';
const SALT = 'salt-for-the-crash-test-8d1e';
const SECRETS = [TOKEN, TOKEN.split(':')[1]!, GROQ_KEY, HEX_KEY, SALT];

const BURST = 300;
const GROUPS = 10;
/** Kill or stop once this many of the burst are answered: well inside the burst. */
const CUT_AFTER = 40;
const QUESTIONS = [
  'Which countries does Local Hosting cover?',
  'What are the requirements for Local Hosting?',
  'When did Local Hosting launch?',
  'What is the commission rate in Germany?',
  'Do I need VAT registration for Local Hosting?',
];

const dir = mkdtempSync(join(tmpdir(), 'faqbot-crash-'));
let api: FakeBotApi;
const outputs: string[] = [];
const running = new Set<ChildProcessWithoutNullStreams>();
const report: Record<string, number> = {};

function startBot() {
  const env: Record<string, string | undefined> = {
    ...process.env,
    INDEX_DIR: sharedIndexDir('real'),
    DB_PATH: join(dir, 'bot.db'),
    USER_HASH_SALT: SALT,
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: api.apiRoot,
    LOG_LEVEL: 'trace',
    RATE_USER_PER_MINUTE: '100000',
    RATE_CHAT_PER_MINUTE: '100000',
    // Configured but never used: they must not appear anywhere either.
    LLM_API_KEY: GROQ_KEY,
    EMBEDDINGS_API_KEY: HEX_KEY,
  };
  delete env.DISCORD_TOKEN;
  delete env.LLM_PROVIDER;
  delete env.EMBEDDINGS_PROVIDER;
  const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/main.ts'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  running.add(child);
  const index = outputs.push('') - 1;
  const append = (d: Buffer) => (outputs[index] += d.toString());
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    }),
  );
  return { child, exited, output: () => outputs[index]! };
}

async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A burst of /ask@bot questions from 3 users in each of 10 groups; returns the questions' message ids. */
function queueBurst(tag: string): number[] {
  const ids: number[] = [];
  for (let i = 0; i < BURST; i++) {
    const group = -1008800000000 - (i % GROUPS);
    const from = user(70_000 + (i % (GROUPS * 3)), 'en');
    const msg: Message.TextMessage = textMessage(from, `/ask@${BOT_INFO.username} ${QUESTIONS[i % QUESTIONS.length]} (${tag} ${i})`, { chatId: group });
    ids.push(msg.message_id);
    api.queueUpdate(messageUpdate(msg));
  }
  return ids;
}

function repliesPer(ids: number[]): number[] {
  const counts = new Map<number, number>(ids.map((id) => [id, 0]));
  for (const c of api.sent('sendMessage')) {
    const to = c.body.reply_parameters?.message_id as number | undefined;
    if (to !== undefined && counts.has(to)) counts.set(to, counts.get(to)! + 1);
  }
  return ids.map((id) => counts.get(id)!);
}
const answered = (ids: number[]) => repliesPer(ids).filter((n) => n > 0).length;

beforeAll(async () => {
  api = await startFakeBotApi();
});
afterAll(async () => {
  for (const child of running) child.kill('SIGKILL');
  await api.close();
  if (process.env.RELIABILITY_REPORT) process.stdout.write(`reliability figures: ${JSON.stringify(report)}\n`);
});

describe('npm start killed and stopped mid-burst', () => {
  it('answers every accepted question after a SIGKILL and after a SIGTERM, and never logs a secret', async () => {
    // The Bot API echoes the token and the keys in an error, as a misbehaving proxy or provider might.
    api.fail('getUpdates', { code: 400, description: `Bad Request: upstream rejected ${TOKEN} with key ${GROQ_KEY} (${HEX_KEY}, ${SALT})` });

    // 1. SIGKILL once CUT_AFTER of the first burst are answered.
    const first = queueBurst('kill');
    const a = startBot();
    await until(() => answered(first) >= CUT_AFTER, 60_000, 'the first answers');
    a.child.kill('SIGKILL');
    expect((await a.exited).signal).toBe('SIGKILL');
    // What the killed process had written reaches the server a moment later.
    await new Promise((r) => setTimeout(r, 200));
    const byKilled = repliesPer(first);
    report.answeredBeforeKill = answered(first);
    expect(report.answeredBeforeKill).toBeLessThan(BURST);

    // 2. Restart: the rest of the first burst is answered; then SIGTERM in the middle of a second burst.
    const restartedAt = Date.now();
    const b = startBot();
    await until(() => answered(first) === BURST, 60_000, 'the first burst after the restart');
    report.msRestartToAllAnswered = Date.now() - restartedAt;
    const afterKill = repliesPer(first);
    expect(afterKill.every((n) => n >= 1)).toBe(true);
    report.duplicatesAfterKill = afterKill.reduce((sum, n) => sum + n - 1, 0);
    // Only a question whose reply was on the wire when the process died is answered again: it is one the killed
    // process had answered, and each group had at most one being answered at that moment.
    const twice = first.map((_, i) => i).filter((i) => afterKill[i]! > 1);
    expect(twice.every((i) => byKilled[i]! >= 1)).toBe(true);
    expect(new Set(twice.map((i) => i % GROUPS)).size).toBe(twice.length);

    const second = queueBurst('term');
    await until(() => answered(second) >= CUT_AFTER, 30_000, 'the second burst to start');
    const termAt = Date.now();
    b.child.kill('SIGTERM');
    expect((await b.exited).code).toBe(0);
    report.msSigtermToExit = Date.now() - termAt;
    report.answeredBeforeTerm = answered(second);
    expect(b.output()).toMatch(/"msg":"stopped"/);

    // 3. Restart again: the rest of the second burst, each exactly once.
    const c = startBot();
    await until(() => answered(second) === BURST, 60_000, 'the second burst after the restart');
    await new Promise((r) => setTimeout(r, 300));
    const afterTerm = repliesPer(second);
    expect(afterTerm.filter((n) => n !== 1)).toEqual([]);
    c.child.kill('SIGTERM');
    expect((await c.exited).code).toBe(0);

    const logs = outputs.join('\n');
    expect(logs).toContain('getUpdates failed; retrying');
    expect(logs).toContain('answering updates accepted before the restart');
    for (const secret of SECRETS) expect(logs).not.toContain(secret);
    // Chats and users appear hashed, never as their ids.
    expect(logs).not.toContain('-10088000000');
  }, 150_000);
});
