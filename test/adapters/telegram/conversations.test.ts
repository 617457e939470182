// Conversations over the loopback Bot API: each asker's own follow-ups in groups, forum topics, reply chains, /reset,
// and the /eligibility dialogue kept by the core. The adapter only passes the facts (topic, replied answer).
import type { Message, MessageEntity, User } from 'grammy/types';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BotService } from '../../../src/contract/bot-service.js';
import type { AnswerRequest } from '../../../src/contract/types.js';
import { createTestService } from '../../helpers/create-test-service.js';
import { unescapeHtml } from './check-telegram-html.js';
import { buildBot, captureLogs } from './create-harness.js';
import { BOT_INFO, startFakeBotApi, type FakeBotApi, type RecordedCall } from './fake-bot-api.js';
import { BOT_USER, callbackUpdate, mentionEntity, messageUpdate, textMessage, user } from './telegram-updates.js';

let api: FakeBotApi;
let service: BotService;
let bot: ReturnType<typeof buildBot>;
let nextUser = 2_000;
let nextGroup = -1007000000001;
const freshUser = (lang = 'en') => user(nextUser++, lang);
const freshGroup = () => nextGroup--;

beforeAll(async () => {
  [api, service] = await Promise.all([startFakeBotApi(), createTestService()]);
  bot = buildBot(api, service, captureLogs().logger);
});
afterAll(() => api.close());
beforeEach(() => {
  api.reset();
  vi.restoreAllMocks();
});

interface SendOpts {
  chatId?: number;
  topic?: number;
  replyTo?: Message;
  entities?: MessageEntity[];
}

/** Sends one message and returns the bot's one reply to it. */
async function say(from: User, text: string, opts: SendOpts = {}): Promise<RecordedCall> {
  const before = api.sent('sendMessage').length;
  await bot.handleUpdate(messageUpdate(textMessage(from, text, opts)));
  const replies = api.sent('sendMessage').slice(before);
  expect(replies, `one reply to "${text}"`).toHaveLength(1);
  return replies[0]!;
}

/** A group message that @mentions the bot. */
function mention(from: User, question: string, opts: SendOpts & { chatId: number }): Promise<RecordedCall> {
  const text = `@${BOT_INFO.username} ${question}`;
  return say(from, text, { ...opts, entities: [mentionEntity(text, BOT_INFO.username)] });
}

const firstLine = (call: RecordedCall) => unescapeHtml(call.body.text as string).split('\n')[0]!;

/** The bot's sent message as Telegram shows it inside a reply to it: text, buttons, topic. */
function asReplied(call: RecordedCall): Message {
  const topic = call.body.message_thread_id as number | undefined;
  return {
    message_id: call.result.message_id,
    date: Math.floor(Date.now() / 1000),
    chat: call.result.chat,
    from: BOT_USER,
    text: call.body.text,
    ...(call.body.reply_markup ? { reply_markup: call.body.reply_markup } : {}),
    ...(topic !== undefined ? { is_topic_message: true, message_thread_id: topic } : {}),
  } as Message;
}

const answerIdOf = (call: RecordedCall) => (call.body.reply_markup.inline_keyboard[0][0].callback_data as string).replace(/^fb:up:|^ho:/, '');

