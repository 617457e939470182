import { describe, expect, it } from 'vitest';
import { isShortText } from '../../src/lang/is-short-text.js';

describe('isShortText', () => {
  it.each([
    ['还是按月结？', 8, 5, true],
    ['是签收后多少天结算还是按月结', 8, 5, false],
    ['is there any SLA?', 8, 5, true],
    ['is there any SLA on it?', 8, 5, false],
    ['is there any SLA on it?', 16, 10, true],
    // Han characters decide when there are any: "VAT" beside them is not counted as a word.
    ['德国VAT有的', 4, 1, true],
  ] as const)('%s (≤ %i Han, ≤ %i words) → %s', (text, han, words, short) => {
    expect(isShortText(text, han, words)).toBe(short);
  });
});
