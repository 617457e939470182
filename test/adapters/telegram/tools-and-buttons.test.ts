// Feedback and handover buttons, the /eligibility dialogue and /margin, over the loopback Bot API.
import type { Message } from 'grammy/types';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BotService } from '../../../src/contract/bot-service.js';
import { createTestService } from '../../helpers/create-test-service.js';
import { checkTelegramHtml, unescapeHtml } from './check-telegram-html.js';
import { buildBot, captureLogs } from './create-harness.js';
import { startFakeBotApi, type FakeBotApi, type RecordedCall } from './fake-bot-api.js';
import { botMessage, callbackUpdate, GROUP_ID, messageUpdate, textMessage, user } from './telegram-updates.js';

const HANDOVER_CHAT = '-100555';
let api: FakeBotApi;
let service: BotService;
let bot: ReturnType<typeof buildBot>;
let nextUser = 300;
const freshUser = (lang = 'en') => user(nextUser++, lang);

beforeAll(async () => {
  [api, service] = await Promise.all([startFakeBotApi(), createTestService()]);
  bot = buildBot(api, service, captureLogs().logger, { handoverChatId: HANDOVER_CHAT });
});
afterAll(() => api.close());
beforeEach(() => {
  api.reset();
  vi.restoreAllMocks();
});

const buttonsOf = (call: RecordedCall): string[] =>
  (call.body.reply_markup?.inline_keyboard ?? []).flat().map((b: { callback_data: string }) => b.callback_data);

/** The message the bot sent, as it comes back inside a callback query (replying to the asker's message). */
const asMessage = (call: RecordedCall, replyTo: Message): Message =>
  botMessage(Number(call.body.chat_id), call.body.text, call.result.message_id, replyTo);

describe('feedback buttons', () => {
  it.each([
    ['up', 'en', 'Thanks'],
    ['down', 'zh', '谢谢'],
  ] as const)('records a %s vote and acknowledges it in %s', async (vote, lang, thanks) => {
    const spy = vi.spyOn(service, 'recordFeedback');
    const from = freshUser(lang);
    const question = textMessage(from, 'Which countries does Local Hosting cover?');
    await bot.handleUpdate(messageUpdate(question));
    const answer = api.sent('sendMessage')[0]!;
    const data = buttonsOf(answer).find((d) => d.startsWith(`fb:${vote}:`))!;
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    await bot.handleUpdate(callbackUpdate(from, data, asMessage(answer, question)));
    expect(spy).toHaveBeenCalledWith({ answerId: data.split(':')[2], user: String(from.id), vote });
    expect(await spy.mock.results[0]!.value).toEqual({ ok: true });
    expect(api.sent('answerCallbackQuery')[0]!.body.text).toBe(thanks);
  });

  it('tells the user when the answer id is unknown', async () => {
    const from = freshUser();
    await bot.handleUpdate(callbackUpdate(from, 'fb:up:no-such-answer', botMessage(from.id, 'old', 1)));
    expect(api.sent('answerCallbackQuery')[0]!.body.text).toMatch(/no longer be rated/);
  });
});

describe('handover', () => {
  it('offers a manager on abstention, mentions the managers, notifies the handover chat once', async () => {
    const spy = vi.spyOn(service, 'recordHandover');
    const from = { ...freshUser(), first_name: '<i>Eve & Co</i>' };
    const question = textMessage(from, `@hosting_faq_bot What is the capital of Peru? <b>&`, {
      chatId: GROUP_ID,
      entities: [{ type: 'mention', offset: 0, length: 16 }],
    });
    await bot.handleUpdate(messageUpdate(question));
    const answer = api.sent('sendMessage')[0]!;
    const [data] = buttonsOf(answer);
    expect(data).toMatch(/^ho:[\w-]+$/);
    expect(answer.body.reply_markup.inline_keyboard[0][0].text).toContain('Ask a manager');

    api.reset();
    const pressed = asMessage(answer, question);
    await bot.handleUpdate(callbackUpdate(from, data!, pressed));
    expect(spy).toHaveBeenCalledWith({ answerId: data!.slice(3), platform: 'telegram', chat: String(GROUP_ID) });
    const [inGroup, toManagers] = api.sent('sendMessage');
    expect(inGroup!.body.chat_id).toBe(GROUP_ID);
    expect(inGroup!.body.text).toContain('@manager_one @Manager_Two');
    expect(inGroup!.body.reply_parameters.message_id).toBe(pressed.message_id);
    expect(toManagers!.body.chat_id).toBe(HANDOVER_CHAT);
    expect(unescapeHtml(toManagers!.body.text)).toContain('<i>Eve & Co</i>');
    expect(unescapeHtml(toManagers!.body.text)).toContain('What is the capital of Peru? <b>&');
    expect(toManagers!.body.text).toContain(`https://t.me/c/${String(GROUP_ID).slice(4)}/${pressed.message_id}`);
    for (const c of api.sent('sendMessage')) expect(checkTelegramHtml(c.body.text)).toEqual([]);
    expect(api.sent('answerCallbackQuery')[0]!.body.text).toBe('A manager has been notified');

    api.reset();
    await bot.handleUpdate(callbackUpdate(freshUser(), data!, pressed));
    expect(api.sent('sendMessage')).toHaveLength(0);
    expect(api.sent('answerCallbackQuery')[0]!.body.text).toMatch(/already/);
    expect(spy).toHaveBeenCalledTimes(1);
  });
});

