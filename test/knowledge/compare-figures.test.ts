import { describe, expect, it } from 'vitest';
import { checkKnowledge } from '../../src/knowledge/check-knowledge.js';
import { diffFigures, latestStatedDate } from '../../src/knowledge/compare-figures.js';
import type { Article, KnowledgeBase } from '../../src/knowledge/types.js';

describe('diffFigures', () => {
  it.each([
    ['The commission is 9% from 8 January 2026.', 'Die Provision beträgt ab dem 8. Januar 2026 9 %.'],
    ['The commission is 9% from 8 January 2026.', '佣金自2026年1月8日起为9%。'],
    ['coupons of up to 30% off', 'des coupons jusqu’à 30 % de réduction'],
    ['US$100k a month', '每月10万美元'],
    ['reduced rate 5.5%', 'taux réduit de 5,5 %'],
    ['Sellers may apply from 16 January 2026.', 'Ab 16. Januar 2026 können sich Händler bewerben.'],
  ])('finds no difference: %s ~ %s', (en, other) => {
    expect(diffFigures(en, other)).toEqual({ onlyInA: [], onlyInB: [] });
  });

  it('names the figure a translation got wrong', () => {
    expect(diffFigures('The commission is 9% from 8 January 2026.', 'La commissione è del 7% dall’8 gennaio 2026.')).toEqual({ onlyInA: ['9'], onlyInB: ['7'] });
    expect(diffFigures('launched on 16 January 2026', 'lanzado el 16 de febrero de 2026')).toEqual({ onlyInA: ['1'], onlyInB: ['2'] });
  });

  it('reads the latest full date an answer states', () => {
    expect(latestStatedDate('From 8 January 2026; reported on 19 January 2026.')).toBe('2026-01-19');
    expect(latestStatedDate('2026年1月16日上线，2025-12-05 报道')).toBe('2026-01-16');
    expect(latestStatedDate('no date here')).toBeUndefined();
  });
});

const article = (lang: Article['lang'], text: string, asOf?: string): Article => ({
  group: 'g',
  lang,
  title: 't',
  published: '2026-01-19',
  effective: '2026-01-16',
  confidence: 'reported',
  sources: [{ title: 's', date: '2026-01-19' }],
  tags: [],
  verified: '2026-11-01',
  sections: [{ heading: 'h', text, uncertain: false, ...(asOf ? { asOf } : {}) }],
  path: `articles/g.${lang}.md`,
});

describe('checkKnowledge translations', () => {
  const now = new Date('2026-11-26T00:00:00Z');
  const base = (articles: Article[]): KnowledgeBase => ({ articles, faq: [], glossary: [], rulesPassages: [], hash: 'x' });

  it('warns about a missing translation, a wrong figure and a section without its own date', () => {
    const kb = base([
      article('en', 'Commission 9% from 8 January 2026.'),
      article('zh', '佣金自2026年1月8日起为9%。', '2026-01-08'),
      article('de', 'Provision 7 % ab 8. Januar 2026.', '2026-01-08'),
      article('fr', 'Commission de 9 % depuis le 8 janvier 2026.', '2026-01-08'),
      article('it', 'Commissione del 9% dall’8 gennaio 2026.', '2026-01-08'),
    ]);
    const messages = checkKnowledge(kb, [], { now, staleAfterDays: 180 }).warnings.map((w) => `${w.path} ${w.message}`);
    expect(messages).toEqual([
      'articles/g.en.md has no date line of its own (<!-- asOf: … -->)',
      'articles/g.de.md figures differ from en: en states 9 that de lacks; de states 7 that en lacks',
      'articles/g.es.md missing the es translation of g',
    ]);
  });
});
