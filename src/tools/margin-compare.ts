// Views over the margin calculator for the chat reply: the same product in every market, and profit at several prices.
import type { MarginComparisonRow, PriceLadderRow } from '../contract/tool-result.js';
import { calculateMargin } from './margin.js';
import type { ToolOutcome } from './tool-error.js';
import type { Rules } from './rules.js';

const asRecord = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

export type { MarginComparisonRow, PriceLadderRow };

export type MarketComparison = ToolOutcome<{ rows: MarginComparisonRow[] }>;

/** The same product and costs in every market of the rules; each market uses its own VAT rate. */
export function compareMarkets(input: unknown, rules: Rules, only?: string[]): MarketComparison {
  const base = asRecord(input);
  if (!base) return calculateMargin(input, rules) as MarketComparison;
  const rows: MarginComparisonRow[] = [];
  for (const market of Object.keys(rules.markets.markets).filter((m) => !only?.length || only.includes(m))) {
    // A VAT rate given for one market would be wrong in the others.
    const { vatRate: _ignored, ...rest } = base;
    const outcome = calculateMargin({ ...rest, market }, rules);
    if (!outcome.ok) return outcome;
    const { ok: _ok, ...result } = outcome;
    rows.push({ market, result });
  }
  return { ok: true, rows };
}

export type PriceLadder = ToolOutcome<{ market: string; breakEvenPrice: number; rows: PriceLadderRow[] }>;

const DEFAULT_STEPS = [0.8, 0.9, 1, 1.1, 1.2, 1.3];

/** Profit at several list prices (default: -20% to +30% around the given price). */
export function buildPriceLadder(input: unknown, rules: Rules, prices?: number[]): PriceLadder {
  const first = calculateMargin(input, rules);
  if (!first.ok) return first;
  const base = asRecord(input) ?? {};
  const ladder =
    prices ?? DEFAULT_STEPS.map((s) => Math.round(first.inputs.listPrice * s * 100) / 100).filter((p) => p > 0);
  const unique = [...new Set(ladder)].sort((a, b) => a - b);
  const rows: PriceLadderRow[] = [];
  for (const listPrice of unique) {
    const outcome = calculateMargin({ ...base, listPrice }, rules);
    if (!outcome.ok) return outcome;
    rows.push({ listPrice: outcome.inputs.listPrice, profit: outcome.profit, margin: outcome.margin });
  }
  return { ok: true, market: first.market, breakEvenPrice: first.breakEvenPrice, rows };
}
