import { SlashCommandBuilder } from 'discord.js';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildTextReplies } from '../../../adapters/discord/build-text-replies.js';
import type { DiscordCommand } from '../../../adapters/discord/commands/index.js';
import { createDiscordBot } from '../../../adapters/discord/create-discord-bot.js';
import { ADMIN_ROLE_ID, createDiscordHarness, HANDOVER_CHANNEL_ID, HOME_GUILD_ID, MANAGER_ROLE_ID, type DiscordHarness } from './create-discord-harness.js';
import {
  APP_ID,
  BOT_ID,
  botMessage,
  CHANNEL_ID,
  emitAutocomplete,
  GUILD_ID,
  emitButton,
  emitCommand,
  emitMessage,
  MANAGER_PERMISSIONS,
  OPT,
  people,
  prepareClient,
  USER_ID,
  type Option,
} from './discord-payloads.js';
import type { RecordedCall } from './fake-discord-api.js';

const EPHEMERAL = 64;
let h: DiscordHarness;

beforeAll(async () => {
  h = await createDiscordHarness();
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => {
  h.controls.failAnswers = false;
  h.controls.failFeedback = false;
});

const callback = (token: string) => h.api.waitForCall((c) => c.method === 'POST' && c.path.startsWith('/api/v10/interactions/') && c.path.endsWith(`/${token}/callback`));
const original = (token: string) => h.api.waitForCall((c) => c.method === 'PATCH' && c.path === `/api/v10/webhooks/${APP_ID}/${token}/messages/@original`);
const channelPost = (channelId: string, match: (c: RecordedCall) => boolean = () => true) =>
  h.api.waitForCall((c) => c.method === 'POST' && c.path === `/api/v10/channels/${channelId}/messages` && match(c));
const replyTo = (messageId: string) => channelPost(CHANNEL_ID, (c) => c.body?.message_reference?.message_id === messageId);
const customIds = (body: any): string[] => (body.components ?? []).flatMap((row: any) => row.components.map((b: any) => b.custom_id));
const fieldNames = (embed: any): string[] => (embed.fields ?? []).map((f: any) => f.name);
const str = (name: string, value: string): Option => ({ name, type: OPT.string, value });
const num = (name: string, value: number): Option => ({ name, type: OPT.number, value });
const bool = (name: string, value: boolean): Option => ({ name, type: OPT.boolean, value });

describe('/ask', () => {
  it.each([
    { locale: 'zh-CN', question: '本地托管需要什么条件？', fact: /中国香港/, sources: '来源', language: '中文' },
    { locale: 'en-US', question: 'What are the requirements for Local Hosting?', fact: /Hong Kong/, sources: 'Sources', language: 'English' },
    // The question's own language wins over the client locale.
    { locale: 'de', question: '本地托管需要什么条件？', fact: /VAT/, sources: '来源', language: '中文' },
  ])('answers "$question" ($locale) with facts, sources and a footer', async ({ locale, question, fact, sources, language }) => {
    const { token } = emitCommand(h.client, 'ask', [str('question', question)], { locale });
    const ack = await callback(token);
    expect(ack.body).toMatchObject({ type: 5 });
    expect(ack.body.data?.flags ?? 0).toBe(0);

    const { body } = await original(token);
    const embed = body.embeds[0];
    expect(embed.description).toMatch(fact);
    // The sources line of the plain text moved into the field.
    expect(embed.description).not.toMatch(/\n\n(Sources|来源):/);
    const field = embed.fields.find((f: any) => f.name === sources);
    // Each source with its as-of date (which one depends on the knowledge, not on the adapter).
    expect(field?.value).toMatch(/ · \d{4}-\d{2}-\d{2}$/m);
    expect(embed.footer.text).toContain(language);
    expect(embed.footer.text).toMatch(/\d+%/);
    expect(body.allowed_mentions).toEqual({ parse: [] });
    const ids = customIds(body);
    expect(ids).toHaveLength(3);
    expect(ids[0]).toMatch(/^fb:up:[\w-]+$/);
    expect(ids[1]).toMatch(/^fb:down:[\w-]+$/);
    expect(ids[2]).toMatch(/^ho:[\w-]+$/);
  });

  it('abstains on an off-topic question and offers only the handover button, which reaches the managers', async () => {
    const { token } = emitCommand(h.client, 'ask', [str('question', 'How do I bake a chocolate cake on Mars?')]);
    const { body } = await original(token);
    expect(body.embeds[0].description).toMatch(/couldn't find a reliable answer/);
    const ids = customIds(body);
    expect(ids).toHaveLength(1);
    expect(ids[0]).toMatch(/^ho:/);

    const click = emitButton(h.client, ids[0]);
    const ack = await callback(click.token);
    expect(ack.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL, allowed_mentions: { parse: [] } } });
    expect(ack.body.data.content).toMatch(/community manager/);
    expect(h.spies.recordHandover).toHaveBeenCalledWith({ answerId: ids[0].slice(3), platform: 'discord', chat: CHANNEL_ID, community: GUILD_ID });

    const notice = await channelPost(HANDOVER_CHANNEL_ID);
    expect(notice.body.content).toContain(`<@&${MANAGER_ROLE_ID}>`);
    expect(notice.body.content).toContain(`<@${USER_ID}>`);
    expect(notice.body.allowed_mentions).toEqual({ parse: [], roles: [MANAGER_ROLE_ID] });
  });

  it('suggests FAQ questions while typing', async () => {
    const { token } = emitAutocomplete(h.client, 'ask', [{ name: 'question', type: OPT.string, value: '本地托管', focused: true }], { locale: 'en-US' });
    const ack = await callback(token);
    expect(ack.body.type).toBe(8);
    const choices = ack.body.data.choices as Array<{ name: string; value: string }>;
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) {
      expect(c.name).toContain('本地托管');
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });
});

