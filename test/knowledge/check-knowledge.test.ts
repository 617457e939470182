import { describe, expect, it } from 'vitest';
import { checkKnowledge } from '../../src/knowledge/check-knowledge.js';
import type { Article, KnowledgeBase } from '../../src/knowledge/types.js';

const article = (group: string, lang: 'zh' | 'en', text: string, verified = '2026-11-01'): Article => ({
  group,
  lang,
  title: 't',
  published: '2026-01-19',
  effective: '2026-01-16',
  confidence: 'reported',
  sources: [{ title: 's', date: '2026-01-19' }],
  tags: [],
  verified,
  sections: [{ heading: 'h', text, uncertain: false }],
  path: `articles/${group}.${lang}.md`,
});

const kb = (articles: Article[]): KnowledgeBase => ({ articles, faq: [], glossary: [], rulesPassages: [], hash: 'x' });
const now = new Date('2026-11-26T00:00:00Z');

describe('checkKnowledge', () => {
  it('passes a base with both languages, dated facts and a recent review', () => {
    const r = checkKnowledge(kb([article('a', 'zh', '2026年1月16日上线'), article('a', 'en', 'Launched on 16 January 2026')]), [], { now, staleAfterDays: 180, checkTranslations: false });
    expect(r).toEqual({ errors: [], warnings: [] });
  });

  it('reports a missing language version as an error', () => {
    const r = checkKnowledge(kb([article('a', 'zh', '2026年1月16日上线')]), [], { now, staleAfterDays: 180, checkTranslations: false });
    expect(r.errors.map((e) => e.message)).toEqual(['missing the en version of a']);
  });

  it('warns about undated facts and facts not verified for too long', () => {
    const r = checkKnowledge(kb([article('a', 'zh', '佣金是9%', '2026-01-19'), article('a', 'en', 'Commission is 9%', '2026-01-19')]), [], {
      now,
      staleAfterDays: 180,
    });
    expect(r.errors).toEqual([]);
    expect(r.warnings.filter((w) => w.message === 'states facts without a date')).toHaveLength(2);
    expect(r.warnings.filter((w) => w.message.startsWith('last verified 2026-01-19'))).toHaveLength(2);
  });

  it('keeps the loader problems as errors', () => {
    const problem = { path: 'faq/x.yaml[0]', field: 'id', message: 'bad' };
    expect(checkKnowledge(kb([]), [problem], { now, staleAfterDays: 180, checkTranslations: false }).errors).toEqual([problem]);
  });
});
