import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { readCacheJson, removeStaleCacheFiles, writeCacheFile } from '../cache/cache-files.js';
import { hashSourceDir } from '../cache/hash-source-dir.js';
import { describeZodIssues, parseArticle } from './parse-article.js';
import { faqEntrySchema, glossaryEntrySchema, knowledgeMetaSchema, type FaqEntry, type GlossaryEntry } from './schemas.js';
import type { Article, KnowledgeBase, KnowledgeProblem, RulesPassage } from './types.js';

export interface LoadKnowledgeDeps {
  /** Turns knowledge/rules into passages for retrieval (the tools own the rules schema). */
  describeRules?: (rulesDir: string) => Promise<RulesPassage[]>;
  /**
   * Where the parsed files are kept, keyed by their content and this folder's code: a start with an unchanged base
   * reads them back instead of parsing the YAML again (most of what a start cost). Rules passages are always fresh.
   */
  cacheDir?: string;
}

/** Everything parsed from the files (the rules passages aside), as kept in `cacheDir`. */
interface ParsedKnowledge {
  articles: Article[];
  faq: FaqEntry[];
  glossary: GlossaryEntry[];
  reviewed?: string;
  problems: KnowledgeProblem[];
}

export interface LoadKnowledgeResult {
  kb: KnowledgeBase;
  problems: KnowledgeProblem[];
}

