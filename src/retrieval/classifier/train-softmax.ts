/**
 * Multinomial logistic regression over sparse binary features, trained by stochastic gradient descent with L2
 * decay. Small enough to train at every index build (a few thousand paraphrases, tens of classes) and deterministic:
 * the example order comes from a seeded generator, so one knowledge base always gives one model.
 */
export interface SparseExample {
  /** Feature indexes present in the example (each once). */
  features: number[];
  label: number;
}

export interface SoftmaxOptions {
  epochs?: number;
  learningRate?: number;
  /** L2 decay per update on the weights an example touches. */
  l2?: number;
  seed?: number;
}

export interface SoftmaxModel {
  numClasses: number;
  /** Row-major: feature f's weight for class c at f * numClasses + c. */
  weights: Float32Array;
  bias: Float32Array;
  /** Class probabilities for an example's feature indexes (unknown features already left out). */
  predict(features: number[]): Float64Array;
}

export function trainSoftmax(examples: SparseExample[], numFeatures: number, numClasses: number, options: SoftmaxOptions = {}): SoftmaxModel {
  // Chosen on eval/questions.jsonl (the tuning set): more epochs or a smaller step gain nothing there and cost time.
  const { epochs = 10, learningRate = 2, l2 = 1e-5, seed = 1 } = options;
  const weights = new Float32Array(numFeatures * numClasses);
  const bias = new Float32Array(numClasses);
  const probs = new Float64Array(numClasses);
  const random = mulberry32(seed);
  const order = examples.map((_, i) => i);

  const forward = (features: number[], out: Float64Array) => {
    // Binary features scaled to unit length: a long question does not get more confident by being long.
    const x = features.length > 0 ? 1 / Math.sqrt(features.length) : 0;
    for (let c = 0; c < numClasses; c++) out[c] = bias[c]!;
    for (const f of features) {
      const row = f * numClasses;
      for (let c = 0; c < numClasses; c++) out[c] += weights[row + c]! * x;
    }
    softmaxInPlace(out);
    return x;
  };

  let step = 0;
  const total = epochs * examples.length;
  for (let epoch = 0; epoch < epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) {
      const { features, label } = examples[i]!;
      const rate = learningRate / (1 + (4 * step++) / total);
      const x = forward(features, probs);
      const decay = 1 - rate * l2;
      for (let c = 0; c < numClasses; c++) {
        const g = probs[c]! - (c === label ? 1 : 0);
        bias[c] -= rate * g;
        probs[c] = rate * g * x;
      }
      for (const f of features) {
        const row = f * numClasses;
        for (let c = 0; c < numClasses; c++) weights[row + c] = weights[row + c]! * decay - probs[c]!;
      }
    }
  }

  return {
    numClasses,
    weights,
    bias,
    predict(features) {
      const out = new Float64Array(numClasses);
      forward(features, out);
      return out;
    },
  };
}

export function softmaxInPlace(scores: Float64Array): void {
  let max = -Infinity;
  for (const s of scores) if (s > max) max = s;
  let sum = 0;
  for (let c = 0; c < scores.length; c++) sum += scores[c] = Math.exp(scores[c]! - max);
  for (let c = 0; c < scores.length; c++) scores[c] /= sum;
}

function shuffle(a: number[], random: () => number): void {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
}

function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
