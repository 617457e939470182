import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { articleFrontmatterSchema } from './schemas.js';
import type { Article, ArticleSection, KnowledgeProblem } from './types.js';

export type ParseArticleResult = { ok: true; article: Article } | { ok: false; problems: KnowledgeProblem[] };

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;
const UNCERTAIN_MARK = /\s*\[(uncertain|未确认|不确定)\]\s*$/i;
/** `<!-- asOf: 2025-08-18; sources: key-a, key-b -->`: the section's own date and the frontmatter sources it rests on. */
const SECTION_META = /^<!--\s*asOf:\s*(\d{4}-\d{2}-\d{2})\s*(?:;\s*sources:\s*([^>]*?))?\s*-->$/;

export function parseArticle(path: string, source: string): ParseArticleResult {
  const match = FRONTMATTER.exec(source);
  if (!match) return { ok: false, problems: [{ path, field: 'frontmatter', message: 'missing --- frontmatter block' }] };
  let data: unknown;
  try {
    data = parseYaml(match[1]!);
  } catch (error) {
    return { ok: false, problems: [{ path, field: 'frontmatter', message: `invalid YAML: ${(error as Error).message}` }] };
  }
  const parsed = articleFrontmatterSchema.safeParse(data);
  if (!parsed.success) return { ok: false, problems: describeZodIssues(path, parsed.error) };
  const sections = splitSections(match[2]!);
  if (sections.length === 0) return { ok: false, problems: [{ path, field: 'body', message: 'no text' }] };
  const fm = parsed.data;
  return {
    ok: true,
    article: {
      group: fm.id,
      lang: fm.lang,
      title: fm.title,
      published: fm.published,
      effective: fm.effective,
      confidence: fm.confidence,
      sources: fm.sources,
      tags: fm.tags,
      verified: fm.verified ?? fm.published,
      unknown: fm.unknown,
      sections,
      path,
    },
  };
}

/** Sections are the retrieval chunks: an intro (if any) and each `## ` heading with its paragraph(s). */
function splitSections(body: string): ArticleSection[] {
  const sections: ArticleSection[] = [];
  let heading = '';
  let lines: string[] = [];
  const flush = () => {
    let asOf: string | undefined;
    let sourceKeys: string[] | undefined;
    const kept = lines.filter((line) => {
      const meta = SECTION_META.exec(line.trim());
      if (!meta) return true;
      asOf = meta[1];
      sourceKeys = meta[2]?.split(',').map((k) => k.trim()).filter(Boolean);
      return false;
    });
    const text = kept.join('\n').trim();
    if (text) {
      const uncertain = UNCERTAIN_MARK.test(heading);
      sections.push({
        heading: heading.replace(UNCERTAIN_MARK, '').trim(),
        text,
        uncertain,
        ...(asOf ? { asOf } : {}),
        ...(sourceKeys?.length ? { sourceKeys } : {}),
      });
    }
    lines = [];
  };
  for (const line of body.split(/\r?\n/)) {
    const h = /^#{1,3}\s+(.*)$/.exec(line);
    if (h) {
      flush();
      heading = h[1]!.trim();
    } else {
      lines.push(line);
    }
  }
  flush();
  return sections;
}

export function describeZodIssues(path: string, error: z.ZodError): KnowledgeProblem[] {
  return error.issues.map((issue) => ({
    path,
    field: issue.path.join('.') || '(root)',
    message: issue.message,
  }));
}
