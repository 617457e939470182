// Delivery end to end, over the loopback Bot API: replies Telegram refuses for a while are kept and retried, updates
// accepted before a crash or a stop are answered after the restart exactly once, 401/409 end polling with their own
// exit codes, and a webhook refuses oversized bodies.
import { mkdtempSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Update } from 'grammy/types';
import { createOutboxWorker } from '../../../adapters/telegram/create-outbox-worker.js';
import { startTelegram } from '../../../adapters/telegram/start-telegram.js';
import { TelegramFatalError } from '../../../adapters/telegram/telegram-fatal-error.js';
import { parseConfig, type Config } from '../../../src/config.js';
import type { BotService } from '../../../src/contract/bot-service.js';
import { createRedactor } from '../../../src/logging/create-redactor.js';
import { createStore } from '../../../src/store/create-store.js';
import type { Store } from '../../../src/store/types.js';
import { makeClock } from '../../store/helpers.js';
import { createTestApp } from '../../helpers/create-test-service.js';
import { buildBot, captureLogs } from './create-harness.js';
import { BOT_INFO, startFakeBotApi, type FakeBotApi } from './fake-bot-api.js';
import { messageUpdate, textMessage, user } from './telegram-updates.js';

let api: FakeBotApi;
let service: BotService;
let app: Awaited<ReturnType<typeof createTestApp>>;
let nextUser = 700;
const freshUser = (lang = 'en') => user(nextUser++, lang);
const QUESTION = 'Which countries does Local Hosting cover?';
const dir = mkdtempSync(join(tmpdir(), 'faqbot-delivery-'));

beforeAll(async () => {
  [api, app] = await Promise.all([startFakeBotApi(), createTestApp({ RATE_USER_PER_MINUTE: '1000', RATE_CHAT_PER_MINUTE: '1000' })]);
  service = app.service;
});
afterAll(async () => {
  app.close();
  await api.close();
});
beforeEach(() => api.reset());

/** A store on a clock the test moves, and the outbox worker on the same clock. */
function clockedDelivery() {
  const clock = makeClock('2026-11-26T12:00:00Z');
  const store = createStore({ path: ':memory:', salt: 'test-salt', now: clock.now });
  const advance = (ms: number) => clock.set(new Date(clock.now().getTime() + ms).toISOString());
  return { clock, store, advance };
}

function workerFor(bot: ReturnType<typeof buildBot>, store: Store, now: () => number) {
  return createOutboxWorker({ api: bot.api, outbox: store.outbox, logger: captureLogs().logger, redact: createRedactor([]), now });
}

