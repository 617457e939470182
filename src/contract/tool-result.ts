// What the tools hand over as an answer's `toolResult`: plain data, one member of the union per kind of reply, so
// adapters read fields instead of re-parsing. No wording here: reasons, fixes, assumptions and errors are codes with
// parameters (country codes, rates as fractions, dates); src/tools' renderers turn them into text in six languages.

/** A text from the rules files: zh and en always, the other reply languages where the file gives them. */
export interface LocalizedText {
  zh: string;
  en: string;
  de?: string;
  fr?: string;
  it?: string;
  es?: string;
}

export interface RuleSourceRef {
  title: string;
  date?: string;
  url?: string;
}

// ---- Eligibility ----

export type EligibilityField = 'entityCountry' | 'hasEuStock' | 'warehouseCountry' | 'vatCountries';

export type EligibilityCheckId = 'entity' | 'eu-stock' | 'warehouse-eu' | 'vat-warehouse' | 'target-markets';

/** pass/fail: decided; unknown: the seller has not said (or not applicable yet); uncertain: the sources do not say. */
export type EligibilityStatus = 'pass' | 'fail' | 'unknown' | 'uncertain';

/** uncertain: nothing fails and nothing is missing, but a check is one the sources do not address. */
export type EligibilityVerdict = 'eligible' | 'ineligible' | 'incomplete' | 'uncertain';

/** Why a check came out as it did. Country fields are ISO 3166-1 alpha-2 codes. */
export type EligibilityReason =
  | { code: 'entity-missing' }
  | { code: 'entity-allowed'; country: string; allowed: string[] }
  | { code: 'entity-not-allowed'; country: string; allowed: string[] }
  | { code: 'stock-missing' }
  | { code: 'stock-in-europe' }
  | { code: 'stock-in-warehouse-country'; country: string }
  | { code: 'stock-not-in-europe' }
  | { code: 'warehouse-missing' }
  | { code: 'warehouse-not-yet' }
  | { code: 'warehouse-in-market'; country: string }
  | { code: 'warehouse-eu-outside-markets'; country: string; markets: string[] }
  | { code: 'warehouse-outside-eu'; country: string }
  | { code: 'vat-missing' }
  | { code: 'vat-after-eu-warehouse' }
  | { code: 'vat-none' }
  | { code: 'vat-need-warehouse'; have: string[] }
  | { code: 'vat-in-warehouse-country'; country: string }
  | { code: 'vat-not-in-warehouse-country'; country: string; have: string[] }
  | { code: 'markets-open'; markets: string[] }
  | { code: 'markets-not-open'; open: string[]; outside: string[] };

/** What would make a failed check pass, or settle an uncertain one. */
export type EligibilityFix =
  | { code: 'use-allowed-entity'; allowed: string[] }
  | { code: 'move-stock-to-eu'; examples: string[] }
  | { code: 'move-to-eu-warehouse'; examples: string[] }
  | { code: 'confirm-warehouse-country'; country: string; markets: string[] }
  | { code: 'register-vat-in-warehouse-country' }
  | { code: 'register-vat-in'; country: string }
  | { code: 'choose-open-market'; open: string[] };

export interface EligibilityCheck {
  id: EligibilityCheckId;
  status: EligibilityStatus;
  /** true: pass, false: fail, null: unknown or uncertain. */
  passed: boolean | null;
  reason: EligibilityReason;
  fix?: EligibilityFix;
}

export type EligibilityNextStep =
  | { code: 'fix'; fix: EligibilityFix }
  /** One of the published entry steps, as the rules file words it. */
  | { code: 'entry-step'; text: LocalizedText }
  | { code: 'apply-once-fixed'; step: LocalizedText }
  | { code: 'apply-once-confirmed'; step: LocalizedText }
  | { code: 'tell-missing' };

export interface EligibilityFactsInput {
  entityCountry?: string;
  hasEuStock?: boolean;
  warehouseCountry?: string | null;
  vatCountries?: string[];
  targetMarkets?: string[];
}

export interface EligibilityResult {
  kind: 'eligibility';
  verdict: EligibilityVerdict;
  input: EligibilityFactsInput;
  checks: EligibilityCheck[];
  missing: EligibilityField[];
  nextSteps: EligibilityNextStep[];
  invitationOnly: boolean;
  asOf: string;
  rulesId: string;
  sources: RuleSourceRef[];
}

// ---- Margin ----

