import type { GlossaryMatcher } from '../create-glossary-matcher.js';
import type { Tokenizer } from '../create-tokenizer.js';

export interface FeaturizeOptions {
  /** Glossary concept ids as features: the same feature for 本地托管, local hosting and lokales Hosting. */
  concepts?: boolean;
  /**
   * The first five letters of each longer Latin word as a feature too: the tokenizer stems English only, so
   * "erklären"/"erklärung" or "spedizione"/"spedizioni" would otherwise be unrelated words.
   */
  latinPrefixes?: boolean;
}

export type Featurize = (text: string) => string[];

const LATIN_ONLY = /^[a-z]+$/;

/** A question as a set of feature names, from the project's own tokenizer (and glossary), each name once. */
export function createFeaturizer(
  deps: { tokenizer: Pick<Tokenizer, 'analyze'>; glossary?: Pick<GlossaryMatcher, 'match'> },
  options: FeaturizeOptions = {},
): Featurize {
  const { concepts = true, latinPrefixes = true } = options;
  return (text) => {
    const { tokens } = deps.tokenizer.analyze(text);
    const features = new Set(tokens.map((t) => `t:${t}`));
    if (latinPrefixes) for (const t of tokens) if (t.length > 6 && LATIN_ONLY.test(t)) features.add(`p:${t.slice(0, 5)}`);
    if (concepts && deps.glossary) for (const c of deps.glossary.match(text).concepts) features.add(`c:${c}`);
    return [...features];
  };
}