describe('a member with a German client', () => {
  const labels = (body: any): string[] => (body.components ?? []).flatMap((row: any) => row.components.map((b: any) => b.label));

  it('gets the answer in German with German field names, footer and buttons, and German acknowledgements', async () => {
    const { token } = emitCommand(h.client, 'ask', [str('question', 'Welche Voraussetzungen gelten für Local Hosting?')], { locale: 'de' });
    const { body } = await original(token);
    const embed = body.embeds[0];
    // What the answer says is the core's business (and its German knowledge's); the frame around it is the adapter's.
    expect(embed.description.length).toBeGreaterThan(0);
    expect(fieldNames(embed)).toContain('Quellen');
    expect(fieldNames(embed)).not.toContain('Sources');
    expect(embed.footer.text).toMatch(/^Deutsch · Sicherheit \d+\u00a0%/);
    expect(labels(body)).toEqual(['Hilfreich', 'Nicht hilfreich', 'Mit einem Menschen sprechen']);

    const vote = emitButton(h.client, customIds(body)[0], { locale: 'de' });
    expect((await callback(vote.token)).body.data.content).toBe('Danke für Ihr Feedback!');
    const before = h.api.calls.length;
    const handover = emitButton(h.client, customIds(body)[2], { locale: 'de' });
    expect((await callback(handover.token)).body.data.content).toMatch(/^Danke! Ein Community-Manager/);
    // The notice is for the managers: it follows the server's locale (en-US here), not the clicker's.
    const notice = await channelPost(HANDOVER_CHANNEL_ID, (c) => h.api.calls.indexOf(c) >= before);
    expect(notice.body.content).toMatch(/would like a human to follow up/);
  });

  it('gets the help naming the commands as the German client lists them', async () => {
    const { token } = emitCommand(h.client, 'help', [], { locale: 'de' });
    const text = (await original(token)).body.embeds[0].description as string;
    expect(text).toMatch(/^Ich beantworte Fragen/);
    for (const name of ['/frage', '/voraussetzungen', '/marge']) expect(text).toContain(name);
  });

  it('gets the margin fields in German, with amounts as Germans write them', async () => {
    const { token } = emitCommand(h.client, 'margin', [num('price', 29.99), num('cost', 8), str('market', 'DE'), num('commission', 9)], { locale: 'de' });
    const embed = (await original(token)).body.embeds[0];
    const values = Object.fromEntries(embed.fields.map((f: any) => [f.name, f.value]));
    expect(values).toEqual({ 'Gewinn / Stück (DE)': '14,50\u00a0€', Marge: '57,55\u00a0%', 'Break-even-Preis': '10,66\u00a0€' });
  });

  it('gets the eligibility verdict and checks in German', async () => {
    const { token } = emitCommand(h.client, 'eligibility', [str('entity_country', 'US')], { locale: 'de' });
    const embed = (await original(token)).body.embeds[0];
    expect(embed.fields.find((f: any) => f.name === 'Ergebnis')?.value).toBe('❌ Voraussetzungen nicht erfüllt');
    expect(embed.fields.find((f: any) => f.name === 'Prüfungen')?.value).toMatch(/❌ Unternehmen/);
  });

  it('is refused an admin command in German, naming the permission as the German client does', async () => {
    const { token } = emitCommand(h.client, 'stats', [], { locale: 'de' });
    expect((await callback(token)).body.data.content).toBe('Diesen Befehl können nur Mitglieder mit der Berechtigung „Server verwalten“ nutzen.');
  });

  it('is told in German, with the German option name, that the VAT countries are not codes; "keine" means none', async () => {
    const bad = emitCommand(h.client, 'eligibility', [str('vat_countries', 'Deutschland')], { locale: 'de' });
    expect((await original(bad.token)).body.embeds[0].description).toMatch(/^Entschuldigung, „ust\\_länder“ erwartet/);
    const none = emitCommand(h.client, 'eligibility', [str('entity_country', 'CN'), bool('has_eu_stock', true), str('warehouse_country', 'DE'), str('vat_countries', 'keine')], { locale: 'de' });
    expect((await original(none.token)).body.embeds[0].fields.find((f: any) => f.name === 'Ergebnis')?.value).toBe('❌ Voraussetzungen nicht erfüllt');
  });

  it.each([
    { locale: 'fr', thanks: 'Merci pour votre retour\u00a0!', refusal: /«\u00a0Gérer le serveur\u00a0»/ },
    { locale: 'it', thanks: 'Grazie per il feedback!', refusal: /«Gestisci server»/ },
    { locale: 'es-ES', thanks: '¡Gracias por tu valoración!', refusal: /«Gestionar servidor»/ },
    { locale: 'es-419', thanks: '¡Gracias por tu valoración!', refusal: /«Gestionar servidor»/ },
  ])('a $locale client gets its own thanks and refusal', async ({ locale, thanks, refusal }) => {
    const asked = emitCommand(h.client, 'ask', [str('question', 'Which countries does Local Hosting cover?')]);
    const vote = emitButton(h.client, customIds((await original(asked.token)).body)[0], { locale });
    expect((await callback(vote.token)).body.data.content).toBe(thanks);
    const { token } = emitCommand(h.client, 'gaps', [], { locale });
    expect((await callback(token)).body.data.content).toMatch(refusal);
  });
});

