import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ChatOllama } from '@langchain/ollama';
import { ChatOpenAI } from '@langchain/openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../src/app/create-core.js';
import {
  createChatModel,
  createEmbeddings,
  LocalEmbeddingsError,
  TransformersEmbeddings,
  type EmbeddingsConfig,
} from '../../src/llm/index.js';
import { loadVectorIndex } from '../../src/retrieval/vector-index.js';
import { startOpenAIStub, type OpenAIStub } from './openai-stub.js';

const DIMS = 32;
/** A deterministic toy embedding: character hashes, so similar texts get similar vectors. */
function toyEmbedding(text: string): number[] {
  const v = new Array<number>(DIMS).fill(0);
  for (const ch of text.toLowerCase()) v[(ch.codePointAt(0) ?? 0) % DIMS]! += 1;
  const norm = Math.hypot(...v) || 1;
  return v.map((x) => x / norm);
}

const DOCS = [
  { id: 'd1', unitId: 'u1', text: 'Local Hosting launched on 16 January 2026', isQuestion: false },
  { id: 'd2', unitId: 'u2', text: 'VAT rates: Germany 19%, France 20%', isQuestion: false },
  { id: 'd3', unitId: 'u3', text: '本地托管于2026年1月16日上线', isQuestion: false },
];

const openaiConfig = (baseURL: string, model: string): EmbeddingsConfig => ({
  EMBEDDINGS_PROVIDER: 'openai',
  EMBEDDINGS_BASE_URL: baseURL,
  EMBEDDINGS_API_KEY: undefined,
  EMBEDDINGS_MODEL: model,
  EMBEDDINGS_LOCAL_DIR: undefined,
});

const readMeta = async (dir: string) => JSON.parse(await readFile(join(dir, 'meta.json'), 'utf8')) as { embeddings: string };

describe('createEmbeddings with an OpenAI-compatible embeddings server on loopback', () => {
  let stub: OpenAIStub;
  beforeAll(async () => {
    stub = await startOpenAIStub({ embed: (text) => toyEmbedding(text) });
  });
  afterAll(async () => {
    await stub.close();
  });

  it('is used by the vector index, which is rebuilt when the model changes and reused when it does not', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'llm-embed-')), 'index');
    const load = async (model: string) => {
      const embeddings = (await createEmbeddings(openaiConfig(stub.baseURL, model)))!;
      return { embeddings, index: await loadVectorIndex({ dir, docs: DOCS, embeddings: embeddings.model, embeddingsId: embeddings.id, knowledgeHash: 'k1' }) };
    };

    const a = await load('embed-a');
    expect(a.embeddings.id).toBe('openai:embed-a');
    expect(a.index.built).toBe(true);
    const embedded = stub.embeddingRequests.flatMap((r) => (Array.isArray(r.input) ? r.input : [r.input]));
    expect(embedded.sort()).toEqual(DOCS.map((d) => d.text).sort());
    expect(stub.embeddingRequests.every((r) => r.model === 'embed-a')).toBe(true);
    expect((await readMeta(dir)).embeddings).toBe('openai:embed-a');

    const before = stub.embeddingRequests.length;
    const hits = await a.index.search('Local Hosting launched', 1);
    expect(hits[0]!.unitId).toBe('u1');
    expect(stub.embeddingRequests.length).toBe(before + 1); // the query went to the server too

    const again = await load('embed-a');
    expect(again.index.built).toBe(false);
    expect(stub.embeddingRequests.length).toBe(before + 1);

    const b = await load('embed-b');
    expect(b.index.built).toBe(true);
    expect(stub.embeddingRequests.at(-1)!.model).toBe('embed-b');
    expect((await readMeta(dir)).embeddings).toBe('openai:embed-b');
  });

  it('feeds the core retriever when passed to createCore', async () => {
    const indexDir = join(mkdtempSync(join(tmpdir(), 'llm-core-')), 'index');
    const embeddings = await createEmbeddings(openaiConfig(stub.baseURL, 'embed-core'));
    const core = await createCore({ knowledgeDir: 'knowledge', indexDir, threshold: 0.4, maxChars: 1000 }, { embeddings });
    expect(core.current().retriever.vectorIndexBuilt).toBe(true);
    expect(stub.embeddingRequests.some((r) => r.model === 'embed-core')).toBe(true);
    expect((await readMeta(indexDir)).embeddings).toBe('openai:embed-core');
    const result = await core.answer({ text: 'When did Local Hosting launch?' });
    expect(result.sources.map((s) => s.id)).toContain('lh-overview');
  });
});

