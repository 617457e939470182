import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, configSchema, parseConfig } from '../src/config.js';

describe('parseConfig', () => {
  it('runs offline on defaults, with no token and no model', () => {
    const c = parseConfig({});
    expect(c).toMatchObject({ KNOWLEDGE_DIR: 'knowledge', DB_PATH: 'data/bot.db', CONFIDENCE_THRESHOLD: 0.4, STORE_ENABLED: true });
    expect(c.TELEGRAM_BOT_TOKEN).toBeUndefined();
    expect(c.LLM_PROVIDER).toBeUndefined();
    expect(c.MANAGER_USERNAMES).toEqual([]);
  });

  it.each([
    [{ STORE_ENABLED: 'off', MANAGER_USERNAMES: 'alice, bob ,' }, { STORE_ENABLED: false, MANAGER_USERNAMES: ['alice', 'bob'] }],
    [{ TELEGRAM_BOT_TOKEN: '   ' }, { TELEGRAM_BOT_TOKEN: undefined }],
    [{ RATE_USER_PER_MINUTE: '5' }, { RATE_USER_PER_MINUTE: 5 }],
  ])('reads %j', (env, expected) => {
    expect(parseConfig(env)).toMatchObject(expected);
  });

  it.each([
    [{ CONFIDENCE_THRESHOLD: '1.5' }, 'CONFIDENCE_THRESHOLD'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ TELEGRAM_WEBHOOK_URL: 'https://x.example/hook' }, 'TELEGRAM_WEBHOOK_SECRET'],
    [{ LLM_PROVIDER: 'ollama' }, 'LLM_MODEL'],
    [{ STORE_ENABLED: 'maybe' }, 'STORE_ENABLED'],
  ])('refuses %j naming %s', (env, name) => {
    expect(() => parseConfig(env)).toThrow(ConfigError);
    expect(() => parseConfig(env)).toThrow(name);
  });
});

describe('the README', () => {
  it('documents every environment variable the bot reads', () => {
    const readme = readFileSync('README.md', 'utf8');
    const keys = Object.keys(configSchema._def.schema.shape);
    expect(keys.length).toBeGreaterThan(30);
    expect(keys.filter((k) => !readme.includes(k))).toEqual([]);
  });

  it('gives the two set-up commands', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm test');
  });
});
