import type { KnowledgeBase, KnowledgeProblem } from './types.js';

export interface KnowledgeReport {
  errors: KnowledgeProblem[];
  warnings: KnowledgeProblem[];
}

const HAS_DATE = /\d{4}年|\b(19|20)\d{2}\b|\d{4}-\d{2}-\d{2}/;

/**
 * What a community manager must fix before a change goes live (errors) and what deserves a look (warnings):
 * broken files, missing language versions, sections that state facts without a date, facts not verified lately.
 */
export function checkKnowledge(
  kb: KnowledgeBase,
  loadProblems: KnowledgeProblem[],
  options: { now: Date; staleAfterDays: number; requiredLangs?: string[] },
): KnowledgeReport {
  const errors = [...loadProblems];
  const warnings: KnowledgeProblem[] = [];
  const required = options.requiredLangs ?? ['zh', 'en'];

  const langsByGroup = new Map<string, Set<string>>();
  for (const a of kb.articles) langsByGroup.set(a.group, (langsByGroup.get(a.group) ?? new Set()).add(a.lang));
  for (const [group, langs] of langsByGroup) {
    for (const lang of required) {
      if (!langs.has(lang)) errors.push({ path: `articles/${group}.${lang}.md`, field: 'lang', message: `missing the ${lang} version of ${group}` });
    }
  }

  const staleBefore = options.now.getTime() - options.staleAfterDays * 86_400_000;
  for (const a of kb.articles) {
    a.sections.forEach((s, i) => {
      if (!HAS_DATE.test(s.text)) warnings.push({ path: a.path, field: `section ${i + 1} (${s.heading || 'intro'})`, message: 'states facts without a date' });
    });
    if (Date.parse(a.verified) < staleBefore) {
      warnings.push({ path: a.path, field: 'verified', message: `last verified ${a.verified}, over ${options.staleAfterDays} days ago` });
    }
  }
  for (const f of kb.faq) {
    const verified = [f.verified, kb.reviewed, f.asOf].filter((d): d is string => !!d).sort().at(-1)!;
    if (Date.parse(verified) < staleBefore) {
      warnings.push({ path: `faq:${f.id}`, field: 'verified', message: `last verified ${verified}, over ${options.staleAfterDays} days ago` });
    }
  }
  return { errors, warnings };
}