export class KnowledgeLoadError extends Error {
  override name = 'KnowledgeLoadError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * Reads and validates the knowledge base. A broken file is reported with its path and field and skipped,
 * so one typo from a community manager never takes the whole bot down.
 */
export async function loadKnowledge(dir: string, deps: LoadKnowledgeDeps = {}): Promise<LoadKnowledgeResult> {
  const hash = createHash('sha256');
  const rel = (p: string) => relative(process.cwd(), p) || p;

  const readAll = async (sub: string, ext: string) => {
    const files = await listFiles(join(dir, sub), ext);
    const out: Array<{ path: string; text: string }> = [];
    for (const path of files) {
      const text = await readFile(path, 'utf8');
      hash.update(`${relative(dir, path)}\0${text}\0`);
      out.push({ path: rel(path), text });
    }
    return out;
  };

  // Every file is read (and hashed, in this order) before any is parsed, so an unchanged base can skip the parsing.
  const articleFiles = await readAll('articles', '.md');
  const faqFiles = await readAll('faq', '.yaml');
  const glossaryFile = join(dir, 'glossary.yaml');
  const glossaryText = await readFile(glossaryFile, 'utf8').catch(() => null);
  if (glossaryText !== null) hash.update(`glossary\0${glossaryText}\0`);
  const metaFile = join(dir, 'meta.yaml');
  const metaText = await readFile(metaFile, 'utf8').catch(() => null);
  if (metaText !== null) hash.update(`meta\0${metaText}\0`);
  if (deps.describeRules) {
    for (const { text, path } of await readAll('rules', '.yaml')) hash.update(`${path}\0${text}\0`);
  }
  const digest = hash.digest('hex').slice(0, 16);

  const cacheKey = deps.cacheDir
    ? createHash('sha256')
        .update(JSON.stringify([digest, resolve(dir), process.cwd(), await hashSourceDir(import.meta.url)]))
        .digest('hex')
        .slice(0, 16)
    : '';
  const cacheFile = deps.cacheDir ? join(deps.cacheDir, `${CACHE_PREFIX}${cacheKey}.json`) : '';
  let parsed = deps.cacheDir ? await readCacheJson<ParsedKnowledge>(cacheFile) : null;
  if (!parsed) {
    parsed = parseKnowledgeFiles({ articleFiles, faqFiles, glossaryText, glossaryPath: rel(glossaryFile), metaText, metaPath: rel(metaFile) });
    if (deps.cacheDir) {
      const cacheDir = deps.cacheDir;
      // Only saves time: a read-only or full disk costs the next start its speed, nothing else.
      await writeCacheFile(cacheFile, JSON.stringify(parsed))
        .then(() => removeStaleCacheFiles(cacheDir, CACHE_PREFIX, cacheKey))
        .catch(() => undefined);
    }
  }
  const problems = [...parsed.problems];

  let rulesPassages: RulesPassage[] = [];
  if (deps.describeRules) {
    try {
      rulesPassages = await deps.describeRules(join(dir, 'rules'));
    } catch (error) {
      problems.push({ path: rel(join(dir, 'rules')), field: '(rules)', message: (error as Error).message });
    }
  }

  const { articles, faq, glossary, reviewed } = parsed;
  return { kb: { articles, faq, glossary, rulesPassages, reviewed, hash: digest }, problems };
}

const CACHE_PREFIX = 'knowledge-';

function parseKnowledgeFiles(files: {
  articleFiles: Array<{ path: string; text: string }>;
  faqFiles: Array<{ path: string; text: string }>;
  glossaryText: string | null;
  glossaryPath: string;
  metaText: string | null;
  metaPath: string;
}): ParsedKnowledge {
  const problems: KnowledgeProblem[] = [];
  const articles: Article[] = [];
  for (const { path, text } of files.articleFiles) {
    const result = parseArticle(path, text);
    if (result.ok) articles.push(result.article);
    else problems.push(...result.problems);
  }
  checkDuplicateArticles(articles, problems);

  const faq: FaqEntry[] = [];
  const faqIds = new Set<string>();
  for (const { path, text } of files.faqFiles) {
    for (const [i, item] of parseYamlList(path, text, problems).entries()) {
      const parsed = faqEntrySchema.safeParse(item);
      if (!parsed.success) {
        problems.push(...describeZodIssues(`${path}[${i}]`, parsed.error));
        continue;
      }
      if (faqIds.has(parsed.data.id)) {
        problems.push({ path: `${path}[${i}]`, field: 'id', message: `duplicate FAQ id ${parsed.data.id}` });
        continue;
      }
      faqIds.add(parsed.data.id);
      faq.push(parsed.data);
    }
  }
  const groups = new Set(articles.map((a) => a.group));
  for (const entry of faq) {
    for (const source of entry.sources) {
      if (!groups.has(source)) {
        problems.push({ path: `faq:${entry.id}`, field: 'sources', message: `unknown article id ${source}` });
      }
    }
  }

  const glossary: GlossaryEntry[] = [];
  if (files.glossaryText !== null) {
    for (const [i, item] of parseYamlList(files.glossaryPath, files.glossaryText, problems).entries()) {
      const parsed = glossaryEntrySchema.safeParse(item);
      if (parsed.success) glossary.push(parsed.data);
      else problems.push(...describeZodIssues(`${files.glossaryPath}[${i}]`, parsed.error));
    }
  }

  let reviewed: string | undefined;
  if (files.metaText !== null) {
    try {
      const parsed = knowledgeMetaSchema.safeParse(parseYaml(files.metaText));
      if (parsed.success) reviewed = parsed.data.reviewed;
      else problems.push(...describeZodIssues(files.metaPath, parsed.error));
    } catch (error) {
      problems.push({ path: files.metaPath, field: '(yaml)', message: `invalid YAML: ${(error as Error).message}` });
    }
  }
  if (reviewed) {
    // A base-wide review counts for every article that does not carry a later date of its own.
    for (const a of articles) if (a.verified < reviewed) a.verified = reviewed;
  }
  return { articles, faq, glossary, ...(reviewed ? { reviewed } : {}), problems };
}

function parseYamlList(path: string, text: string, problems: KnowledgeProblem[]): unknown[] {
  try {
    const data: unknown = parseYaml(text);
    const list = z.array(z.unknown()).safeParse(data ?? []);
    if (list.success) return list.data;
    problems.push({ path, field: '(root)', message: 'expected a YAML list' });
  } catch (error) {
    problems.push({ path, field: '(yaml)', message: `invalid YAML: ${(error as Error).message}` });
  }
  return [];
}

function checkDuplicateArticles(articles: Article[], problems: KnowledgeProblem[]): void {
  const seen = new Map<string, string>();
  for (const a of articles) {
    const key = `${a.group}.${a.lang}`;
    const first = seen.get(key);
    if (first) problems.push({ path: a.path, field: 'id', message: `${key} is also defined in ${first}` });
    else seen.set(key, a.path);
  }
}

async function listFiles(dir: string, ext: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => join(dir, e.name))
    .sort();
}
