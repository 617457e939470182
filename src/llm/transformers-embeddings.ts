import { basename, dirname, resolve } from 'node:path';
import { Embeddings } from '@langchain/core/embeddings';

// The optional package is not a dependency: a variable specifier keeps the compiler and bundlers from resolving it.
const TRANSFORMERS_PACKAGE = '@huggingface/transformers';

export class LocalEmbeddingsError extends Error {
  override name = 'LocalEmbeddingsError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The part of Transformers.js this class uses. */
interface TransformersModule {
  env: { allowRemoteModels: boolean; allowLocalModels: boolean; localModelPath: string };
  pipeline(task: 'feature-extraction', model: string, options?: Record<string, unknown>): Promise<FeatureExtractor>;
}
type FeatureExtractor = (texts: string[], options: { pooling: 'mean'; normalize: boolean }) => Promise<{ tolist(): number[][] }>;

export type ImportModule = (specifier: string) => Promise<unknown>;

export interface TransformersEmbeddingsOptions {
  /** A model directory in the Transformers.js layout (config.json, tokenizer.json, onnx/model*.onnx). */
  modelDir: string;
  /** Loads the package; injectable so the missing-package path can be tested. */
  importModule?: ImportModule;
  batchSize?: number;
}

export const LOCAL_EMBEDDINGS_INSTALL =
  'EMBEDDINGS_PROVIDER=local needs Transformers.js, which this project does not install: run `npm install @huggingface/transformers`, ' +
  'then put a sentence-embedding model exported for Transformers.js (e.g. a multilingual MiniLM/E5 with onnx/ weights) in EMBEDDINGS_LOCAL_DIR. ' +
  'Nothing is downloaded at run time.';

/** Sentence embeddings computed in-process from a model directory on disk, with remote model loading disabled. */
export class TransformersEmbeddings extends Embeddings {
  private extractor: Promise<FeatureExtractor> | null = null;
  private readonly batchSize: number;

  constructor(private readonly options: TransformersEmbeddingsOptions) {
    super({});
    this.batchSize = options.batchSize ?? 16;
  }

  /** Loads the package and the model now, so a missing package or model fails at start, not on the first question. */
  async load(): Promise<void> {
    await this.getExtractor();
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    const extractor = await this.getExtractor();
    const vectors: number[][] = [];
    for (let i = 0; i < texts.length; i += this.batchSize) {
      const output = await extractor(texts.slice(i, i + this.batchSize), { pooling: 'mean', normalize: true });
      vectors.push(...output.tolist());
    }
    return vectors;
  }

  async embedQuery(text: string): Promise<number[]> {
    const [vector] = await this.embedDocuments([text]);
    if (!vector) throw new LocalEmbeddingsError('the local model returned no vector');
    return vector;
  }

  private getExtractor(): Promise<FeatureExtractor> {
    // A failed load is not cached: fixing the directory and retrying works without a restart.
    this.extractor ??= this.loadExtractor().catch((error: unknown) => {
      this.extractor = null;
      throw error;
    });
    return this.extractor;
  }

  private async loadExtractor(): Promise<FeatureExtractor> {
    const importModule = this.options.importModule ?? ((s: string) => import(s));
    let transformers: TransformersModule;
    try {
      transformers = (await importModule(TRANSFORMERS_PACKAGE)) as TransformersModule;
    } catch (error) {
      throw new LocalEmbeddingsError(LOCAL_EMBEDDINGS_INSTALL, { cause: error });
    }
    const dir = resolve(this.options.modelDir);
    transformers.env.allowRemoteModels = false;
    transformers.env.allowLocalModels = true;
    transformers.env.localModelPath = dirname(dir);
    try {
      return await transformers.pipeline('feature-extraction', basename(dir), { local_files_only: true });
    } catch (error) {
      throw new LocalEmbeddingsError(`could not load the local embeddings model from ${dir}`, { cause: error });
    }
  }
}
