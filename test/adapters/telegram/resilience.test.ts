// Floods, Bot API failures, long polling and webhook mode, over real HTTP on loopback.
import { request } from 'node:http';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Update } from 'grammy/types';
import { parseConfig, type Config } from '../../../src/config.js';
import type { BotService } from '../../../src/contract/bot-service.js';
import { startTelegram } from '../../../adapters/telegram/start-telegram.js';
import { createTestApp } from '../../helpers/create-test-service.js';
import { buildBot, captureLogs } from './create-harness.js';
import { BOT_INFO, startFakeBotApi, type FakeBotApi } from './fake-bot-api.js';
import { messageUpdate, textMessage, user } from './telegram-updates.js';

let api: FakeBotApi;
let service: BotService;
let config: Config;
let nextUser = 500;
const freshUser = (lang = 'en') => user(nextUser++, lang);
const QUESTION = 'Which countries does Local Hosting cover?';

beforeAll(async () => {
  let app;
  [api, app] = await Promise.all([startFakeBotApi(), createTestApp()]);
  service = app.service;
  config = app.config;
});
afterAll(() => api.close());
beforeEach(() => api.reset());

describe('flood control', () => {
  it('answers up to the per-user limit, then says "slow down" once and stays silent', async () => {
    const bot = buildBot(api, service, captureLogs().logger);
    const from = freshUser();
    const limit = config.RATE_USER_PER_MINUTE;
    for (let i = 0; i < limit + 8; i++) await bot.handleUpdate(messageUpdate(textMessage(from, `${QUESTION} ${i}`)));
    const texts = api.sent('sendMessage').map((c) => c.body.text as string);
    const refusals = texts.filter((t) => t.includes('too quickly'));
    expect(refusals).toHaveLength(1);
    expect(texts.filter((t) => t.includes('Germany'))).toHaveLength(limit);
    expect(texts).toHaveLength(limit + 1);
  });

  it('limits commands that bypass the core the same way', async () => {
    const bot = buildBot(api, service, captureLogs().logger, { floodLimit: { perUser: 3, perChat: 100, windowMs: 60_000 } });
    const from = freshUser();
    for (let i = 0; i < 8; i++) await bot.handleUpdate(messageUpdate(textMessage(from, '/margin price=20 market=FR cost=5')));
    const texts = api.sent('sendMessage').map((c) => c.body.text as string);
    expect(texts.filter((t) => t.includes('€'))).toHaveLength(3);
    expect(texts.filter((t) => t.includes('too quickly'))).toHaveLength(1);
    expect(texts).toHaveLength(4);
  });
});

