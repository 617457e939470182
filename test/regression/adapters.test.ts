// One question end to end per adapter, on the shipped knowledge: a real grammY bot against the loopback Bot API and a
// real discord.js client against the loopback REST API (the fakes of test/adapters/), the real BotService behind both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordHarness, type DiscordHarness } from '../adapters/discord/create-discord-harness.js';
import { APP_ID, emitCommand, OPT } from '../adapters/discord/discord-payloads.js';
import { buildBot, captureLogs } from '../adapters/telegram/create-harness.js';
import { startFakeBotApi, type FakeBotApi } from '../adapters/telegram/fake-bot-api.js';
import { messageUpdate, textMessage, user } from '../adapters/telegram/telegram-updates.js';
import { createTestService } from '../helpers/create-test-service.js';

describe('Telegram, end to end', () => {
  let api: FakeBotApi;
  beforeAll(async () => {
    api = await startFakeBotApi();
  });
  afterAll(() => api.close());

  it('answers a Chinese private question with the launch date and its source', async () => {
    const bot = buildBot(api, await createTestService({ RATE_USER_PER_MINUTE: '1000' }), captureLogs().logger);
    const from = user(4242, 'zh-hans');
    await bot.handleUpdate(messageUpdate(textMessage(from, '本地托管是哪天上线的？')));
    const call = await api.waitFor('sendMessage', (c) => c.body.chat_id === from.id);
    expect(call.body.text).toContain('2026年1月16日');
    expect(call.body.text).toMatch(/来源/);
    expect(call.body.parse_mode).toBe('HTML');
  });
});

describe('Discord, end to end', () => {
  let h: DiscordHarness;
  beforeAll(async () => {
    h = await createDiscordHarness();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('answers /ask in English with the requirements and their dated sources', async () => {
    const { token } = emitCommand(h.client, 'ask', [{ name: 'question', type: OPT.string, value: 'What are the requirements for Local Hosting?' }], {
      locale: 'en-US',
    });
    const { body } = await h.api.waitForCall((c) => c.method === 'PATCH' && c.path === `/api/v10/webhooks/${APP_ID}/${token}/messages/@original`);
    const embed = body.embeds[0];
    expect(embed.description).toMatch(/Hong Kong/);
    expect(embed.description).toMatch(/VAT/);
    const sources = embed.fields.find((f: { name: string }) => f.name === 'Sources');
    expect(sources?.value).toMatch(/ · \d{4}-\d{2}-\d{2}$/m);
  });
});
