// Secrets are removed by value from every log line, at trace level, whatever carries them.
import { GrammyError, HttpError } from 'grammy';
import { describe, expect, it } from 'vitest';
import { collectSecrets } from '../../src/logging/collect-secrets.js';
import { createLogger } from '../../src/logging/create-logger.js';
import { createRedactor } from '../../src/logging/create-redactor.js';

const TOKEN = '7123456789:AAHk3x9QwErTyUiOpAsDfGhJkLzXcVbNm12';
const GROQ = 'gsk_Zq81mW4kT0vXb2Nc9Lr7Hs3Yp5Jd6Fg1Qa';
const HEX = '3f9a1c0b7e6d5a4f8b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a';
const SALT = 'pepper"with\\quotes-and-more';
const CONFIG = {
  TELEGRAM_BOT_TOKEN: TOKEN,
  TELEGRAM_WEBHOOK_SECRET: 'whsec-0123456789',
  LLM_API_KEY: GROQ,
  EMBEDDINGS_API_KEY: HEX,
  DISCORD_TOKEN: 'MTA5ODc2NTQzMjEw.GhIjKl.discord-token-value',
  USER_HASH_SALT: SALT,
};
const SECRETS = collectSecrets(CONFIG);
const RAW = [TOKEN, TOKEN.split(':')[1]!, GROQ, HEX, SALT, CONFIG.TELEGRAM_WEBHOOK_SECRET, CONFIG.DISCORD_TOKEN];

function capture() {
  const lines: string[] = [];
  const logger = createLogger({ level: 'trace', secrets: SECRETS, destination: { write: (s: string) => void lines.push(s) } });
  return { logger, lines };
}

describe('collectSecrets', () => {
  it('takes every secret setting, the token\'s part after the colon, and nothing too short to redact safely', () => {
    expect(collectSecrets(CONFIG).sort()).toEqual([...RAW].sort());
    expect(collectSecrets({ USER_HASH_SALT: 'abc', LLM_API_KEY: '  ' })).toEqual([]);
  });
});

describe('createLogger', () => {
  it.each([
    ['the message', (l: ReturnType<typeof capture>['logger']) => l.trace(`provider said: invalid key ${GROQ} (hex ${HEX})`)],
    ['a field with any name', (l: ReturnType<typeof capture>['logger']) => l.debug({ detail: { upstream: `Bearer ${HEX}` }, tok: TOKEN }, 'call')],
    ['an error message and its cause', (l: ReturnType<typeof capture>['logger']) =>
      l.error({ err: new Error(`embeddings failed for ${HEX}`, { cause: new Error(`401 for key ${GROQ}`) }) }, 'embeddings')],
    ['a Bot API error echoing the token, with its payload', (l: ReturnType<typeof capture>['logger']) =>
      l.warn({ err: new GrammyError(`Call failed with ${TOKEN}`, { ok: false, error_code: 400, description: `bad token ${TOKEN}` }, 'sendMessage', { chat_id: 42, text: 'the answer' }) }, 'send failed')],
    ['a network error with the URL', (l: ReturnType<typeof capture>['logger']) =>
      l.warn({ err: new HttpError(`Network request for https://api.telegram.org/bot${encodeURIComponent(TOKEN)}/getMe failed`, new Error('ECONNRESET')) }, 'net')],
    ['a JSON-escaped salt and a base64 Basic header', (l: ReturnType<typeof capture>['logger']) =>
      l.info({ salt: SALT, auth: `Basic ${Buffer.from(GROQ).toString('base64')}` }, 'config')],
    ['the webhook secret and the Discord token in text', (l: ReturnType<typeof capture>['logger']) =>
      l.info(`secret=${CONFIG.TELEGRAM_WEBHOOK_SECRET} discord=${CONFIG.DISCORD_TOKEN}`)],
  ])('keeps no secret in %s, at trace level', (_name, write) => {
    const { logger, lines } = capture();
    write(logger);
    expect(lines).toHaveLength(1);
    const line = lines[0]!;
    expect(line).toContain('[redacted]');
    for (const secret of RAW) {
      expect(line).not.toContain(secret);
      expect(line).not.toContain(JSON.stringify(secret).slice(1, -1));
      expect(line).not.toContain(encodeURIComponent(secret));
    }
    // Still one JSON object per line.
    expect(() => JSON.parse(line)).not.toThrow();
  });

  it('logs a Bot API error without the message it failed to send', () => {
    const { logger, lines } = capture();
    const err = new GrammyError('Call failed', { ok: false, error_code: 500, description: 'Internal' }, 'sendMessage', { chat_id: 123456789, text: 'Local Hosting opened on 2026-01-16' });
    logger.error({ err: new Error('wrapped', { cause: err }) }, 'failed');
    logger.error({ err }, 'failed');
    for (const line of lines) {
      expect(line).not.toContain('123456789');
      expect(line).not.toContain('2026-01-16');
    }
  });
});

describe('createRedactor', () => {
  it('removes a longer secret whole when it contains a shorter one, and leaves other text alone', () => {
    const redact = createRedactor(['abcdef123', 'abcdef123456789']);
    expect(redact('x abcdef123456789 y abcdef123 z')).toBe('x [redacted] y [redacted] z');
    expect(redact('nothing to hide')).toBe('nothing to hide');
    expect(createRedactor([])('abcdef123')).toBe('abcdef123');
  });
});
