import type { Client } from 'discord.js';
import { pino } from 'pino';
import { vi } from 'vitest';
import { createDiscordBot } from '../../../adapters/discord/create-discord-bot.js';
import type { BotService } from '../../../src/contract/bot-service.js';
import { createTestService } from '../../helpers/create-test-service.js';
import { prepareClient } from './discord-payloads.js';
import { startFakeDiscordApi, type FakeDiscordApi } from './fake-discord-api.js';

export interface DiscordHarness {
  api: FakeDiscordApi;
  client: Client;
  /** The real service, its methods wrapped in spies; `answer` throws while `failAnswers` is set. */
  service: BotService;
  spies: { recordFeedback: ReturnType<typeof vi.fn>; recordHandover: ReturnType<typeof vi.fn>; setAutoAnswer: ReturnType<typeof vi.fn> };
  controls: { failAnswers: boolean; failFeedback: boolean };
  logs: Array<Record<string, unknown>>;
  close(): Promise<void>;
}

export const MANAGER_ROLE_ID = '800000000000000001';
export const HANDOVER_CHANNEL_ID = '880000000000000001';
/** The bot's home server: its managers and its admin role are the bot's own admins. */
export const HOME_GUILD_ID = '200000000000000099';
export const ADMIN_ROLE_ID = '810000000000000001';

export async function createDiscordHarness(): Promise<DiscordHarness> {
  // High limits: the suite asks many questions from one user within a minute.
  const real = await createTestService({ RATE_USER_PER_MINUTE: '1000', RATE_CHAT_PER_MINUTE: '1000' });
  const controls = { failAnswers: false, failFeedback: false };
  const spies = {
    recordFeedback: vi.fn((f: Parameters<BotService['recordFeedback']>[0]) => {
      if (controls.failFeedback) throw new Error('store is down');
      return real.recordFeedback(f);
    }),
    recordHandover: vi.fn((h: Parameters<BotService['recordHandover']>[0]) => real.recordHandover(h)),
    setAutoAnswer: vi.fn((p: Parameters<BotService['setAutoAnswer']>[0], c: string, on: boolean) => real.setAutoAnswer(p, c, on)),
  };
  const service: BotService = {
    ...real,
    autoAnswerThreshold: real.autoAnswerThreshold,
    answer: async (req) => {
      if (controls.failAnswers) throw new Error('retriever exploded');
      return real.answer(req);
    },
    ...spies,
  };

  const logs: Array<Record<string, unknown>> = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void logs.push(JSON.parse(line)) });
  const api = await startFakeDiscordApi();
  const client = createDiscordBot({
    service,
    logger,
    restApi: api.api,
    managerRoleId: MANAGER_ROLE_ID,
    handoverChannelId: HANDOVER_CHANNEL_ID,
    adminGuildId: HOME_GUILD_ID,
    adminRoleId: ADMIN_ROLE_ID,
  });
  client.rest.setToken('x');
  prepareClient(client);

  return {
    api,
    client,
    service,
    spies,
    controls,
    logs,
    async close() {
      await client.destroy();
      await api.close();
    },
  };
}
