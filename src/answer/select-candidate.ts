// Ranking and confidence: which retrieved unit the bot answers with, which second unit completes a two-topic answer,
// and how sure the answer is. Every weight is named here with the measurement that set it (BENCHMARKS.md); the
// evaluation ranks with these same functions (src/eval/run-eval.ts). Rank fusion (src/retrieval/fuse-ranks.ts) only
// orders what reaches this module: its scores say nothing about whether a unit answers the question.
import type { Candidate } from '../retrieval/create-retriever.js';

// ---- Which unit answers ----
// Set with the retrieval (commits fc86798, a5e8536) and tuned on eval/questions.jsonl: BENCHMARKS.md, "Answer quality —
// `npm run eval`", the tuning-set rows of 2026-11-27 ("the retrieval weights and the threshold were tuned on this set").
/** The share of the question's weight the unit covers, in its own words or through the glossary. */
const SELECT_COVERAGE = 0.4;
/** The same share for its heading or its best FAQ paraphrase: a unit about the question beats one that mentions it. */
const SELECT_HEADING = 0.25;
/** The cosine similarity of its closest document. */
const SELECT_SIMILARITY = 0.2;
/** Its fused rank score as a share of the best one's. */
const SELECT_FUSED = 0.15;
/** Factor per market or rare term the question names and the unit's answer does not. */
const SELECT_MISSING = 0.8;
/**
 * How close in score the unit about a question's only rare term must come to a best unit that covers none of its terms
 * to answer alone ("WEEE是从什么时候开始的"). Set on the regression sets (BENCHMARKS.md, ninth round).
 */
const ONLY_TERM_SHARE = 0.6;
/**
 * How close in score a unit that answers must come to a "not published" entry to be preferred over it. BENCHMARKS.md,
 * "Calibrating the abstention threshold" ("within 0.03"), set with the de/fr/it/es paraphrases (commit 8e53b16).
 */
const KNOWN_ANSWER_MARGIN = 0.03;
/**
 * The same margin when the question does not name Local Hosting: the "not published" entries are about Local
 * Hosting's own terms, so "Wie hoch ist die TikTok-Provision seit Januar?" is the platform's 9%, not Local Hosting's
 * unpublished rate. Set on the regression sets (BENCHMARKS.md, 2026-12-02).
 */
const KNOWN_ANSWER_MARGIN_OFF_PROGRAM = 0.1;

// ---- How sure the answer is ----
// BENCHMARKS.md, "Calibrating the abstention threshold" (2026-11-27): this formula, and the sweep on the tuning and
// held-out sets that put CONFIDENCE_THRESHOLD at 0.4 over it.
/** Weight of the covered share of the question; the rest is the vector similarity's. */
const CONFIDENCE_COVERAGE = 0.7;
const CONFIDENCE_SIMILARITY = 0.3;
/** Factor per market the question names and the answer does not, while it names others: a wrong market is a wrong answer. */
const MISSING_MARKET_FACTOR = 0.5;
/** Factor per rare term (GPSR, WEEE, 保证金…) left unanswered: a second topic left out makes a partial answer. */
const MISSING_TERM_FACTOR = 0.7;

// ---- Two-topic answers ----
/**
 * A second passage only has to answer its own part of the question: it needs this share of the threshold. BENCHMARKS.md,
 * "Answer quality", the held-out set's final run ("a second passage for two-topic questions", commit 9724220).
 */
const COMPLEMENT_THRESHOLD_SHARE = 0.5;

export interface Selection {
  best: Candidate;
  confidence: number;
}

/** The unit to answer with, a second one for a topic it leaves out, and how sure the whole answer is. */
export interface AnswerSelection extends Selection {
  second?: Candidate;
}

/** How well a candidate matches, to choose among candidates (not a confidence). */
export function scoreCandidate(c: Candidate, maxFused: number): number {
  const base =
    SELECT_COVERAGE * c.coverage +
    SELECT_HEADING * c.headingCoverage +
    SELECT_SIMILARITY * c.similarity +
    SELECT_FUSED * (maxFused > 0 ? c.fused / maxFused : 0);
  return base * SELECT_MISSING ** (c.missingMarkets + c.missingTerms);
}

/** How well a candidate answers, before the penalties for what the question names and it does not. */
function baseConfidence(c: Candidate): number {
  return Math.min(1, CONFIDENCE_COVERAGE * c.coverage + CONFIDENCE_SIMILARITY * c.similarity);
}

