import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import type { GlossaryMatcher } from './create-glossary-matcher.js';
import { TOKENIZER_VERSION, type Tokenizer } from './create-tokenizer.js';
import { HAN_RUN, normalizeText } from './normalize-text.js';

export interface HashedEmbeddingsOptions {
  tokenizer: Tokenizer;
  /** Without a glossary the vectors carry no cross-language concepts (the evaluation baseline). */
  glossary?: GlossaryMatcher;
  dimensions?: number;
}

/**
 * Deterministic, offline sentence vectors: hashed word tokens, CJK bigrams, Latin character trigrams and glossary
 * concept ids, log-weighted and L2-normalised. No model weights, so nothing to download; the glossary concepts
 * give a zh question and an en passage shared dimensions. A plain class (not LangChain's `Embeddings`): loading
 * @langchain/core cost every start a few hundred milliseconds, and nothing here needs its retries or callbacks.
 */
export class HashedEmbeddings implements EmbeddingsInterface {
  readonly id: string;
  private readonly dims: number;

  constructor(private readonly options: HashedEmbeddingsOptions) {
    this.dims = options.dimensions ?? 1024;
    this.id = `hashed-v1-t${TOKENIZER_VERSION}-${this.dims}${options.glossary ? `-glossary${CONCEPT_WEIGHT}` : ''}`;
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((t) => this.embed(t));
  }

  async embedQuery(text: string): Promise<number[]> {
    return this.embed(text);
  }

  embed(text: string): number[] {
    return this.embedAnalysed(text, this.options.tokenizer.tokenize(text), this.options.glossary?.match(text).concepts ?? []);
  }

  /** The same vector, from the text's tokens and glossary concepts computed already (the index build has them). */
  embedAnalysed(text: string, tokens: string[], concepts: string[]): number[] {
    const counts = new Map<string, number>();
    const add = (feature: string, weight = 1) => counts.set(feature, (counts.get(feature) ?? 0) + weight);
    for (const token of tokens) add(`t:${token}`);
    const latin = normalizeText(text).replace(HAN_RUN, ' ');
    for (const word of latin.split(/[^\p{L}\p{N}]+/u)) {
      if (word.length < 4) continue;
      const padded = `^${word}$`;
      for (let i = 0; i + 3 <= padded.length; i++) add(`c:${padded.slice(i, i + 3)}`, 0.3);
    }
    if (this.options.glossary) for (const concept of concepts) add(concept, CONCEPT_WEIGHT);

    const vector = new Array<number>(this.dims).fill(0);
    for (const [feature, count] of counts) {
      const h = fnv1a(feature);
      const sign = h & 0x80000000 ? -1 : 1;
      vector[h % this.dims]! += sign * (1 + Math.log(count));
    }
    const norm = Math.hypot(...vector) || 1;
    return vector.map((v) => v / norm);
  }
}

const CONCEPT_WEIGHT = 2;

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
