import { describe, expect, it } from 'vitest';
import { damerauLevenshtein, createSpellingCorrector } from '../../src/retrieval/correct-spelling.js';
import { fuseRanks } from '../../src/retrieval/fuse-ranks.js';

describe('fuseRanks', () => {
  it('rewards units that rank well in both lists and counts a unit once per list', () => {
    const fused = fuseRanks([
      [{ unitId: 'a' }, { unitId: 'a' }, { unitId: 'b' }, { unitId: 'c' }],
      [{ unitId: 'b' }, { unitId: 'c' }],
    ]);
    expect(fused.get('a')).toBeCloseTo(1 / 61);
    expect(fused.get('b')).toBeCloseTo(1 / 62 + 1 / 61);
    expect(fused.get('c')).toBeCloseTo(1 / 63 + 1 / 62);
    expect([...fused.entries()].sort((x, y) => y[1] - x[1])[0]![0]).toBe('b');
  });
});

describe('spelling correction', () => {
  it.each([
    ['loacl', 'local'],
    ['hostign', 'hosting'],
    ['comission', 'commission'],
    ['eligable', 'eligible'],
    ['local', 'local'],
    ['pizza', 'pizza'],
  ])('%s -> %s', (word, expected) => {
    const correct = createSpellingCorrector(['local', 'hosting', 'commission', 'eligible', 'pizzeria']);
    expect(correct(word)).toBe(expected);
  });

  it('keeps words of another language and short words one letter off as typed', () => {
    const correct = createSpellingCorrector(['virement', 'librement', 'nota', 'local']);
    // A typo keeps the first letter: the Spanish "libremente" is no misspelt French "virement".
    expect(correct('libremente')).not.toBe('virement');
    // A five-letter word keeps its length: "notar" is no "nota".
    expect(correct('notar')).toBe('notar');
  });

  it('counts a transposition as one edit', () => {
    expect(damerauLevenshtein('loacl', 'local', 2)).toBe(1);
    expect(damerauLevenshtein('abc', 'xyz', 1)).toBe(2);
  });
});
