import { describe, expect, it } from 'vitest';
import { parseBatchLine } from '../../src/cli.js';

describe('parseBatchLine: every batch line gets an output line', () => {
  it.each([
    ['null', { ok: false, id: null, error: 'a line must be a JSON object' }],
    ['[1,2]', { ok: false, id: null, error: 'a line must be a JSON object' }],
    ['"text"', { ok: false, id: null, error: 'a line must be a JSON object' }],
    ['{"id":"x"', { ok: false, id: null, error: 'invalid JSON line' }],
    ['{"id":"q1","question":null}', { ok: false, id: 'q1', error: 'question must be a string' }],
    ['{"id":7,"question":"本地托管是什么"}', { ok: true, id: 7, question: '本地托管是什么' }],
    ['{"id":"c1","question":"那法国呢？","chat":"g1","user":42}', { ok: true, id: 'c1', question: '那法国呢？', chat: 'g1', user: '42' }],
  ])('%s', (line, expected) => {
    expect(parseBatchLine(line)).toEqual(expected);
  });
});
