// Conversations through a real discord.js Client and the loopback REST API: a reply to the bot's answer continues
// it (for whoever replies), a thread is a place of its own, slash commands carry the conversation, /reset forgets.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AnswerRequest } from '../../../src/contract/types.js';
import { createDiscordHarness, type DiscordHarness } from './create-discord-harness.js';
import { APP_ID, BOT_ID, botMessage, CHANNEL_ID, emitCommand, emitMessage, OPT, people, THREAD_ID } from './discord-payloads.js';
import type { RecordedCall } from './fake-discord-api.js';

const EPHEMERAL = 64;
let h: DiscordHarness;
let nextUser = 0;
/** A member of their own, so one test's conversation never meets another's. */
const freshMember = () => people.user((BigInt('510000000000000000') + BigInt(++nextUser)).toString());

beforeAll(async () => {
  h = await createDiscordHarness();
});
afterAll(async () => {
  await h?.close();
});
afterEach(() => {
  vi.restoreAllMocks();
});

const replyIn = (channelId: string, messageId: string) =>
  h.api.waitForCall((c) => c.method === 'POST' && c.path === `/api/v10/channels/${channelId}/messages` && c.body?.message_reference?.message_id === messageId);
const original = (token: string) => h.api.waitForCall((c) => c.method === 'PATCH' && c.path === `/api/v10/webhooks/${APP_ID}/${token}/messages/@original`);
const callback = (token: string) => h.api.waitForCall((c) => c.method === 'POST' && c.path.endsWith(`/${token}/callback`));
const firstLine = (call: RecordedCall) => String(call.body.embeds[0].description).split('\n')[0]!;
const answerIdOf = (call: RecordedCall) => String(call.body.components[0].components[0].custom_id).replace(/^fb:up:/, '');

type Member = ReturnType<typeof freshMember>;

/** A message that @mentions the bot; resolves with the bot's reply to it. */
async function mention(author: Member, question: string, channelId = CHANNEL_ID): Promise<RecordedCall> {
  const msg = emitMessage(h.client, { content: `<@${BOT_ID}> ${question}`, mentions: [people.bot()], author, channelId });
  return replyIn(channelId, msg.id);
}

/** A reply to a message of the bot (Discord sends the replied message along, buttons included). */
async function reply(author: Member, text: string, to: Record<string, unknown>, channelId = CHANNEL_ID): Promise<RecordedCall> {
  const msg = emitMessage(h.client, { content: text, mentions: [people.bot()], author, replyTo: to, channelId });
  return replyIn(channelId, msg.id);
}

/** The bot's answer as a replied-to message: its text and the components it was sent with. */
const asReplied = (call: RecordedCall, channelId = CHANNEL_ID) => botMessage(call.body.embeds[0].description, { components: call.body.components, channelId });

async function ask(author: Member, question: string): Promise<RecordedCall> {
  const { token } = emitCommand(h.client, 'ask', [{ name: 'question', type: OPT.string, value: question }], { userId: author.id });
  return original(token);
}

describe('reply chains', () => {
  it("continues the answer another member replies to, for the replier, and passes the answer's id", async () => {
    const spy = vi.spyOn(h.service, 'answer');
    const answer = await mention(freshMember(), 'What is the commission in Spain?');
    expect(firstLine(answer)).not.toMatch(/^Reading this as/);

    const replier = freshMember();
    const followUp = await reply(replier, 'and for Italy?', asReplied(answer));
    expect(firstLine(followUp)).toMatch(/^Reading this as: .*Italy/);
    expect(spy.mock.calls.at(-1)![0]).toMatchObject({ user: replier.id, chat: CHANNEL_ID, replyTo: answerIdOf(answer) });
    // The reply became the replier's own conversation.
    expect(firstLine(await mention(replier, 'and for Germany?'))).toMatch(/^Reading this as: .*Germany/);
  });

  it('passes nothing for a reply to a bot message that is not an answer', async () => {
    const spy = vi.spyOn(h.service, 'answer');
    const member = freshMember();
    const help = await mention(member, '');
    expect(help.body.components ?? []).toEqual([]);
    const answered = await reply(member, 'and for Italy?', asReplied(help));
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0]![0] as AnswerRequest).not.toHaveProperty('replyTo');
    expect(firstLine(answered)).not.toMatch(/^Reading this as/);
  });
});

describe('threads and slash commands', () => {
  it('keeps a thread a conversation of its own', async () => {
    const member = freshMember();
    await mention(member, 'What is the commission in Spain?');
    const inThread = await mention(member, 'and for Italy?', THREAD_ID);
    expect(firstLine(inThread)).not.toMatch(/^Reading this as/);
    expect(firstLine(await mention(member, 'and for Italy?'))).toMatch(/^Reading this as: .*Italy/);
  });

  it('carries the conversation across /ask, and /reset (ephemeral) forgets it', async () => {
    const member = freshMember();
    await ask(member, 'What is the commission in Spain?');
    expect(firstLine(await ask(member, 'and for Italy?'))).toMatch(/^Reading this as: .*Italy/);

    const { token } = emitCommand(h.client, 'reset', [], { userId: member.id });
    expect((await callback(token)).body.data?.flags).toBe(EPHEMERAL);
    expect((await original(token)).body.embeds[0].description).toMatch(/earlier conversation is forgotten/);
    expect(firstLine(await ask(member, 'and for Germany?'))).not.toMatch(/^Reading this as/);
  });

  it('answers /reset in the member’s language and forgets only their conversation', async () => {
    const [a, b] = [freshMember(), freshMember()];
    await ask(a, 'What is the commission in Spain?');
    await ask(b, 'What is the commission in Spain?');
    const { token } = emitCommand(h.client, 'reset', [], { userId: a.id, locale: 'de' });
    expect((await original(token)).body.embeds[0].description).toMatch(/Gespräch ist vergessen/);
    expect(firstLine(await ask(b, 'and for Italy?'))).toMatch(/^Reading this as: .*Italy/);
  });
});
