// What the bot records and what it logs: held-back auto-answers are no abstentions, busy refusals are counted,
// unknown commands are flood-limited, logs name chats and users by hash, and the handover notice is honest.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkTelegramHtml, unescapeHtml } from './check-telegram-html.js';
import { buildBot, captureLogs } from './create-harness.js';
import { startFakeBotApi, type FakeBotApi, type RecordedCall } from './fake-bot-api.js';
import { botMessage, callbackUpdate, messageUpdate, textMessage, user } from './telegram-updates.js';
import { createTestApp } from '../../helpers/create-test-service.js';
import { createBotService } from '../../../src/app/create-bot-service.js';
import { createConcurrencyGate } from '../../../src/limits/rate-limiter.js';

let api: FakeBotApi;
let app: Awaited<ReturnType<typeof createTestApp>>;
let nextUser = 1_200;
const freshUser = (lang = 'en') => user(nextUser++, lang);
const texts = () => api.sent('sendMessage').map((c) => c.body.text as string);

beforeAll(async () => {
  [api, app] = await Promise.all([startFakeBotApi(), createTestApp({ RATE_USER_PER_MINUTE: '1000', RATE_CHAT_PER_MINUTE: '1000' })]);
});
afterAll(async () => {
  app.close();
  await api.close();
});
beforeEach(() => api.reset());

describe('auto-answer', () => {
  it('records only what it posts: questions it keeps silent on are not abstentions in /stats or /gaps', async () => {
    const group = -1009100000001;
    const admin = user(9401, 'en');
    const member = user(9402, 'en');
    api.setMemberStatus(admin.id, 'administrator');
    const bot = buildBot(api, app.service, captureLogs().logger);
    const say = (from: typeof admin, text: string) => bot.handleUpdate(messageUpdate(textMessage(from, text, { chatId: group })));
    await say(admin, '/autoanswer on');
    await say(member, 'What is the capital of Peru?');
    await say(member, 'How many parking spaces has the office of group seventeen?');
    await say(member, 'Which countries does Local Hosting cover?');
    // Two held back, one answered.
    expect(texts().filter((t) => t.includes('Germany'))).toHaveLength(1);
    api.reset();
    await say(admin, '/stats');
    expect(texts()[0]).toMatch(/\(this community\): 1 questions, 1 answered, 0 not answered/);
    api.reset();
    await say(admin, '/gaps');
    expect(texts()[0]).not.toContain('parking spaces');
  });
});

describe('the busy cap', () => {
  it('counts the questions it refuses, and /stats shows the count', async () => {
    const busyApp = await createTestApp({ RATE_USER_PER_MINUTE: '1000', RATE_CHAT_PER_MINUTE: '1000' });
    // Each answer waits on I/O for a moment (as it does on a shared database), so the twelve overlap and a cap of one
    // with a queue of one refuses some of them.
    const core = { ...busyApp.core, answer: async (req: Parameters<typeof busyApp.core.answer>[0]) => (await new Promise((r) => setTimeout(r, 20)), busyApp.core.answer(req)) };
    const service = createBotService({ core, store: busyApp.store, autoAnswerThreshold: busyApp.service.autoAnswerThreshold, gate: createConcurrencyGate(1) });
    try {
      const admin = user(9501, 'en');
      const bot = buildBot(api, service, captureLogs().logger, { adminIds: [String(admin.id)] });
      await Promise.all(Array.from({ length: 40 }, () => bot.handleUpdate(messageUpdate(textMessage(freshUser(), 'Which countries does Local Hosting cover?')))));
      const refused = texts().filter((t) => t.includes('Too many questions at once')).length;
      expect(refused).toBeGreaterThan(0);
      expect(service.busyRefusals({ kind: 'all' })).toBe(refused);
      api.reset();
      await bot.handleUpdate(messageUpdate(textMessage(admin, '/stats')));
      expect(texts()[0]).toContain(`Busy refusals since start: ${refused}.`);
    } finally {
      busyApp.close();
    }
  });
});

describe('flood control', () => {
  it('limits unknown commands in a private chat like the others: one "slow down", then silence', async () => {
    const bot = buildBot(api, app.service, captureLogs().logger, { floodLimit: { perUser: 3, perChat: 100, windowMs: 60_000 } });
    const from = freshUser();
    for (let i = 0; i < 30; i++) await bot.handleUpdate(messageUpdate(textMessage(from, `/foo${i}`)));
    expect(texts().filter((t) => t.startsWith('Hi!'))).toHaveLength(3);
    expect(texts().filter((t) => t.includes('too quickly'))).toHaveLength(1);
    expect(texts()).toHaveLength(4);
  });
});

