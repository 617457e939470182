// The adapter's own words in the six languages, by the client's language_code: help, menu, buttons, dialogue.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { menuFor, setBotCommands } from '../../../adapters/telegram/bot-commands.js';
import { UI_TEXTS } from '../../../adapters/telegram/ui-text.js';
import type { BotService } from '../../../src/contract/bot-service.js';
import { createTestService } from '../../helpers/create-test-service.js';
import { buildBot, captureLogs } from './create-harness.js';
import { startFakeBotApi, type FakeBotApi } from './fake-bot-api.js';
import { botMessage, callbackUpdate, messageUpdate, textMessage, user } from './telegram-updates.js';

let api: FakeBotApi;
let service: BotService;
let bot: ReturnType<typeof buildBot>;
let nextUser = 1_500;

beforeAll(async () => {
  [api, service] = await Promise.all([startFakeBotApi(), createTestService()]);
  bot = buildBot(api, service, captureLogs().logger);
});
afterAll(() => api.close());
beforeEach(() => api.reset());

const LANGS = ['zh', 'en', 'de', 'fr', 'it', 'es'] as const;

describe('texts', () => {
  it('has every text in every language, and no two languages share a help text or a menu', () => {
    const keys = Object.keys(UI_TEXTS.en).sort();
    for (const lang of LANGS) expect(Object.keys(UI_TEXTS[lang]).sort()).toEqual(keys);
    expect(new Set(LANGS.map((l) => UI_TEXTS[l].help)).size).toBe(6);
    expect(new Set(LANGS.map((l) => JSON.stringify(menuFor(l)))).size).toBe(6);
  });

  it('registers the menu once per language_code, each in its own language', async () => {
    await setBotCommands(new (await import('grammy')).Api('123:test', { apiRoot: api.apiRoot }));
    const calls = api.sent('setMyCommands');
    expect(calls.map((c) => c.body.language_code)).toEqual([undefined, 'zh', 'de', 'fr', 'it', 'es']);
    const described = Object.fromEntries(calls.map((c) => [c.body.language_code ?? 'default', c.body.commands.find((x: { command: string }) => x.command === 'eligibility').description]));
    expect(described).toMatchObject({ default: /eligibility/, zh: /资格/, de: /Zulassung/, fr: /éligibilité/, it: /requisiti/, es: /requisitos/ });
    for (const c of calls) expect(c.body.commands.map((x: { command: string }) => x.command)).toEqual(['ask', 'eligibility', 'margin', 'reset', 'autoanswer', 'help']);
  });
});

describe('by language_code', () => {
  it.each([
    ['de', 'Zulassungscheck Local Hosting', 'Anderes'],
    ['fr-FR', 'Éligibilité au Local Hosting', 'Autre'],
    ['it', 'Verifica requisiti Local Hosting', 'Altro'],
    ['es-419', 'Requisitos de Local Hosting', 'Otro'],
    ['zh-hant', '本地托管资格自查', '其他'],
  ])('a %s client gets the eligibility dialogue in its language', async (code, title, other) => {
    const from = user(nextUser++, code);
    const command = textMessage(from, '/eligibility');
    await bot.handleUpdate(messageUpdate(command));
    const [first] = api.sent('sendMessage');
    expect(first!.body.text).toContain(title);
    const labels = first!.body.reply_markup.inline_keyboard.flat().map((b: { text: string }) => b.text);
    expect(labels).toContain(other);
    // The next step's yes/no buttons too.
    await bot.handleUpdate(callbackUpdate(from, 'el:ec:CN', botMessage(from.id, first!.body.text, first!.result.message_id, command)));
    const yesNo = api.sent('editMessageText')[0]!.body.reply_markup.inline_keyboard.flat().map((b: { text: string }) => b.text);
    const lang = code.slice(0, 2) as (typeof LANGS)[number];
    expect(yesNo).toEqual([UI_TEXTS[lang].yes, UI_TEXTS[lang].no]);
  });

  it.each([
    ['fr', 'Merci'],
    ['it', 'Grazie'],
    ['es', 'Gracias'],
    ['de', 'Danke'],
  ])('thanks a %s client for a vote in its language', async (code, thanks) => {
    const from = user(nextUser++, code);
    const question = textMessage(from, 'Which countries does Local Hosting cover?');
    await bot.handleUpdate(messageUpdate(question));
    const answer = api.sent('sendMessage')[0]!;
    const up = answer.body.reply_markup.inline_keyboard[0][0].callback_data as string;
    await bot.handleUpdate(callbackUpdate(from, up, botMessage(from.id, answer.body.text, answer.result.message_id, question)));
    expect(api.sent('answerCallbackQuery')[0]!.body.text).toBe(thanks);
  });

  it('tells a German client that auto-answer is for groups, in German', async () => {
    await bot.handleUpdate(messageUpdate(textMessage(user(nextUser++, 'de'), '/autoanswer on')));
    expect(api.sent('sendMessage')[0]!.body.text).toBe(UI_TEXTS.de.autoAnswerGroupOnly);
  });
});
