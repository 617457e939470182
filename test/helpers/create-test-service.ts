import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig, type Config } from '../../src/config.js';
import { createApp, type App } from '../../src/app/create-app.js';

/**
 * A real BotService over the real knowledge base, with the index in a temp dir and an in-memory SQLite store.
 * `env` overrides config (e.g. RATE_USER_PER_MINUTE for flood tests).
 */
export async function createTestApp(env: Record<string, string> = {}): Promise<App & { config: Config }> {
  const config = parseConfig({
    INDEX_DIR: join(mkdtempSync(join(tmpdir(), 'faqbot-index-')), 'index'),
    DB_PATH: ':memory:',
    USER_HASH_SALT: 'test-salt',
    LOG_LEVEL: 'silent',
    ...env,
  });
  const app = await createApp(config);
  return { ...app, config };
}

export async function createTestService(env: Record<string, string> = {}) {
  return (await createTestApp(env)).service;
}
