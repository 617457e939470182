// What the knowledge calls things: the id of each answerable unit, the same passage in another language, and the
// source reference an answer cites. The retriever, the answerer and the model mode's search tool all read it here,
// so a cited id, a language twin or a title never means one thing to one of them and another to the next.
import type { Lang, SourceRef } from '../contract/types.js';
import type { KnowledgeBase } from './types.js';

/** The ids of the units the retriever answers with: one per FAQ entry, per article section, per rules passage. */
export const unitIds = {
  article: (group: string, lang: Lang, order: number) => `art:${group}.${lang}#${order}`,
  faq: (id: string) => `faq:${id}`,
  rules: (id: string, lang: Lang) => `rules:${id}.${lang}`,
};

/** What addresses a unit: enough to name its twins. */
export interface UnitAddress {
  id: string;
  kind: 'faq' | 'article' | 'rules';
  /** Article group, FAQ id or rules id. */
  group: string;
  lang: Lang;
  /** The section's position in its article (0 for FAQ entries and rules passages). */
  order: number;
}

/**
 * The id of the same passage in `lang`: the article section at the same position, the rules passage of the same id.
 * An FAQ entry holds every language itself, so it is its own twin.
 */
export function twinId(unit: UnitAddress, lang: Lang): string {
  if (unit.kind === 'faq' || unit.lang === lang) return unit.id;
  return unit.kind === 'article' ? unitIds.article(unit.group, lang, unit.order) : unitIds.rules(unit.group, lang);
}

/** One key for every language version of a passage (the zh, en, de… versions of a section are one passage). */
export function passageKey(unit: UnitAddress): string {
  return unit.kind === 'faq' ? unit.id : `${unit.kind}:${unit.group}#${unit.order}`;
}

export interface KnowledgeCatalog {
  /**
   * The source reference for an article group, rules id or FAQ id (looked up in that order): the title in `lang`,
   * else English, else Chinese; `date` when given (the date the cited facts hold from), else the source's own.
   * Undefined for an id the knowledge does not hold.
   */
  sourceRef(id: string, lang: Lang, date?: string): SourceRef | undefined;
  /**
   * The date an FAQ answer shows for an article it cites: that article's own newest section date not after the
   * answer's as-of date (the facts the answer can rest on), not the answer's date stamped on every article.
   */
  citedDate(group: string, asOf: string): string;
}

interface Entry {
  titles: Partial<Record<Lang, string>>;
  dates: Partial<Record<Lang, string>>;
  url?: string;
}

const pickLang = <T>(byLang: Partial<Record<Lang, T>>, lang: Lang): T | undefined =>
  byLang[lang] ?? byLang.en ?? byLang.zh ?? Object.values(byLang)[0];

export function createCatalog(kb: KnowledgeBase): KnowledgeCatalog {
  const articles = new Map<string, Entry>();
  const sectionDates = new Map<string, Set<string>>();
  for (const a of kb.articles) {
    // The link is the first source's of the group's first file: every language version cites the same sources.
    const entry = articles.get(a.group) ?? { titles: {}, dates: {}, ...(a.sources[0]?.url ? { url: a.sources[0].url } : {}) };
    entry.titles[a.lang] = a.title;
    entry.dates[a.lang] = a.effective;
    articles.set(a.group, entry);
    const dates = sectionDates.get(a.group) ?? new Set<string>();
    for (const sec of a.sections) dates.add(sec.asOf ?? a.effective);
    sectionDates.set(a.group, dates);
  }
  const rules = new Map<string, Entry>();
  for (const r of kb.rulesPassages) {
    const entry = rules.get(r.id) ?? { titles: {}, dates: {} };
    entry.titles[r.lang] = r.title;
    entry.dates[r.lang] = r.date;
    rules.set(r.id, entry);
  }
  const faq = new Map(kb.faq.map((f) => [f.id, f]));

  return {
    sourceRef(id, lang, date) {
      const entry = articles.get(id) ?? rules.get(id);
      if (entry) {
        const title = pickLang(entry.titles, lang) ?? id;
        return { id, title, date: date ?? pickLang(entry.dates, lang) ?? '', ...(entry.url ? { url: entry.url } : {}) };
      }
      const f = faq.get(id);
      if (!f) return undefined;
      const firstQuestions = Object.fromEntries(Object.entries(f.questions).flatMap(([l, list]) => (list?.[0] ? [[l, list[0]]] : [])));
      return { id, title: pickLang(firstQuestions, lang) ?? id, date: date ?? f.asOf };
    },
    citedDate(group, asOf) {
      return [...(sectionDates.get(group) ?? [])].filter((d) => d <= asOf).sort().at(-1) ?? asOf;
    },
  };
}
