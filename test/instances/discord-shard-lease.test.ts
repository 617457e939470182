// Two processes on one Discord shard would answer every command twice: the second is refused at start by the lease
// the first holds in the shared store, and a process that lost its lease (it could not renew in time) is told to stop.
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { claimShardLease, ShardTakenError } from '../../adapters/discord/claim-shard-lease.js';
import { startDiscord } from '../../adapters/discord/start-discord.js';
import { parseConfig } from '../../src/config.js';
import type { BotService } from '../../src/contract/bot-service.js';
import { createStore } from '../../src/store/create-store.js';
import { createPostgresStore } from '../../src/store/postgres/create-postgres-store.js';
import type { Leases, Store } from '../../src/store/types.js';
import { makeTempDir } from '../store/helpers.js';
import { startPostgres } from '../store/postgres-server.js';

const availability = await startPostgres();
const tmp = makeTempDir();
const opened: Store[] = [];
afterAll(async () => {
  await Promise.all(opened.map((s) => s.close()));
  if (availability.ok) await availability.server.stop();
  tmp.remove();
});

const TOKEN = 'MTEx.discord-token-for-the-lease-test.abcdef';
const logger = pino({ level: 'silent' });
const shard0 = { SHARDS: '[0]', SHARD_COUNT: '2' };

const backends: Array<[string, () => Promise<() => Promise<Store>>]> = [
  ['SQLite (processes on one host)', async () => {
    const path = join(tmp.dir, `lease-${Math.random()}.db`);
    return async () => createStore({ path, salt: 's' });
  }],
  ...(availability.ok
    ? [['PostgreSQL', async () => {
        const url = await availability.server.createDatabase();
        return async () => createPostgresStore({ url, salt: 's' });
      }] as [string, () => Promise<() => Promise<Store>>]]
    : []),
];

describe.each(backends)('Discord shard lease on %s', (_name, database) => {
  async function twoProcesses(): Promise<[Store, Store]> {
    const open = await database();
    const a = await open();
    const b = await open();
    opened.push(a, b);
    return [a, b];
  }

  it('refuses a second process on the same shard, before it logs in, with exit code 75; another shard starts', async () => {
    const [a, b] = await twoProcesses();
    const first = await claimShardLease({ leases: a.leases, token: TOKEN, env: shard0, logger });
    const config = parseConfig({ DISCORD_TOKEN: TOKEN, DISCORD_API_ROOT: 'http://127.0.0.1:9/api' });
    const refused = await startDiscord({ config, service: {} as BotService, logger, leases: b.leases, env: shard0 }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ShardTakenError);
    expect((refused as ShardTakenError).exitCode).toBe(75);
    expect((refused as Error).message).toBe(
      'another process is connected to Discord shard 0/2 with this bot (its lease in the store is live); stop it, or give each process its own shard (npm run discord:sharded)',
    );
    const other = await claimShardLease({ leases: b.leases, token: TOKEN, env: { SHARDS: '[1]', SHARD_COUNT: '2' }, logger });
    await first.release();
    const next = await claimShardLease({ leases: b.leases, token: TOKEN, env: shard0, logger });
    await Promise.all([other.release(), next.release()]);
  });

  it('tells a process that could not renew its lease in time that another took the shard over', async () => {
    const [a, b] = await twoProcesses();
    let failing = false;
    const flaky: Leases = {
      acquire: (...args) => (failing ? Promise.reject(new Error('database unreachable')) : a.leases.acquire(...args)),
      release: (...args) => a.leases.release(...args),
      holder: (name) => a.leases.holder(name),
      takeOver: (...args) => a.leases.takeOver(...args),
    };
    const held = await claimShardLease({ leases: flaky, token: TOKEN, env: shard0, logger, ttlMs: 300, renewEveryMs: 50 });
    let lost = false;
    void held.lost.then(() => (lost = true));
    failing = true;
    await new Promise((r) => setTimeout(r, 400));
    const taker = await claimShardLease({ leases: b.leases, token: TOKEN, env: shard0, logger, ttlMs: 300, renewEveryMs: 50 });
    expect(lost).toBe(false);
    failing = false;
    await new Promise((r) => setTimeout(r, 200));
    expect(lost).toBe(true);
    await Promise.all([held.release(), taker.release()]);
  });
});
