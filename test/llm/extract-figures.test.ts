import { describe, expect, it } from 'vitest';
import { extractFigures, parseNumber } from '../../src/llm/extract-figures.js';

const show = (text: string) =>
  extractFigures(text).map((f) => `${f.kind}:${String(f.value)}${'rangeStart' in f && f.rangeStart ? '…' : ''}`);

describe('extractFigures', () => {
  it.each([
    ['commission 9 % and 9%', ['percent:9', 'percent:9']],
    ['佣金为９％', ['percent:9']],
    ['launched 2026-01-16', ['date:2026-01-16']],
    ['launched 16 January 2026', ['date:2026-01-16']],
    ['launched January 16, 2026', ['date:2026-01-16']],
    ['2026年1月16日上线', ['date:2026-01-16']],
    ['am 16. Januar 2026', ['date:2026-01-16']],
    ['le 16 janvier 2026', ['date:2026-01-16']],
    ['el 16 de enero de 2026', ['date:2026-01-16']],
    ['il 16 gennaio 2026', ['date:2026-01-16']],
    ['seit 16.01.2026', ['date:2026-01-16']],
    ['2026年1月', ['month:2026-01']],
    ['since March 2025', ['month:2025-03']],
    ['1月16日', ['monthday:01-16']],
    ['on 16 January', ['monthday:01-16']],
    ['in 2026', ['year:2026']],
    ['the storage fee is €3.50', ['money:3.5']],
    ['3,50 € pro Stück', ['money:3.5']],
    ['5欧元', ['money:5']],
    ['1,000 units in 30 days', ['number:1000', 'number:30']],
    ['1.000,50 EUR', ['money:1000.5']],
    ['from 1% to 80%', ['percent:1…', 'percent:80']],
    ['rose from 5% to 9%', ['percent:5…', 'percent:9']],
    ['commonly 10–20%', ['number:10…', 'percent:20']],
    ['可在1%至80%之间', ['percent:1…', 'percent:80']],
    ['从5%上调到9%', ['percent:5…', 'percent:9']],
    ['Germany 19% (reduced 7%), France 20%', ['percent:19', 'percent:7', 'percent:20']],
    ['no figures here', []],
  ])('%s', (text, expected) => {
    expect(show(text)).toEqual(expected);
  });
});

describe('parseNumber', () => {
  it.each([
    ['3.50', '3.50'],
    ['3,50', '3.50'],
    ['1,000', '1000'],
    ['1.000.000', '1000000'],
    ['1,000.50', '1000.50'],
    ['1.000,50', '1000.50'],
    ['12,5', '12.5'],
  ])('%s → %s', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });
});
