// Decides whether a chat message is a tool question and answers it, in the asker's language: margin when it gives a
// price plus a cost (or asks about profit, or the message analysis says a question wants a margin), eligibility when
// the seller states at least two facts about themselves (or one the sources leave open, or a question asks for a
// verdict). General questions ("本地托管需要什么条件") return null so the FAQ answers them. Numbers the parsers could
// not use are named back in the reply, never dropped.
import type { ToolReply, ToolRouter, ToolWants } from '../contract/ports.js';
import type { MarginRequiredField, MarginToolResult } from '../contract/tool-result.js';
import type { Lang, SourceRef } from '../contract/types.js';
import { checkEligibility } from './eligibility.js';
import { buildPriceLadder, compareMarkets } from './margin-compare.js';
import type { MarginInput } from './margin-schema.js';
import { calculateMargin, Dec } from './margin.js';
import { MENTIONS_VAT, parseEligibilityText } from './parse-eligibility-text.js';
import { parseMarginText, type ParsedMarginText } from './parse-margin-text.js';
import { renderCaseVat, renderEligibility, renderEligibilityUnread, renderPlaceGuess } from './render-eligibility.js';
import {
  nameMarginField,
  renderComparison,
  renderLadder,
  renderMargin,
  renderMarginError,
  renderMarginMissing,
  renderMarginRejected,
} from './render-margin.js';
import { findNumberTokens } from './text-numbers.js';
import type { Rules } from './rules.js';
import { createFmt, toolTexts } from './texts/index.js';

// The pipeline's port (src/contract/ports.ts) is the contract; this router is its implementation.
export type { ToolReply, ToolRouter } from '../contract/ports.js';

const REQUIRED_MARGIN_FIELDS: readonly MarginRequiredField[] = ['listPrice', 'market', 'unitCost'];
const PERCENT_FIELDS = new Set(['commissionRate', 'affiliateRate', 'sellerDiscount', 'adsRate', 'platformSubsidy', 'returnRate', 'vatRate', 'targetMargin']);

function marketSource(rules: Rules, market: string, lang: Lang): SourceRef[] {
  const profile = rules.markets.markets[market];
  if (!profile) return [];
  return [
    {
      id: `rules-market-${market.toLowerCase()}`,
      title: toolTexts(lang).margin.sourceTitle(createFmt(lang).country(market)),
      date: profile.commission.asOf > profile.vat.asOf ? profile.commission.asOf : profile.vat.asOf,
    },
  ];
}

function eligibilitySource(rules: Rules, lang: Lang): SourceRef[] {
  const e = rules.eligibility;
  return [{ id: e.id, title: createFmt(lang).rule(e.title), date: e.asOf }];
}

function describeIgnored(parsed: ParsedMarginText, lang: Lang): string[] {
  const m = toolTexts(lang).margin;
  return parsed.ignored.map(({ field, text }) => m.ignored(nameMarginField(field, lang), text, PERCENT_FIELDS.has(field) ? 'percent' : 'amount'));
}

/**
 * Numbers nobody could place, named back with the fields they might be ("I did not understand '15%': creator
 * commission or ads?"); the ignored and rejected ones have their own note.
 */
function describeUnread(parsed: ParsedMarginText, lang: Lang): string[] {
  const explained = new Set([...parsed.ignored.map((i) => i.text), ...(parsed.rejected ?? []).map((r) => r.text), ...(parsed.setAside ?? []).map((r) => r.text)]);
  // One number said twice (a follow-up read with the question it changes) is named once.
  const unplaced = [...new Set((parsed.unread ?? []).filter((t) => !explained.has(t)))];
  if (unplaced.length === 0) return [];
  return [
    toolTexts(lang).margin.unread(
      unplaced.map((text) => {
        const kind = findNumberTokens(text)[0]?.kind;
        return { text, kind: kind === 'percent' ? 'percent' : kind === 'quantity' ? 'quantity' : 'amount' };
      }),
    ),
  ];
}

/** A second value for one field: named back with the value that was used instead. */
function describeSetAside(parsed: ParsedMarginText, lang: Lang): string[] {
  return (parsed.setAside ?? []).map(({ field, text, kept }) => toolTexts(lang).margin.setAside(nameMarginField(field, lang), text, kept));
}

