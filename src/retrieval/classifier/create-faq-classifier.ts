import { performance } from 'node:perf_hooks';
import { unitIds } from '../../knowledge/create-catalog.js';
import type { FaqEntry } from '../../knowledge/schemas.js';
import type { GlossaryMatcher } from '../create-glossary-matcher.js';
import type { Tokenizer } from '../create-tokenizer.js';
import { createFeaturizer, type FeaturizeOptions } from './featurize-question.js';
import { trainNaiveBayes, type NaiveBayesOptions } from './train-naive-bayes.js';
import { trainSoftmax, type SoftmaxOptions, type SparseExample } from './train-softmax.js';

export interface FaqPrediction {
  faqId: string;
  /** The unit id the retriever gives this entry (`faq:<id>`). */
  unitId: string;
  probability: number;
}

export interface FaqClassifier {
  /** The FAQ entries, most probable first (at most `k`). */
  classify(text: string, k?: number): FaqPrediction[];
  /** Distinct features seen in training. */
  featureCount: number;
  exampleCount: number;
  /** How long featurizing and training took. */
  trainMs: number;
  /** Of which featurizing the paraphrases (segmenting, glossary matching). */
  featurizeMs: number;
  /** Bytes held by the model's weight arrays. */
  modelBytes: number;
}

export type FaqClassifierModel = { kind: 'softmax'; options?: SoftmaxOptions } | { kind: 'naive-bayes'; options?: NaiveBayesOptions };

export interface CreateFaqClassifierDeps {
  faq: FaqEntry[];
  tokenizer: Pick<Tokenizer, 'analyze'>;
  glossary?: Pick<GlossaryMatcher, 'match'>;
  model?: FaqClassifierModel;
  features?: FeaturizeOptions;
}

/**
 * A classifier from a seller's question to the FAQ entry it asks, trained on the entries' paraphrases in every
 * language at build time (nothing is downloaded or saved: a few hundred milliseconds per build).
 */
export function createFaqClassifier(deps: CreateFaqClassifierDeps): FaqClassifier {
  const started = performance.now();
  const featurize = createFeaturizer(deps, deps.features);
  const model = deps.model ?? { kind: 'softmax' };
  const ids = deps.faq.map((e) => e.id);
  const index = new Map<string, number>();
  const examples: SparseExample[] = [];
  deps.faq.forEach((entry, label) => {
    for (const list of Object.values(entry.questions)) {
      for (const question of list ?? []) {
        const features = featurize(question).map((name) => {
          let f = index.get(name);
          if (f === undefined) index.set(name, (f = index.size));
          return f;
        });
        examples.push({ features, label });
      }
    }
  });
  const featurizeMs = performance.now() - started;
  const trained =
    model.kind === 'softmax'
      ? trainSoftmax(examples, index.size, ids.length, model.options)
      : trainNaiveBayes(examples, index.size, ids.length, model.options);
  const modelBytes = 'weights' in trained ? trained.weights.byteLength + trained.bias.byteLength : trained.logLikelihood.byteLength;
  const trainMs = performance.now() - started;

  return {
    featureCount: index.size,
    exampleCount: examples.length,
    trainMs,
    featurizeMs,
    modelBytes,
    classify(text, k = ids.length) {
      // Words no paraphrase has say nothing about which entry is meant.
      const known = featurize(text).flatMap((name) => {
        const f = index.get(name);
        return f === undefined ? [] : [f];
      });
      if (ids.length === 0) return [];
      const probs = trained.predict(known);
      return ids
        .map((faqId, c) => ({ faqId, unitId: unitIds.faq(faqId), probability: probs[c]! }))
        .sort((a, b) => b.probability - a.probability)
        .slice(0, k);
    },
  };
}
