// Three bot processes in webhook mode behind a round-robin proxy, sharing one real PostgreSQL server, fed like
// Telegram feeds a webhook: each chat's updates one after another (the next only after the previous got its 200),
// many chats at once, a tenth of the updates delivered twice at the same moment (to two instances). Then one instance
// is killed with SIGKILL in the middle of a second burst.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { Update } from 'grammy/types';
import { BOT_INFO, startFakeBotApi, type FakeBotApi, type RecordedCall } from '../adapters/telegram/fake-bot-api.js';
import { FIXTURE_KNOWLEDGE_DIR } from '../helpers/knowledge-dirs.js';
import { sharedIndexDir } from '../helpers/shared-index.js';
import { startPostgres } from '../store/postgres-server.js';
import { startRoundRobinProxy, type RoundRobinProxy } from './round-robin-proxy.js';
import { freePort, startInstance, waitHealthy, type Instance } from './start-instance.js';

const availability = await startPostgres();

const TOKEN = `${BOT_INFO.id}:AAHmultiInstanceTokenValue0123456789`;
const SECRET = 'several-instances-webhook-secret';
const PATH = '/telegram/4f9c2e';
const USER_LIMIT = 5;
/** Telegram's default max_connections for a webhook. */
const CONNECTIONS = 40;
const RATE_LIMITED = 'You are sending messages too quickly; please wait a moment.';

let api: FakeBotApi;
let proxy: RoundRobinProxy;
let db: pg.Client;
const instances: Instance[] = [];

let updateId = 10_000;
let messageId = 1;
interface Sent {
  update: Update;
  chat: number;
  message: number;
}

