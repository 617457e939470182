import { Decimal } from 'decimal.js';
import { DONT_KNOW } from './prompts.js';
import { extractFigures, type Figure } from './extract-figures.js';
import type { Passage } from './search-knowledge-tool.js';

/** What the model was given: an answer may rest on nothing else. */
export interface Evidence {
  passages: Passage[];
  /** Ids the answer may cite. */
  citable: ReadonlySet<string>;
  /** Raw results of the eligibility and margin tools (JSON text). */
  toolOutputs: string[];
}

export type CheckFailure = 'empty' | 'no-citation' | 'unknown-citation' | 'unsupported-figure';

export type AnswerCheck =
  | { ok: true; text: string; cited: string[]; abstained: boolean }
  | { ok: false; reason: CheckFailure; detail: string };

// Bracketed words that are labels, not citations (the knowledge marks uncertain headings this way).
const NOT_CITATIONS = new Set(['uncertain', '不确定']);
const BRACKETS = /[[【]\s*([^\]】\n]{1,200}?)\s*[\]】]/gu;
const ID = /^[a-z0-9][a-z0-9._:#-]*$/i;

const ABSTAIN_PHRASES = [
  ...Object.values(DONT_KNOW),
  '不知道',
  'i do not know',
  'ich weiss es nicht',
  'no lo se',
].map((p) => p.toLowerCase());

const normalizeApostrophes = (s: string) => s.replace(/[’‘`´]/g, "'");

/** Strips reasoning blocks some local models emit, which the seller must not see. */
export function stripReasoning(text: string): string {
  return text.replace(/<think>[\s\S]*?<\/think>/gi, '').trim();
}

export function extractCitations(text: string): string[] {
  const ids: string[] = [];
  for (const m of text.matchAll(BRACKETS)) {
    for (const part of m[1]!.split(/\s*[,，、;；]\s*/u)) {
      const id = part.trim();
      if (id && ID.test(id) && !NOT_CITATIONS.has(id.toLowerCase())) ids.push(id);
    }
  }
  return [...new Set(ids)];
}

/** The answer opens by saying it does not know, or says so and cites nothing. */
export function saysDontKnow(text: string, cited: number): boolean {
  const lower = normalizeApostrophes(text).toLowerCase();
  const opening = lower.replace(/^[\s"'“”「」*_>-]+/u, '');
  if (ABSTAIN_PHRASES.some((p) => opening.startsWith(p))) return true;
  return cited === 0 && ABSTAIN_PHRASES.some((p) => lower.includes(p));
}

/** Figures of a tool result: JSON numbers are read as numbers (a list "[0.09,0.2]" is not "0.09,0.2"), strings as text. */
export function figuresOfToolOutput(output: string): Figure[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(output);
  } catch {
    return extractFigures(output);
  }
  const figures: Figure[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'number' && Number.isFinite(value)) {
      const d = new Decimal(value).abs();
      figures.push({ kind: 'number', value: d, decimals: d.decimalPlaces(), raw: String(value) });
    } else if (typeof value === 'string') {
      figures.push(...extractFigures(value));
    } else if (Array.isArray(value)) {
      value.forEach(walk);
    } else if (value && typeof value === 'object') {
      Object.values(value).forEach(walk);
    }
  };
  walk(parsed);
  return figures;
}

function isNumeric(f: Figure): f is Extract<Figure, { kind: 'percent' | 'money' | 'number' }> {
  return f.kind === 'percent' || f.kind === 'money' || f.kind === 'number';
}

/** Whether a figure of the answer appears among the evidence figures. */
function supported(figure: Figure, fromPassages: Figure[], fromTools: Figure[]): boolean {
  const all = [...fromPassages, ...fromTools];
  const dates = all.filter((f) => f.kind === 'date').map((f) => f.value as string);
  switch (figure.kind) {
    case 'date':
      return dates.includes(figure.value);
    case 'month':
      return dates.some((d) => d.startsWith(`${figure.value}-`)) || all.some((f) => f.kind === 'month' && f.value === figure.value);
    case 'monthday':
      return dates.some((d) => d.endsWith(`-${figure.value}`)) || all.some((f) => f.kind === 'monthday' && f.value === figure.value);
    case 'year':
      return all.some(
        (f) =>
          ((f.kind === 'date' || f.kind === 'month' || f.kind === 'year') && (f.value as string).startsWith(figure.value)) ||
          (isNumeric(f) && f.value.eq(figure.value)),
      );
    default: {
      const value = figure.value;
      // The low end of a range or the old value of a change never supports a figure stated alone: "the commission is
      // 1%" is not backed by "from 1% to 80%", nor "5%" by "rose from 5% to 9%".
      const usable = (f: Figure) => isNumeric(f) && (figure.rangeStart === true || f.rangeStart !== true);
      const exact = all.filter(usable).some((f) => (f as { value: Decimal }).value.eq(value));
      if (exact) return true;
      // A day of the month said alone ("16日" after naming the month).
      if (figure.kind === 'number' && value.isInteger() && value.lte(31) && dates.some((d) => new Decimal(d.slice(8)).eq(value))) return true;
      // Tool results carry rates as fractions (0.09) and unrounded figures: the answer may show them as 9% or rounded.
      const toolNumbers = fromTools.filter(isNumeric);
      const scaled = figure.kind === 'percent' ? toolNumbers.map((f) => ({ value: f.value.mul(100), decimals: Math.max(0, f.decimals - 2) })) : [];
      return [...toolNumbers, ...scaled].some(
        (f) => f.value.eq(value) || (f.decimals > figure.decimals && f.value.toDecimalPlaces(figure.decimals, Decimal.ROUND_HALF_UP).eq(value)),
      );
    }
  }
}

/**
 * Checks a model answer before it is sent: it cites only retrieved ids, cites something unless it says it does not
 * know, and every fee, rate, price, percentage or date in it appears in a retrieved passage or a tool result.
 */
export function checkAnswer(raw: string, evidence: Evidence): AnswerCheck {
  const text = stripReasoning(raw);
  if (!text) return { ok: false, reason: 'empty', detail: 'the model returned no text' };
  const cited = extractCitations(text);
  const abstained = saysDontKnow(text, cited.length);
  if (!abstained && cited.length === 0) return { ok: false, reason: 'no-citation', detail: 'the answer cites no passage' };
  const unknown = cited.filter((id) => !evidence.citable.has(id));
  if (unknown.length > 0) return { ok: false, reason: 'unknown-citation', detail: `cited ids not retrieved: ${unknown.join(', ')}` };

  // Citation ids are labels, not figures.
  const body = text.replace(BRACKETS, ' ');
  const fromPassages = evidence.passages.flatMap((p) => extractFigures(`${p.title}\n${p.date}\n${p.text}`));
  const fromTools = evidence.toolOutputs.flatMap(figuresOfToolOutput);
  const answerFigures = extractFigures(body).filter((f) => !(f.kind === 'number' && f.value.isInteger() && f.value.lt(10)));
  const unsupported = answerFigures.filter((f) => !supported(f, fromPassages, fromTools));
  if (unsupported.length > 0) {
    return { ok: false, reason: 'unsupported-figure', detail: `not in any passage or tool result: ${unsupported.map((f) => f.raw.trim()).join(', ')}` };
  }
  return { ok: true, text, cited, abstained };
}
