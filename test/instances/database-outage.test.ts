// PostgreSQL going away: at start the bot refuses with a message naming the server; mid-run it keeps answering
// (recording retried until the database is back), and the webhook answers 5xx so Telegram delivers the update again.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Update } from 'grammy/types';
import { startTelegram, type TelegramHandle } from '../../adapters/telegram/start-telegram.js';
import { createApp, type App } from '../../src/app/create-app.js';
import { parseConfig } from '../../src/config.js';
import { BOT_INFO, startFakeBotApi, type FakeBotApi } from '../adapters/telegram/fake-bot-api.js';
import { FIXTURE_KNOWLEDGE_DIR } from '../helpers/knowledge-dirs.js';
import { sharedIndexDir } from '../helpers/shared-index.js';
import { startPostgres } from '../store/postgres-server.js';
import { startCuttableProxy, type CuttableProxy } from './cuttable-tcp-proxy.js';
import { freePort } from './start-instance.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const availability = await startPostgres();
const SECRET = 'outage-webhook-secret';
const PATH = '/telegram/outage';

let relay: CuttableProxy;
let api: FakeBotApi;
let app: App;
let telegram: TelegramHandle;
let port: number;
const logs: Array<Record<string, unknown>> = [];
let nextUpdate = 1;

function update(userId: number, text: string): Update {
  const id = nextUpdate++;
  return {
    update_id: id,
    message: {
      message_id: id,
      date: Math.floor(Date.now() / 1000),
      chat: { id: userId, type: 'private', first_name: 'S' },
      from: { id: userId, is_bot: false, first_name: 'S', language_code: 'en' },
      text,
    },
  } as Update;
}

async function post(u: Update): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${port}${PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
    body: JSON.stringify(u),
  });
  await res.arrayBuffer();
  return res.status;
}

const repliesTo = (u: Update) => api.sent('sendMessage').filter((c) => c.body.reply_parameters?.message_id === u.message!.message_id).length;

async function until(check: () => Promise<boolean> | boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('npm start with PostgreSQL out of reach', () => {
  it('exits 1 at start with a message naming the server, never its password', async () => {
    const closed = await freePort();
    const env: Record<string, string | undefined> = {
      ...process.env,
      DATABASE_URL: `postgres://bot:pw-7d2f9a1c@127.0.0.1:${closed}/botdb`,
      TELEGRAM_BOT_TOKEN: `${BOT_INFO.id}:AAHoutageTokenValue0123456789abc`,
      KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE_DIR,
      INDEX_DIR: sharedIndexDir('fixture'),
    };
    delete env.DISCORD_TOKEN;
    const child = spawn(process.execPath, ['--import', 'tsx', 'adapters/main.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(out).toContain(`StoreError: cannot reach PostgreSQL at postgres://bot@127.0.0.1:${closed}/botdb`);
    expect(out).toContain('check DATABASE_URL');
    expect(out).not.toContain('pw-7d2f9a1c');
  }, 30_000);
});

describe.skipIf(!availability.ok)('PostgreSQL lost mid-run', () => {
  beforeAll(async () => {
    if (!availability.ok) return;
    const url = new URL(await availability.server.createDatabase());
    relay = await startCuttableProxy(Number(url.port));
    url.port = String(relay.port);
    api = await startFakeBotApi();
    port = await freePort();
    const config = parseConfig({
      KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE_DIR,
      INDEX_DIR: sharedIndexDir('fixture'),
      DATABASE_URL: url.toString(),
      USER_HASH_SALT: 'outage-salt',
      TELEGRAM_BOT_TOKEN: `${BOT_INFO.id}:AAHoutageTokenValue0123456789abc`,
      TELEGRAM_API_ROOT: api.apiRoot,
      TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}${PATH}`,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      TELEGRAM_WEBHOOK_PORT: String(port),
      LOG_LEVEL: 'silent',
    });
    const logger = pino({ level: 'warn' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
    app = await createApp(config, { logger });
    telegram = await startTelegram({ config, service: app.service, logger, store: app.store, bot: { botInfo: BOT_INFO }, webhookHost: '127.0.0.1' });
  }, 60_000);

  afterAll(async () => {
    relay?.restore();
    await telegram?.stop(1_000);
    await app?.close();
    await api?.close();
    await relay?.close();
    if (availability.ok) await availability.server.stop();
  });

  it('answers while the database is away, retries the recording, and makes Telegram redeliver what it could not keep', async () => {
    const first = update(501, 'What is the commission rate in Germany?');
    expect(await post(first)).toBe(200);
    expect(repliesTo(first)).toBe(1);

    relay.cut();
    // The webhook cannot keep the update: 5xx, so Telegram delivers it again later instead of it being dropped.
    const second = update(502, 'What is the commission rate in Germany?');
    expect(await post(second)).toBe(500);
    expect(repliesTo(second)).toBe(0);
    // A question reaching the core meanwhile is still answered (no conversation, this instance's limits).
    const direct = await app.service.answer({ text: 'What is the commission rate in Germany?', platform: 'telegram', user: '503', chat: '503' });
    expect(['faq', 'passage']).toContain(direct.route);
    expect(direct.abstained).toBe(false);
    expect(direct.text).toContain('9%');
    expect(logs.some((l) => l.msg === 'could not record the exchange; retrying')).toBe(true);

    relay.restore();
    expect(await post(second)).toBe(200);
    expect(repliesTo(second)).toBe(1);
    // The retried recording landed: the first update, the direct answer and the redelivered one.
    await until(async () => (await app.store!.getStats()).questions === 3, 15_000, 'the retried exchange to be recorded');
    expect(logs.some((l) => l.msg === 'exchange not recorded: lost')).toBe(false);
    expect(await app.store!.updates.counts()).toEqual({ pending: 0, claimed: 0, answered: 2 });
  }, 30_000);
});