describe('logs', () => {
  it('name chats and users by a hash, never by their Telegram ids', async () => {
    const logs = captureLogs();
    const group = -1009100000002;
    const admin = user(987654321, 'en');
    api.setMemberStatus(admin.id, 'administrator');
    const bot = buildBot(api, app.service, logs.logger, { adminIds: [String(admin.id)] });
    await bot.handleUpdate(messageUpdate(textMessage(admin, '/autoanswer on', { chatId: group })));
    await bot.handleUpdate(messageUpdate(textMessage(admin, '/stats', { chatId: group })));
    api.fail('sendMessage', { code: 400 });
    await bot.handleUpdate(messageUpdate(textMessage(admin, '/gaps', { chatId: group })));
    const all = JSON.stringify(logs.lines);
    expect(logs.lines.map((l) => l.msg)).toEqual(expect.arrayContaining(['auto-answer switched', 'admin command', 'telegram update failed']));
    expect(all).not.toContain(String(group));
    expect(all).not.toContain(String(admin.id));
    const switched = logs.lines.find((l) => l.msg === 'auto-answer switched')!;
    expect(switched.chat).toMatch(/^[0-9a-f]{12}$/);
    expect(logs.lines.find((l) => l.msg === 'admin command')!.chat).toBe(switched.chat);
  });
});

describe('handover notice', () => {
  const HANDOVER_CHAT = '-100777';
  const buttonsOf = (call: RecordedCall): string[] => (call.body.reply_markup?.inline_keyboard ?? []).flat().map((b: { callback_data: string }) => b.callback_data);

  /** An abstained answer in a group and the press of its "Ask a manager" button. */
  async function pressHandover(bot: ReturnType<typeof buildBot>, from: ReturnType<typeof user>, question: string, beforePress = () => {}) {
    const group = -1009100000003;
    const asked = textMessage(from, `/ask ${question}`, { chatId: group });
    await bot.handleUpdate(messageUpdate(asked));
    const answer = api.sent('sendMessage').at(-1)!;
    const data = buttonsOf(answer)[0]!;
    expect(data).toMatch(/^ho:/);
    const pressed = botMessage(group, answer.body.text, answer.result.message_id, asked);
    api.reset();
    beforePress();
    await bot.handleUpdate(callbackUpdate(from, data, pressed));
    return data;
  }

  it('cuts a long question on whole characters, escapes the name once, and says a manager was notified', async () => {
    const bot = buildBot(api, app.service, captureLogs().logger, { handoverChatId: HANDOVER_CHAT });
    const from = { ...freshUser(), first_name: 'A & B <Trading>' };
    // The quoted message is "/ask " and 494 letters, then emoji: a cut by UTF-16 units at 500 splits the first one.
    const question = `${'q'.repeat(494)}${'😀'.repeat(200)} parking spaces?`;
    await pressHandover(bot, from, question);
    const [inGroup, notice] = api.sent('sendMessage');
    expect(inGroup!.body.text).toContain('A &amp; B &lt;Trading&gt;');
    expect(inGroup!.body.text).not.toContain('&amp;amp;');
    expect(unescapeHtml(inGroup!.body.text)).toContain('A & B <Trading> needs a human');
    expect(notice!.body.chat_id).toBe(HANDOVER_CHAT);
    const shown = unescapeHtml(notice!.body.text);
    expect(shown).toContain(`Question: /ask ${'q'.repeat(494)}😀…`);
    expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(notice!.body.text)).toBe(false);
    for (const c of api.sent('sendMessage')) expect(checkTelegramHtml(c.body.text)).toEqual([]);
    expect(api.sent('answerCallbackQuery')[0]!.body.text).toBe('A manager has been notified');
  });

  it('tells the seller when no notice went out, and lets them press again', async () => {
    const spy = app.service.recordHandover;
    let recorded = 0;
    const service = { ...app.service, recordHandover: (h: Parameters<typeof spy>[0]) => (recorded++, spy(h)) };
    const bot = buildBot(api, service, captureLogs().logger, { managers: [], handoverChatId: HANDOVER_CHAT });
    const from = freshUser();
    const data = await pressHandover(bot, from, 'How many parking spaces has the office of group eighteen?', () =>
      api.fail('sendMessage', { code: 400, description: 'Bad Request: chat not found' }),
    );
    expect(api.sent('answerCallbackQuery')[0]!.body).toMatchObject({ text: expect.stringMatching(/could not be sent/), show_alert: true });
    expect(recorded).toBe(0);
    api.reset();
    await bot.handleUpdate(callbackUpdate(from, data, botMessage(-1009100000003, 'x', 1, textMessage(from, 'q', { chatId: -1009100000003 }))));
    expect(api.sent('answerCallbackQuery')[0]!.body.text).toBe('A manager has been notified');
    expect(recorded).toBe(1);
  });

  it('says the notice is queued, not sent, when Telegram refuses it for now', async () => {
    const bot = buildBot(api, app.service, captureLogs().logger, { managers: [], handoverChatId: HANDOVER_CHAT, retry: { rethrowInternalServerErrors: true } });
    await pressHandover(bot, freshUser(), 'How many parking spaces has the office of group nineteen?', () => api.fail('sendMessage', 500));
    expect(api.sent('answerCallbackQuery')[0]!.body.text).toMatch(/not taking the notice right now/);
  });
});
