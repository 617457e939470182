// Questions in private chats and groups, over real HTTP to a loopback Bot API, against the real BotService.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BotService } from '../../../src/contract/bot-service.js';
import type { AnswerResult } from '../../../src/contract/types.js';
import { createTestService } from '../../helpers/create-test-service.js';
import { checkTelegramHtml, unescapeHtml } from './check-telegram-html.js';
import { buildBot, captureLogs } from './create-harness.js';
import { BOT_INFO, startFakeBotApi, type FakeBotApi } from './fake-bot-api.js';
import { botMessage, GROUP_ID, mentionEntity, messageUpdate, textMessage, user } from './telegram-updates.js';

let api: FakeBotApi;
let service: BotService;
let bot: ReturnType<typeof buildBot>;
let nextUser = 100;
const freshUser = (lang = 'en') => user(nextUser++, lang);

beforeAll(async () => {
  [api, service] = await Promise.all([startFakeBotApi(), createTestService()]);
  bot = buildBot(api, service, captureLogs().logger);
});
afterAll(() => api.close());
beforeEach(() => api.reset());

const sentTexts = () => api.sent('sendMessage').map((c) => c.body.text as string);

describe('private chat', () => {
  it('answers a Chinese question in Chinese with the facts, a source and feedback buttons, in reply', async () => {
    const from = freshUser('zh-hans');
    const msg = textMessage(from, '本地托管什么时候上线的？');
    await bot.handleUpdate(messageUpdate(msg));
    const [call] = api.sent('sendMessage');
    expect(call).toBeDefined();
    expect(call!.body.chat_id).toBe(from.id);
    expect(call!.body.parse_mode).toBe('HTML');
    expect(call!.body.text).toContain('2026');
    expect(call!.body.text).toMatch(/<b>来源<\/b>\n• (<a href="https:\/\/[^"]+">)?本地托管/);
    expect(call!.body.reply_parameters.message_id).toBe(msg.message_id);
    const buttons = call!.body.reply_markup.inline_keyboard.flat().map((b: { callback_data: string }) => b.callback_data);
    expect(buttons).toEqual([expect.stringMatching(/^fb:up:[\w-]+$/), expect.stringMatching(/^fb:down:[\w-]+$/)]);
    expect(checkTelegramHtml(call!.body.text)).toEqual([]);
  });

  it.each([
    ['zh', '/start', '您好'],
    ['en', '/help', 'Hi!'],
    ['de', '/help', 'Hallo!'],
    ['fr', '/start', 'Bonjour !'],
    ['it-IT', '/help', 'Ciao!'],
    ['es', '/start', '¡Hola!'],
    ['pt-br', '/help', 'Hi!'],
  ])('replies to %s %s with the help text', async (lang, command, expected) => {
    await bot.handleUpdate(messageUpdate(textMessage(freshUser(lang), command)));
    expect(sentTexts()).toHaveLength(1);
    expect(sentTexts()[0]).toContain(expected);
  });

  it('escapes hostile text: nothing but its own tags reaches Telegram, even when the answer quotes the asker', async () => {
    // A core (or a future LLM route) that repeats the question must not be able to inject markup.
    const echoing: BotService = {
      ...service,
      answer: async (req) => {
        const r = await service.answer(req);
        return { ...r, text: `You asked: ${req.text}\n\n${r.text}`, body: `You asked: ${req.text}\n\n${r.body}` };
      },
    };
    const echoBot = buildBot(api, echoing, captureLogs().logger);
    const from = freshUser();
    const hostile = ['<b>&_* 本地托管需要什么条件？</b> <a href="x">', '<script>alert(1)</script> & *bold* _it_ &amp; &lt;'];
    for (const text of hostile) await echoBot.handleUpdate(messageUpdate(textMessage(from, text)));
    expect(sentTexts()).toHaveLength(2);
    for (const [i, text] of sentTexts().entries()) {
      expect(checkTelegramHtml(text)).toEqual([]);
      expect(unescapeHtml(text)).toContain(hostile[i]);
    }
  });
});

describe('groups', () => {
  const question = 'Which countries does Local Hosting cover?';

  it.each([
    ['a plain message', () => textMessage(freshUser(), question, { chatId: GROUP_ID })],
    ['a reply to another seller', () => textMessage(freshUser(), question, { chatId: GROUP_ID, replyTo: textMessage(freshUser(), 'hi', { chatId: GROUP_ID }) })],
    ['a mention of another bot', () => textMessage(freshUser(), `@other_bot ${question}`, { chatId: GROUP_ID, entities: [mentionEntity(`@other_bot ${question}`, 'other_bot')] })],
    ['/ask addressed to another bot', () => textMessage(freshUser(), `/ask@other_bot ${question}`, { chatId: GROUP_ID })],
    ['another command', () => textMessage(freshUser(), '/ban@other_bot', { chatId: GROUP_ID })],
  ])('stays silent on %s', async (_name, build) => {
    await bot.handleUpdate(messageUpdate(build()));
    expect(api.sent('sendMessage')).toHaveLength(0);
  });

  it.each([
    ['an @mention', () => {
      const text = `@${BOT_INFO.username} ${question}`;
      return textMessage(freshUser(), text, { chatId: GROUP_ID, entities: [mentionEntity(text, BOT_INFO.username)] });
    }],
    ['a text_mention', () =>
      textMessage(freshUser(), `FAQ bot, ${question}`, {
        chatId: GROUP_ID,
        entities: [{ type: 'text_mention', offset: 0, length: 7, user: { id: BOT_INFO.id, is_bot: true, first_name: 'FAQ' } }],
      })],
    ['a reply to the bot', () => textMessage(freshUser(), question, { chatId: GROUP_ID, replyTo: botMessage(GROUP_ID, 'Earlier answer', 77) })],
    ['/ask@bot', () => textMessage(freshUser(), `/ask@${BOT_INFO.username} ${question}`, { chatId: GROUP_ID })],
    ['/ask', () => textMessage(freshUser(), `/ask ${question}`, { chatId: GROUP_ID })],
  ])('answers %s in English, in reply to the asker', async (_name, build) => {
    const msg = build();
    await bot.handleUpdate(messageUpdate(msg));
    const calls = api.sent('sendMessage');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.body.chat_id).toBe(GROUP_ID);
    expect(calls[0]!.body.reply_parameters.message_id).toBe(msg.message_id);
    expect(calls[0]!.body.text).toMatch(/Germany, France, Italy and Spain/);
    expect(calls[0]!.body.text).toContain('<b>Sources</b>');
  });

  it('answers a Chinese /ask@bot in Chinese', async () => {
    await bot.handleUpdate(messageUpdate(textMessage(freshUser(), `/ask@${BOT_INFO.username} 本地托管需要什么条件？`, { chatId: GROUP_ID })));
    expect(sentTexts()).toHaveLength(1);
    expect(sentTexts()[0]).toMatch(/VAT/);
    expect(sentTexts()[0]).toContain('来源');
  });
});

