import { describe, expect, it } from 'vitest';
import { confidenceOf, selectAnswer, selectCandidate } from '../../src/answer/select-candidate.js';
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

  it('asks a "not published" entry to win clearly when the question names no hosting program', () => {
    const pair = [candidate('unknown', { coverage: 0.95 }, true), candidate('known', { coverage: 0.8 })];
    expect(selectCandidate(pair)?.best.unit.id).toBe('unknown');
    expect(selectCandidate(pair, { offProgram: true })?.best.unit.id).toBe('known');
    // Clearly better still wins.
    expect(selectCandidate([candidate('unknown', { coverage: 1 }, true), candidate('known', { coverage: 0.4 })], { offProgram: true })?.best.unit.id).toBe('unknown');
  });

  it('returns nothing for no candidates', () => {
    expect(selectCandidate([])).toBeNull();
  });
});

describe('confidenceOf', () => {
  it.each([
    [{}, 0.7 * 0.8 + 0.3 * 0.5],
    [{ missingMarkets: 1 }, (0.7 * 0.8 + 0.3 * 0.5) * 0.5],
    [{ missingTerms: 1 }, (0.7 * 0.8 + 0.3 * 0.5) * 0.7],
  ])('%j', (over, expected) => {
    expect(confidenceOf(candidate('a', over))).toBeCloseTo(expected, 10);
  });
});

describe('selectAnswer: a second passage for a topic the first leaves out', () => {
  const base = 0.7 * 0.8 + 0.3 * 0.5;
  // "WEEE and packaging law": the best unit answers WEEE; another is about packaging law.
  const weee = candidate('weee', { coverage: 0.8, missingTerms: 1, coveredTerms: ['weee'], headlineTerms: ['weee'] });
  const packaging = (over: Partial<Candidate> = {}) =>
    candidate('packaging', { coverage: 0.5, similarity: 0.4, missingTerms: 1, coveredTerms: ['packaging'], headlineTerms: ['packaging'], ...over });
  const q = { terms: ['weee', 'packaging'], threshold: 0.4 };

  it('appends it, and the topic it answers no longer costs confidence', () => {
    const s = selectAnswer([weee, packaging()], q);
    expect(s?.best.unit.id).toBe('weee');
    expect(s?.second?.unit.id).toBe('packaging');
    expect(s?.confidence).toBeCloseTo(base, 12);
    expect(s?.confidence).toBe(confidenceOf(weee, 1));
  });

  it('without one, the topic left out keeps the confidence down', () => {
    const s = selectAnswer([weee, candidate('other', { coverage: 0.3, missingTerms: 2 })], q);
    expect(s?.best.unit.id).toBe('weee');
    expect(s?.second).toBeUndefined();
    expect(s?.confidence).toBeCloseTo(base * 0.7, 12);
  });

  it.each([
    ['it answers too weakly (below half the threshold)', packaging({ coverage: 0.1, similarity: 0.1 })],
    ['it is only about the topic in passing (not in its heading or paraphrases)', packaging({ headlineTerms: [] })],
    ['it names the topic but does not answer it', packaging({ coveredTerms: [] })],
    ['it is "not published"', candidate('packaging', { coverage: 0.5, coveredTerms: ['packaging'], headlineTerms: ['packaging'] }, true)],
  ])('takes none when %s', (_name, other) => {
    const s = selectAnswer([weee, other], q);
    expect(s?.second).toBeUndefined();
    expect(s?.confidence).toBeCloseTo(base * 0.7, 12);
  });

  it('still counts a third topic that neither answers', () => {
    const three = { ...weee, missingTerms: 2 };
    const s = selectAnswer([three, packaging()], { ...q, terms: ['weee', 'packaging', 'gpsr'] });
    expect(s?.second?.unit.id).toBe('packaging');
    expect(s?.confidence).toBeCloseTo(base * 0.7, 12);
  });

  it('never raises a confidence above what the unit itself covers', () => {
    expect(confidenceOf(weee, 5)).toBeCloseTo(base, 12);
  });

  it('asks a "not published" entry to win clearly when the question names no hosting program', () => {
    const pair = [candidate('unknown', { coverage: 0.95 }, true), candidate('known', { coverage: 0.8 })];
    expect(selectCandidate(pair)?.best.unit.id).toBe('unknown');
    expect(selectCandidate(pair, { offProgram: true })?.best.unit.id).toBe('known');
    // Clearly better still wins.
    expect(selectCandidate([candidate('unknown', { coverage: 1 }, true), candidate('known', { coverage: 0.4 })], { offProgram: true })?.best.unit.id).toBe('unknown');
  });

  it('returns nothing for no candidates', () => {
    expect(selectAnswer([], q)).toBeNull();
  });
});

describe('selectAnswer: a question whose only topic is its rare term', () => {
  // "GPSR是哪天开始执行的": the best unit matched "since when" about something else and names no GPSR.
  const since = candidate('uk-commission', { coverage: 0.46, headingCoverage: 0.46, similarity: 0.38, missingTerms: 1 });
  const gpsr = candidate('gpsr', { coverage: 0.2, headingCoverage: 0.2, similarity: 0.4, coveredTerms: ['gpsr'], headlineTerms: ['gpsr'] });
  const q = { terms: ['gpsr'], threshold: 0.4 };

  it('answers with the unit about the term alone, as sure as the pair would have been', () => {
    const s = selectAnswer([since, gpsr], { ...q, namesOtherSubject: false });
    expect(s?.best.unit.id).toBe('gpsr');
    expect(s?.second).toBeUndefined();
    expect(s?.confidence).toBe(confidenceOf(since, 1));
  });

  it('keeps both when the question names a subject of its own, or the best unit is about the term too', () => {
    expect(selectAnswer([since, gpsr], { ...q, namesOtherSubject: true })?.second?.unit.id).toBe('gpsr');
    const about = { ...since, headlineTerms: ['gpsr'] };
    expect(selectAnswer([about, gpsr], { ...q, namesOtherSubject: false })?.best.unit.id).toBe('uk-commission');
  });

  it('keeps both when the unit about the term is for another market', () => {
    const elsewhere = { ...gpsr, missingMarkets: 1 };
    expect(selectAnswer([since, elsewhere], { ...q, namesOtherSubject: false })?.best.unit.id).toBe('uk-commission');
  });
});
