import { randomUUID } from 'node:crypto';
import type { AnswerRequest, AnswerResult } from '../contract/types.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { detectLang } from '../lang/detect-lang.js';
import { buildUnits } from '../retrieval/build-units.js';
import { createTokenizer } from '../retrieval/create-tokenizer.js';
import { HashedEmbeddings } from '../retrieval/hashed-embeddings.js';
import { loadVectorIndex } from '../retrieval/vector-index.js';

export interface Baseline {
  answer(req: AnswerRequest): Promise<{ result: AnswerResult; ranking: string[][] }>;
}

/**
 * What a plain LangChain setup would do: HNSWLib over the article chunks with the same offline embeddings, no lexical
 * index, no FAQ layer, no glossary; answer with the nearest chunk, abstain below a similarity floor.
 */
export async function createBaseline(kb: KnowledgeBase, indexDir: string, minSimilarity = 0.3): Promise<Baseline> {
  const { units, docs } = buildUnits({ ...kb, faq: [], rulesPassages: [] });
  const embeddings = new HashedEmbeddings({ tokenizer: createTokenizer() });
  const index = await loadVectorIndex({ dir: indexDir, docs, embeddings, embeddingsId: `baseline-${embeddings.id}`, knowledgeHash: kb.hash });
  const byId = new Map(units.map((u) => [u.id, u]));
  return {
    async answer(req) {
      const hits = await index.search(req.text, 10);
      const top = hits[0];
      const unit = top ? byId.get(top.unitId) : undefined;
      const abstained = !unit || !top || top.similarity < minSimilarity;
      const text = abstained || !unit ? 'I do not know.' : unit.text;
      const result: AnswerResult = {
        id: randomUUID(),
        text,
        body: text,
        lang: detectLang(req.text),
        sources: unit && !abstained ? [{ id: unit.group, title: unit.title, date: unit.date }] : [],
        tool: null,
        abstained,
        confidence: top?.similarity ?? 0,
        route: abstained ? 'abstain' : 'passage',
      };
      return { result, ranking: hits.map((h) => byId.get(h.unitId)?.sourceIds ?? []) };
    },
  };
}
