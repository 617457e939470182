import { z } from 'zod';
import { LANGS } from '../contract/types.js';

const isoDate = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD'));

export const confidenceSchema = z.enum(['confirmed', 'reported', 'uncertain']);
export type Confidence = z.infer<typeof confidenceSchema>;

export const langSchema = z.enum(LANGS);

export const sourceSchema = z.object({
  /** Referenced by sections' metadata lines (`sources: key`). */
  key: z.string().regex(/^[a-z0-9-]+$/, 'source keys are kebab-case').optional(),
  title: z.string().min(1),
  date: isoDate,
  url: z.string().url().optional(),
});
export type ArticleSource = z.infer<typeof sourceSchema>;

export const articleFrontmatterSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'ids are kebab-case'),
  lang: langSchema,
  title: z.string().min(1),
  published: isoDate,
  effective: isoDate,
  confidence: confidenceSchema,
  sources: z.array(sourceSchema).min(1),
  tags: z.array(z.string()).default([]),
  /** When someone last checked these facts still hold; knowledge/meta.yaml's `reviewed` otherwise. */
  verified: isoDate.optional(),
  /** The article lists what is not published: an answer from it is a sourced "I don't know" with a handover. */
  unknown: z.boolean().default(false),
});
export type ArticleFrontmatter = z.infer<typeof articleFrontmatterSchema>;

const perLang = <T extends z.ZodTypeAny>(item: T) =>
  z.object({
    zh: item,
    en: item,
    de: item.optional(),
    fr: item.optional(),
    it: item.optional(),
    es: item.optional(),
  });

export const faqEntrySchema = z.object({
  id: z.string().regex(/^faq-[a-z0-9-]+$/, 'FAQ ids look like faq-…'),
  sources: z.array(z.string()).min(1),
  asOf: isoDate,
  confidence: confidenceSchema,
  unknown: z.boolean().default(false),
  verified: isoDate.optional(),
  questions: perLang(z.array(z.string().min(2)).min(1)),
  answer: perLang(z.string().min(5)),
  /**
   * `market-vat`: the answer is a table over the markets; a question about one market alone gets that market's line
   * from the rules' market profile instead (the same figures, one country).
   */
  narrowedBy: z.enum(['market-vat']).optional(),
  /**
   * One line per market for an answer that lists several ("德国站什么时候开的" → Germany's date, not both waves): a
   * question naming one of these markets alone gets that market's line, in its language where given.
   */
  /**
   * The answer speaks of every market it does not list too ("whether it will expand to other countries has not been
   * published"): a question naming another market ("dispo en Belgique ?") is still answered by it.
   */
  coversOtherMarkets: z.boolean().optional(),
  byMarket: z.record(z.string().regex(/^[A-Z]{2}$/, 'market codes look like DE'), perLang(z.string().min(5))).optional(),
  /**
   * Words (any language) one of which a question about this entry has: "will Local Hosting come to other countries?"
   * is about its expansion, "when did it go live, which countries?" is not, though their other words are the same.
   */
  onlyWhen: z.array(z.string().min(1)).min(1).optional(),
});
export type FaqEntry = z.infer<typeof faqEntrySchema>;

export const glossaryEntrySchema = z.object({
  zh: z.array(z.string().min(1)).default([]),
  en: z.array(z.string().min(1)).default([]),
  aliases: z.array(z.string().min(1)).default([]),
  /** `market`: a country or region; a question naming one is not answered by text that never mentions it. */
  kind: z.enum(['market', 'term']).default('term'),
  note: z.string().optional(),
});
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export const knowledgeMetaSchema = z.object({
  /** The date the whole knowledge base was last reviewed against its sources. */
  reviewed: isoDate,
  reviewedBy: z.string().optional(),
});
