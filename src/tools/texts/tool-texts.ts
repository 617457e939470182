// Everything the tools say, per reply language: one file per language implements this interface, so a missing
// wording is a type error. Values arrive already formatted for that language (amounts, rates, country names).
import type {
  EligibilityCheckId,
  EligibilityField,
  EligibilityFix,
  EligibilityReason,
  EligibilityVerdict,
  MarginAssumption,
  RejectedNumber,
  ToolInputProblem,
} from '../../contract/tool-result.js';
import type { Lang } from '../../contract/types.js';

/** Formatting helpers a language file receives: amounts, rates, country names, lists, rule texts. */
export interface Fmt {
  lang: Lang;
  euro(n: number): string;
  /** A rate as typed: 9 %, 15,5 %. */
  rate(r: number): string;
  /** A computed ratio, two decimals: 23,90 %. */
  ratio(r: number): string;
  plain(n: number): string;
  country(code: string): string;
  /** "Germany, France and Italy". */
  all(codes: string[]): string;
  /** "Germany, France or Italy". */
  either(codes: string[]): string;
  /** A text from the rules files in this language (English when the file does not give it). */
  rule(text: { zh: string; en: string; de?: string; fr?: string; it?: string; es?: string }): string;
}

type ByCode<U extends { code: string }> = { [K in U['code']]: (v: Extract<U, { code: K }>, f: Fmt) => string };

type ReasonTexts = ByCode<EligibilityReason>;
type FixTexts = ByCode<EligibilityFix>;
type AssumptionTexts = ByCode<MarginAssumption>;
type ProblemTexts = ByCode<ToolInputProblem>;

/** The marker after a defaulted input in the inputs line. */
export type InputNote = 'default' | 'assumed-local-hosting' | undefined;

/** The formatted inputs line, one value per field (amounts and rates already in the reply language's format). */
interface MarginInputsView {
  listPrice: string;
  unitCost: string;
  inbound: string;
  fulfilment: string;
  buyerShipping: string;
  commission: string;
  commissionNote: InputNote;
  affiliate: string;
  ads: string;
  discount: string;
  returns: string;
  vat: string;
  vatNote: InputNote;
}

interface EligibilityTexts {
  title(asOf: string): string;
  facts(v: { entity: string; stock: string; warehouse: string; vat: string }): string;
  notStated: string;
  yes: string;
  no: string;
  none: string;
  checkNames: Record<EligibilityCheckId, string>;
  reasons: ReasonTexts;
  fixes: FixTexts;
  verdicts: Record<EligibilityVerdict, string>;
  nextStepsTitle: string;
  applyOnceFixed(step: string): string;
  applyOnceConfirmed(step: string): string;
  tellMissing: string;
  /** What to ask for each missing fact, as a list item. */
  fieldQuestions: Record<EligibilityField, string>;
  /** The one follow-up asking for the missing facts (numbered items), with an example answer. */
  askMissing(items: string): string;
  /** Numbers in the message the check does not use. */
  unread(numbers: string[]): string;
  /** The VAT rule applied to the seller's warehouse country; `have` lists their other VAT countries. */
  caseVat(c: { warehouse: string; have: string[]; meets: boolean | undefined }, f: Fmt): string;
  /** A warehouse town the bot does not know, taken to be in the named country (an assumption). */
  placeGuess(place: string, country: string): string;
}

interface MarginTexts {
  fieldNames: Record<string, string>;
  /** The title of a market's rules, as a source of the reply. */
  sourceTitle(country: string): string;
  market(code: string, f: Fmt): string;
  title(market: string): string;
  inputs(v: MarginInputsView): string;
  /** The formula, written out in this language. */
  formula: string;
  formulaLine(formula: string): string;
  breakdown: string;
  paid(x: string): string;
  buyerShipping(x: string): string;
  vat(rate: string, x: string): string;
  netSales(x: string): string;
  commission(rate: string, x: string, withShipping: boolean): string;
  affiliate(rate: string, x: string): string;
  ads(rate: string, x: string): string;
  returns(x: string): string;
  costs(cost: string, inbound: string, fulfilment: string): string;
  profit(x: string): string;
  margin(x: string): string;
  roi(x: string | null): string;
  breakEven(x: string): string;
  target(rate: string, price: string | null): string;
  subsidy(subsidy: string, buyerPays: string): string;
  assumptions: AssumptionTexts;
  rules(asOf: string, commissionFrom: string, vatChecked: string, sources: string): string;
  /** The net price the seller gave, grossed up at the VAT rate in use. */
  /** Heads the comparison shown while the reply asks which market. */
  previewWhileOpen: string;
  grossedUp(net: string, rate: string, gross: string): string;
  /** A labelled number of the wrong kind (ads in euros): named, not used. */
  ignored(field: string, text: string, wants: 'percent' | 'amount'): string;
  /** A second value given for one field: the one used is the value in the sentence with the other inputs. */
  setAside(field: string, text: string, kept: string): string;
  /** Numbers nobody could place: named back with the fields they might be. */
  unread(numbers: Array<{ text: string; kind: 'percent' | 'amount' | 'quantity' }>): string;
  /** A plain "shipping"/"运费" read as shipping the buyer pays (revenue), and how to say it is the seller's cost. */
  /** A plain "shipping 4.90" read as the seller's own delivery cost: said back, with how to give buyer-paid shipping. */
  shippingAsBuyer(text: string): string;
  /** One follow-up listing every missing input, with an example. */
  askMissing(fields: string): string;
  /** An input the calculator refused: the field's name, its key and the value given ("listPrice = -5"), what is wrong. */
  error(field: string, given: string, problem: string): string;
  problems: ProblemTexts;
  /** The hint after a rate error: rates are fractions in JSON, percentages in chat. */
  rateHint: string;
  /** Numbers in the message that cannot be used as typed (a sign, an exponent, NaN). */
  rejected(items: Array<{ field?: string; text: string; problem: RejectedNumber['problem'] }>): string;
  unknownKey(key: string, known: string): string;
  comparisonHead: string;
  comparisonRow(market: string, vat: string, profit: string, margin: string, breakEven: string): string;
  comparisonFoot(asOf: string, sources: string): string;
  ladderHead(market: string, breakEven: string): string;
  ladderRow(price: string, profit: string, margin: string): string;
}

export interface ToolTexts {
  lang: Lang;
  /** The colon after a label: "：" in zh, ": " elsewhere. */
  colon: string;
  sources(list: string): string;
  eligibility: EligibilityTexts;
  margin: MarginTexts;
  /** One market's VAT rates from its profile, for a question about that market alone. */
  marketVat(v: { country: string; standard: number; reduced: number[]; asOf: string }, f: Fmt): string;
}
