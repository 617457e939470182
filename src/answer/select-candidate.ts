import type { Candidate } from '../retrieval/create-retriever.js';

/** A second topic the question names and the answer leaves out costs this factor of confidence. */
export const TERM_PENALTY = 0.7;

/** How close in score a unit that answers must come to a "not published" entry to be preferred over it. */
const KNOWN_ANSWER_MARGIN = 0.03;

export interface Selection {
  best: Candidate;
  confidence: number;
}

/**
 * Confidence is what we know about the best candidate in absolute terms: how much of the question's weight it
 * covers (lexically or through the glossary) and how close its vector is. Rank fusion only orders candidates;
 * its scores say nothing about whether any of them answers the question.
 */
export function scoreCandidate(c: Candidate, maxFused: number): number {
  const base = 0.4 * c.coverage + 0.25 * c.headingCoverage + 0.2 * c.similarity + 0.15 * (maxFused > 0 ? c.fused / maxFused : 0);
  return base * 0.8 ** (c.missingMarkets + c.missingTerms);
}

export function confidenceOf(c: Candidate, judgedShare = 1): number {
  // A wrong market makes a wrong answer; a second topic left out ("WEEE and packaging law") makes a partial one.
  return baseConfidence(c) * 0.5 ** c.missingMarkets * TERM_PENALTY ** c.missingTerms * Math.sqrt(judgedShare);
}

/** How well a candidate answers, before the penalties for what the question names and it does not. */
export function baseConfidence(c: Candidate): number {
  return Math.min(1, 0.7 * c.coverage + 0.3 * c.similarity);
}

export function selectCandidate(candidates: Candidate[], judgedShare = 1): Selection | null {
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
      .filter((c) => !c.unit.faq?.unknown && scoreCandidate(c, maxFused) >= bestScore - KNOWN_ANSWER_MARGIN)
      .sort((a, b) => scoreCandidate(b, maxFused) - scoreCandidate(a, maxFused))[0];
    if (known) best = known;
  }
  return { best, confidence: confidenceOf(best, judgedShare) };
}