describe('auto-answer', () => {
  const chatId = -1009000000001;
  const admin = user(9001, 'en');
  const member = user(9002, 'zh');
  const ask = async (from: typeof admin, text: string) => {
    api.reset();
    await bot.handleUpdate(messageUpdate(textMessage(from, text, { chatId })));
    return sentTexts();
  };

  beforeAll(() => {
    api.setMemberStatus(admin.id, 'administrator');
    api.setMemberStatus(member.id, 'member');
  });

  it('is off by default and only admins may switch it', async () => {
    expect(await ask(member, 'Which countries does Local Hosting cover?')).toEqual([]);
    expect(await ask(member, '/autoanswer on')).toEqual([expect.stringContaining('只有群管理员')]);
    expect(api.sent('getChatMember')[0]!.body).toMatchObject({ chat_id: chatId, user_id: member.id });
    expect(await service.getAutoAnswer('telegram', String(chatId))).toBe(false);
    expect(await ask(admin, '/autoanswer')).toEqual([expect.stringContaining('Auto-answer is off')]);
    expect(await ask(admin, '/autoanswer on')).toEqual([expect.stringContaining('Auto-answer is on')]);
    expect(await service.getAutoAnswer('telegram', String(chatId))).toBe(true);
  });

  it.each([
    ['a clear English question', 'Which countries does Local Hosting cover?', /Germany/],
    ['a clear Chinese question ending in 吗', '本地托管是定邀入驻吗', /定邀/],
    ['a statement', 'Local Hosting covers four countries', null],
    ['an off-topic question (abstained)', 'What is the capital of Peru?', null],
    ['a question the core cannot answer, in Chinese', '今天天气怎么样？', null],
  ])('when on, handles %s', async (_name, text, expected) => {
    const texts = await ask(member, text);
    if (expected) {
      expect(texts).toHaveLength(1);
      expect(texts[0]).toMatch(expected);
    } else {
      expect(texts).toEqual([]);
    }
  });

  it('is silent again once switched off', async () => {
    expect(await ask(admin, '/autoanswer off')).toEqual([expect.stringContaining('Auto-answer is off')]);
    expect(await ask(member, 'Which countries does Local Hosting cover?')).toEqual([]);
  });
});

