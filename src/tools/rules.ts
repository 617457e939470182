// Machine-readable rules (knowledge/rules/*.yaml): schemas, loader, and plain-text passages for retrieval.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { RulesPassage } from '../knowledge/types.js';

export const RULES_FILES = {
  eligibility: 'eligibility-local-hosting.yaml',
  markets: 'markets.yaml',
} as const;

// YAML 1.1 loaders turn 2026-01-16 into a Date; accept both so an editor's tool cannot break the file.
const dateSchema = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD'),
);
const countryCode = z.string().regex(/^[A-Z]{2}$/, 'must be an upper-case ISO 3166 code');
const rate = z.number().min(0).lt(1);
// zh and en are required; the other reply languages fall back to en where a file does not give them.
const localized = z.object({
  zh: z.string().min(1),
  en: z.string().min(1),
  de: z.string().min(1).optional(),
  fr: z.string().min(1).optional(),
  it: z.string().min(1).optional(),
  es: z.string().min(1).optional(),
});

const RuleSourceSchema = z.object({
  title: z.string().min(1),
  date: dateSchema.optional(),
  url: z.string().url().optional(),
});

const EligibilityRulesSchema = z.object({
  id: z.string().min(1),
  program: z.string().min(1),
  title: localized,
  asOf: dateSchema,
  confidence: z.enum(['confirmed', 'reported', 'uncertain']),
  sources: z.array(RuleSourceSchema).min(1),
  markets: z.array(countryCode).min(1),
  entityCountries: z.array(countryCode).min(1),
  requireEuStock: z.boolean(),
  warehouseCountries: z.array(countryCode).min(1),
  /** Europe outside the EU: stock there is in Europe, but not in a warehouse that qualifies. */
  europeOutsideEu: z.array(countryCode).default([]),
  /** Warehouse countries a reply names as examples when the stock has to move. */
  exampleWarehouseCountries: z.array(countryCode).min(1).optional(),
  requireVatInWarehouseCountry: z.boolean(),
  invitationOnly: z.boolean(),
  entrySteps: z.array(localized).min(1),
});

const MarketProfileSchema = z.object({
  name: localized,
  currency: z.literal('EUR'),
  vat: z.object({
    standard: rate,
    reduced: z.array(rate),
    asOf: dateSchema,
    sources: z.array(RuleSourceSchema).min(1),
  }),
  commission: z.object({
    default: rate,
    asOf: dateSchema,
    previous: rate.optional(),
    base: localized,
    electronics: rate.optional(),
    newSeller: z.object({ rate, days: z.number().int().positive() }).optional(),
    sources: z.array(RuleSourceSchema).min(1),
  }),
});

const MarketsRulesSchema = z.object({
  id: z.string().min(1),
  title: localized,
  markets: z.record(countryCode, MarketProfileSchema).refine((m) => Object.keys(m).length > 0, 'needs at least one market'),
});

export type RuleSource = z.infer<typeof RuleSourceSchema>;
export type EligibilityRules = Omit<z.infer<typeof EligibilityRulesSchema>, 'exampleWarehouseCountries'> & {
  exampleWarehouseCountries: string[];
};
export type MarketProfile = z.infer<typeof MarketProfileSchema>;
export type MarketsRules = z.infer<typeof MarketsRulesSchema>;

export interface Rules {
  eligibility: EligibilityRules;
  markets: MarketsRules;
}

