import { describe, expect, it } from 'vitest';
import { clusterTexts, jaccard, normalizeForClustering, toBigrams } from '../../src/store/cluster-texts.js';

const similarity = (a: string, b: string) => jaccard(toBigrams(normalizeForClustering(a)), toBigrams(normalizeForClustering(b)));

describe('normalizeForClustering', () => {
  it.each([
    ['How do I JOIN Local Hosting?!', 'how do i join local hosting'],
    ['本地托管，怎么加入？', '本地托管怎么加入'],
    ['ＶＡＴ　税率 😀😀', 'vat税率'],
    ['  spaced\tout \n text ', 'spaced out text'],
    ['🙏🙏🙏', ''],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeForClustering(input)).toBe(expected);
  });
});

describe('near-duplicate detection (Jaccard over character bigrams, threshold 0.5)', () => {
  it.each([
    ['本地托管怎么加入？', '怎么加入本地托管', true],
    ['本地托管怎么加入？', '本地托管 怎么 加入!!', true],
    ['本地托管需要什么条件', '本地托管需要哪些条件', true],
    ['How do I join Local Hosting?', 'how can I join local hosting', true],
    ['What is the commission for Local Hosting?', 'what is the commision for local hosting', true],
    ['本地托管怎么加入？', '本地托管的佣金是多少', false],
    ['How do I join Local Hosting?', 'What is the VAT rate in Germany?', false],
    ['How do I join Local Hosting?', '怎么加入本地托管', false],
  ])('%j ~ %j: %s', (a, b, same) => {
    expect(similarity(a, b) >= 0.5).toBe(same);
  });
});

describe('clusterTexts', () => {
  it('groups near-duplicates and keeps different questions apart', () => {
    const items = [
      '怎么加入本地托管',
      '本地托管怎么加入？',
      '本地托管怎么加入',
      'how can I join local hosting',
      'How do I join Local Hosting?',
      '本地托管的佣金是多少',
      '!!!',
    ].map((text) => ({ text }));
    const clusters = clusterTexts(items);
    expect(clusters.map((c) => c.members.map((m) => m.text))).toEqual([
      ['怎么加入本地托管', '本地托管怎么加入？', '本地托管怎么加入'],
      ['how can I join local hosting', 'How do I join Local Hosting?'],
      ['本地托管的佣金是多少'],
    ]);
    // The phrasing seen most often (after normalisation) represents the cluster.
    expect(clusters[0]!.representative).toBe('本地托管怎么加入？');
  });

  it('handles an empty list', () => {
    expect(clusterTexts([])).toEqual([]);
  });
});
