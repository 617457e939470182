import { softmaxInPlace, type SparseExample } from './train-softmax.js';

export interface NaiveBayesOptions {
  /** Additive (Laplace/Lidstone) smoothing of the feature counts. */
  alpha?: number;
}

export interface NaiveBayesModel {
  numClasses: number;
  /** Row-major log P(feature | class), feature f for class c at f * numClasses + c. */
  logLikelihood: Float32Array;
  /**
   * Class probabilities for an example's feature indexes: the posterior under a uniform prior (the number of
   * paraphrases an entry has says how much was written for it, not how often sellers ask it).
   */
  predict(features: number[]): Float64Array;
}

/** Multinomial naive Bayes over binary features: the classic text-classification baseline. */
export function trainNaiveBayes(examples: SparseExample[], numFeatures: number, numClasses: number, options: NaiveBayesOptions = {}): NaiveBayesModel {
  const { alpha = 0.1 } = options;
  const counts = new Float64Array(numFeatures * numClasses);
  const totals = new Float64Array(numClasses);
  for (const { features, label } of examples) {
    for (const f of features) counts[f * numClasses + label]++;
    totals[label] += features.length;
  }
  const logLikelihood = new Float32Array(numFeatures * numClasses);
  for (let c = 0; c < numClasses; c++) {
    const denominator = Math.log(totals[c]! + alpha * numFeatures);
    for (let f = 0; f < numFeatures; f++) logLikelihood[f * numClasses + c] = Math.log(counts[f * numClasses + c]! + alpha) - denominator;
  }
  return {
    numClasses,
    logLikelihood,
    predict(features) {
      const out = new Float64Array(numClasses);
      for (const f of features) {
        const row = f * numClasses;
        for (let c = 0; c < numClasses; c++) out[c] += logLikelihood[row + c]!;
      }
      softmaxInPlace(out);
      return out;
    },
  };
}