export type CommissionTier = 'default' | 'electronics' | 'newSeller';

/** What the calculation assumed, beyond the formula. Rates are fractions. */
export type MarginAssumption =
  | { code: 'price-includes-vat' }
  | { code: 'vat-standard-rate'; market: string; rate: number; asOf: string }
  | { code: 'commission-default'; rate: number; tier: CommissionTier; asOf: string; base: LocalizedText }
  /** Local Hosting's own commission is not published: the default rate is an assumption the seller can change. */
  | { code: 'commission-local-hosting-unpublished'; rate: number; asOf: string; base: LocalizedText }
  | { code: 'buyer-shipping-revenue' }
  | { code: 'affiliate-ads-on-item' }
  | { code: 'subsidy-funding-unpublished' }
  | { code: 'returns-lose-shipping' }
  | { code: 'not-included' };

// A type literal, not an interface, so it also reads as a Record<string, number>.
export type MarginInputs = {
  listPrice: number;
  unitCost: number;
  inboundShipping: number;
  fulfillmentFee: number;
  buyerShipping: number;
  commissionRate: number;
  affiliateRate: number;
  sellerDiscount: number;
  adsRate: number;
  platformSubsidy: number;
  returnRate: number;
  vatRate: number;
  targetMargin?: number;
};

export interface MarginBreakdown {
  listPrice: number;
  paid: number;
  buyerShipping: number;
  platformSubsidy: number;
  buyerPays: number;
  vat: number;
  netSales: number;
  commission: number;
  affiliate: number;
  ads: number;
  returns: number;
  unitCost: number;
  inboundShipping: number;
  fulfillmentFee: number;
  totalCosts: number;
}

export interface MarginResult {
  market: string;
  currency: 'EUR';
  inputs: MarginInputs;
  program?: 'local-hosting';
  /** Input fields whose value came from knowledge/rules rather than the seller. */
  defaultsUsed: string[];
  profit: number;
  margin: number;
  roi: number | null;
  breakEvenPrice: number;
  targetMargin?: number;
  /** null: no price reaches the target margin with these fees. */
  priceForTargetMargin?: number | null;
  breakdown: MarginBreakdown;
  assumptions: MarginAssumption[];
  /** The latest date among the rules used. */
  asOf: string;
  ruleDates: { commission: string; vat: string };
  rulesId: string;
  sources: RuleSourceRef[];
}

/** What is wrong with one input field. `message` is English for JSON readers; replies word it from the code. */
export type ToolInputProblem =
  | { code: 'required' }
  | { code: 'not-a-number' }
  | { code: 'wrong-type'; expected: string }
  | { code: 'too-small'; minimum: number; inclusive: boolean }
  | { code: 'too-big'; maximum: number; inclusive: boolean }
  | { code: 'unknown-field'; keys: string[] }
  | { code: 'unknown-market'; market: string; known: string[] }
  /** The percentage fees (as a share of net sales) leave nothing for any price to break even. */
  | { code: 'no-break-even'; share: number }
  | { code: 'invalid'; detail: string };

export type ToolInputError = ToolInputProblem & { field: string; message: string; received?: unknown };

/** A number in a chat message that cannot be used as typed: a sign, an exponent, a range ("15-20%"), "NaN". */
export interface RejectedNumber {
  /** The margin field its label names; absent when the number had no label. */
  field?: string;
  text: string;
  problem: 'negative' | 'exponent' | 'range' | 'not-a-number';
}

export type MarginRequiredField = 'listPrice' | 'market' | 'unitCost';

export interface MarginComparisonRow {
  market: string;
  result: MarginResult;
}

export interface PriceLadderRow {
  listPrice: number;
  profit: number;
  margin: number;
}

export type MarginToolResult =
  | ({ kind: 'margin'; ok: true } & MarginResult & { comparison?: MarginComparisonRow[]; ladder?: PriceLadderRow[] })
  | { kind: 'margin-comparison'; ok: true; rows: MarginComparisonRow[] }
  | { kind: 'margin-missing'; ok: false; missing: MarginRequiredField[]; parsed: Record<string, unknown>; comparison?: MarginComparisonRow[] }
  | { kind: 'margin-error'; ok: false; error: ToolInputError; rejected?: RejectedNumber[] };

/** An answer's `toolResult`: the eligibility result, or one of the margin replies. */
export type ToolResult = EligibilityResult | MarginToolResult;
