import { diffFigures, latestStatedDate } from './compare-figures.js';
import type { KnowledgeBase, KnowledgeProblem } from './types.js';

/** Languages every article and FAQ answer should be translated into (a missing one is a warning). */
const TRANSLATED_LANGS = ['de', 'fr', 'it', 'es'] as const;

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
  options: { now: Date; staleAfterDays: number; requiredLangs?: string[]; checkTranslations?: boolean },
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
  if (options.checkTranslations ?? true) warnings.push(...checkTwins(kb));
  for (const f of kb.faq) {
    const verified = [f.verified, kb.reviewed, f.asOf].filter((d): d is string => !!d).sort().at(-1)!;
    if (Date.parse(verified) < staleBefore) {
      warnings.push({ path: `faq:${f.id}`, field: 'verified', message: `last verified ${verified}, over ${options.staleAfterDays} days ago` });
    }
  }
  return { errors, warnings };
}

const describeDiff = (lang: string, d: { onlyInA: string[]; onlyInB: string[] }) =>
  [d.onlyInA.length ? `en states ${d.onlyInA.join(', ')} that ${lang} lacks` : '', d.onlyInB.length ? `${lang} states ${d.onlyInB.join(', ')} that en lacks` : '']
    .filter(Boolean)
    .join('; ');

/**
 * Each article section and FAQ answer against its English twin: a translation that is missing, or whose numbers,
 * percentages or dates differ, is a fact a seller in that language would get wrong. Also: a section without its own
 * date line, and an FAQ whose as-of date is older than a date its answer states.
 */
function checkTwins(kb: KnowledgeBase): KnowledgeProblem[] {
  const out: KnowledgeProblem[] = [];
  const byGroup = new Map<string, Map<string, (typeof kb.articles)[number]>>();
  for (const a of kb.articles) byGroup.set(a.group, (byGroup.get(a.group) ?? new Map()).set(a.lang, a));
  for (const [group, langs] of byGroup) {
    const en = langs.get('en');
    if (!en) continue;
    en.sections.forEach((s, i) => {
      if (!s.asOf) out.push({ path: en.path, field: `section ${i + 1} (${s.heading || 'intro'})`, message: 'has no date line of its own (<!-- asOf: … -->)' });
    });
    for (const lang of ['zh', ...TRANSLATED_LANGS]) {
      const twin = langs.get(lang);
      if (!twin) {
        if (lang !== 'zh') out.push({ path: `articles/${group}.${lang}.md`, field: 'lang', message: `missing the ${lang} translation of ${group}` });
        continue;
      }
      if (twin.sections.length !== en.sections.length) {
        out.push({ path: twin.path, field: 'sections', message: `${twin.sections.length} sections, the en twin has ${en.sections.length}` });
        continue;
      }
      twin.sections.forEach((s, i) => {
        const d = diffFigures(en.sections[i]!.text, s.text);
        if (d.onlyInA.length || d.onlyInB.length) out.push({ path: twin.path, field: `section ${i + 1} (${s.heading || 'intro'})`, message: `figures differ from en: ${describeDiff(lang, d)}` });
      });
    }
  }
  for (const f of kb.faq) {
    for (const lang of ['zh', ...TRANSLATED_LANGS] as const) {
      const text = f.answer[lang];
      if (!text) {
        out.push({ path: `faq:${f.id}`, field: `answer.${lang}`, message: `missing the ${lang} translation` });
        continue;
      }
      const d = diffFigures(f.answer.en, text);
      if (d.onlyInA.length || d.onlyInB.length) out.push({ path: `faq:${f.id}`, field: `answer.${lang}`, message: `figures differ from en: ${describeDiff(lang, d)}` });
    }
    const latest = latestStatedDate(f.answer.en);
    if (latest && latest > f.asOf) out.push({ path: `faq:${f.id}`, field: 'asOf', message: `as of ${f.asOf}, but the answer states a fact dated ${latest}` });
  }
  return out;
}
