// The knowledge base the bot ships with: these tests fail when an edit to knowledge/ breaks a file or a promise the
// README makes about it (zh and en of every article, sources and dates), not when code changes.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load-knowledge.js';
import { REAL_KNOWLEDGE_DIR } from '../helpers/knowledge-dirs.js';

describe('the real knowledge base', () => {
  it('loads every file without a problem', async () => {
    const { kb, problems } = await loadKnowledge(REAL_KNOWLEDGE_DIR);
    expect(problems).toEqual([]);
    expect(kb.articles.length).toBeGreaterThanOrEqual(30);
    expect(kb.glossary.length).toBeGreaterThanOrEqual(50);
  });

  it('has a zh and an en version of every article', async () => {
    const { kb } = await loadKnowledge(REAL_KNOWLEDGE_DIR);
    const groups = new Map<string, Set<string>>();
    for (const a of kb.articles) groups.set(a.group, (groups.get(a.group) ?? new Set()).add(a.lang));
    for (const [group, langs] of groups) {
      expect(langs.has('zh'), `${group} zh`).toBe(true);
      expect(langs.has('en'), `${group} en`).toBe(true);
    }
  });

  it('gives every article a source and an effective date, and marks uncertain facts', async () => {
    const { kb } = await loadKnowledge(REAL_KNOWLEDGE_DIR);
    for (const a of kb.articles) {
      expect(a.sources.length, a.path).toBeGreaterThan(0);
      expect(a.effective, a.path).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const unpublished = kb.articles.filter((a) => a.group === 'lh-unpublished');
    expect(unpublished.length).toBeGreaterThanOrEqual(2);
    for (const a of unpublished) expect(a.confidence === 'uncertain' || a.sections.every((s) => s.uncertain)).toBe(true);
  });

  it('reads back from the parsed-knowledge cache exactly as parsed', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'kb-cache-'));
    const parsed = await loadKnowledge(REAL_KNOWLEDGE_DIR);
    await loadKnowledge(REAL_KNOWLEDGE_DIR, { cacheDir });
    expect(await loadKnowledge(REAL_KNOWLEDGE_DIR, { cacheDir })).toEqual(parsed);
  });
});
