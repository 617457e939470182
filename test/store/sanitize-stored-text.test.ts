import { describe, expect, it } from 'vitest';
import { MAX_STORED_CHARS, sanitizeStoredText } from '../../src/store/sanitize-stored-text.js';

describe('sanitizeStoredText', () => {
  it.each([
    ['plain', 'What is Local Hosting?', 'What is Local Hosting?'],
    ['C0 controls and escape sequences', 'a\u0000b\u0007c\u001b[2Jd', 'abc[2Jd'],
    ['C1 and DEL', 'a\u007fb\u0085c', 'abc'],
    ['zero-width and BOM', '本\u200b地\u200d托\ufeff管', '本地托管'],
    ['bidi override', 'abc\u202edef\u2066', 'abcdef'],
    ['CRLF folded, newline and tab kept', 'line1\r\nline2\rline3\tx', 'line1\nline2\nline3\tx'],
    ['emoji kept', '👍🏽 ok', '👍🏽 ok'],
    ['lone surrogate dropped', 'a\ud800b', 'ab'],
    ['markup kept as text', '<script>alert(1)</script>', '<script>alert(1)</script>'],
  ])('%s', (_name, input, expected) => {
    expect(sanitizeStoredText(input)).toBe(expected);
  });

  it('cuts overlong text to 4,000 code points without splitting a surrogate pair', () => {
    const out = sanitizeStoredText('😀'.repeat(MAX_STORED_CHARS + 10));
    expect(Array.from(out)).toHaveLength(MAX_STORED_CHARS);
    expect(out.endsWith('😀')).toBe(true);
    expect(sanitizeStoredText('x'.repeat(10_000))).toHaveLength(MAX_STORED_CHARS);
  });
});