describe('group conversations', () => {
  it('gives two interleaving sellers each a follow-up read against their own question', async () => {
    const chatId = freshGroup();
    const zh = freshUser('zh-hans');
    const en = freshUser('en');
    expect(firstLine(await mention(zh, '德国站佣金多少？', { chatId }))).not.toMatch(/^按此理解/);
    expect(firstLine(await mention(en, 'What is the commission in Spain?', { chatId }))).not.toMatch(/^Reading this as/);

    const france = await mention(zh, '那法国呢？', { chatId });
    const italy = await mention(en, 'and for Italy?', { chatId });
    expect(firstLine(france)).toMatch(/^按此理解：法国站/);
    expect(firstLine(france)).not.toMatch(/西班牙|Spain/);
    expect(firstLine(italy)).toMatch(/^Reading this as: .*Italy/);
    expect(firstLine(italy)).not.toMatch(/Germany|德国|France/);
    // Both follow-ups still answer the commission question.
    for (const call of [france, italy]) expect(call.body.text).toContain('9%');
  });

  it('keeps a forum topic a conversation of its own, and answers in the topic', async () => {
    const chatId = freshGroup();
    const from = freshUser('zh-hans');
    const spy = vi.spyOn(service, 'answer');
    const first = await say(from, '/ask 德国站佣金多少？', { chatId, topic: 42 });
    expect(first.body.message_thread_id).toBe(42);
    expect(spy.mock.calls[0]![0]).toMatchObject({ thread: '42', chat: String(chatId), user: String(from.id) });

    // The same seller in the chat's general topic has no earlier question there.
    const outside = await say(from, '/ask 那法国呢？', { chatId });
    expect(outside.body.message_thread_id).toBeUndefined();
    expect(firstLine(outside)).not.toMatch(/^按此理解/);
    expect(spy.mock.calls[1]![0].thread).toBeUndefined();

    const inside = await say(from, '/ask 那法国呢？', { chatId, topic: 42 });
    expect(inside.body.message_thread_id).toBe(42);
    expect(firstLine(inside)).toMatch(/^按此理解：法国站/);
  });

  it('continues the answer another member replies to, for the replier, in their own conversation afterwards', async () => {
    const chatId = freshGroup();
    const asker = freshUser('zh-hans');
    const replier = freshUser('zh-hans');
    const spy = vi.spyOn(service, 'answer');
    const answer = await mention(asker, '德国站佣金多少？', { chatId });

    const reply = await say(replier, '那法国呢？', { chatId, replyTo: asReplied(answer) });
    expect(spy.mock.calls.at(-1)![0]).toMatchObject({ user: String(replier.id), replyTo: answerIdOf(answer) });
    expect(firstLine(reply)).toMatch(/^按此理解：法国站/);
    expect(reply.body.reply_parameters.message_id).toBeGreaterThan(0);

    // The replier's next follow-up (no reply this time) builds on the question they continued.
    const next = await mention(replier, '那意大利呢？', { chatId });
    expect(firstLine(next)).toMatch(/^按此理解：意大利站/);
  });

  it('passes no answer id for a reply to a bot message that is not an answer', async () => {
    const chatId = freshGroup();
    const from = freshUser('zh-hans');
    const help = await say(from, '/help', { chatId });
    expect(help.body.reply_markup).toBeUndefined();
    const spy = vi.spyOn(service, 'answer');
    const reply = await say(from, '那法国呢？', { chatId, replyTo: asReplied(help) });
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0]![0] as AnswerRequest).not.toHaveProperty('replyTo');
    expect(firstLine(reply)).not.toMatch(/^按此理解/);
  });
});

describe('tools that take the next message', () => {
  it.each([
    ['in a private chat, as the next message', false],
    ['in a group, as a reply to the bot’s question', true],
  ])('fills the market of a margin question %s', async (_name, inGroup) => {
    const from = freshUser('zh-hans');
    const chatId = inGroup ? freshGroup() : from.id;
    const question = inGroup
      ? await mention(from, '售价29.99欧，成本8欧，利润多少', { chatId })
      : await say(from, '售价29.99欧，成本8欧，利润多少');
    expect(unescapeHtml(question.body.text)).toMatch(/站点/);
    const result = await say(from, '德国', inGroup ? { chatId, replyTo: asReplied(question) } : {});
    const text = unescapeHtml(result.body.text);
    expect(text).toMatch(/德国站/);
    expect(text).toMatch(/售价 €29\.99/);
    expect(text).toMatch(/利润：€14\.50/);
  });
});

