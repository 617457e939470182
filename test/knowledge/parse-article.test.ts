import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/parse-article.js';

const article = (body: string) => `---
id: demo
lang: en
title: Demo
published: 2026-01-19
effective: 2026-01-16
confidence: reported
sources:
  - key: seed
    title: The seed
    date: 2026-01-19
  - key: tktk
    title: A platform page
    date: 2025-08-18
---
${body}`;

describe('parseArticle section metadata', () => {
  it('takes each section\'s own date and sources from its metadata line and leaves the line out of the text', () => {
    const parsed = parseArticle(
      'demo.en.md',
      article(`## Battery EPR numbers
<!-- asOf: 2025-08-18; sources: tktk -->
Sellers of batteries needed an EPR number by 18 August 2025.

## Launch [uncertain]
<!-- asOf: 2026-01-16; sources: seed, tktk -->
Local Hosting launched on 16 January 2026.

## Undated
No metadata line here.`),
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.article.sections).toEqual([
      { heading: 'Battery EPR numbers', text: 'Sellers of batteries needed an EPR number by 18 August 2025.', uncertain: false, asOf: '2025-08-18', sourceKeys: ['tktk'] },
      { heading: 'Launch', text: 'Local Hosting launched on 16 January 2026.', uncertain: true, asOf: '2026-01-16', sourceKeys: ['seed', 'tktk'] },
      { heading: 'Undated', text: 'No metadata line here.', uncertain: false },
    ]);
    expect(parsed.article.sources.map((s) => s.key)).toEqual(['seed', 'tktk']);
  });

  it('keeps a comment that is not a metadata line as text', () => {
    const parsed = parseArticle('demo.en.md', article('## A\n<!-- asOf: yesterday -->\nText.'));
    expect(parsed.ok && parsed.article.sections[0]!.text).toBe('<!-- asOf: yesterday -->\nText.');
  });
});

describe('an article about what is not published', () => {
  it('says so in its frontmatter, and its passages become units answered as sourced abstentions', async () => {
    const { buildUnits } = await import('../../src/retrieval/build-units.js');
    const parsed = parseArticle('demo.en.md', article('## Fees\nThe storage fees have not been published.').replace('confidence: reported', 'confidence: reported\nunknown: true'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.article.unknown).toBe(true);
    const plain = parseArticle('demo.en.md', article('## Fees\nStorage costs 1 EUR.'));
    expect(plain.ok && plain.article.unknown).toBe(false);
    const kb = { articles: [parsed.article], faq: [], glossary: [], rulesPassages: [], reviewed: '2026-11-01' } as unknown as Parameters<typeof buildUnits>[0];
    expect(buildUnits(kb).units.filter((u) => u.kind === 'article').every((u) => u.unknown === true)).toBe(true);
  });
});
