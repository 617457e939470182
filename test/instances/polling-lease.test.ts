// Long polling on a shared store: the process holding the polling lease polls; a second one waits out the grace
// period and stops with exit code 75 without calling getUpdates (which would end the first one's requests with 409);
// one whose holder died on this host takes the lease over at once, so a restart after a crash does not wait.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTelegram } from '../../adapters/telegram/start-telegram.js';
import { TelegramFatalError } from '../../adapters/telegram/telegram-fatal-error.js';
import { parseConfig } from '../../src/config.js';
import type { BotService } from '../../src/contract/bot-service.js';
import { createStore } from '../../src/store/create-store.js';
import type { Store } from '../../src/store/types.js';
import { BOT_INFO, startFakeBotApi, type FakeBotApi } from '../adapters/telegram/fake-bot-api.js';
import { makeTempDir } from '../store/helpers.js';

const TOKEN = `${BOT_INFO.id}:AAHpollingLeaseTokenValue0123456789`;
const tmp = makeTempDir();
const path = join(tmp.dir, 'bot.db');
const logger = pino({ level: 'silent' });
const service = { help: () => 'help' } as unknown as BotService;
const stores: Store[] = [];
let apis: FakeBotApi[] = [];

const open = () => {
  const s = createStore({ path, salt: 'lease-salt' });
  stores.push(s);
  return s;
};
async function start(store: Store, conflictGraceMs: number) {
  const api = await startFakeBotApi();
  apis.push(api);
  const config = parseConfig({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: api.apiRoot, USER_HASH_SALT: 'lease-salt' });
  return { api, started: startTelegram({ config, service, logger, store, bot: { botInfo: BOT_INFO }, conflictGraceMs }) };
}

beforeAll(() => {
  apis = [];
});
afterAll(async () => {
  await Promise.all(apis.map((a) => a.close()));
  await Promise.all(stores.map((s) => s.close()));
  tmp.remove();
});

describe('the polling lease', () => {
  it('lets one process poll; a second stops with 75 and never calls getUpdates; after a stop the next one polls', async () => {
    const first = await start(open(), 300);
    const handle = await first.started;
    await first.api.waitFor('getUpdates');
    const second = await start(open(), 300);
    const refused = await second.started.catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(TelegramFatalError);
    expect((refused as TelegramFatalError).exitCode).toBe(75);
    expect((refused as Error).message).toBe(
      'another instance is polling with this token (its polling lease in the store is live); stop it, or use webhook mode for several instances',
    );
    expect(second.api.sent('getUpdates')).toEqual([]);
    expect(second.api.sent('deleteWebhook')).toEqual([]);
    await handle.stop(1_000);
    const third = await start(open(), 300);
    const next = await third.started;
    await third.api.waitFor('getUpdates');
    await next.stop(1_000);
  });

  it('takes over at once a lease whose holder on this host is dead (a restart after SIGKILL)', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const store = open();
    const name = `telegram:${createHash('sha256').update(TOKEN).digest('hex').slice(0, 16)}:polling`;
    expect(await store.leases.acquire(name, `${hostname()}:${dead.stdout}:crashed`, 30_000)).toBe(true);
    const at = Date.now();
    // The grace is long: waiting it out would fail the test's timeout; the takeover must not wait.
    const restarted = await start(store, 20_000);
    const handle = await restarted.started;
    expect(Date.now() - at).toBeLessThan(5_000);
    await restarted.api.waitFor('getUpdates');
    expect((await store.leases.holder(name))?.startsWith(`${hostname()}:${process.pid}:`)).toBe(true);
    await handle.stop(1_000);
  });
});
