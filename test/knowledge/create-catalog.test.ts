import { beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/app/create-core.js';
import type { Lang } from '../../src/contract/types.js';
import { createCatalog, passageKey, twinId, unitIds } from '../../src/knowledge/create-catalog.js';
import type { FaqEntry } from '../../src/knowledge/schemas.js';
import type { Article, KnowledgeBase } from '../../src/knowledge/types.js';
import { searchPassages } from '../../src/llm/search-knowledge-tool.js';
import { getSharedCore } from '../helpers/shared-core.js';

const article = (group: string, lang: Lang, title: string, effective: string, extra: Partial<Article> = {}): Article => ({
  group,
  lang,
  title,
  published: effective,
  effective,
  confidence: 'reported',
  sources: [{ key: 'a', title: 'First source', date: '2026-01-01' }, { key: 'b', title: 'Second source', date: '2026-01-01', url: 'https://example.org/second' }],
  tags: [],
  verified: effective,
  sections: [{ heading: 'One', text: 'text', uncertain: false }],
  path: `${group}.${lang}.md`,
  ...extra,
});

const faq = (id: string, questions: FaqEntry['questions']): FaqEntry => ({
  id,
  sources: ['with-dates'],
  asOf: '2026-01-16',
  confidence: 'reported',
  unknown: false,
  questions,
  answer: { zh: '答案答案答案', en: 'An answer.' },
});

const kb: KnowledgeBase = {
  articles: [
    article('launch', 'de', 'Start', '2026-01-16', { sources: [{ key: 'a', title: 'With a link', date: '2026-01-01', url: 'https://example.org/first' }] }),
    article('launch', 'en', 'Launch', '2026-01-16'),
    article('launch', 'zh', '上线', '2026-01-16'),
    article('with-dates', 'en', 'Dates', '2025-12-01', {
      sections: [
        { heading: 'a', text: 'x', uncertain: false, asOf: '2025-12-01' },
        { heading: 'b', text: 'y', uncertain: false, asOf: '2026-01-08' },
        { heading: 'c', text: 'z', uncertain: false, asOf: '2026-03-01' },
      ],
    }),
    article('with-dates', 'zh', '日期', '2025-12-01'),
  ],
  faq: [faq('faq-launch', { zh: ['什么时候上线'], en: ['When did it launch?'], de: ['Wann ging es los?'] })],
  glossary: [],
  rulesPassages: [
    { id: 'rules-x', lang: 'zh', title: '规则', text: '…', date: '2026-01-16' },
    { id: 'rules-x', lang: 'en', title: 'Rules', text: '…', date: '2026-01-16' },
  ],
  hash: 'test',
};

describe('createCatalog: source references', () => {
  const catalog = createCatalog(kb);

  it.each([
    ['an article in the asker\'s language', 'launch', 'de', { title: 'Start', date: '2026-01-16' }],
    ['an article without the asker\'s language: English', 'launch', 'fr', { title: 'Launch' }],
    ['an article in Chinese', 'launch', 'zh', { title: '上线' }],
    ['an article with only zh and en, asked in Italian', 'with-dates', 'it', { title: 'Dates', date: '2025-12-01' }],
    ['a rules passage, asked in Spanish', 'rules-x', 'es', { title: 'Rules', date: '2026-01-16' }],
    ['a rules passage in Chinese', 'rules-x', 'zh', { title: '规则' }],
    ['an FAQ entry: its first question in the asker\'s language', 'faq-launch', 'de', { title: 'Wann ging es los?', date: '2026-01-16' }],
    ['an FAQ entry without the asker\'s language: English', 'faq-launch', 'fr', { title: 'When did it launch?' }],
  ] as const)('%s', (_name, id, lang, expected) => {
    expect(catalog.sourceRef(id, lang)).toMatchObject({ id, ...expected });
  });

  it('links the first source of the group (every language version cites the same sources)', () => {
    expect(catalog.sourceRef('launch', 'en')?.url).toBe('https://example.org/first');
    // The first source of this group has no link: none is borrowed from a second one.
    expect(catalog.sourceRef('with-dates', 'en')).not.toHaveProperty('url');
    expect(catalog.sourceRef('rules-x', 'en')).not.toHaveProperty('url');
  });

  it('takes the date it is given (when the cited facts hold from) over the source\'s own', () => {
    expect(catalog.sourceRef('launch', 'en', '2026-02-01')?.date).toBe('2026-02-01');
  });

  it('knows nothing of an id the knowledge does not hold', () => {
    expect(catalog.sourceRef('no-such-article', 'en')).toBeUndefined();
  });

  it.each([
    ['2026-01-16', '2026-01-08'],
    ['2026-03-01', '2026-03-01'],
    ['2025-12-01', '2025-12-01'],
    // No section of the article is that old: the answer's own date.
    ['2025-01-01', '2025-01-01'],
  ])('an FAQ answer as of %s cites the article with its newest section date not after it: %s', (asOf, expected) => {
    expect(catalog.citedDate('with-dates', asOf)).toBe(expected);
  });
});

describe('unit ids and language twins', () => {
  let core: Core;
  beforeAll(async () => {
    core = await getSharedCore({ knowledge: 'fixture' });
  });

  it('names every unit the retriever holds', () => {
    const { retriever, kb: fixture } = core.current();
    const ids = new Set(retriever.units.map((u) => u.id));
    for (const a of fixture.articles) a.sections.forEach((_, n) => expect(ids.has(unitIds.article(a.group, a.lang, n))).toBe(true));
    for (const f of fixture.faq) expect(ids.has(unitIds.faq(f.id))).toBe(true);
    for (const r of fixture.rulesPassages) expect(ids.has(unitIds.rules(r.id, r.lang))).toBe(true);
    expect(ids.size).toBe(retriever.units.length);
  });

  it('finds each passage\'s twin in every language the knowledge has it in, under one passage key', () => {
    const { retriever } = core.current();
    let twins = 0;
    for (const unit of retriever.units) {
      for (const lang of ['zh', 'en'] as const) {
        const twin = retriever.unit(twinId(unit, lang));
        if (unit.kind === 'faq') {
          expect(twin).toBe(unit);
          continue;
        }
        // Every article and rules passage has a zh and an en version.
        expect(twin, `${unit.id} in ${lang}`).toBeDefined();
        expect(twin!.lang).toBe(lang);
        expect([twin!.group, twin!.order, twin!.kind]).toEqual([unit.group, unit.order, unit.kind]);
        expect(passageKey(twin!)).toBe(passageKey(unit));
        if (twin !== unit) twins++;
      }
    }
    expect(twins).toBeGreaterThan(10);
  });

  it('gives the model one passage per section, in its language, cited with the catalog\'s ids', async () => {
    const { retriever } = core.current();
    const found = await searchPassages(retriever, 'Wann startete Local Hosting?', 'de', 5);
    expect(found.units.every((u) => u.kind === 'faq' || u.lang === 'en')).toBe(true);
    expect(new Set(found.units.map(passageKey)).size).toBe(found.units.length);
    for (const u of found.units) expect(found.citable).toContain(u.group);
  });
});
