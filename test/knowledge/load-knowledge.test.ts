import { mkdtemp, mkdir, writeFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';

describe('loadKnowledge on the real knowledge base', () => {
  it('loads every file without a problem', async () => {
    const { kb, problems } = await loadKnowledge('knowledge');
    expect(problems).toEqual([]);
    expect(kb.articles.length).toBeGreaterThanOrEqual(30);
    expect(kb.glossary.length).toBeGreaterThanOrEqual(50);
  });

  it('has a zh and an en version of every article, with the same number of sections', async () => {
    const { kb } = await loadKnowledge('knowledge');
    const groups = new Map<string, Map<string, number>>();
    for (const a of kb.articles) {
      const langs = groups.get(a.group) ?? new Map<string, number>();
      langs.set(a.lang, a.sections.length);
      groups.set(a.group, langs);
    }
    for (const [group, langs] of groups) {
      expect(langs.has('zh'), `${group} zh`).toBe(true);
      expect(langs.has('en'), `${group} en`).toBe(true);
    }
  });

  it('gives every article a source and an effective date, and marks uncertain facts', async () => {
    const { kb } = await loadKnowledge('knowledge');
    for (const a of kb.articles) {
      expect(a.sources.length, a.path).toBeGreaterThan(0);
      expect(a.effective, a.path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const unpublished = kb.articles.filter((a) => a.group === 'lh-unpublished');
    expect(unpublished.map((a) => a.lang).sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'zh']);
    for (const a of unpublished) expect(a.confidence === 'uncertain' || a.sections.every((s) => s.uncertain)).toBe(true);
  });
});

describe('loadKnowledge on broken files', () => {
  const article = (id: string, extra = '') =>
    `---\nid: ${id}\nlang: en\ntitle: T\npublished: 2026-01-19\neffective: 2026-01-16\nconfidence: reported\nsources:\n  - title: S\n    date: 2026-01-19\n${extra}---\n## Heading\nText about ${id}.\n`;

  it('reports a bad file with its path and field, and still loads the rest', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kb-'));
    await mkdir(join(dir, 'articles'));
    await mkdir(join(dir, 'faq'));
    await writeFile(join(dir, 'articles', 'good.en.md'), article('good'));
    await writeFile(join(dir, 'articles', 'bad.en.md'), article('bad').replace('confidence: reported', 'confidence: maybe'));
    await writeFile(join(dir, 'articles', 'nofront.en.md'), '# just text\n');
    await writeFile(
      join(dir, 'faq', 'f.yaml'),
      `- id: faq-x\n  sources: [missing-group]\n  asOf: 2026-01-16\n  confidence: reported\n  questions: { zh: [问题一], en: [question one] }\n  answer: { zh: 答案答案答案, en: an answer here }\n- id: wrong-id\n  sources: [good]\n`,
    );
    await writeFile(join(dir, 'glossary.yaml'), '- zh: [本地托管]\n  en: [local hosting]\n- en: 42\n');
    const { kb, problems } = await loadKnowledge(dir);
    expect(kb.articles.map((a) => a.group)).toEqual(['good']);
    expect(kb.faq.map((f) => f.id)).toEqual(['faq-x']);
    expect(kb.glossary).toHaveLength(1);
    const where = problems.map((p) => `${p.path.split('/').slice(-2).join('/')}|${p.field}`);
    expect(where).toContain('articles/bad.en.md|confidence');
    expect(where).toContain('articles/nofront.en.md|frontmatter');
    expect(where).toContain('faq:faq-x|sources');
    expect(where.some((w) => w.includes('f.yaml[1]') && w.endsWith('|id'))).toBe(true);
    expect(where.some((w) => w.includes('glossary.yaml[1]'))).toBe(true);
  });

  it('changes the content hash when a file changes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kb-'));
    await cp('knowledge/glossary.yaml', join(dir, 'glossary.yaml'));
    await mkdir(join(dir, 'articles'));
    await writeFile(join(dir, 'articles', 'a.en.md'), article('a'));
    const first = (await loadKnowledge(dir)).kb.hash;
    expect((await loadKnowledge(dir)).kb.hash).toBe(first);
    await writeFile(join(dir, 'articles', 'a.en.md'), article('a').replace('Text about', 'Other text about'));
    expect((await loadKnowledge(dir)).kb.hash).not.toBe(first);
  });
});