describe('Bot API failures', () => {
  it('retries a 429 after retry_after', async () => {
    const bot = buildBot(api, service, captureLogs().logger);
    api.fail('sendMessage', 429);
    const started = Date.now();
    await bot.handleUpdate(messageUpdate(textMessage(freshUser(), QUESTION)));
    const attempts = api.calls.filter((c) => c.method === 'sendMessage');
    expect(attempts.map((c) => c.fault)).toEqual([429, undefined]);
    expect(attempts[1]!.body.text).toEqual(attempts[0]!.body.text);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('retries a dropped connection with the default back-off', async () => {
    const bot = buildBot(api, service, captureLogs().logger, { retry: { maxRetryAttempts: 2 } });
    api.fail('sendMessage', 'drop');
    await bot.handleUpdate(messageUpdate(textMessage(freshUser(), QUESTION)));
    expect(api.calls.filter((c) => c.method === 'sendMessage').map((c) => c.fault)).toEqual(['drop', undefined]);
  }, 10_000);

  it('logs a failure Telegram will never accept (400) in the error boundary, keeps nothing, and answers the next update', async () => {
    const logs = captureLogs();
    const bot = buildBot(api, service, logs.logger);
    api.fail('sendMessage', { code: 400, description: 'Bad Request: can\'t parse entities' });
    await expect(bot.handleUpdate(messageUpdate(textMessage(freshUser(), QUESTION)))).resolves.toBeUndefined();
    const failure = logs.lines.find((l) => l.msg === 'telegram update failed');
    expect(failure).toBeDefined();
    expect(JSON.stringify(failure!.err)).toMatch(/can't parse entities/);
    expect(logs.lines.some((l) => l.msg?.toString().startsWith('reply queued'))).toBe(false);
    await bot.handleUpdate(messageUpdate(textMessage(freshUser(), QUESTION)));
    expect(api.sent('sendMessage')).toHaveLength(1);
    expect(api.sent('sendMessage')[0]!.body.text).toContain('Germany');
  });
});

describe('startTelegram', () => {
  const baseConfig = () => parseConfig({ TELEGRAM_BOT_TOKEN: '123:test', TELEGRAM_API_ROOT: api.apiRoot, MANAGER_USERNAMES: 'mgr_one' });

  it('long-polls with the runner: registers commands, answers a queued update, stops cleanly', async () => {
    const handle = await startTelegram({ config: baseConfig(), service, logger: captureLogs().logger });
    try {
      expect(handle.mode).toBe('polling');
      expect(api.sent('getMe')).toHaveLength(1);
      expect(api.sent('deleteWebhook')).toHaveLength(1);
      const commands = api.sent('setMyCommands');
      expect(commands.map((c) => c.body.language_code)).toEqual([undefined, 'zh', 'de', 'fr', 'it', 'es']);
      expect(commands[0]!.body.commands.map((c: { command: string }) => c.command)).toEqual(['ask', 'eligibility', 'margin', 'reset', 'autoanswer', 'help']);
      const from = freshUser('zh');
      api.queueUpdate(messageUpdate(textMessage(from, '本地托管需要什么条件？')));
      const reply = await api.waitFor('sendMessage', (c) => c.body.chat_id === from.id);
      expect(reply.body.text).toContain('VAT');
      expect(api.sent('getUpdates')[0]!.body.allowed_updates).toEqual(['message', 'callback_query']);
    } finally {
      await handle.stop();
    }
  });

  it('serves a webhook: checks the secret, answers, drops a redelivered update_id', async () => {
    const config: Config = {
      ...baseConfig(),
      TELEGRAM_WEBHOOK_URL: 'https://bot.example.com/telegram/hook',
      TELEGRAM_WEBHOOK_SECRET: 's3cret',
      TELEGRAM_WEBHOOK_PORT: 0,
    };
    const handle = await startTelegram({ config, service, logger: captureLogs().logger, webhookHost: '127.0.0.1', bot: { botInfo: BOT_INFO } });
    const post = (update: Update, secret: string, path = '/telegram/hook') =>
      new Promise<number>((resolve, reject) => {
        const body = JSON.stringify(update);
        const req = request(
          { host: '127.0.0.1', port: handle.port, path, method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': secret } },
          (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    try {
      expect(handle.mode).toBe('webhook');
      expect(api.sent('setWebhook')[0]!.body).toMatchObject({ url: config.TELEGRAM_WEBHOOK_URL, secret_token: 's3cret' });
      expect(api.sent('deleteWebhook')).toHaveLength(0);
      const from = freshUser();
      const update = messageUpdate(textMessage(from, QUESTION));
      expect(await post(update, 'wrong')).toBe(401);
      expect(await post(update, 's3cret', '/elsewhere')).toBe(404);
      expect(await post(update, 's3cret')).toBe(200);
      expect(await post(update, 's3cret')).toBe(200);
      await api.waitFor('sendMessage', (c) => c.body.chat_id === from.id);
      await new Promise((r) => setTimeout(r, 100));
      expect(api.sent('sendMessage').filter((c) => c.body.chat_id === from.id)).toHaveLength(1);
    } finally {
      await handle.stop();
    }
  });

  it('refuses to start without a token', async () => {
    await expect(startTelegram({ config: parseConfig({}), service, logger: captureLogs().logger })).rejects.toThrow(/TELEGRAM_BOT_TOKEN/);
  });
});
