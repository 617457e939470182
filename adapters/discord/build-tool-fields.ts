import type { APIEmbedField } from 'discord.js';
import { z } from 'zod';
import { formatEuro, formatPercent } from './format-numbers.js';
import { uiText } from './ui-text.js';
import type { Lang, ToolName } from '../../src/index.js';

// The core hands tool results over as `unknown`; these schemas read only what the embed shows, and anything else
// (a missing-fields prompt, a market comparison) simply gets no fields: the core's text still says it all.
const eligibilitySchema = z.object({
  verdict: z.enum(['eligible', 'ineligible', 'incomplete', 'uncertain']),
  checks: z.array(z.object({ id: z.string(), passed: z.boolean().nullable() })),
});

const marginSchema = z.object({
  ok: z.literal(true),
  market: z.string(),
  profit: z.number(),
  margin: z.number(),
  breakEvenPrice: z.number(),
});

const mark = (passed: boolean | null): string => (passed === null ? '❔' : passed ? '✅' : '❌');

export function buildToolFields(tool: ToolName | null, result: unknown, lang: Lang): APIEmbedField[] {
  const t = uiText(lang);
  if (tool === 'eligibility') {
    const parsed = eligibilitySchema.safeParse(result);
    if (!parsed.success) return [];
    const { verdict, checks } = parsed.data;
    const names = t.checkNames as Record<string, string>;
    return [
      { name: t.verdict, value: t.verdicts[verdict], inline: true },
      { name: t.checks, value: checks.map((c) => `${mark(c.passed)} ${names[c.id] ?? c.id}`).join('\n'), inline: true },
    ];
  }
  if (tool === 'margin') {
    const parsed = marginSchema.safeParse(result);
    if (!parsed.success) return [];
    const m = parsed.data;
    return [
      { name: `${t.profit} (${m.market})`, value: formatEuro(m.profit, lang), inline: true },
      { name: t.margin, value: formatPercent(m.margin, lang), inline: true },
      { name: t.breakEven, value: formatEuro(m.breakEvenPrice, lang), inline: true },
    ];
  }
  return [];
}
