import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { FIXTURE_KNOWLEDGE_DIR } from '../helpers/knowledge-dirs.js';

describe('loadKnowledge on the fixture knowledge base', () => {
  it('loads every file without a problem', async () => {
    const { kb, problems } = await loadKnowledge(FIXTURE_KNOWLEDGE_DIR);
    expect(problems).toEqual([]);
    expect(kb.articles.map((a) => `${a.group}.${a.lang}`).sort()).toContain('lh-overview.de');
    expect(kb.faq.map((f) => f.id)).toContain('faq-lh-storage-fee');
    expect(kb.faq.find((f) => f.id === 'faq-lh-storage-fee')?.unknown).toBe(true);
    expect(kb.glossary.filter((g) => g.kind === 'market').length).toBeGreaterThanOrEqual(4);
    expect(kb.reviewed).toBe('2026-11-01');
  });

  it('reads sections with their own dates, and the base-wide review date as the articles’ verified date', async () => {
    const { kb } = await loadKnowledge(FIXTURE_KNOWLEDGE_DIR);
    const overview = kb.articles.find((a) => a.group === 'lh-overview' && a.lang === 'zh')!;
    expect(overview.sections.map((s) => s.asOf)).toEqual(['2026-01-19', '2026-01-16']);
    expect(overview.sections[1]!.text).toContain('2026年1月16日');
    expect(overview.verified).toBe('2026-11-01');
    expect(kb.articles.find((a) => a.group === 'brand-hosting')?.confidence).toBe('uncertain');
  });

  it('adds the rules passages when given the rules, and hashes the rules files then', async () => {
    const passage = { id: 'r', lang: 'en' as const, title: 'Rules', text: 'A rule.', date: '2026-01-16' };
    const plain = await loadKnowledge(FIXTURE_KNOWLEDGE_DIR);
    const withRules = await loadKnowledge(FIXTURE_KNOWLEDGE_DIR, { describeRules: async () => [passage] });
    expect(withRules.kb.rulesPassages).toEqual([passage]);
    expect(withRules.kb.hash).not.toBe(plain.kb.hash);
  });
});

describe('the parsed-knowledge cache', () => {
  it('gives back what parsing gives, problems included, and parses again when a file changes', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kb-'));
    await cp(FIXTURE_KNOWLEDGE_DIR, dir, { recursive: true });
    await writeFile(join(dir, 'articles', 'broken.en.md'), '# no frontmatter\n');
    const cacheDir = join(dir, '.cache');
    const rules = { describeRules: async () => [{ id: 'r', lang: 'en' as const, title: 'Rules', text: 'A rule.', date: '2026-01-16' }] };
    const parsed = await loadKnowledge(dir, rules);
    const first = await loadKnowledge(dir, { ...rules, cacheDir });
    expect((await readdir(cacheDir)).filter((n) => n.startsWith('knowledge-'))).toHaveLength(1);
    const second = await loadKnowledge(dir, { ...rules, cacheDir });
    expect(first).toEqual(parsed);
    expect(second).toEqual(parsed);
    expect(second.problems.map((p) => p.field)).toEqual(['frontmatter']);

    await writeFile(join(dir, 'faq', 'unknowns.yaml'), (await readFile(join(dir, 'faq', 'unknowns.yaml'), 'utf8')).replace('尚未公开', '目前没有公开'));
    const edited = await loadKnowledge(dir, { ...rules, cacheDir });
    expect(edited.kb.hash).not.toBe(parsed.kb.hash);
    expect(edited.kb.faq.find((f) => f.id === 'faq-lh-storage-fee')?.answer.zh).toContain('目前没有公开');
    expect((await readdir(cacheDir)).filter((n) => n.startsWith('knowledge-'))).toHaveLength(1);
  });

  it('is ignored when unreadable', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'kb-cache-'));
    const first = await loadKnowledge(FIXTURE_KNOWLEDGE_DIR, { cacheDir });
    const [file] = (await readdir(cacheDir)).filter((n) => n.startsWith('knowledge-'));
    await writeFile(join(cacheDir, file!), '{"articles": [');
    expect(await loadKnowledge(FIXTURE_KNOWLEDGE_DIR, { cacheDir })).toEqual(first);
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
    await cp(join(FIXTURE_KNOWLEDGE_DIR, 'glossary.yaml'), join(dir, 'glossary.yaml'));
    await mkdir(join(dir, 'articles'));
    await writeFile(join(dir, 'articles', 'a.en.md'), article('a'));
    const first = (await loadKnowledge(dir)).kb.hash;
    expect((await loadKnowledge(dir)).kb.hash).toBe(first);
    await writeFile(join(dir, 'articles', 'a.en.md'), article('a').replace('Text about', 'Other text about'));
    expect((await loadKnowledge(dir)).kb.hash).not.toBe(first);
  });
});
