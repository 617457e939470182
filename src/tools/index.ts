// Public API of the deterministic tools (eligibility checker, margin calculator) and their chat and CLI wiring.
export { loadRules, describeRules, RulesLoadError, RULES_FILES } from './rules.js';
export type { Rules, EligibilityRules, MarketsRules, MarketProfile, RuleSource, RulesPassage } from './rules.js';
export { EligibilityInputSchema, parseEligibilityInput, normalizeEligibilityInput } from './eligibility-schema.js';
export type { EligibilityInput, EligibilityInputRaw, EligibilityField } from './eligibility-schema.js';
export { checkEligibility } from './eligibility.js';
export type {
  EligibilityResult,
  EligibilityCheck,
  EligibilityCheckId,
  EligibilityFix,
  EligibilityNextStep,
  EligibilityReason,
  EligibilityStatus,
  EligibilityVerdict,
} from './eligibility.js';
export { MarginInputSchema } from './margin-schema.js';
export type { MarginInput } from './margin-schema.js';
export { calculateMargin, computeMarginExact, resolveMarginInput, solvePriceForMargin } from './margin.js';
export type { MarginResult, MarginOutcome, MarginBreakdown, MarginAssumption, ResolvedMarginInput, MarginExact } from './margin.js';
export { compareMarkets, buildPriceLadder } from './margin-compare.js';
export type { MarketComparison, PriceLadder, PriceLadderRow, MarginComparisonRow } from './margin-compare.js';
export type { ToolInputError, ToolOutcome } from './tool-error.js';
export { parseEligibilityText } from './parse-eligibility-text.js';
export type { NegatedFact, ParsedEligibilityText } from './parse-eligibility-text.js';
export { parseMarginText } from './parse-margin-text.js';
export { parseMarginArgs, type MarginArgs } from './parse-margin-args.js';
export type { MarginField, ParsedMarginText } from './parse-margin-text.js';
export { describeCheck, describeNextSteps, renderEligibility, renderEligibilityUnread, renderMissingQuestion } from './render-eligibility.js';
export {
  nameMarginField,
  renderMargin,
  renderMarginError,
  renderMarginMissing,
  renderMarginRejected,
  renderMarginUnknownKey,
  renderComparison,
  renderLadder,
} from './render-margin.js';
export { MARGIN_FORMULA } from './texts/index.js';
export { createToolRouter, marginFields, replyToMargin } from './route-tool.js';
export type { ToolReply, ToolRouter } from './route-tool.js';
export { runToolCommand } from './run-tool-cli.js';