describe('long answers', () => {
  it('splits under 4096 characters on line boundaries, escaped, reply on the first and buttons on the last', async () => {
    const paragraph = (i: number) => `Paragraph ${i}: fees <b>&amp; VAT</b> & "quotes" *stars* _under_ `.repeat(12).trim();
    const text = Array.from({ length: 30 }, (_, i) => paragraph(i)).join('\n\n');
    const long: AnswerResult = {
      id: 'long-answer-1',
      text,
      body: text,
      lang: 'en',
      sources: [{ id: 'x', title: 'Fees <2026> & more', date: '2026-01-16', url: 'https://example.com/?a=1&b="2"' }],
      tool: null,
      abstained: false,
      confidence: 0.9,
      route: 'faq',
    };
    const longBot = buildBot(api, { ...service, answer: async () => long }, captureLogs().logger);
    const msg = textMessage(freshUser(), 'long please');
    await longBot.handleUpdate(messageUpdate(msg));
    const calls = api.sent('sendMessage');
    expect(calls.length).toBeGreaterThanOrEqual(3);
    for (const c of calls) {
      expect(c.body.text.length).toBeLessThanOrEqual(4096);
      expect(checkTelegramHtml(c.body.text)).toEqual([]);
    }
    expect(calls[0]!.body.reply_parameters.message_id).toBe(msg.message_id);
    expect(calls.slice(1).every((c) => c.body.reply_parameters === undefined)).toBe(true);
    expect(calls.at(-1)!.body.reply_markup.inline_keyboard[0][0].callback_data).toBe('fb:up:long-answer-1');
    expect(calls.slice(0, -1).every((c) => c.body.reply_markup === undefined)).toBe(true);
    const shown = calls.map((c) => unescapeHtml(c.body.text)).join('\n\n');
    expect(shown.replace(/\s+/g, ' ')).toContain(text.replace(/\s+/g, ' '));
    expect(shown).toContain('Fees <2026> & more');
  });
});

describe('admin commands', () => {
  const chatId = -1009000000002;
  const groupAdmin = user(9101, 'en');
  const member = user(9102, 'en');
  const botAdmin = user(9103, 'en');
  let adminBot: ReturnType<typeof buildBot>;
  const send = async (from: typeof member, text: string, inChat: number) => {
    api.reset();
    await adminBot.handleUpdate(messageUpdate(textMessage(from, text, { chatId: inChat })));
    return sentTexts();
  };

  beforeAll(() => {
    api.setMemberStatus(groupAdmin.id, 'administrator');
    api.setMemberStatus(member.id, 'member');
    api.setMemberStatus(botAdmin.id, 'member');
    adminBot = buildBot(api, service, captureLogs().logger, { adminIds: [String(botAdmin.id)] });
  });

  it.each(['/stats', '/gaps', '/reload'])('refuses %s to a group member and in a private chat to a non-admin', async (command) => {
    expect(await send(member, command, chatId)).toEqual([expect.stringContaining('admins only')]);
    expect(await send(groupAdmin, command, groupAdmin.id)).toEqual([expect.stringContaining('admins only')]);
  });

  it('does not trust a username that looks like an admin', async () => {
    const impostor = { ...member, id: 9104, username: 'manager_one', first_name: 'Manager' };
    api.setMemberStatus(impostor.id, 'member');
    expect(await send(impostor, '/stats', impostor.id)).toEqual([expect.stringContaining('admins only')]);
  });

  it('gives group admins their own group\'s stats and bot admins everything and a reload', async () => {
    expect(await send(groupAdmin, '/stats', chatId)).toEqual([expect.stringMatching(/Last 7 days \(this community\): \d+ questions/)]);
    expect(await send(botAdmin, '/stats', botAdmin.id)).toEqual([expect.stringMatching(/Last 7 days \(all communities\)/)]);
    expect(await send(botAdmin, '/gaps', botAdmin.id)).toEqual([expect.stringMatching(/gaps|No unanswered/)]);
    expect(await send(botAdmin, `/reload@${BOT_INFO.username}`, chatId)).toEqual([expect.stringMatching(/Knowledge reloaded: \d+ articles/)]);
  });

  it('shows a stranger who creates a group and adds the bot only that group: no other group\'s gaps, no reload', async () => {
    const strangerGroup = -1009000000077;
    const stranger = user(9177, 'en');
    const asker = user(9178, 'en');
    api.setMemberStatus(stranger.id, 'creator');
    // An unanswerable question in the first group becomes one of its gaps.
    await send(asker, `/ask How many parking spaces has the office of group nine?`, chatId);
    expect(await send(groupAdmin, '/gaps', chatId)).toEqual([expect.stringContaining('parking spaces')]);
    expect(await send(botAdmin, '/gaps', botAdmin.id)).toEqual([expect.stringContaining('parking spaces')]);

    const [gaps] = await send(stranger, '/gaps', strangerGroup);
    expect(gaps).not.toContain('parking spaces');
    const [stats] = await send(stranger, '/stats', strangerGroup);
    expect(stats).toMatch(/this community\): 0 questions/);
    expect(await send(stranger, '/reload', strangerGroup)).toEqual([expect.stringContaining("Only the bot's own admins")]);
    // A forged username is not an id: the stranger renamed to the bot admin's name is still a stranger.
    const forged = { ...stranger, username: 'bot_admin', first_name: 'Admin' };
    expect(await send(forged, '/stats', forged.id)).toEqual([expect.stringContaining('admins only')]);
  });
});