describe('/eligibility dialogue', () => {
  /** Presses the buttons in order on the one dialogue message; returns the final text and every edit. */
  async function runDialogue(lang: string, chatId: number | undefined, presses: string[]) {
    const from = freshUser(lang);
    const command = textMessage(from, '/eligibility', chatId ? { chatId } : {});
    await bot.handleUpdate(messageUpdate(command));
    const first = api.sent('sendMessage')[0]!;
    expect(first.body.reply_parameters.message_id).toBe(command.message_id);
    let current: RecordedCall = first;
    const dialogueMessage = asMessage(first, command);
    for (const data of presses) {
      expect(buttonsOf(current), `button ${data} on screen`).toContain(data);
      const before = api.sent('editMessageText').length;
      await bot.handleUpdate(callbackUpdate(from, data, dialogueMessage));
      const edits = api.sent('editMessageText');
      expect(edits.length, `edit after ${data}`).toBe(before + 1);
      current = edits.at(-1)!;
      expect(current.body.message_id).toBe(dialogueMessage.message_id);
    }
    expect(api.sent('sendMessage')).toHaveLength(1);
    expect(api.sent('answerCallbackQuery')).toHaveLength(presses.length);
    return { final: current, from, dialogueMessage };
  }

  it('walks an English seller to "eligible", with EU pages and VAT toggles, in one message', async () => {
    const { final } = await runDialogue('en', GROUP_ID, [
      'el:ec:CN',
      'el:eu:1',
      'el:wh:+eu',
      'el:wh:back',
      'el:wh:DE',
      'el:vat:FR',
      'el:vat:DE',
      'el:vat:FR',
      'el:vat:ok',
    ]);
    expect(final.body.reply_markup).toBeUndefined();
    expect(final.body.text).toMatch(/Verdict: eligible/);
    expect(final.body.text).toMatch(/VAT: Germany\n/);
    expect(checkTelegramHtml(final.body.text)).toEqual([]);
  });

  it('shows ticked VAT countries on the keyboard', async () => {
    const from = freshUser();
    await bot.handleUpdate(messageUpdate(textMessage(from, '/eligibility')));
    const msg = asMessage(api.sent('sendMessage')[0]!, textMessage(from, '/eligibility'));
    for (const d of ['el:ec:HK', 'el:eu:1', 'el:wh:PL', 'el:vat:PL']) await bot.handleUpdate(callbackUpdate(from, d, msg));
    const keyboard = api.sent('editMessageText').at(-1)!.body.reply_markup.inline_keyboard.flat();
    expect(keyboard.find((b: { callback_data: string }) => b.callback_data === 'el:vat:PL').text).toMatch(/^✅/);
    expect(keyboard.find((b: { callback_data: string }) => b.callback_data === 'el:vat:DE').text).not.toMatch(/^✅/);
  });

  it('ends a Chinese dialogue with "ineligible" when the stock is not in Europe', async () => {
    const { final } = await runDialogue('zh-hans', undefined, ['el:ec:HK', 'el:eu:0']);
    expect(final.body.reply_markup).toBeUndefined();
    expect(final.body.text).toMatch(/不符合|不满足/);
  });

  it('stops at once for an entity from another country', async () => {
    const { final } = await runDialogue('en', undefined, ['el:ec:ZZ']);
    expect(final.body.reply_markup).toBeUndefined();
    expect(final.body.text).toMatch(/Verdict: (not eligible|ineligible)/i);
    expect(final.body.text).toMatch(/another country/);
  });

  it('offers the countries of the rules: the entity countries, the rest of the EU, Europe outside it', async () => {
    const from = freshUser();
    const command = textMessage(from, '/eligibility');
    await bot.handleUpdate(messageUpdate(command));
    const msg = asMessage(api.sent('sendMessage')[0]!, command);
    expect(buttonsOf(api.sent('sendMessage')[0]!)).toEqual(['CN', 'HK', 'DE', 'FR', 'IT', 'ES', 'GB', 'US', 'ZZ'].map((c) => `el:ec:${c}`));
    for (const d of ['el:ec:DE', 'el:eu:1', 'el:wh:+out']) await bot.handleUpdate(callbackUpdate(from, d, msg));
    // knowledge/rules (the fixture's): europeOutsideEu, then another country, then back.
    expect(buttonsOf(api.sent('editMessageText').at(-1)!)).toEqual(
      ['GB', 'CH', 'NO', 'IS', 'LI', 'RS', 'UA', 'TR', 'BA', 'ME', 'MK', 'AL', 'MD', 'ZZ', 'back'].map((c) => `el:wh:${c}`),
    );
    await bot.handleUpdate(callbackUpdate(from, 'el:wh:back', msg));
    await bot.handleUpdate(callbackUpdate(from, 'el:wh:+eu', msg));
    const otherEu = buttonsOf(api.sent('editMessageText').at(-1)!);
    expect(otherEu).toHaveLength(27 - 7 + 1);
    expect(otherEu).toContain('el:wh:AT');
    expect(otherEu).not.toContain('el:wh:DE');
  });

  it('still reads the "other country" button of a keyboard sent before the one code (XX)', async () => {
    const from = freshUser();
    const command = textMessage(from, '/eligibility');
    await bot.handleUpdate(messageUpdate(command));
    const msg = asMessage(api.sent('sendMessage')[0]!, command);
    await bot.handleUpdate(callbackUpdate(from, 'el:ec:XX', msg));
    const final = api.sent('editMessageText').at(-1)!;
    expect(final.body.reply_markup).toBeUndefined();
    expect(final.body.text).toMatch(/Verdict: (not eligible|ineligible)/i);
    expect(final.body.text).toMatch(/another country/);
  });

  it('offers the VAT countries of the rules, with the warehouse country first when they do not hold it', async () => {
    const from = freshUser();
    const command = textMessage(from, '/eligibility');
    await bot.handleUpdate(messageUpdate(command));
    const msg = asMessage(api.sent('sendMessage')[0]!, command);
    for (const d of ['el:ec:CN', 'el:eu:1', 'el:wh:+eu', 'el:wh:AT']) await bot.handleUpdate(callbackUpdate(from, d, msg));
    expect(buttonsOf(api.sent('editMessageText').at(-1)!)).toEqual(['AT', 'DE', 'FR', 'IT', 'ES', 'PL', 'NL', 'CZ', 'GB', 'ok'].map((c) => `el:vat:${c}`));
  });

  it('refuses presses from another user and on an expired dialogue', async () => {
    const owner = freshUser();
    const command = textMessage(owner, '/eligibility', { chatId: GROUP_ID });
    await bot.handleUpdate(messageUpdate(command));
    const msg = asMessage(api.sent('sendMessage')[0]!, command);
    await bot.handleUpdate(callbackUpdate(freshUser(), 'el:ec:CN', msg));
    await bot.handleUpdate(callbackUpdate(owner, 'el:ec:CN', botMessage(GROUP_ID, 'old', 1, command)));
    expect(api.sent('answerCallbackQuery').map((c) => c.body.text)).toEqual([
      expect.stringMatching(/someone else/),
      expect.stringMatching(/expired/),
    ]);
    expect(api.sent('editMessageText')).toHaveLength(0);
  });
});

describe('/margin', () => {
  it.each([
    ['key=value in English', 'en', '/margin price=29.99 market=DE cost=8', [/Profit: €\d+\.\d\d/, /€29\.99/]],
    ['Chinese free text', 'en', '/margin 德国站售价29.99欧，成本8欧，头程1.5欧', [/利润/, /€/]],
    ['a missing field', 'en', '/margin price=29.99', [/market|cost/i]],
    ['an unknown key', 'zh', '/margin colour=red', [/colour/]],
    ['no arguments', 'en', '/margin', [/Usage: \/margin/, /price=29\.99 market=DE cost=8/]],
    ['no arguments in Chinese', 'zh', '/margin', [/用法/]],
  ] as const)('replies to %s', async (_name, lang, command, patterns) => {
    const msg = textMessage(freshUser(lang), command, { chatId: GROUP_ID });
    await bot.handleUpdate(messageUpdate(msg));
    const [reply] = api.sent('sendMessage');
    expect(reply!.body.reply_parameters.message_id).toBe(msg.message_id);
    for (const p of patterns) expect(reply!.body.text).toMatch(p);
    expect(checkTelegramHtml(reply!.body.text)).toEqual([]);
  });
});