function describeShipping(parsed: ParsedMarginText, lang: Lang): string[] {
  return (parsed.shippingAsBuyer ?? []).map((text) => toolTexts(lang).margin.shippingAsBuyer(text));
}

/** Fields given directly (the /margin key=value form, a Discord command's options): nothing to infer from text. */
export function marginFields(input: Record<string, unknown>): ParsedMarginText {
  return {
    input: input as Partial<MarginInput>,
    found: Object.keys(input) as Array<keyof MarginInput>,
    asksProfit: true,
    asksComparison: false,
    asksLadder: false,
    priceExcludesVat: false,
    ignored: [],
    used: [],
    unread: [],
    rejected: [],
    shippingAsBuyer: [],
  };
}

/**
 * The margin reply for parsed input, whatever asked for it (chat text routed here, a /margin command): one follow-up
 * listing what is missing, a polite error naming a bad field, or the breakdown (with comparison or ladder if asked).
 */
export function replyToMargin(parsed: ParsedMarginText, rules: Rules, lang: Lang): ToolReply {
  const rejected = parsed.rejected ?? [];
  // A comparison runs every market, so it needs no market of its own.
  const missing = REQUIRED_MARGIN_FIELDS.filter((f) => parsed.input[f] === undefined && !(f === 'market' && parsed.asksComparison));
  if (rejected.length > 0) {
    // "cost -8", "price 1e308", "returns -5%": never made positive or dropped; the seller is asked to send it again.
    const first = rejected[0];
    const stillMissing = missing.filter((f) => !rejected.some((r) => r.field === f));
    return {
      tool: 'margin',
      toolResult: {
        kind: 'margin-error',
        ok: false,
        error: { field: first.field ?? 'input', code: 'invalid', detail: first.problem, message: `${first.field ?? 'input'} "${first.text}" cannot be used: ${first.problem}`, received: first.text },
        rejected,
      },
      text: [renderMarginRejected(rejected, lang), ...(stillMissing.length ? [renderMarginMissing(stillMissing, lang)] : []), ...describeUnread(parsed, lang)].join('\n'),
      sources: [],
      needsMore: true,
    };
  }
  if (missing.length > 0) {
    // A market not chosen yet: the seller still gets the figures of the markets in question while the reply asks.
    const preview = missing.length === 1 && missing[0] === 'market' && parsed.marketOpen ? compareMarkets(parsed.input, rules, parsed.marketOpen.length ? parsed.marketOpen : undefined) : undefined;
    const shown = preview?.ok ? preview : undefined;
    return {
      tool: 'margin',
      toolResult: { kind: 'margin-missing', ok: false, missing, parsed: parsed.input, ...(shown ? { comparison: shown.rows } : {}) },
      text: [renderMarginMissing(missing, lang), ...describeUnread(parsed, lang), ...(shown ? ['', toolTexts(lang).margin.previewWhileOpen, renderComparison(shown, lang)] : [])].join('\n'),
      sources: shown ? shown.rows.flatMap((r) => marketSource(rules, r.market, lang)) : [],
      needsMore: true,
    };
  }
  const input: Partial<MarginInput> = { ...parsed.input };
  if (input.market === undefined) return routeComparisonOnly(input, rules, lang);
  const notes = [...describeIgnored(parsed, lang), ...describeShipping(parsed, lang), ...describeSetAside(parsed, lang), ...describeUnread(parsed, lang)];
  const market = String(input.market);
  const profile = rules.markets.markets[market];
  if (parsed.priceExcludesVat && profile && input.listPrice !== undefined) {
    // The calculator takes VAT-inclusive prices: gross the net price up at the VAT rate in use.
    const vat = input.vatRate ?? profile.vat.standard;
    const gross = new Dec(input.listPrice).mul(new Dec(1).plus(vat)).toDecimalPlaces(2).toNumber();
    const f = createFmt(lang);
    notes.push(toolTexts(lang).margin.grossedUp(f.euro(input.listPrice), f.rate(vat), f.euro(gross)));
    input.listPrice = gross;
  }
  const outcome = calculateMargin(input, rules);
  if (!outcome.ok) {
    return {
      tool: 'margin',
      toolResult: { kind: 'margin-error', ok: false, error: outcome.error },
      text: renderMarginError(outcome.error, lang),
      sources: [],
      needsMore: true,
    };
  }
  const parts = [renderMargin(outcome, lang, notes)];
  const toolResult: Extract<MarginToolResult, { kind: 'margin' }> = { kind: 'margin', ...outcome };
  if (parsed.asksComparison) {
    const comparison = compareMarkets(input, rules);
    if (comparison.ok) {
      parts.push(renderComparison(comparison, lang));
      toolResult.comparison = comparison.rows;
    }
  }
  if (parsed.asksLadder) {
    const ladder = buildPriceLadder(input, rules);
    if (ladder.ok) {
      parts.push(renderLadder(ladder, lang));
      toolResult.ladder = ladder.rows;
    }
  }
  return { tool: 'margin', toolResult, text: parts.join('\n\n'), sources: marketSource(rules, outcome.market, lang), needsMore: false };
}

