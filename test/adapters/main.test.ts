import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeBotApi, type FakeBotApi } from './telegram/fake-bot-api.js';
import { BOT_INFO } from './telegram/fake-bot-api.js';
import { GROUP_ID, mentionEntity, messageUpdate, textMessage, user } from './telegram/telegram-updates.js';
import { sharedIndexDir } from '../helpers/shared-index.js';

// `npm start` as a user runs it: a real process, real stdin/stdout, real HTTP on loopback, reading the index of the
// real knowledge built once per run.
const dir = mkdtempSync(join(tmpdir(), 'faqbot-main-'));
const baseEnv: Record<string, string | undefined> = { ...process.env, INDEX_DIR: sharedIndexDir('real'), DB_PATH: join(dir, 'bot.db'), USER_HASH_SALT: 'salt' };
delete baseEnv.TELEGRAM_BOT_TOKEN;
delete baseEnv.DISCORD_TOKEN;

function start(env: Record<string, string | undefined>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/main.ts'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

async function until(check: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('npm start without tokens: the local chat', () => {
  it('answers in the terminal with facts and sources, and leaves on /quit', async () => {
    const { child, output, exited } = start(baseEnv);
    child.stdin.write('本地托管是哪天上线的？\n');
    child.stdin.write('Which countries does local hosting cover?\n');
    child.stdin.write('/quit\n');
    expect(await exited).toBe(0);
    const out = output();
    expect(out).toContain('2026年1月16日');
    expect(out).toContain('来源');
    expect(out).toMatch(/Germany, France, Italy and Spain/);
    expect(out).toContain('Sources');
  }, 60_000);
});

describe('npm start with a Telegram token', () => {
  let api: FakeBotApi;
  beforeAll(async () => {
    api = await startFakeBotApi();
  });
  afterAll(async () => {
    await api.close();
  });

  it('answers a private Chinese question in Chinese and a group mention in English, survives a Bot API error, and never logs a secret', async () => {
    const token = '123456:SECRET-telegram-token-value';
    const apiKey = 'sk-SECRET-model-key-value';
    api.fail('getUpdates', 500, 1);
    api.queueUpdate(messageUpdate(textMessage(user(4242, 'zh'), '本地托管是哪天上线的？', { chatId: 4242 })));
    const mention = `@${BOT_INFO.username} which countries does local hosting cover?`;
    api.queueUpdate(messageUpdate(textMessage(user(4343, 'en'), mention, { chatId: GROUP_ID, entities: [mentionEntity(mention, BOT_INFO.username)] })));
    // A group message that does not address the bot stays unanswered.
    api.queueUpdate(messageUpdate(textMessage(user(4444, 'en'), 'which countries does local hosting cover?', { chatId: GROUP_ID })));
    const { child, output, exited } = start({
      ...baseEnv,
      TELEGRAM_BOT_TOKEN: token,
      TELEGRAM_API_ROOT: api.apiRoot,
      LOG_LEVEL: 'debug',
      // A model that cannot be reached: every answer falls back, and the failure is logged.
      LLM_PROVIDER: 'openai',
      LLM_BASE_URL: 'http://127.0.0.1:9/v1',
      LLM_API_KEY: apiKey,
      LLM_MODEL: 'unreachable',
      LLM_TIMEOUT_MS: '1000',
    });
    await until(() => api.sent('sendMessage').length >= 2, 45_000);
    const sent = api.sent('sendMessage').map((c) => c.body);
    const privateReply = sent.find((b) => b.chat_id === 4242)!;
    expect(privateReply.text).toContain('2026年1月16日');
    expect(privateReply.text).toContain('来源');
    const groupReply = sent.find((b) => b.chat_id === GROUP_ID)!;
    expect(groupReply.text).toMatch(/Germany, France, Italy and Spain/);
    expect(groupReply.text).toContain('Sources');
    await new Promise((r) => setTimeout(r, 500));
    expect(api.sent('sendMessage')).toHaveLength(2);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const logs = output();
    expect(logs).toContain('telegram adapter started');
    expect(logs).not.toContain('SECRET-telegram-token-value');
    expect(logs).not.toContain('SECRET-model-key-value');
  }, 60_000);

  it('exits with code 77 and says so when Telegram refuses the token (401)', async () => {
    api.reset();
    api.fail('getMe', { code: 401 });
    const { output, exited } = start({ ...baseEnv, TELEGRAM_BOT_TOKEN: '123456:SECRET-revoked-token', TELEGRAM_API_ROOT: api.apiRoot });
    expect(await exited).toBe(77);
    expect(output()).toContain('the token was revoked or is wrong');
    expect(output()).not.toContain('SECRET-revoked-token');
  }, 60_000);
});