describe('createEmbeddings and createChatModel from config', () => {
  it('return nothing when no provider is set, so the offline default is unchanged', async () => {
    expect(await createEmbeddings({ EMBEDDINGS_PROVIDER: undefined, EMBEDDINGS_BASE_URL: undefined, EMBEDDINGS_API_KEY: undefined, EMBEDDINGS_MODEL: undefined, EMBEDDINGS_LOCAL_DIR: undefined })).toBeUndefined();
    expect(createChatModel({ LLM_PROVIDER: undefined, LLM_BASE_URL: undefined, LLM_API_KEY: undefined, LLM_MODEL: undefined, LLM_TIMEOUT_MS: 20_000 })).toBeNull();
  });

  it.each([
    { provider: 'openai' as const, type: ChatOpenAI, key: 'sk-test', url: 'http://127.0.0.1:1/v1' },
    { provider: 'ollama' as const, type: ChatOllama, key: undefined, url: 'http://127.0.0.1:11434' },
  ])('builds a $provider chat model', ({ provider, type, key, url }) => {
    const model = createChatModel({ LLM_PROVIDER: provider, LLM_BASE_URL: url, LLM_API_KEY: key, LLM_MODEL: 'qwen2.5', LLM_TIMEOUT_MS: 20_000 });
    expect(model).toBeInstanceOf(type);
    if (model instanceof ChatOpenAI) {
      expect(model.model).toBe('qwen2.5');
      // The deterministic answer is the retry: no client retries that multiply the wait.
      expect((model.caller as unknown as { maxRetries: number }).maxRetries).toBe(0);
    }
    if (model instanceof ChatOllama) expect(model.baseUrl).toBe(url);
  });

  it('rejects an incomplete chat model config', () => {
    expect(() => createChatModel({ LLM_PROVIDER: 'openai', LLM_BASE_URL: undefined, LLM_API_KEY: undefined, LLM_MODEL: 'x', LLM_TIMEOUT_MS: 20_000 })).toThrow(/LLM_API_KEY/);
    expect(() => createChatModel({ LLM_PROVIDER: 'ollama', LLM_BASE_URL: undefined, LLM_API_KEY: undefined, LLM_MODEL: undefined, LLM_TIMEOUT_MS: 20_000 })).toThrow(/LLM_MODEL/);
  });

  it('builds ollama embeddings with an id that names the model', async () => {
    const e = await createEmbeddings({ EMBEDDINGS_PROVIDER: 'ollama', EMBEDDINGS_BASE_URL: 'http://127.0.0.1:11434', EMBEDDINGS_API_KEY: undefined, EMBEDDINGS_MODEL: 'bge-m3', EMBEDDINGS_LOCAL_DIR: undefined });
    expect(e?.id).toBe('ollama:bge-m3');
  });

  const localConfig = (dir: string): EmbeddingsConfig => ({
    EMBEDDINGS_PROVIDER: 'local',
    EMBEDDINGS_BASE_URL: undefined,
    EMBEDDINGS_API_KEY: undefined,
    EMBEDDINGS_MODEL: undefined,
    EMBEDDINGS_LOCAL_DIR: dir,
  });

  it('local: a missing @huggingface/transformers fails at start with install instructions', async () => {
    const missing = () => Promise.reject(Object.assign(new Error("Cannot find package '@huggingface/transformers'"), { code: 'ERR_MODULE_NOT_FOUND' }));
    const attempt = createEmbeddings(localConfig('/models/multilingual-e5-small'), { importModule: missing });
    await expect(attempt).rejects.toBeInstanceOf(LocalEmbeddingsError);
    await expect(attempt).rejects.toThrow(/npm install @huggingface\/transformers/);
  });

  it('local: loads the model from the directory with remote models disabled and pools vectors', async () => {
    const env = { allowRemoteModels: true, allowLocalModels: false, localModelPath: '/models/' };
    const loaded: Array<{ model: string; options: unknown }> = [];
    const fake = {
      env,
      pipeline: async (_task: string, model: string, options: unknown) => {
        loaded.push({ model, options });
        return async (texts: string[], opts: { pooling: string; normalize: boolean }) => {
          expect(opts).toEqual({ pooling: 'mean', normalize: true });
          return { tolist: () => texts.map((t) => toyEmbedding(t)) };
        };
      },
    };
    const e = await createEmbeddings(localConfig('/srv/models/multilingual-e5-small'), { importModule: async () => fake });
    expect(e?.id).toBe('local:multilingual-e5-small');
    expect(env).toEqual({ allowRemoteModels: false, allowLocalModels: true, localModelPath: '/srv/models' });
    expect(loaded).toEqual([{ model: 'multilingual-e5-small', options: { local_files_only: true } }]);
    expect(e!.model).toBeInstanceOf(TransformersEmbeddings);
    const vectors = await e!.model.embedDocuments(Array.from({ length: 20 }, (_, i) => `text ${i}`));
    expect(vectors).toHaveLength(20);
    expect(await e!.model.embedQuery('Local Hosting')).toEqual(toyEmbedding('Local Hosting'));
  });
});