function routeComparisonOnly(input: Partial<MarginInput>, rules: Rules, lang: Lang): ToolReply {
  const comparison = compareMarkets(input, rules);
  if (!comparison.ok) {
    return {
      tool: 'margin',
      toolResult: { kind: 'margin-error', ok: false, error: comparison.error },
      text: renderMarginError(comparison.error, lang),
      sources: [],
      needsMore: true,
    };
  }
  return {
    tool: 'margin',
    toolResult: { kind: 'margin-comparison', ok: true, rows: comparison.rows },
    text: renderComparison(comparison, lang),
    sources: comparison.rows.flatMap((r) => marketSource(rules, r.market, lang)),
    needsMore: false,
  };
}

export function createToolRouter(deps: { rules: Rules }): ToolRouter {
  const { rules } = deps;
  return {
    route(text: string, lang: Lang, wants: ToolWants = {}): ToolReply | null {
      const margin = parseMarginText(text);
      const costs = margin.found.filter((f) => f !== 'listPrice' && f !== 'market');
      const rejected = margin.rejected ?? [];
      // A price typed as "-29.99" or "NaN" is still a price given: the reply names it instead of ignoring it.
      const hasPrice = margin.input.listPrice !== undefined || rejected.some((r) => r.field === 'listPrice');
      const asked = costs.length > 0 || margin.asksProfit || rejected.length > 0;
      if ((hasPrice && asked) || (wants.margin && (margin.found.length > 0 || rejected.length > 0))) {
        return replyToMargin(margin, rules, lang);
      }
      const eligibility = parseEligibilityText(text);
      if (eligibility.factCount === 0) return null;
      const result = checkEligibility(eligibility.facts, rules);
      // One fact is usually a general question the FAQ answers ("Can a Hong Kong company apply?"); one the sources
      // leave open (a warehouse in Ireland) would get a flat FAQ "yes", so the checker says what is not known.
      // "东莞公司…能不能报名本托？": asked for a verdict, one stated fact is enough to check and ask for the rest.
      if (eligibility.factCount >= 2 || wants.eligibility || result.checks.some((c) => c.status === 'uncertain')) {
        const unread = renderEligibilityUnread(eligibility.unread ?? [], lang);
        const notes = [eligibility.warehouseGuess ? renderPlaceGuess(eligibility.warehouseGuess, lang) : '', unread].filter(Boolean);
        return {
          tool: 'eligibility',
          toolResult: result,
          text: renderEligibility(result, lang, notes),
          sources: eligibilitySource(rules, lang),
          verdict: result.verdict,
          needsMore: result.verdict === 'incomplete',
        };
      }
      return null;
    },
    describeMarketVat(market, lang) {
      const vat = rules.markets.markets[market]?.vat;
      return vat ? toolTexts(lang).marketVat({ country: market, standard: vat.standard, reduced: vat.reduced ?? [], asOf: vat.asOf }, createFmt(lang)) : null;
    },
    applyToCase(text, lang) {
      // Only the VAT rule has a case to apply it to: the warehouse's country decides which VAT is needed.
      if (!MENTIONS_VAT.test(text)) return null;
      const { facts } = parseEligibilityText(text);
      const w = facts.warehouseCountry;
      if (!w || !rules.eligibility.warehouseCountries.includes(w)) return null;
      const vat = checkEligibility(facts, rules).checks.find((c) => c.id === 'vat-warehouse');
      const meets = vat?.status === 'pass' ? true : vat?.status === 'fail' ? false : undefined;
      return renderCaseVat({ warehouse: w, have: facts.vatCountries?.filter((c) => c !== w) ?? [], meets }, lang);
    },
  };
}
