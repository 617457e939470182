import { describe, expect, it } from 'vitest';
import { sanitizeQuestion } from '../../src/answer/sanitize-question.js';

describe('sanitizeQuestion: something to answer', () => {
  it.each(["1' OR '1'='1", '123 456', '?? or ??', '!!! and !!!'])('%s has no word to answer', (text) => {
    expect(sanitizeQuestion(text, 1000)).toEqual({ ok: false, reason: 'no-text' });
  });
  it.each(['price 29.99 cost 8 DE', 'VAT?', '德国 29.99', 'GPSR', 'hi', 'hello!'])('%s is a question', (text) => {
    expect(sanitizeQuestion(text, 1000).ok).toBe(true);
  });
});
