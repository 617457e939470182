// Plain-text reply for an eligibility result, in the asker's language: the seller's facts, each check, the verdict,
// next steps, sources. The checker gives codes; every word is chosen here and in texts/.
import type { EligibilityCheck, EligibilityField, EligibilityNextStep, EligibilityResult } from '../contract/tool-result.js';
import type { Lang } from '../contract/types.js';
import type { EligibilityInput } from './eligibility-schema.js';
import { formatSources } from './format-sources.js';
import { createFmt, toolTexts, type Fmt, type ToolTexts } from './texts/index.js';

const mark = (c: EligibilityCheck): string => (c.status === 'pass' ? '✅' : c.status === 'fail' ? '❌' : '❔');

function describeInput(input: EligibilityInput, t: ToolTexts, f: Fmt): string {
  const e = t.eligibility;
  const yesNo = (b: boolean | undefined): string => (b === undefined ? e.notStated : b ? e.yes : e.no);
  const country = (c: string | null | undefined): string => (c ? `${f.country(c)} (${c})` : e.notStated);
  const vat =
    input.vatCountries === undefined
      ? e.notStated
      : input.vatCountries.length === 0
        ? e.none
        : input.vatCountries.map(f.country).join(f.lang === 'zh' ? '、' : ', ');
  return e.facts({ entity: country(input.entityCountry), stock: yesNo(input.hasEuStock), warehouse: country(input.warehouseCountry), vat });
}

/** The check's reason in words. */
export function describeCheck(c: EligibilityCheck, lang: Lang): string {
  const f = createFmt(lang);
  const reasons = toolTexts(lang).eligibility.reasons as Record<string, (r: unknown, f: Fmt) => string>;
  return reasons[c.reason.code](c.reason, f);
}

function describeStep(s: EligibilityNextStep, t: ToolTexts, f: Fmt): string {
  const e = t.eligibility;
  switch (s.code) {
    case 'fix':
      return (e.fixes as Record<string, (x: unknown, f: Fmt) => string>)[s.fix.code](s.fix, f);
    case 'entry-step':
      return f.rule(s.text);
    case 'apply-once-fixed':
      return e.applyOnceFixed(f.rule(s.step));
    case 'apply-once-confirmed':
      return e.applyOnceConfirmed(f.rule(s.step));
    case 'tell-missing':
      return e.tellMissing;
  }
}

/** The next steps in words, in order. */
export function describeNextSteps(result: EligibilityResult, lang: Lang): string[] {
  const t = toolTexts(lang);
  const f = createFmt(lang);
  return result.nextSteps.map((s) => describeStep(s, t, f));
}

/** Asks for exactly the missing facts, in one message. */
export function renderMissingQuestion(missing: EligibilityField[], lang: Lang): string {
  const e = toolTexts(lang).eligibility;
  return e.askMissing(missing.map((field, i) => `${i + 1}. ${e.fieldQuestions[field]}`).join('\n'));
}

/** A note naming numbers the eligibility message gave that the check does not use; empty when there are none. */
export function renderEligibilityUnread(unread: string[], lang: Lang): string {
  return unread.length ? toolTexts(lang).eligibility.unread(unread) : '';
}

/** The VAT rule applied to the seller's warehouse country, in one line (for a fact answer about that rule). */
export function renderCaseVat(c: { warehouse: string; have: string[]; meets: boolean | undefined }, lang: Lang): string {
  return toolTexts(lang).eligibility.caseVat(c, createFmt(lang));
}

/** Names the country a warehouse in an unknown town was taken to be in. */
export function renderPlaceGuess(guess: { place: string; country: string }, lang: Lang): string {
  return toolTexts(lang).eligibility.placeGuess(guess.place, createFmt(lang).country(guess.country));
}

export function renderEligibility(result: EligibilityResult, lang: Lang, notes: string[] = []): string {
  const t = toolTexts(lang);
  const f = createFmt(lang);
  const e = t.eligibility;
  const lines: string[] = [e.title(result.asOf), describeInput(result.input, t, f), ''];
  for (const c of result.checks) lines.push(`${mark(c)} ${e.checkNames[c.id]}${t.colon}${describeCheck(c, lang)}`);
  lines.push('');
  lines.push(e.verdicts[result.verdict]);
  if (result.verdict === 'incomplete') {
    lines.push(renderMissingQuestion(result.missing, lang));
  } else {
    lines.push(e.nextStepsTitle);
    result.nextSteps.forEach((s, i) => lines.push(`${i + 1}. ${describeStep(s, t, f)}`));
  }
  if (notes.length) lines.push('', ...notes);
  lines.push('');
  lines.push(t.sources(formatSources(result.sources)));
  return lines.join('\n');
}
