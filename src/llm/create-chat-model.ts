import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { ChatOllama } from '@langchain/ollama';
import { ChatOpenAI } from '@langchain/openai';
import type { Config } from '../config.js';

export type ChatModelConfig = Pick<Config, 'LLM_PROVIDER' | 'LLM_BASE_URL' | 'LLM_API_KEY' | 'LLM_MODEL' | 'LLM_TIMEOUT_MS'>;

export class ChatModelConfigError extends Error {
  override name = 'ChatModelConfigError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

// Keyless OpenAI-compatible servers (vLLM, LM Studio) still need a non-empty key for the client to start.
const PLACEHOLDER_KEY = 'not-needed';

/** The configured chat model, or null when no LLM_PROVIDER is set (the offline default). */
export function createChatModel(config: ChatModelConfig): BaseChatModel | null {
  const provider = config.LLM_PROVIDER;
  if (!provider) return null;
  const model = config.LLM_MODEL;
  if (!model) throw new ChatModelConfigError('LLM_MODEL is required when LLM_PROVIDER is set');
  if (provider === 'openai') {
    if (!config.LLM_API_KEY && !config.LLM_BASE_URL) {
      throw new ChatModelConfigError('LLM_API_KEY (or LLM_BASE_URL for a keyless local server) is required for LLM_PROVIDER=openai');
    }
    return new ChatOpenAI({
      model,
      apiKey: config.LLM_API_KEY ?? PLACEHOLDER_KEY,
      // Grounded answers, not creative ones.
      temperature: 0,
      timeout: config.LLM_TIMEOUT_MS,
      // The deterministic answer is the retry: a slow provider must not hold the seller for several timeouts.
      maxRetries: 0,
      ...(config.LLM_BASE_URL ? { configuration: { baseURL: config.LLM_BASE_URL } } : {}),
    });
  }
  return new ChatOllama({
    model,
    temperature: 0,
    maxRetries: 0,
    ...(config.LLM_BASE_URL ? { baseUrl: config.LLM_BASE_URL } : {}),
  });
}
