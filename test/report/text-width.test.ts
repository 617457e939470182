import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/report/escape-html.js';
import { flattenText, formatPercent, shorten } from '../../src/report/format-values.js';
import { displayWidth, fitWidth, padWidth } from '../../src/report/text-width.js';

describe('displayWidth', () => {
  it.each([
    ['abc', 3],
    ['本地托管', 8],
    ['ＶＡＴ', 6],
    ['😀', 2],
    ['e\u0301', 1],
    ['Local 托管', 10],
    ['', 0],
  ])('%j is %i cells', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });
});

describe('fitWidth and padWidth', () => {
  it.each([
    ['short', 10, 'short'],
    ['abcdefghij', 5, 'abcd…'],
    ['本地托管怎么加入', 7, '本地托…'],
    ['😀😀😀', 4, '😀…'],
  ])('fitWidth(%j, %i) = %j', (text, width, expected) => {
    expect(fitWidth(text, width)).toBe(expected);
    expect(displayWidth(fitWidth(text, width))).toBeLessThanOrEqual(width);
  });

  it('pads by display width', () => {
    expect(padWidth('托管', 6, 'left')).toBe('托管  ');
    expect(padWidth('7', 3, 'right')).toBe('  7');
  });
});

describe('formatting helpers', () => {
  it.each([
    [0, '0.0%'],
    [2 / 3, '66.7%'],
    [1, '100.0%'],
  ])('formatPercent(%d) = %s', (rate, text) => {
    expect(formatPercent(rate)).toBe(text);
  });

  it('flattens and shortens text', () => {
    expect(flattenText('a\n\tb\u001b[0m 本\u200b地\u202e')).toBe('a b [0m 本地');
    expect(shorten('😀😀😀', 2)).toBe('😀…');
  });

  it('escapes every HTML-significant character', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});
