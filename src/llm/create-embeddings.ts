import { basename, resolve } from 'node:path';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { OllamaEmbeddings } from '@langchain/ollama';
import { OpenAIEmbeddings } from '@langchain/openai';
import type { Config } from '../config.js';
import { TransformersEmbeddings, type ImportModule } from './transformers-embeddings.js';

export type EmbeddingsConfig = Pick<
  Config,
  'EMBEDDINGS_PROVIDER' | 'EMBEDDINGS_BASE_URL' | 'EMBEDDINGS_API_KEY' | 'EMBEDDINGS_MODEL' | 'EMBEDDINGS_LOCAL_DIR'
>;

export interface ConfiguredEmbeddings {
  model: EmbeddingsInterface;
  /** `provider:model`, recorded in the vector index metadata: a change rebuilds the index. */
  id: string;
}

export class EmbeddingsConfigError extends Error {
  override name = 'EmbeddingsConfigError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

const PLACEHOLDER_KEY = 'not-needed';

/**
 * The configured embeddings, or undefined when EMBEDDINGS_PROVIDER is unset (the offline hashed embeddings are used).
 * A local model is loaded here, so a missing package or model directory fails at start with instructions.
 */
export async function createEmbeddings(
  config: EmbeddingsConfig,
  deps: { importModule?: ImportModule } = {},
): Promise<ConfiguredEmbeddings | undefined> {
  const provider = config.EMBEDDINGS_PROVIDER;
  if (!provider) return undefined;
  if (provider === 'local') {
    const dir = config.EMBEDDINGS_LOCAL_DIR;
    if (!dir) throw new EmbeddingsConfigError('EMBEDDINGS_LOCAL_DIR is required for EMBEDDINGS_PROVIDER=local');
    const model = new TransformersEmbeddings({ modelDir: dir, importModule: deps.importModule });
    await model.load();
    return { model, id: `local:${config.EMBEDDINGS_MODEL ?? basename(resolve(dir))}` };
  }
  const name = config.EMBEDDINGS_MODEL;
  if (!name) throw new EmbeddingsConfigError('EMBEDDINGS_MODEL is required for this provider');
  if (provider === 'openai') {
    const model = new OpenAIEmbeddings({
      model: name,
      apiKey: config.EMBEDDINGS_API_KEY ?? PLACEHOLDER_KEY,
      // Plain floats: several OpenAI-compatible servers (Ollama, older vLLM) do not implement base64 vectors.
      encodingFormat: 'float',
      maxRetries: 2,
      ...(config.EMBEDDINGS_BASE_URL ? { configuration: { baseURL: config.EMBEDDINGS_BASE_URL } } : {}),
    });
    return { model, id: `openai:${name}` };
  }
  const model = new OllamaEmbeddings({ model: name, ...(config.EMBEDDINGS_BASE_URL ? { baseUrl: config.EMBEDDINGS_BASE_URL } : {}) });
  return { model, id: `ollama:${name}` };
}