describe('feedback buttons', () => {
  it.each([
    { vote: 'up' as const, index: 0 },
    { vote: 'down' as const, index: 1 },
  ])('records a $vote vote and thanks the user privately', async ({ vote, index }) => {
    const asked = emitCommand(h.client, 'ask', [str('question', 'Which countries does Local Hosting cover?')]);
    const answerButtons = customIds((await original(asked.token)).body);
    const click = emitButton(h.client, answerButtons[index]);
    const ack = await callback(click.token);
    expect(ack.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL, content: 'Thanks for the feedback!', allowed_mentions: { parse: [] } } });
    const answerId = answerButtons[index].split(':')[2];
    expect(h.spies.recordFeedback).toHaveBeenCalledWith({ answerId, user: USER_ID, vote });
  });

  it('tells the user when the answer is unknown to the store', async () => {
    const click = emitButton(h.client, 'fb:up:no-such-answer');
    const ack = await callback(click.token);
    expect(ack.body.data).toMatchObject({ flags: EPHEMERAL });
    expect(ack.body.data.content).toMatch(/too old/);
  });
});

describe('/eligibility', () => {
  it.each([
    {
      name: 'eligible',
      options: [str('entity_country', 'CN'), bool('has_eu_stock', true), str('warehouse_country', 'DE'), str('vat_countries', 'de')],
      verdict: '✅ Eligible',
      text: /Verdict: eligible/,
    },
    {
      name: 'ineligible entity',
      options: [str('entity_country', 'US'), bool('has_eu_stock', true), str('warehouse_country', 'FR'), str('vat_countries', 'FR')],
      verdict: '❌ Not eligible',
      text: /United States is not accepted/,
    },
    {
      name: 'ineligible VAT (other EU warehouse given by code)',
      options: [str('entity_country', 'HK'), bool('has_eu_stock', true), str('warehouse_country', 'other-EU'), str('warehouse_code', 'cz'), str('vat_countries', 'DE, FR')],
      verdict: '❌ Not eligible',
      text: /Czechia/,
    },
    { name: 'incomplete', options: [str('entity_country', 'CN')], verdict: '❔ More facts needed', text: /stock/ },
    {
      // An EU warehouse outside the four markets with its own VAT: nothing fails, the sources leave it open.
      name: 'uncertain (warehouse in another EU country)',
      options: [str('entity_country', 'CN'), bool('has_eu_stock', true), str('warehouse_country', 'other-EU'), str('warehouse_code', 'cz'), str('vat_countries', 'CZ')],
      verdict: '❔ Not settled by the sources',
      text: /uncertain/,
    },
    { name: 'another country', options: [str('entity_country', 'ZZ')], verdict: '❌ Not eligible', text: /another country/ },
    // The value of a command registered before the one code, until `npm run discord:register` runs again.
    { name: 'another country (old registration)', options: [str('entity_country', 'other')], verdict: '❌ Not eligible', text: /another country/ },
    {
      name: 'warehouse outside the EU',
      options: [str('entity_country', 'CN'), bool('has_eu_stock', true), str('warehouse_country', 'outside-EU'), str('vat_countries', 'none')],
      verdict: '❌ Not eligible',
      text: /another country/,
    },
  ])('$name', async ({ options, verdict, text }) => {
    const { token } = emitCommand(h.client, 'eligibility', options);
    const { body } = await original(token);
    const embed = body.embeds[0];
    expect(embed.description).toMatch(text);
    expect(embed.fields.find((f: any) => f.name === 'Verdict')?.value).toBe(verdict);
    expect(fieldNames(embed)).toContain('Checks');
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });

  it('answers in Chinese for a zh-CN client', async () => {
    const { token } = emitCommand(h.client, 'eligibility', [str('entity_country', 'US')], { locale: 'zh-CN' });
    const embed = (await original(token)).body.embeds[0];
    expect(embed.description).toMatch(/美国/);
    expect(embed.fields.find((f: any) => f.name === '结论')?.value).toBe('❌ 不符合条件');
  });

  it('names the field when the VAT countries are not codes', async () => {
    const { token } = emitCommand(h.client, 'eligibility', [str('entity_country', 'CN'), str('vat_countries', 'Germany, FR')]);
    const embed = (await original(token)).body.embeds[0];
    expect(embed.description).toContain('vat\\_countries');
    expect(embed.description).toContain('Germany');
    expect(embed.fields ?? []).toEqual([]);
  });
});

