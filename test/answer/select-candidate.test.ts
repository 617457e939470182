import { describe, expect, it } from 'vitest';
import { confidenceOf, selectCandidate } from '../../src/answer/select-candidate.js';
import type { RetrievalUnit } from '../../src/retrieval/build-units.js';
import type { Candidate } from '../../src/retrieval/create-retriever.js';

const unit = (id: string, unknown = false): RetrievalUnit => ({
  id,
  kind: 'faq',
  group: id,
  lang: 'en',
  title: id,
  heading: '',
  text: '',
  date: '2026-01-16',
  verified: '2026-11-01',
  uncertain: false,
  sourceIds: [id],
  order: 0,
  faq: { id, sources: [id], asOf: '2026-01-16', confidence: 'reported', unknown, questions: { zh: ['x'], en: ['x'] }, answer: { zh: 'xxxxx', en: 'xxxxx' } },
});

const candidate = (id: string, over: Partial<Candidate> = {}, unknown = false): Candidate => ({
  unit: unit(id, unknown),
  fused: 0.03,
  similarity: 0.5,
  coverage: 0.8,
  headingCoverage: 0.5,
  missingMarkets: 0,
  missingTerms: 0,
  coveredTerms: [],
  headlineTerms: [],
  ...over,
});

describe('selectCandidate', () => {
  it('picks the candidate that covers the question best', () => {
    const s = selectCandidate([candidate('a', { coverage: 0.5 }), candidate('b', { coverage: 0.9 })]);
    expect(s?.best.unit.id).toBe('b');
  });

  it('prefers an answer over a "not published" entry when they score about the same', () => {
    const s = selectCandidate([candidate('unknown', { coverage: 0.82 }, true), candidate('known', { coverage: 0.8 })]);
    expect(s?.best.unit.id).toBe('known');
  });

  it('keeps the "not published" entry when it is clearly the better match', () => {
    const s = selectCandidate([candidate('unknown', { coverage: 1 }, true), candidate('known', { coverage: 0.4 })]);
    expect(s?.best.unit.id).toBe('unknown');
  });

  it('returns nothing for no candidates', () => {
    expect(selectCandidate([])).toBeNull();
  });
});

describe('confidenceOf', () => {
  it.each([
    [{}, 1, 0.7 * 0.8 + 0.3 * 0.5],
    [{ missingMarkets: 1 }, 1, (0.7 * 0.8 + 0.3 * 0.5) * 0.5],
    [{ missingTerms: 1 }, 1, (0.7 * 0.8 + 0.3 * 0.5) * 0.7],
    [{}, 0.25, (0.7 * 0.8 + 0.3 * 0.5) * 0.5],
  ])('%j with judged share %d', (over, share, expected) => {
    expect(confidenceOf(candidate('a', over), share)).toBeCloseTo(expected, 10);
  });
});