export class RulesLoadError extends Error {
  override readonly name = 'RulesLoadError';
  constructor(
    message: string,
    readonly file: string,
    readonly field?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

async function loadRulesFile<T>(file: string, schema: z.ZodType<T, z.ZodTypeDef, unknown>): Promise<T> {
  let raw: unknown;
  try {
    raw = parseYaml(await readFile(file, 'utf8'));
  } catch (cause) {
    throw new RulesLoadError(`Cannot read rules file ${file}: ${(cause as Error).message}`, file, undefined, { cause });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.join('.') || '(root)';
    throw new RulesLoadError(`Invalid rules file ${file}: ${field}: ${issue.message}`, file, field, { cause: parsed.error });
  }
  return parsed.data;
}

/** Reads and validates the rules; throws RulesLoadError naming the file and field when one is broken. */
export async function loadRules(dir: string): Promise<Rules> {
  const [eligibility, markets] = await Promise.all([
    loadRulesFile(join(dir, RULES_FILES.eligibility), EligibilityRulesSchema),
    loadRulesFile(join(dir, RULES_FILES.markets), MarketsRulesSchema),
  ]);
  return { eligibility: { ...eligibility, exampleWarehouseCountries: eligibility.exampleWarehouseCountries ?? eligibility.markets }, markets };
}

export type { RulesPassage } from '../knowledge/types.js';

const pct = (r: number): string => `${Number((r * 100).toFixed(2))}%`;

function nameSources(sources: RuleSource[]): string {
  return sources.map((s) => (s.date ? `${s.title}, ${s.date}` : s.title)).join('; ');
}

function describeEligibility(e: EligibilityRules): RulesPassage[] {
  const zhSteps = e.entrySteps.map((s, i) => `${i + 1}. ${s.zh}`).join('；');
  const enSteps = e.entrySteps.map((s, i) => `${i + 1}. ${s.en}`).join('; ');
  const src = nameSources(e.sources);
  return [
    {
      id: 'rules-eligibility',
      lang: 'zh',
      title: e.title.zh,
      date: e.asOf,
      text:
        `本地托管（TikTok Shop 欧洲）入驻条件，截至${e.asOf}：覆盖站点 ${e.markets.join('、')}；` +
        `主体须为 ${e.entityCountries.join('、')}（德国、法国、意大利、西班牙、中国内地或中国香港）注册的公司；` +
        `货物须已在欧洲本土，并能入仓到单个欧盟国家的本地仓；须在入仓国注册VAT。` +
        `${e.invitationOnly ? '采用定邀入驻，符合条件也须经平台审核。' : ''}入驻流程：${zhSteps}。来源：${src}。`,
    },
    {
      id: 'rules-eligibility',
      lang: 'en',
      title: e.title.en,
      date: e.asOf,
      text:
        `Local Hosting (TikTok Shop EU) entry conditions as of ${e.asOf}: markets ${e.markets.join(', ')}; ` +
        `the selling entity must be registered in ${e.entityCountries.join(', ')} (Germany, France, Italy, Spain, mainland China or Hong Kong); ` +
        `stock must already be in Europe and deliverable into a local warehouse in a single EU member state; ` +
        `VAT must be registered in that warehouse country. ` +
        `${e.invitationOnly ? 'Entry is by invitation and platform review even when the conditions are met. ' : ''}` +
        `How to apply: ${enSteps}. Sources: ${src}.`,
    },
  ];
}

function describeMarket(code: string, m: MarketProfile): RulesPassage[] {
  const id = `rules-market-${code.toLowerCase()}`;
  const c = m.commission;
  const date = c.asOf > m.vat.asOf ? c.asOf : m.vat.asOf;
  const src = nameSources([...m.vat.sources, ...c.sources]);
  const reduced = m.vat.reduced.map(pct);
  const zhExtras = [
    c.previous !== undefined ? `此前为${pct(c.previous)}` : '',
    c.electronics !== undefined ? `指定电子产品${pct(c.electronics)}` : '',
    c.newSeller ? `${c.asOf}之后入驻的新商家最长${c.newSeller.days}天可享${pct(c.newSeller.rate)}` : '',
  ].filter(Boolean);
  const enExtras = [
    c.previous !== undefined ? `up from ${pct(c.previous)}` : '',
    c.electronics !== undefined ? `designated electronics ${pct(c.electronics)}` : '',
    c.newSeller ? `new sellers joining after ${c.asOf} can get ${pct(c.newSeller.rate)} for up to ${c.newSeller.days} days` : '',
  ].filter(Boolean);
  return [
    {
      id,
      lang: 'zh',
      title: `${m.name.zh}站市场参数（增值税、佣金）`,
      date,
      text:
        `TikTok Shop ${m.name.zh}（${code}）市场参数：币种${m.currency}；增值税标准税率${pct(m.vat.standard)}` +
        `${reduced.length ? `，低税率${reduced.join('、')}` : ''}（截至${m.vat.asOf}）；` +
        `平台佣金自${c.asOf}起为${pct(c.default)}，${c.base.zh}${zhExtras.length ? `；${zhExtras.join('；')}` : ''}。来源：${src}。`,
    },
    {
      id,
      lang: 'en',
      title: `${m.name.en} market profile (VAT, commission)`,
      date,
      text:
        `TikTok Shop ${m.name.en} (${code}) market profile: currency ${m.currency}; standard VAT ${pct(m.vat.standard)}` +
        `${reduced.length ? `, reduced ${reduced.join(', ')}` : ''} (as of ${m.vat.asOf}); ` +
        `platform commission ${pct(c.default)} from ${c.asOf}, ${c.base.en}${enExtras.length ? `; ${enExtras.join('; ')}` : ''}. Sources: ${src}.`,
    },
  ];
}

/** Plain-text passages (zh and en) stating the rules and market defaults with their dates, for the retrieval index. */
export function describeRules(rules: Rules): RulesPassage[] {
  return [
    ...describeEligibility(rules.eligibility),
    ...Object.entries(rules.markets.markets).flatMap(([code, m]) => describeMarket(code, m)),
  ];
}