describe('/margin', () => {
  it('shows profit, margin and break-even as fields, reading percentages as percent', async () => {
    const { token } = emitCommand(h.client, 'margin', [num('price', 29.99), num('cost', 8), str('market', 'DE'), num('commission', 9)]);
    const embed = (await original(token)).body.embeds[0];
    const values = Object.fromEntries(embed.fields.map((f: any) => [f.name, f.value]));
    expect(values).toEqual({ 'Profit / unit (DE)': '€14.50', Margin: '57.55%', 'Break-even price': '€10.66' });
    expect(embed.description).toMatch(/commission 9%/);
  });

  it.each([
    { name: 'negative price', options: [num('price', -5), num('cost', 8), str('market', 'DE')], field: /list price/ },
    { name: 'commission of 150%', options: [num('price', 20), num('cost', 8), str('market', 'FR'), num('commission', 150)], field: /commission/i },
  ])('answers a bad number ($name) politely, naming the field', async ({ options, field }) => {
    const { token } = emitCommand(h.client, 'margin', options);
    const { body } = await original(token);
    const embed = body.embeds[0];
    expect(embed.description).toMatch(/^Sorry/);
    expect(embed.description).toMatch(field);
    expect(embed.fields ?? []).toEqual([]);
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('admin commands', () => {
  it.each(['autoanswer', 'reload', 'stats', 'gaps'])('refuses /%s to a member without Manage Server, before deferring', async (name) => {
    const options = name === 'autoanswer' ? [bool('enabled', true)] : [];
    const { token } = emitCommand(h.client, name, options);
    const ack = await callback(token);
    expect(ack.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL, allowed_mentions: { parse: [] } } });
    expect(ack.body.data.content).toMatch(/Manage Server/);
    expect(h.api.calls.filter((c) => c.path.includes(token))).toHaveLength(1);
  });

  it('lets a manager switch auto-answer on; a clear question in the channel is then answered unasked', async () => {
    h.spies.setAutoAnswer.mockClear();
    const { token } = emitCommand(h.client, 'autoanswer', [bool('enabled', true)], { permissions: MANAGER_PERMISSIONS });
    const ack = await callback(token);
    expect(ack.body).toMatchObject({ type: 5, data: { flags: EPHEMERAL } });
    expect((await original(token)).body.embeds[0].description).toMatch(/Auto-answer is on/);
    expect(h.spies.setAutoAnswer).toHaveBeenCalledWith('discord', CHANNEL_ID, true);

    const statement = emitMessage(h.client, { content: 'we ship from Shenzhen next week' });
    const question = emitMessage(h.client, { content: '本地托管需要什么条件吗' });
    const reply = await replyTo(question.id);
    expect(reply.body.embeds[0].description).toMatch(/VAT/);
    expect(h.api.calls.some((c) => c.body?.message_reference?.message_id === statement.id)).toBe(false);

    emitCommand(h.client, 'autoanswer', [bool('enabled', false)], { permissions: MANAGER_PERMISSIONS });
    await h.api.waitForCall(() => h.spies.setAutoAnswer.mock.calls.length === 2);
    expect(h.spies.setAutoAnswer).toHaveBeenLastCalledWith('discord', CHANNEL_ID, false);
  });

  it('shows stats to a manager, ephemerally, for their own server', async () => {
    const { token } = emitCommand(h.client, 'stats', [], { permissions: MANAGER_PERMISSIONS });
    expect((await callback(token)).body).toMatchObject({ type: 5, data: { flags: EPHEMERAL } });
    expect((await original(token)).body.embeds[0].description).toMatch(/Last 7 days \(this community\)/);
  });

  describe('scopes: Manage Server in one server never reveals another server', () => {
    const OTHER_GUILD = '200000000000000042';
    const gapsAs = async (opts: Parameters<typeof emitCommand>[3]) => {
      const { token } = emitCommand(h.client, 'gaps', [], opts);
      return (await original(token)).body.embeds[0].description as string;
    };
    const reloadAs = async (opts: Parameters<typeof emitCommand>[3]) => {
      const { token } = emitCommand(h.client, 'reload', [], opts);
      return (await original(token)).body.embeds[0].description as string;
    };

    beforeAll(async () => {
      // An unanswerable question in the default test server: it becomes one of that server's gaps.
      const { token } = emitCommand(h.client, 'ask', [str('question', 'How many parking spaces does the Dublin office of guild one have?')]);
      await original(token);
    });

    it('lists the question for a manager of the server where it was asked', async () => {
      expect(await gapsAs({ permissions: MANAGER_PERMISSIONS })).toMatch(/parking spaces/);
    });

    it('hides it from the manager of a stranger server, and refuses that manager a reload', async () => {
      expect(await gapsAs({ permissions: MANAGER_PERMISSIONS, guildId: OTHER_GUILD })).not.toMatch(/parking spaces/);
      expect(await reloadAs({ permissions: MANAGER_PERMISSIONS, guildId: OTHER_GUILD })).toMatch(/Only the bot's own admins/);
    });

    it('shows every server to the home server managers and the admin role, who may reload', async () => {
      expect(await gapsAs({ permissions: MANAGER_PERMISSIONS, guildId: HOME_GUILD_ID })).toMatch(/parking spaces/);
      expect(await gapsAs({ roles: [ADMIN_ROLE_ID], guildId: HOME_GUILD_ID, permissions: MANAGER_PERMISSIONS })).toMatch(/parking spaces/);
      expect(await reloadAs({ permissions: MANAGER_PERMISSIONS, guildId: HOME_GUILD_ID })).toMatch(/Knowledge reloaded/);
    });

    it('gives the admin role nothing outside the home server', async () => {
      const { token } = emitCommand(h.client, 'gaps', [], { roles: [ADMIN_ROLE_ID], guildId: OTHER_GUILD });
      expect((await callback(token)).body.data.content).toMatch(/Manage Server/);
    });
  });
});

describe('messages', () => {
  it('answers a mention as a reply, with the mention stripped and nobody pinged', async () => {
    const msg = emitMessage(h.client, { content: `<@${BOT_ID}> What are the requirements for Local Hosting?`, mentions: [people.bot()] });
    const reply = await replyTo(msg.id);
    const embed = reply.body.embeds[0];
    expect(embed.description).toMatch(/Hong Kong/);
    expect(fieldNames(embed)).toContain('Sources');
    expect(reply.body.allowed_mentions).toEqual({ parse: [] });
    expect(customIds(reply.body)[0]).toMatch(/^fb:up:/);
  });

  it('answers a reply to one of its messages', async () => {
    const msg = emitMessage(h.client, { content: '本地托管需要什么条件？', replyTo: botMessage('earlier answer') });
    const reply = await replyTo(msg.id);
    expect(reply.body.embeds[0].description).toMatch(/中国香港/);
  });

  it('ignores other bots and itself, and messages that do not address it', async () => {
    const ignored = [
      emitMessage(h.client, { content: `<@${BOT_ID}> what is Local Hosting?`, mentions: [people.bot()], author: people.otherBot() }),
      emitMessage(h.client, { content: `<@${BOT_ID}> what is Local Hosting?`, mentions: [people.bot()], author: people.bot() }),
      emitMessage(h.client, { content: 'what is Local Hosting?' }),
    ];
    const control = emitMessage(h.client, { content: `<@${BOT_ID}> what is Local Hosting?`, mentions: [people.bot()] });
    await replyTo(control.id);
    for (const m of ignored) expect(h.api.calls.some((c) => c.body?.message_reference?.message_id === m.id)).toBe(false);
  });

  it('replies with the help text to a bare mention', async () => {
    const msg = emitMessage(h.client, { content: `<@${BOT_ID}>`, mentions: [people.bot()] });
    expect((await replyTo(msg.id)).body.embeds[0].description).toMatch(/\/eligibility/);
  });

  it('apologises when the core fails on a mention', async () => {
    h.controls.failAnswers = true;
    const msg = emitMessage(h.client, { content: `<@${BOT_ID}> what is Local Hosting?`, mentions: [people.bot()] });
    const reply = await replyTo(msg.id);
    expect(reply.body.content).toMatch(/^Sorry, something went wrong/);
    expect(reply.body.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('long replies', () => {
  it('sends the first part in place of the deferred reply and the rest as follow-ups, buttons on the last', async () => {
    const long: DiscordCommand = {
      data: new SlashCommandBuilder().setName('long').setDescription('A very long reply'),
      adminOnly: false,
      ephemeral: false,
      execute: async () => buildTextReplies(`${'Local Hosting needs stock in Europe. '.repeat(120)}\n\n`.repeat(3)),
    };
    const client = createDiscordBot({ service: h.service, logger: pino({ level: 'silent' }), restApi: h.api.api, commands: [long] });
    client.rest.setToken('x');
    prepareClient(client);
    try {
      const { token } = emitCommand(client, 'long', []);
      const first = await original(token);
      const follow = await h.api.waitForCall((c) => c.method === 'POST' && c.path === `/api/v10/webhooks/${APP_ID}/${token}`);
      expect(follow.query.get('wait')).toBe('true');
      for (const part of [first, follow]) {
        expect(part.body.embeds[0].description.length).toBeLessThanOrEqual(4096);
        expect(part.body.allowed_mentions).toEqual({ parse: [] });
      }
      expect(first.body.embeds[0].description).toMatch(/^Local Hosting needs stock in Europe\./);
      expect(`${first.body.embeds[0].description} ${follow.body.embeds[0].description}`.length).toBeGreaterThan(4096);
    } finally {
      await client.destroy();
    }
  });
});

describe('error boundary', () => {
  it('turns a failing answer into an apology in place of the deferred reply, and logs it', async () => {
    h.controls.failAnswers = true;
    const { token } = emitCommand(h.client, 'ask', [str('question', 'What is Local Hosting?')]);
    const { body } = await original(token);
    expect(body.content).toMatch(/^Sorry, something went wrong/);
    expect(body.embeds).toEqual([]);
    expect(body.components).toEqual([]);
    expect(h.logs.some((l) => l.msg === 'discord interaction failed' && (l.err as { message?: string })?.message === 'retriever exploded')).toBe(true);
  });

  it('answers a failing button click with an ephemeral apology', async () => {
    h.controls.failFeedback = true;
    const click = emitButton(h.client, 'fb:down:some-answer');
    const ack = await callback(click.token);
    expect(ack.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL, allowed_mentions: { parse: [] } } });
    expect(ack.body.data.content).toMatch(/^Sorry, something went wrong/);
  });

  it('answers an unknown command with an ephemeral apology instead of silence', async () => {
    const { token } = emitCommand(h.client, 'no-such-command', []);
    const ack = await callback(token);
    expect(ack.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
  });
});