describe('replies Telegram refuses for a while', () => {
  it.each([
    ['a 500 past the retries', 500, { rethrowInternalServerErrors: true }, 5_000],
    ['a dropped connection', 'drop', { rethrowHttpErrors: true }, 5_000],
    ['a 429 longer than auto-retry waits', { code: 429, retryAfter: 120 }, { maxDelaySeconds: 60 }, 120_000],
  ] as const)('keeps the reply after %s and delivers it, in reply to the asker, once Telegram takes it', async (_name, fault, retry, waitMs) => {
    const { store, clock, advance } = clockedDelivery();
    const logs = captureLogs();
    const bot = buildBot(api, service, logs.logger, { retry, delivery: { journal: store.updates, outbox: store.outbox } });
    const worker = workerFor(bot, store, () => clock.now().getTime());
    api.fail('sendMessage', fault);
    const from = freshUser();
    const msg = textMessage(from, QUESTION);
    await bot.handleUpdate(messageUpdate(msg));
    expect(api.sent('sendMessage')).toHaveLength(0);
    expect(await store.outbox.pendingCount()).toBe(1);
    expect(logs.lines.some((l) => l.msg === 'telegram update failed')).toBe(false);
    const queued = logs.lines.find((l) => String(l.msg).startsWith('reply queued'));
    expect(queued).toBeDefined();
    // The log line names the chat by its hash, and carries neither the answer nor the raw id (as a number of its own:
    // a hex hash may contain its digits by chance).
    expect(JSON.stringify(queued)).not.toMatch(new RegExp(`(?<![0-9a-f])${from.id}(?![0-9a-f])`));
    expect(queued!.chat).not.toBe(from.id);
    expect(JSON.stringify(queued)).not.toContain('Germany');

    advance(waitMs - 1_000);
    expect(await worker.runDue()).toEqual({ delivered: 0, retrying: 0, undelivered: 0 });
    advance(1_000);
    expect(await worker.runDue()).toEqual({ delivered: 1, retrying: 0, undelivered: 0 });
    const [reply] = api.sent('sendMessage');
    expect(reply!.body).toMatchObject({ chat_id: from.id, parse_mode: 'HTML', reply_parameters: { message_id: msg.message_id } });
    expect(reply!.body.text).toContain('Germany');
    expect(reply!.body.reply_markup.inline_keyboard[0]).toHaveLength(2);
    expect(await store.outbox.pendingCount()).toBe(0);
    expect(await store.outbox.countUndelivered()).toBe(0);
  });

  it('sends a long answer\'s remaining parts in order after the part Telegram refused', async () => {
    const { store, clock, advance } = clockedDelivery();
    const text = Array.from({ length: 12 }, (_, i) => `Part ${i}: ${'Local Hosting needs stock in Europe. '.repeat(15)}`).join('\n\n');
    const long = { id: 'long-1', text, body: text, lang: 'en' as const, sources: [], tool: null, abstained: false, confidence: 0.9, route: 'faq' as const };
    const bot = buildBot(api, { ...service, answer: async () => long }, captureLogs().logger, {
      retry: { rethrowInternalServerErrors: true },
      delivery: { journal: store.updates, outbox: store.outbox },
    });
    const worker = workerFor(bot, store, () => clock.now().getTime());
    // The first part goes out, the second is refused once.
    api.fail('sendMessage', 500, 1, 1);
    const msg = textMessage(freshUser(), 'long please');
    await bot.handleUpdate(messageUpdate(msg));
    expect(api.sent('sendMessage')).toHaveLength(1);
    advance(5_000);
    expect(await worker.runDue()).toEqual({ delivered: 1, retrying: 0, undelivered: 0 });
    const parts = api.sent('sendMessage');
    expect(parts.length).toBeGreaterThanOrEqual(2);
    const shown = parts.map((c) => c.body.text as string).join('\n\n');
    const order = Array.from({ length: 12 }, (_, i) => shown.indexOf(`Part ${i}:`));
    expect(order.every((at, i) => at >= 0 && (i === 0 || at > order[i - 1]!))).toBe(true);
    expect(parts[0]!.body.reply_parameters.message_id).toBe(msg.message_id);
    expect(parts.slice(1).every((c) => c.body.reply_parameters === undefined)).toBe(true);
    expect(parts.at(-1)!.body.reply_markup.inline_keyboard[0][0].callback_data).toBe('fb:up:long-1');
  });

  it('gives a reply up after its deadline and /stats counts it undelivered', async () => {
    const admin = user(9301, 'en');
    const logs = captureLogs();
    const bot = buildBot(api, app.service, logs.logger, {
      retry: { rethrowInternalServerErrors: true },
      delivery: { journal: app.store!.updates, outbox: app.store!.outbox },
      adminIds: [String(admin.id)],
      outbox: { firstRetryMs: 0, keepForMs: 1_000 },
    });
    let now = Date.now();
    const worker = createOutboxWorker({ api: bot.api, outbox: app.store!.outbox, logger: logs.logger, redact: createRedactor([]), now: () => now, firstRetryMs: 600 });
    api.fail('sendMessage', 500, 3);
    await bot.handleUpdate(messageUpdate(textMessage(freshUser(), QUESTION)));
    expect(await worker.runDue()).toEqual({ delivered: 0, retrying: 1, undelivered: 0 });
    now += 10_000;
    await new Promise((r) => setTimeout(r, 650));
    expect(await worker.runDue()).toEqual({ delivered: 0, retrying: 0, undelivered: 1 });
    expect(await app.store!.outbox.countUndelivered()).toBe(1);
    expect(logs.lines.some((l) => l.msg === 'reply undelivered: given up')).toBe(true);
    api.reset();
    await bot.handleUpdate(messageUpdate(textMessage(admin, '/stats')));
    expect(api.sent('sendMessage')[0]!.body.text).toMatch(/1 replies undelivered/);
  });

  it('gives up at once on a reply Telegram refuses for good (the user blocked the bot)', async () => {
    const { store, clock } = clockedDelivery();
    const bot = buildBot(api, service, captureLogs().logger, { retry: { rethrowInternalServerErrors: true }, delivery: { journal: store.updates, outbox: store.outbox } });
    const worker = workerFor(bot, store, () => clock.now().getTime());
    api.fail('sendMessage', 500);
    await bot.handleUpdate(messageUpdate(textMessage(freshUser(), QUESTION)));
    api.fail('sendMessage', { code: 403 });
    clock.set('2026-11-26T12:01:00Z');
    expect(await worker.runDue()).toEqual({ delivered: 0, retrying: 0, undelivered: 1 });
    expect(await store.outbox.countUndelivered()).toBe(1);
  });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const baseConfig = (): Config =>
  parseConfig({ TELEGRAM_BOT_TOKEN: '123:test', TELEGRAM_API_ROOT: api.apiRoot, USER_HASH_SALT: 'test-salt' });
/** How many replies each question got (first parts carry the reply reference). */
const repliesTo = (messageId: number) => api.sent('sendMessage').filter((c) => c.body.reply_parameters?.message_id === messageId).length;

describe('updates accepted before a crash or a stop', () => {
  it('answers after a restart what was accepted and not answered, each exactly once, a redelivered copy included', async () => {
    const path = join(dir, 'crash.db');
    const before = createStore({ path, salt: 'test-salt' });
    const messages = [freshUser(), freshUser(), freshUser()].map((u) => textMessage(u, QUESTION));
    const [u1, u2, u3] = messages.map((m) => messageUpdate(m)) as [Update, Update, Update];
    // u1 was acknowledged to Telegram and never started; u2 was being answered when the process died.
    await before.updates.accept(u1);
    await before.updates.accept(u2);
    expect(await before.updates.claim(u2.update_id, 'the-dead-process')).toBe(true);
    before.close();
    // Telegram sends u2 again (its acknowledgement never went out), and a new u3.
    api.queueUpdate(u2);
    api.queueUpdate(u3);
    const store = createStore({ path, salt: 'test-salt' });
    const logs = captureLogs();
    const handle = await startTelegram({ config: baseConfig(), service, logger: logs.logger, store, bot: { botInfo: BOT_INFO } });
    try {
      for (const m of messages) await api.waitFor('sendMessage', (c) => c.body.reply_parameters?.message_id === m.message_id);
      await sleep(300);
      expect(messages.map((m) => repliesTo(m.message_id))).toEqual([1, 1, 1]);
      expect(await store.updates.counts()).toMatchObject({ pending: 0, claimed: 0, answered: 3 });
      expect(logs.lines.find((l) => l.msg === 'answering updates accepted before the restart')).toMatchObject({ recovered: 2 });
    } finally {
      await handle.stop();
      store.close();
    }
  });

  it('on stop finishes what is in flight within the bound, keeps the rest, and the next start answers it once', async () => {
    const path = join(dir, 'stop.db');
    const slow: BotService = { ...service, answer: async (req) => (await sleep(150), service.answer(req)) };
    const askers = [freshUser(), freshUser()];
    const messages = askers.flatMap((u) => [0, 1, 2, 3].map((i) => textMessage(u, `${QUESTION} ${i}`)));
    for (const m of messages) api.queueUpdate(messageUpdate(m));
    const first = createStore({ path, salt: 'test-salt' });
    const handle = await startTelegram({ config: baseConfig(), service: slow, logger: captureLogs().logger, store: first, bot: { botInfo: BOT_INFO } });
    await api.waitFor('sendMessage');
    expect(await handle.stop(5_000)).toBe(true);
    const answeredBefore = api.sent('sendMessage').length;
    expect(answeredBefore).toBeGreaterThan(0);
    expect(answeredBefore).toBeLessThan(messages.length);
    const counts = await first.updates.counts();
    // Nothing half-done: each update is answered, or pending for the next start.
    expect(counts.claimed).toBe(0);
    expect(counts.answered).toBe(answeredBefore);
    expect(counts.pending).toBe(messages.length - answeredBefore);
    first.close();

    const second = createStore({ path, salt: 'test-salt' });
    const restarted = await startTelegram({ config: baseConfig(), service, logger: captureLogs().logger, store: second, bot: { botInfo: BOT_INFO } });
    try {
      for (const m of messages) await api.waitFor('sendMessage', (c) => c.body.reply_parameters?.message_id === m.message_id);
      await sleep(300);
      expect(messages.map((m) => repliesTo(m.message_id))).toEqual(messages.map(() => 1));
      // Each chat's questions were answered in the order they were asked.
      for (const u of askers) {
        const order = api.sent('sendMessage').filter((c) => c.body.chat_id === u.id).map((c) => c.body.reply_parameters.message_id as number);
        expect(order).toEqual([...order].sort((a, b) => a - b));
      }
    } finally {
      await restarted.stop();
      second.close();
    }
  });
});

describe('getUpdates refused for good', () => {
  const settled = <T>(p: Promise<T>, ms: number) => Promise.race([p, sleep(ms).then(() => undefined)]);

  it('401: logs that the token was revoked, stops polling, and reports exit code 77', async () => {
    api.fail('getUpdates', { code: 401 }, 10);
    const logs = captureLogs();
    const handle = await startTelegram({ config: baseConfig(), service, logger: logs.logger, bot: { botInfo: BOT_INFO } });
    try {
      const fatal = await settled(handle.fatal, 3_000);
      expect(fatal).toBeInstanceOf(TelegramFatalError);
      expect(fatal).toMatchObject({ reason: 'unauthorized', exitCode: 77 });
      expect(logs.lines.some((l) => l.level === 60 && /the token was revoked/.test(String(l.msg)))).toBe(true);
      const polls = api.calls.filter((c) => c.method === 'getUpdates').length;
      await sleep(300);
      expect(api.calls.filter((c) => c.method === 'getUpdates')).toHaveLength(polls);
    } finally {
      await handle.stop();
    }
  });

  it('409 that lasts past the grace: another instance is polling with this token, exit code 75', async () => {
    api.fail('getUpdates', { code: 409 }, 1_000);
    const logs = captureLogs();
    const handle = await startTelegram({ config: baseConfig(), service, logger: logs.logger, bot: { botInfo: BOT_INFO }, conflictGraceMs: 400 });
    try {
      const fatal = await settled(handle.fatal, 5_000);
      expect(fatal).toMatchObject({ reason: 'conflict', exitCode: 75 });
      expect(logs.lines.some((l) => l.level === 60 && /another instance is polling with this token/.test(String(l.msg)))).toBe(true);
    } finally {
      await handle.stop();
    }
  });

  it('409 for a moment (the old process of a rolling deploy still stopping) is waited out', async () => {
    api.fail('getUpdates', { code: 409 }, 2);
    const from = freshUser();
    api.queueUpdate(messageUpdate(textMessage(from, QUESTION)));
    const handle = await startTelegram({ config: baseConfig(), service, logger: captureLogs().logger, bot: { botInfo: BOT_INFO }, conflictGraceMs: 10_000 });
    try {
      await api.waitFor('sendMessage', (c) => c.body.chat_id === from.id);
      expect(await settled(handle.fatal, 100)).toBeUndefined();
    } finally {
      await handle.stop();
    }
  });

  it('401 from getMe at start: a TelegramFatalError with exit code 77, not a crash', async () => {
    api.fail('getMe', { code: 401 });
    await expect(startTelegram({ config: baseConfig(), service, logger: captureLogs().logger })).rejects.toMatchObject({ reason: 'unauthorized', exitCode: 77 });
  });
});

describe('webhook', () => {
  const post = (port: number, body: string, secret: string) =>
    new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/telegram/hook',
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-telegram-bot-api-secret-token': secret },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end(body);
    });

  it('refuses a body over 1 MB with 413 and a wrong secret with 401, and still answers a normal update', async () => {
    const config: Config = { ...baseConfig(), TELEGRAM_WEBHOOK_URL: 'https://bot.example.com/telegram/hook', TELEGRAM_WEBHOOK_SECRET: 's3cret', TELEGRAM_WEBHOOK_PORT: 0 };
    const logs = captureLogs();
    const handle = await startTelegram({ config, service, logger: logs.logger, webhookHost: '127.0.0.1', bot: { botInfo: BOT_INFO } });
    try {
      const from = freshUser();
      const huge = messageUpdate(textMessage(from, 'x'.repeat(2 * 1024 * 1024)));
      expect(await post(handle.port!, JSON.stringify(huge), 's3cret')).toBe(413);
      expect(await post(handle.port!, JSON.stringify(huge), 'wrong')).toBe(401);
      expect(logs.lines.some((l) => l.msg === 'telegram webhook body too large: refused')).toBe(true);
      expect(await post(handle.port!, JSON.stringify(messageUpdate(textMessage(from, QUESTION))), 's3cret')).toBe(200);
      await api.waitFor('sendMessage', (c) => c.body.chat_id === from.id);
      expect(api.sent('sendMessage')).toHaveLength(1);
    } finally {
      await handle.stop();
    }
  });
});