describe('/reset', () => {
  it('forgets the conversation: the next short message is not read as a follow-up', async () => {
    const from = freshUser('zh-hans');
    await say(from, '德国站佣金多少？');
    const reset = await say(from, '/reset');
    expect(unescapeHtml(reset.body.text)).toMatch(/之前的对话已清空/);
    expect(firstLine(await say(from, '那法国呢？'))).not.toMatch(/^按此理解/);
  });

  it('answers /reset@bot in a group and forgets only the sender’s conversation', async () => {
    const chatId = freshGroup();
    const [a, b] = [freshUser('en'), freshUser('en')];
    await mention(a, 'What is the commission in Spain?', { chatId });
    await mention(b, 'What is the commission in Spain?', { chatId });
    const reset = await say(a, `/reset@${BOT_INFO.username}`, { chatId });
    expect(unescapeHtml(reset.body.text)).toMatch(/earlier conversation is forgotten/);
    expect(firstLine(await mention(a, 'and for Italy?', { chatId }))).not.toMatch(/^Reading this as/);
    expect(firstLine(await mention(b, 'and for Italy?', { chatId }))).toMatch(/^Reading this as: .*Italy/);
  });

  it('in a forum topic forgets that topic only', async () => {
    const chatId = freshGroup();
    const from = freshUser('zh-hans');
    await say(from, '/ask 德国站佣金多少？', { chatId, topic: 7 });
    await say(from, '/ask 德国站佣金多少？', { chatId });
    await say(from, '/reset', { chatId, topic: 7 });
    expect(firstLine(await say(from, '/ask 那法国呢？', { chatId, topic: 7 }))).not.toMatch(/^按此理解/);
    expect(firstLine(await say(from, '/ask 那法国呢？', { chatId }))).toMatch(/^按此理解：法国站/);
  });

  it('also ends an open /eligibility dialogue', async () => {
    const from = freshUser('en');
    const command = textMessage(from, '/eligibility');
    await bot.handleUpdate(messageUpdate(command));
    const question = api.sent('sendMessage')[0]!;
    await say(from, '/reset');
    await bot.handleUpdate(callbackUpdate(from, 'el:ec:CN', { ...asReplied(question), reply_to_message: command } as Message));
    expect(api.sent('answerCallbackQuery').map((c) => c.body.text)).toEqual([expect.stringMatching(/expired/)]);
    expect(api.sent('editMessageText')).toHaveLength(0);
  });
});

describe('/eligibility, kept by the core', () => {
  it('runs in a forum topic: asked there, pressed there, and a question in between does not end it', async () => {
    const chatId = freshGroup();
    const from = freshUser('en');
    const command = textMessage(from, '/eligibility', { chatId, topic: 9 });
    await bot.handleUpdate(messageUpdate(command));
    const question = api.sent('sendMessage')[0]!;
    expect(question.body.message_thread_id).toBe(9);
    const onScreen = { ...asReplied(question), reply_to_message: command } as Message;

    await bot.handleUpdate(callbackUpdate(from, 'el:ec:CN', onScreen));
    // A question in the same topic is a conversation turn, not an answer to the keyboard.
    await say(from, '/ask Which countries does Local Hosting cover?', { chatId, topic: 9 });
    await bot.handleUpdate(callbackUpdate(from, 'el:eu:0', onScreen));

    const edits = api.sent('editMessageText');
    expect(edits).toHaveLength(2);
    expect(edits[0]!.body.text).toMatch(/stock already in Europe|in Europe/i);
    expect(edits[1]!.body.text).toMatch(/Verdict: (not eligible|ineligible)/i);
    expect(edits[1]!.body.reply_markup).toBeUndefined();
    expect(api.sent('answerCallbackQuery').every((c) => c.body.text === undefined)).toBe(true);
  });

  it('refuses a press in another topic than the dialogue’s', async () => {
    const chatId = freshGroup();
    const from = freshUser('en');
    const command = textMessage(from, '/eligibility', { chatId, topic: 11 });
    await bot.handleUpdate(messageUpdate(command));
    const question = api.sent('sendMessage')[0]!;
    // The same message id seen from topic 12 is not the dialogue's place.
    const elsewhere = { ...asReplied(question), message_thread_id: 12, reply_to_message: command } as Message;
    await bot.handleUpdate(callbackUpdate(from, 'el:ec:CN', elsewhere));
    expect(api.sent('answerCallbackQuery').map((c) => c.body.text)).toEqual([expect.stringMatching(/expired/)]);
  });
});
