// `npm run bench:instances`: webhook throughput of one instance on SQLite, one on PostgreSQL and three on PostgreSQL
// behind a round-robin proxy, in one run on this machine. Each configuration gets a fresh database and the same
// workload: 1,000 sellers in private chats asking three questions each (3,000 updates), each chat's updates one after
// another like Telegram sends them, 40 connections at once (Telegram's default for a webhook). Measured from the first
// POST to the last reply at the loopback Bot API; every update is journaled, claimed, answered, recorded and finished.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Update } from 'grammy/types';
import { BOT_INFO, startFakeBotApi, type FakeBotApi } from '../test/adapters/telegram/fake-bot-api.js';
import { startRoundRobinProxy } from '../test/instances/round-robin-proxy.js';
import { freePort, startInstance, waitHealthy, type Instance } from '../test/instances/start-instance.js';
import { startPostgres } from '../test/store/postgres-server.js';

const SELLERS = Number(process.env.BENCH_SELLERS ?? 1000);
const CONNECTIONS = 40;
const SECRET = 'bench-webhook-secret';
const PATH = '/telegram/bench';
const QUESTIONS = ['Which countries does Local Hosting cover?', 'What is the commission rate in Germany?', 'and in France?'];

let updateId = 1;
let messageId = 1;
function privateText(userId: number, text: string): Update {
  const id = messageId++;
  return {
    update_id: updateId++,
    message: { message_id: id, date: Math.floor(Date.now() / 1000), chat: { id: userId, type: 'private', first_name: 'S' }, from: { id: userId, is_bot: false, first_name: 'S', language_code: 'en' }, text },
  } as Update;
}

async function feed(proxyPort: number, chats: Update[][]): Promise<number[]> {
  const latencies: number[] = [];
  const queue = [...chats];
  const post = async (u: Update) => {
    for (;;) {
      const t = performance.now();
      const res = await fetch(`http://127.0.0.1:${proxyPort}${PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
        body: JSON.stringify(u),
      }).catch(() => undefined);
      await res?.arrayBuffer();
      if (res?.status === 200) return void latencies.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  await Promise.all(
    Array.from({ length: CONNECTIONS }, async () => {
      for (let chat = queue.shift(); chat; chat = queue.shift()) for (const u of chat) await post(u);
    }),
  );
  return latencies;
}

/** CPU seconds a process has used (user + system), from /proc: what the instances themselves cost. */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

async function run(label: string, count: number, store: Record<string, string>, api: FakeBotApi): Promise<string> {
  const ports = await Promise.all(Array.from({ length: count }, () => freePort()));
  const proxy = await startRoundRobinProxy(ports);
  const env = {
    ...store,
    USER_HASH_SALT: 'bench-salt',
    TELEGRAM_BOT_TOKEN: `${BOT_INFO.id}:AAHbenchTokenValue0123456789abcdef`,
    TELEGRAM_API_ROOT: api.apiRoot,
    TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${proxy.port}${PATH}`,
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    RATE_USER_PER_MINUTE: '100000',
    RATE_CHAT_PER_MINUTE: '100000',
    MAX_CONCURRENT_ANSWERS: '64',
    LOG_LEVEL: 'warn',
  };
  const instances: Instance[] = ports.map((port) => startInstance(port, env));
  try {
    await Promise.all(instances.map((i) => waitHealthy(i, 120_000)));
    // Warm-up: JIT, pools, the index in the page cache.
    await feed(proxy.port, Array.from({ length: 40 }, (_, i) => [privateText(900_000 + i, QUESTIONS[0]!)]));
    const chats = Array.from({ length: SELLERS }, (_, i) => QUESTIONS.map((q) => privateText(1_000_000 + updateId + i, q)));
    const before = api.sent('sendMessage').length;
    const cpuBefore = instances.reduce((sum, i) => sum + cpuSeconds(i.child.pid!), 0);
    const harnessBefore = process.cpuUsage();
    const started = performance.now();
    const latencies = await feed(proxy.port, chats);
    const total = chats.flat().length;
    while (api.sent('sendMessage').length - before < total) await new Promise((r) => setTimeout(r, 5));
    const seconds = (performance.now() - started) / 1000;
    const instanceCpu = instances.reduce((sum, i) => sum + cpuSeconds(i.child.pid!), 0) - cpuBefore;
    const harness = process.cpuUsage(harnessBefore);
    const harnessCpu = (harness.user + harness.system) / 1e6;
    const perThousand = (cpu: number) => ((cpu / total) * 1000).toFixed(1);
    return `| ${label} | ${count} | ${total} | ${seconds.toFixed(2)} s | ${Math.round(total / seconds)} | ${pct(latencies, 50).toFixed(1)} ms | ${pct(latencies, 95).toFixed(1)} ms | ${perThousand(instanceCpu)} s | ${perThousand(harnessCpu)} s |`;
  } finally {
    for (const i of instances) i.child.kill('SIGTERM');
    await Promise.all(instances.map((i) => i.exited));
    await proxy.close();
  }
}

const pgAvailable = await startPostgres();
if (!pgAvailable.ok) throw new Error(`PostgreSQL did not start: ${pgAvailable.reason}`);
const api = await startFakeBotApi();
const dir = mkdtempSync(join(tmpdir(), 'bench-instances-'));
const rows: string[] = [];
try {
  rows.push(await run('SQLite (DB_PATH)', 1, { DB_PATH: join(dir, 'bot.db') }, api));
  api.reset();
  rows.push(await run('PostgreSQL (DATABASE_URL)', 1, { DATABASE_URL: await pgAvailable.server.createDatabase() }, api));
  api.reset();
  rows.push(await run('PostgreSQL (DATABASE_URL)', 3, { DATABASE_URL: await pgAvailable.server.createDatabase() }, api));
} finally {
  await api.close();
  await pgAvailable.server.stop();
  rmSync(dir, { recursive: true, force: true });
}
console.log(`${cpus().length} cores, load average before/after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log('| store | instances | updates | time | updates/s | webhook round trip p50 | p95 | bot CPU per 1,000 updates | harness CPU per 1,000 |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
