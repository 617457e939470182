import type { Lang } from '../contract/types.js';
import { unitIds } from '../knowledge/create-catalog.js';
import type { FaqEntry } from '../knowledge/schemas.js';
import type { KnowledgeBase } from '../knowledge/types.js';

/** Something the bot can answer with: one FAQ entry, one article section or one rules passage. */
export interface RetrievalUnit {
  id: string;
  kind: 'faq' | 'article' | 'rules';
  /** Article group, FAQ id or rules id. */
  group: string;
  /** For passages, the language of the text; FAQ entries hold every language. */
  lang: Lang;
  title: string;
  heading: string;
  text: string;
  date: string;
  /** Last date the facts were checked. */
  verified: string;
  uncertain: boolean;
  /** A passage of an article about what is not published: answered as a sourced abstention, as unknown FAQ entries are. */
  unknown?: boolean;
  /** Article groups the unit rests on (for citations and evaluation). */
  sourceIds: string[];
  faq?: FaqEntry;
  /** Position of the section in its article (0 = intro or first section). */
  order: number;
}

/** A text to index; several may point to one unit (each FAQ paraphrase is its own document). */
export interface IndexDoc {
  id: string;
  unitId: string;
  text: string;
  /** A paraphrase of a question: matched against the whole question, not only its words. */
  isQuestion: boolean;
}

export function buildUnits(kb: KnowledgeBase): { units: RetrievalUnit[]; docs: IndexDoc[] } {
  const units: RetrievalUnit[] = [];
  const docs: IndexDoc[] = [];

  for (const article of kb.articles) {
    article.sections.forEach((section, n) => {
      const id = unitIds.article(article.group, article.lang, n);
      const uncertain = article.confidence === 'uncertain' || section.uncertain;
      units.push({
        id,
        kind: 'article',
        group: article.group,
        lang: article.lang,
        title: article.title,
        heading: section.heading,
        text: section.text,
        date: section.asOf ?? article.effective,
        verified: article.verified,
        uncertain,
        ...(article.unknown ? { unknown: true } : {}),
        sourceIds: [article.group],
        order: n,
      });
      docs.push({ id, unitId: id, text: `${article.title}\n${section.heading}\n${section.text}`, isQuestion: false });
    });
  }

  for (const entry of kb.faq) {
    const id = unitIds.faq(entry.id);
    units.push({
      id,
      kind: 'faq',
      group: entry.id,
      lang: 'zh',
      title: entry.questions.en[0] ?? entry.id,
      heading: '',
      text: entry.answer.en,
      date: entry.asOf,
      verified: [entry.verified, kb.reviewed, entry.asOf].filter((d): d is string => !!d).sort().at(-1)!,
      uncertain: entry.confidence === 'uncertain',
      sourceIds: entry.sources,
      faq: entry,
      order: 0,
    });
    let q = 0;
    for (const list of Object.values(entry.questions)) {
      for (const question of list ?? []) docs.push({ id: `${id}~q${q++}`, unitId: id, text: question, isQuestion: true });
    }
    for (const [lang, answer] of Object.entries(entry.answer)) {
      if (answer) docs.push({ id: `${id}~a.${lang}`, unitId: id, text: answer, isQuestion: false });
    }
  }

  for (const passage of kb.rulesPassages) {
    const id = unitIds.rules(passage.id, passage.lang);
    units.push({
      id,
      kind: 'rules',
      group: passage.id,
      lang: passage.lang,
      title: passage.title,
      heading: '',
      text: passage.text,
      date: passage.date,
      verified: [kb.reviewed, passage.date].filter((d): d is string => !!d).sort().at(-1)!,
      uncertain: false,
      sourceIds: [passage.id],
      order: 0,
    });
    docs.push({ id, unitId: id, text: `${passage.title}\n${passage.text}`, isQuestion: false });
  }

  return { units, docs };
}