function privateText(userId: number, text: string): Sent {
  const message = messageId++;
  const update = {
    update_id: updateId++,
    message: {
      message_id: message,
      date: Math.floor(Date.now() / 1000),
      chat: { id: userId, type: 'private', first_name: `Seller${userId}` },
      from: { id: userId, is_bot: false, first_name: `Seller${userId}`, language_code: 'en' },
      text,
      // Telegram marks a leading /command with an entity; the bot reads commands by it.
      ...(text.startsWith('/') ? { entities: [{ type: 'bot_command', offset: 0, length: text.split(' ')[0]!.length }] } : {}),
    },
  } as Update;
  return { update, chat: userId, message };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Posts an update until an instance answers 200, as Telegram redelivers after a failure. */
async function deliver(update: Update): Promise<void> {
  const body = JSON.stringify(update);
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      const res = await fetch(`http://127.0.0.1:${proxy.port}${PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
        body,
      });
      await res.arrayBuffer();
      if (res.status === 200) return;
    } catch {
      // The proxy itself dropped the connection: deliver again.
    }
    await sleep(50);
  }
  throw new Error(`update ${update.update_id} was never accepted`);
}

/** Each chat's updates in order; chats in parallel over CONNECTIONS; every tenth update twice at once. */
async function feed(chats: Sent[][]): Promise<void> {
  let n = 0;
  const queue = [...chats];
  const worker = async () => {
    for (let chat = queue.shift(); chat; chat = queue.shift()) {
      for (const sent of chat) {
        if (++n % 10 === 0) await Promise.all([deliver(sent.update), deliver(sent.update)]);
        else await deliver(sent.update);
      }
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
}

function repliesByMessage(): Map<string, RecordedCall[]> {
  const out = new Map<string, RecordedCall[]>();
  for (const call of api.sent('sendMessage')) {
    const to = call.body.reply_parameters?.message_id;
    if (to === undefined) continue;
    const key = `${call.body.chat_id}:${to}`;
    out.set(key, [...(out.get(key) ?? []), call]);
  }
  return out;
}
const keyOf = (s: Sent) => `${s.chat}:${s.message}`;

/** Answer ids carried by the feedback and handover buttons of every reply sent. */
function answerIdsSent(): Set<string> {
  const ids = new Set<string>();
  for (const call of api.sent('sendMessage')) {
    for (const row of call.body.reply_markup?.inline_keyboard ?? []) {
      for (const button of row as Array<{ callback_data?: string }>) {
        const m = /^(?:fb:(?:up|down)|ho):(.+)$/.exec(button.callback_data ?? '');
        if (m) ids.add(m[1]!);
      }
    }
  }
  return ids;
}

async function until(check: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

describe.skipIf(!availability.ok)('several webhook instances on one PostgreSQL', () => {
  beforeAll(async () => {
    if (!availability.ok) return;
    const url = await availability.server.createDatabase();
    db = new pg.Client({ connectionString: url });
    await db.connect();
    api = await startFakeBotApi();
    const ports = await Promise.all([freePort(), freePort(), freePort()]);
    proxy = await startRoundRobinProxy(ports);
    const env = {
      KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE_DIR,
      INDEX_DIR: sharedIndexDir('fixture'),
      DATABASE_URL: url,
      USER_HASH_SALT: 'several-instances-salt-5e1a',
      TELEGRAM_BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: api.apiRoot,
      TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${proxy.port}${PATH}`,
      TELEGRAM_WEBHOOK_SECRET: SECRET,
      // A crashed sibling's updates are taken over after 3 s (2 minutes in production), looked for every second.
      TELEGRAM_CLAIM_LEASE_SECONDS: '3',
      TELEGRAM_RECOVER_EVERY_SECONDS: '1',
      RATE_USER_PER_MINUTE: String(USER_LIMIT),
      RATE_CHAT_PER_MINUTE: '1000',
      MAX_CONCURRENT_ANSWERS: '64',
      LOG_LEVEL: 'warn',
    };
    instances.push(...ports.map((port) => startInstance(port, env)));
    await Promise.all(instances.map((i) => waitHealthy(i, 40_000)));
  }, 60_000);

  afterAll(async () => {
    for (const i of instances) if (i.child.exitCode === null && i.child.signalCode === null) i.child.kill('SIGKILL');
    await Promise.all(instances.map((i) => i.exited));
    await proxy?.close();
    await api?.close();
    await db?.end();
    if (availability.ok) await availability.server.stop();
  });

  it('answers every update once, keeps limits exact and conversations going across instances', async () => {
    // A margin conversation per seller: the price, then the facts the bot asks for, then a what-if.
    const sellers = Array.from({ length: 600 }, (_, i) => 100_000 + i);
    const conversations = sellers.map((id) => [
      privateText(id, 'What margin do I make selling at 29.99 EUR?'),
      privateText(id, 'cost 8, Germany'),
      privateText(id, 'and in France?'),
    ]);
    const single = Array.from({ length: 200 }, (_, i) => [privateText(200_000 + i, 'What is the commission rate in Germany?')]);
    // Flooders: twelve questions each where the limit is five a minute.
    const flooders = Array.from({ length: 10 }, (_, i) => Array.from({ length: 12 }, (_, k) => privateText(300_000 + i, `Which countries does Local Hosting cover? (${k})`)));
    // The adapter's own command limit (ten a minute per user) holds across instances too.
    const commandFlooders = Array.from({ length: 3 }, (_, i) => Array.from({ length: 14 }, () => privateText(310_000 + i, '/help')));
    const chats = [...conversations, ...single, ...flooders, ...commandFlooders];
    const started = Date.now();
    await feed(chats);
    const replies = repliesByMessage();
    const elapsed = Date.now() - started;

    // Zero duplicate replies, every normal update answered.
    const counts = [...conversations.flat(), ...single.flat()].map((s) => replies.get(keyOf(s))?.length ?? 0);
    expect(counts.filter((c) => c !== 1)).toEqual([]);
    // Conversations continued across instances: the second message completes the first one's price, the third
    // recomputes it for France. The proxy sent consecutive messages of a chat to different instances.
    for (const [first, second, third] of conversations) {
      expect(replies.get(keyOf(second!))![0]!.body.text).toContain('€29.99');
      const what = replies.get(keyOf(third!))![0]!.body.text as string;
      expect(what).toContain('France (FR)');
      expect(what).toContain('€29.99');
      expect(replies.get(keyOf(first!))).toHaveLength(1);
    }
    // Limits exact across the three instances: five answers and one "slow down" per flooder, nothing more.
    for (const flood of flooders) {
      const texts = flood.map((s) => (replies.get(keyOf(s)) ?? []).map((c) => c.body.text as string));
      expect(texts.slice(0, USER_LIMIT).every((t) => t.length === 1 && !t[0]!.includes(RATE_LIMITED))).toBe(true);
      expect(texts[USER_LIMIT]).toEqual([RATE_LIMITED]);
      expect(texts.slice(USER_LIMIT + 1).flat()).toEqual([]);
    }
    for (const flood of commandFlooders) {
      const texts = flood.map((s) => (replies.get(keyOf(s)) ?? []).map((c) => c.body.text as string));
      expect(texts.map((t) => t.length)).toEqual([...Array<number>(11).fill(1), 0, 0, 0]);
      expect(new Set(texts.slice(0, 10).flat()).size).toBe(1);
      expect(texts[10]![0]).not.toBe(texts[0]![0]);
    }
    // Every instance took part.
    expect([...proxy.forwarded.values()].every((n) => n > 300)).toBe(true);
    // What was recorded: each answered question once (the refusals are not exchanges), every update answered.
    const questions = Number((await db.query('SELECT COUNT(*) AS n FROM questions')).rows[0].n);
    expect(questions).toBe(conversations.length * 3 + single.length + flooders.length * USER_LIMIT);
    const states = (await db.query('SELECT state, COUNT(*)::int AS n FROM telegram_updates GROUP BY state')).rows;
    expect(states).toEqual([{ state: 'answered', n: chats.flat().length }]);
    process.stdout.write(`several instances: ${chats.flat().length} updates (+${Math.floor(chats.flat().length / 10)} twice) in ${elapsed} ms\n`);
  }, 60_000);

  it('loses nothing committed when one instance is killed mid-burst; the others keep answering', async () => {
    const before = api.sent('sendMessage').length;
    const burst = Array.from({ length: 300 }, (_, i) => [
      privateText(400_000 + i, 'Which countries does Local Hosting cover?'),
      privateText(400_000 + i, 'What is the commission rate in Germany?'),
    ]);
    const feeding = feed(burst);
    await until(() => api.sent('sendMessage').length - before >= 150, 30_000, 'a third of the burst answered');
    const victim = instances[1]!;
    victim.child.kill('SIGKILL');
    const killedAt = api.sent('sendMessage').length;
    expect((await victim.exited).signal).toBe('SIGKILL');
    await feeding;
    const all = burst.flat();
    // Updates the dead instance held are taken over once their lease runs out.
    await until(() => all.every((s) => repliesByMessage().has(keyOf(s))), 20_000, 'every update of the burst answered');
    const replies = repliesByMessage();
    const twice = all.filter((s) => replies.get(keyOf(s))!.length > 1);
    // Only what the killed process had on the wire can go out twice; never more than it could hold at once.
    expect(twice.length).toBeLessThanOrEqual(CONNECTIONS);
    expect(api.sent('sendMessage').length - killedAt).toBeGreaterThan(100);
    // Every answer a seller received is in the database: nothing the bot said was lost with the process.
    const sentIds = [...answerIdsSent()];
    const stored = new Set((await db.query('SELECT id FROM answers WHERE id = ANY($1::text[])', [sentIds])).rows.map((r: { id: string }) => r.id));
    expect(sentIds.filter((id) => !stored.has(id))).toEqual([]);
    await until(
      async () => (await db.query(`SELECT COUNT(*)::int AS n FROM telegram_updates WHERE state <> 'answered'`)).rows[0].n === 0,
      10_000,
      'the journal to settle',
    );
    for (const survivor of [instances[0]!, instances[2]!]) {
      const res = await fetch(`http://127.0.0.1:${survivor.port}/healthz`);
      expect(res.status).toBe(200);
    }
    process.stdout.write(`after SIGKILL: ${all.length} updates, ${twice.length} answered twice\n`);
  }, 60_000);
});
