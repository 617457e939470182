import { describe, expect, it } from 'vitest';
import { isClearQuestion } from '../../src/answer/is-clear-question.js';

describe('isClearQuestion', () => {
  it.each([
    ['Which countries?', true],
    ['本地托管需要什么条件？', true],
    ['可以用香港公司吗', true],
    ['佣金是多少呢', true],
    ['Is it open?  ', true],
    ['「要VAT吗？」', true],
    ['Local Hosting covers four countries.', false],
    ['谢谢', false],
    ['?!', false],
    ['', false],
    ['What does Local Hosting cost?', true],
    ['本地托管需要VAT吗', true],
    ['那全托管呢', true],
    ['does it work in Spain ?)', true],
    ['嗎?', false],
    ['we ship next week', false],
    ['ok?', false],
    ['great, thanks!', false],
  ])('%j -> %s', (text, expected) => {
    expect(isClearQuestion(text)).toBe(expected);
  });
});
