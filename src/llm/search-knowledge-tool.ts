import { tool } from '@langchain/core/tools';
import { z } from 'zod';
import type { Lang } from '../contract/types.js';
import { passageKey, twinId } from '../knowledge/create-catalog.js';
import type { RetrievalUnit } from '../retrieval/build-units.js';
import type { Retriever } from '../retrieval/create-retriever.js';

/** What the model sees of one retrieved unit. */
export interface Passage {
  /** The id to cite: the article group or rules id the text rests on. */
  id: string;
  title: string;
  /** The date the facts hold from (YYYY-MM-DD). */
  date: string;
  text: string;
  /** The knowledge marks the fact uncertain or not officially published. */
  uncertain: boolean;
}

export interface SearchRecord {
  query: string;
  passages: Passage[];
  /** Every id the passages rest on (an FAQ entry may rest on several articles): what the answer may cite. */
  citable: string[];
  units: RetrievalUnit[];
}

export interface SearchKnowledgeToolDeps {
  retriever: Retriever;
  /** The asker's language: FAQ answers and article versions are picked in it. */
  lang: Lang;
  /** Called with every search, so the answerer can check the answer against what was retrieved. */
  onSearch?: (record: SearchRecord) => void;
  k?: number;
}

export const SearchKnowledgeInputSchema = z.object({
  query: z.string().min(1).max(500).describe('What to look for, in any language (Chinese and English work best).'),
});

/** The passages for a query: the best distinct units, each in the asker's language where the knowledge has it. */
export async function searchPassages(
  retriever: Retriever,
  query: string,
  lang: Lang,
  k = 5,
): Promise<{ passages: Passage[]; citable: string[]; units: RetrievalUnit[] }> {
  const { candidates } = await retriever.retrieve(query, k * 4, { lang });
  const want: 'zh' | 'en' = lang === 'zh' ? 'zh' : 'en';
  const seen = new Set<string>();
  const units: RetrievalUnit[] = [];
  for (const { unit } of candidates) {
    // The language versions of a section are one passage for the model.
    const key = passageKey(unit);
    if (seen.has(key)) continue;
    seen.add(key);
    units.push(retriever.unit(twinId(unit, want)) ?? unit);
    if (units.length >= k) break;
  }
  const passages = units.map((unit) => toPassage(unit, lang));
  const citable = [...new Set(units.flatMap((u) => [u.group, ...u.sourceIds]))];
  return { passages, citable, units };
}

function toPassage(unit: RetrievalUnit, lang: Lang): Passage {
  if (unit.faq) {
    const faq = unit.faq;
    const pick = <T>(byLang: Partial<Record<Lang, T>>): T | undefined => byLang[lang] ?? (lang === 'zh' ? byLang.zh : byLang.en) ?? byLang.en;
    return {
      id: unit.sourceIds[0] ?? unit.group,
      title: pick(faq.questions)?.[0] ?? unit.title,
      date: faq.asOf,
      text: pick(faq.answer) ?? unit.text,
      uncertain: unit.uncertain || faq.unknown,
    };
  }
  return {
    id: unit.sourceIds[0] ?? unit.group,
    title: unit.heading ? `${unit.title} — ${unit.heading}` : unit.title,
    date: unit.date,
    text: unit.text,
    uncertain: unit.uncertain,
  };
}

export function createSearchKnowledgeTool(deps: SearchKnowledgeToolDeps) {
  return tool(
    async ({ query }): Promise<string> => {
      const found = await searchPassages(deps.retriever, query, deps.lang, deps.k ?? 5);
      deps.onSearch?.({ query, ...found });
      if (found.passages.length === 0) return JSON.stringify({ passages: [], note: 'Nothing found: say you do not know.' });
      return JSON.stringify({ passages: found.passages });
    },
    {
      name: 'search_knowledge',
      description:
        'Searches the curated knowledge base about TikTok Shop Europe Local Hosting (本地托管), Full Hosting (全托管), Brand Hosting (品牌托管), EU fees, VAT, compliance and launch dates. Returns JSON passages with id (cite it as [id]), title, date (as-of), text and uncertain.',
      schema: SearchKnowledgeInputSchema,
    },
  );
}
