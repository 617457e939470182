import type { Lang } from '../contract/types.js';
import type { ArticleSource, Confidence, FaqEntry, GlossaryEntry } from './schemas.js';

export interface ArticleSection {
  heading: string;
  text: string;
  uncertain: boolean;
  /** The date this section's facts hold from (its metadata line); the article's `effective` date otherwise. */
  asOf?: string;
  /** Keys of the frontmatter sources this section rests on. */
  sourceKeys?: string[];
}

export interface Article {
  group: string;
  lang: Lang;
  title: string;
  published: string;
  effective: string;
  confidence: Confidence;
  sources: ArticleSource[];
  tags: string[];
  /** Last date these facts were checked against their sources. */
  verified: string;
  /** What the article says is that something is not published (answered as a sourced abstention). */
  unknown?: boolean;
  sections: ArticleSection[];
  path: string;
}

/** A passage of rules text, produced from knowledge/rules for retrieval. */
export interface RulesPassage {
  id: string;
  lang: 'zh' | 'en';
  title: string;
  text: string;
  date: string;
}

export interface KnowledgeProblem {
  path: string;
  field: string;
  message: string;
}

export interface KnowledgeBase {
  articles: Article[];
  faq: FaqEntry[];
  glossary: GlossaryEntry[];
  rulesPassages: RulesPassage[];
  /** knowledge/meta.yaml: when the base as a whole was last reviewed. */
  reviewed?: string;
  /** Content hash of every file read: the vector index is rebuilt when it changes. */
  hash: string;
}
