import { describe, expect, it } from 'vitest';
import type { FaqEntry, GlossaryEntry } from '../../src/knowledge/schemas.js';
import { createFaqClassifier, type FaqClassifierModel } from '../../src/retrieval/classifier/create-faq-classifier.js';
import { createFeaturizer } from '../../src/retrieval/classifier/featurize-question.js';
import { createGlossaryMatcher } from '../../src/retrieval/create-glossary-matcher.js';
import { createTokenizer } from '../../src/retrieval/create-tokenizer.js';

// A made-up knowledge base: three entries about a bakery, none of it from the project's knowledge or evaluation sets.
const entry = (id: string, questions: FaqEntry['questions']): FaqEntry => ({
  id,
  sources: [id.replace(/^faq-/, '')],
  asOf: '2026-01-01',
  confidence: 'confirmed',
  unknown: false,
  questions,
  answer: { zh: `${id} 的回答`, en: `the answer of ${id}` },
});

const FAQ: FaqEntry[] = [
  entry('faq-opening-hours', {
    zh: ['面包店几点开门', '周末营业时间是几点', '你们早上几点开', '营业时间多久'],
    en: ['when does the bakery open', 'opening hours on weekends', 'what time do you open in the morning', 'how late are you open'],
    de: ['wann öffnet die bäckerei', 'öffnungszeiten am wochenende'],
    fr: ["à quelle heure ouvre la boulangerie", "horaires d'ouverture le weekend"],
  }),
  entry('faq-gluten-free', {
    zh: ['有无麸质面包吗', '无麸质的蛋糕有没有', '乳糜泻能吃你们的面包吗'],
    en: ['do you sell gluten free bread', 'any gluten free cakes', 'is there bread for coeliacs'],
    it: ['avete pane senza glutine', 'torte senza glutine disponibili'],
    es: ['tenéis pan sin gluten', 'pasteles sin gluten hay'],
  }),
  entry('faq-delivery', {
    zh: ['可以送货上门吗', '外卖配送费多少', '送货范围多大'],
    en: ['do you deliver to my home', 'how much is the delivery fee', 'how far do you deliver'],
    de: ['liefert ihr nach hause', 'lieferkosten wie hoch'],
    fr: ['vous livrez à domicile', 'frais de livraison combien'],
  }),
];

const GLOSSARY: GlossaryEntry[] = [
  { zh: ['无麸质'], en: ['gluten free', 'gluten-free'], aliases: ['senza glutine', 'sin gluten', 'glutenfrei'], kind: 'term' },
  { zh: ['营业时间'], en: ['opening hours'], aliases: ['öffnungszeiten', "horaires d'ouverture", 'orari di apertura'], kind: 'term' },
];

const tokenizer = createTokenizer({ extraWords: ['无麸质', '营业时间', '送货上门'] });
const glossary = createGlossaryMatcher(GLOSSARY, tokenizer);

// Paraphrases none of the entries holds word for word, in several languages.
const QUESTIONS: Array<[string, string]> = [
  ['周六几点开门？', 'faq-opening-hours'],
  ['what are your opening hours on sunday', 'faq-opening-hours'],
  ['Öffnungszeiten am Samstag?', 'faq-opening-hours'],
  ['无麸质面包有卖吗', 'faq-gluten-free'],
  ['gluten free bread available?', 'faq-gluten-free'],
  ['pane senza glutine?', 'faq-gluten-free'],
  ['能送货上门吗？', 'faq-delivery'],
  ['delivery fee to my place?', 'faq-delivery'],
  ['frais de livraison à domicile ?', 'faq-delivery'],
];

const MODELS: Array<[string, FaqClassifierModel]> = [
  ['softmax', { kind: 'softmax' }],
  ['naive Bayes', { kind: 'naive-bayes' }],
];

describe.each(MODELS)('createFaqClassifier (%s)', (_, model) => {
  const classifier = createFaqClassifier({ faq: FAQ, tokenizer, glossary, model });

  it.each(QUESTIONS)('%s -> %s', (question, expected) => {
    const [top, second] = classifier.classify(question);
    expect(top!.faqId).toBe(expected);
    expect(top!.unitId).toBe(`faq:${expected}`);
    expect(top!.probability).toBeGreaterThan(second!.probability);
  });

  it('gives a probability distribution over every entry, best first', () => {
    const ranked = classifier.classify('when do you open');
    expect(ranked.map((p) => p.faqId).sort()).toEqual(FAQ.map((e) => e.id).sort());
    expect(ranked.reduce((sum, p) => sum + p.probability, 0)).toBeCloseTo(1, 6);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1]!.probability).toBeGreaterThanOrEqual(ranked[i]!.probability);
    expect(classifier.classify('when do you open', 1)).toHaveLength(1);
  });

  it('is unsure of a question made of words no paraphrase has', () => {
    const [top] = classifier.classify('zyxxy qwertz');
    expect(top!.probability).toBeLessThan(0.5);
  });

  it('trains the same model from the same entries', () => {
    const again = createFaqClassifier({ faq: FAQ, tokenizer, glossary, model });
    expect(again.classify('送货范围')).toEqual(classifier.classify('送货范围'));
    expect(again.exampleCount).toBe(FAQ.flatMap((e) => Object.values(e.questions).flat()).length);
  });
});

describe('createFeaturizer', () => {
  it('uses the tokenizer’s words and bigrams, glossary concepts across languages and Latin prefixes', () => {
    const featurize = createFeaturizer({ tokenizer, glossary });
    const zh = featurize('无麸质面包');
    expect(zh).toEqual(expect.arrayContaining(['t:无麸质', 't:面包', 't:麸质']));
    // One concept for the zh and the Italian wording: what lets a paraphrase in one language teach another.
    const concept = zh.find((f) => f.startsWith('c:'));
    expect(concept).toBeDefined();
    expect(featurize('pane senza glutine')).toContain(concept);
    expect(featurize('lieferkosten')).toContain('p:liefe');
    expect(createFeaturizer({ tokenizer, glossary }, { concepts: false, latinPrefixes: false })('lieferkosten senza glutine')).toEqual(
      expect.not.arrayContaining([expect.stringMatching(/^[cp]:/)]),
    );
  });
});
