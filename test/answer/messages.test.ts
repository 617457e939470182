import { describe, expect, it } from 'vitest';
import { messagesFor } from '../../src/answer/messages.js';
import { detectLang } from '../../src/lang/detect-lang.js';

const en = messagesFor('en');

describe('the core messages in the four European languages', () => {
  it.each(['de', 'fr', 'it', 'es'] as const)('%s: no line falls back to English', (lang) => {
    const m = messagesFor(lang);
    for (const key of ['abstain', 'unknown', 'empty', 'noText', 'greeting', 'rateLimited', 'uncertain', 'englishOnly'] as const) {
      expect(m[key], key).not.toBe(en[key]);
      expect(detectLang(m[key]), key).toBe(lang);
    }
    expect(m.truncated(4000)).toContain('4000');
    expect(m.truncated(4000)).not.toBe(en.truncated(4000));
    expect(m.stale('2026-01-16')).toContain('2026-01-16');
    expect(detectLang(m.stale('2026-01-16'))).toBe(lang);
  });
});