/**
 * Confidence is what we know about the candidate in absolute terms: how much of the question's weight it covers and
 * how close its vector is, lowered for each market and rare term it leaves out. `answeredElsewhere` of those terms
 * are answered by a second passage appended to the reply, so they cost nothing.
 */
export function confidenceOf(c: Candidate, answeredElsewhere = 0): number {
  const termsLeftOut = Math.max(0, c.missingTerms - answeredElsewhere);
  return (
    baseConfidence(c) *
    MISSING_MARKET_FACTOR ** c.missingMarkets *
    MISSING_TERM_FACTOR ** termsLeftOut
  );
}

export interface SelectOptions {
  /** The question names no hosting program: a "not published" entry about Local Hosting's terms must win clearly. */
  offProgram?: boolean;
  /** The question names a subject besides its rare terms (a program, the commission, VAT). */
  namesOtherSubject?: boolean;
}

export function selectCandidate(candidates: Candidate[], options: SelectOptions = {}): Selection | null {
  if (candidates.length === 0) return null;
  const maxFused = Math.max(...candidates.map((c) => c.fused));
  let best = candidates[0]!;
  let bestScore = -1;
  for (const c of candidates) {
    const s = scoreCandidate(c, maxFused);
    if (s > bestScore) {
      bestScore = s;
      best = c;
    }
  }
  // A "not published" entry hands the seller over; when a unit that answers scores about as well, answer instead.
  if (best.unit.faq?.unknown) {
    const known = candidates
      .filter((c) => !c.unit.faq?.unknown && scoreCandidate(c, maxFused) >= bestScore - (options.offProgram ? KNOWN_ANSWER_MARGIN_OFF_PROGRAM : KNOWN_ANSWER_MARGIN))
      .sort((a, b) => scoreCandidate(b, maxFused) - scoreCandidate(a, maxFused))[0];
    if (known) best = known;
  }
  return { best, confidence: confidenceOf(best) };
}

/**
 * The best other candidate about a topic the first answer leaves out: the rare term is in its heading or a
 * paraphrase, and in its answer.
 */
function findComplement(candidates: Candidate[], best: Candidate, missingTerms: string[], threshold: number): Candidate | undefined {
  return candidates
    .filter(
      (c) =>
        c.unit.group !== best.unit.group &&
        !c.unit.faq?.unknown &&
        c.headlineTerms.some((t) => missingTerms.includes(t) && c.coveredTerms.includes(t)) &&
        baseConfidence(c) >= threshold * COMPLEMENT_THRESHOLD_SHARE,
    )
    .sort((a, b) => baseConfidence(b) - baseConfidence(a))[0];
}

/**
 * What the bot answers a question with: the selected unit and, when the question has two topics ("WEEE and packaging
 * law") and another unit is about the one the first leaves out, that unit too. The terms the second one is about
 * no longer lower the confidence; the others still do.
 */
export function selectAnswer(candidates: Candidate[], q: { terms: string[]; threshold: number } & SelectOptions): AnswerSelection | null {
  const selection = selectCandidate(candidates, q);
  if (!selection) return null;
  const best = selection.best;
  const missingTerms = q.terms.filter((t) => !best.coveredTerms.includes(t));
  const second = missingTerms.length > 0 ? findComplement(candidates, best, missingTerms, q.threshold) : undefined;
  if (!second) return selection;
  const answered = missingTerms.filter((t) => second.headlineTerms.includes(t)).length;
  // "GPSR是哪天开始执行的": the only topic is the rare term, and the best unit matched the question's other words
  // ("since when") about something else. The unit about the term answers alone; how sure the pair was stays the
  // measure, so what clears the threshold is unchanged and only the unrelated part goes.
  const maxFused = Math.max(...candidates.map((c) => c.fused));
  const coversNone = [...best.coveredTerms, ...best.headlineTerms].every((t) => !q.terms.includes(t));
  if (coversNone && second.missingTerms === 0 && second.missingMarkets === 0 && q.namesOtherSubject === false && scoreCandidate(second, maxFused) >= ONLY_TERM_SHARE * scoreCandidate(best, maxFused)) {
    return { best: second, confidence: confidenceOf(best, answered) };
  }
  return { best, second, confidence: confidenceOf(best, answered) };
}
