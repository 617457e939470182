import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../adapters/telegram/escape-html.js';
import { splitHtml } from '../../../adapters/telegram/split-html.js';
import { checkTelegramHtml, unescapeHtml } from './check-telegram-html.js';

const squash = (s: string) => s.replace(/\s+/g, '');

describe('splitHtml', () => {
  it.each([
    ['short text stays whole', 'hello &amp; bye', 100, ['hello &amp; bye']],
    ['cuts at the paragraph break', 'aaaa aaaa\n\nbbbb bbbb', 14, ['aaaa aaaa', 'bbbb bbbb']],
    ['prefers a paragraph break to a later line break', 'aa\n\nbb\ncc dd', 11, ['aa', 'bb\ncc dd']],
    ['falls back to a line break', 'aaaa\nbbbb\ncccc', 10, ['aaaa\nbbbb', 'cccc']],
    ['falls back to a space', 'aaaa bbbb cccc', 10, ['aaaa bbbb', 'cccc']],
    ['never cuts inside an entity', '&amp;&amp;&amp;', 11, ['&amp;&amp;', '&amp;']],
    ['closes and reopens a tag across a cut', '<b>aaaa bbbb cccc</b>', 16, ['<b>aaaa bbbb</b>', '<b>cccc</b>']],
    ['hard-cuts a long word', 'abcdefghij', 4, ['abcd', 'efgh', 'ij']],
  ])('%s', (_name, html, limit, expected) => {
    const chunks = splitHtml(html, limit);
    expect(chunks).toEqual(expected);
    for (const c of chunks) expect(c.length).toBeLessThanOrEqual(limit);
  });

  it('keeps every chunk within the limit, valid, and the text complete (property)', () => {
    const piece = fc.constantFrom('a', 'bb', ' ', '\n', '\n\n', '<', '>', '&', '*', '_', '中文', '😀', 'amp;', '"');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 400 }), fc.boolean(), fc.integer({ min: 30, max: 120 }), (pieces, bold, limit) => {
        const text = pieces.join('');
        const html = bold ? `<b>${escapeHtml(text)}</b>` : escapeHtml(text);
        const chunks = splitHtml(html, limit);
        for (const c of chunks) {
          expect(c.length).toBeLessThanOrEqual(limit);
          expect(checkTelegramHtml(c)).toEqual([]);
        }
        expect(squash(chunks.map(unescapeHtml).join(''))).toBe(squash(text));
      }),
      { numRuns: 300 },
    );
  });
});
