import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { detectLang } from '../lang/detect-lang.js';

export const evalQuestionSchema = z.object({
  id: z.string(),
  /** A report label (zh, en, de, fr, it, es, mix); detected from the question when absent. */
  lang: z.string().optional(),
  question: z.string(),
  sources: z.array(z.string()).optional(),
  must: z.array(z.array(z.string())).optional(),
  abstain: z.boolean().optional(),
  tool: z.enum(['eligibility', 'margin']).optional(),
  verdict: z.string().optional(),
  /** Lines with the same chat and user are one conversation, in file order. */
  chat: z.string().optional(),
  user: z.string().optional(),
  /** single | first | followup | tool | switch: what kind of turn, for the per-kind report. */
  kind: z.string().optional(),
  /** The reply text itself must be in this language. */
  reply_lang: z.string().optional(),
  /** Strings the reply must not contain (context wrongly inherited). */
  must_not: z.array(z.string()).optional(),
  /** The reply asks the seller for a missing input (a tool follow-up question). */
  expect_ask: z.boolean().optional(),
});
export type EvalQuestion = z.infer<typeof evalQuestionSchema> & { lang: string };

export async function readEvalQuestions(path: string): Promise<EvalQuestion[]> {
  const text = await readFile(path, 'utf8');
  return text
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((line, i) => {
      const parsed = evalQuestionSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      return { ...parsed.data, lang: parsed.data.lang ?? detectLang(parsed.data.question) };
    });
}

// A loss written "-€4.40", "€-4.40" or "−4.40" is the figure "-4.40": the currency sign between the minus and the
// digits is no other number.
const squash = (s: string) =>
  s
    .toLowerCase()
    .replace(/[\s\u00a0\u202f]+/g, '')
    .replace(/−/g, '-')
    .replace(/-(?:€|eur)(?=\d)|(?:€|eur)-(?=\d)/g, '-');

/** "6.02" also matches "6,02": replies to de/fr/it/es sellers write decimal commas. */
const variants = (s: string) => (/^-?\d+\.\d+$/.test(s) ? [s, s.replace('.', ',')] : [s]);

/** Every group has at least one of its strings in the text (case- and space-insensitive). */
export function satisfiesMust(text: string, must: string[][] | undefined): boolean {
  const t = squash(text);
  return (must ?? []).every((group) => group.some((s) => variants(s).some((v) => t.includes(squash(v)))));
}

/** None of the strings is in the text. */
export function avoidsMustNot(text: string, mustNot: string[] | undefined): boolean {
  const t = squash(text);
  return (mustNot ?? []).every((s) => !t.includes(squash(s)));
}
