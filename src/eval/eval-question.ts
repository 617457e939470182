import { readFile } from 'node:fs/promises';
import { z } from 'zod';

export const evalQuestionSchema = z.object({
  id: z.string(),
  lang: z.string().default('en'),
  question: z.string(),
  sources: z.array(z.string()).optional(),
  must: z.array(z.array(z.string())).optional(),
  abstain: z.boolean().optional(),
  tool: z.enum(['eligibility', 'margin']).optional(),
  verdict: z.string().optional(),
});
export type EvalQuestion = z.infer<typeof evalQuestionSchema>;

export async function readEvalQuestions(path: string): Promise<EvalQuestion[]> {
  const text = await readFile(path, 'utf8');
  return text
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((line, i) => {
      const parsed = evalQuestionSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

const squash = (s: string) => s.toLowerCase().replace(/\s+/g, '');

/** Every group has at least one of its strings in the text (case- and space-insensitive). */
export function satisfiesMust(text: string, must: string[][] | undefined): boolean {
  const t = squash(text);
  return (must ?? []).every((group) => group.some((s) => t.includes(squash(s))));
}
