// Public API of the optional model mode: chat model and embeddings from config, and the guarded agent answer.
export { createChatModel, ChatModelConfigError } from './create-chat-model.js';
export type { ChatModelConfig } from './create-chat-model.js';
export { createEmbeddings, EmbeddingsConfigError } from './create-embeddings.js';
export type { ConfiguredEmbeddings, EmbeddingsConfig } from './create-embeddings.js';
export { TransformersEmbeddings, LocalEmbeddingsError, LOCAL_EMBEDDINGS_INSTALL } from './transformers-embeddings.js';
export type { TransformersEmbeddingsOptions, ImportModule } from './transformers-embeddings.js';
export { buildSystemPrompt, buildUserMessage, DONT_KNOW } from './prompts.js';
export { createSearchKnowledgeTool, searchPassages, SearchKnowledgeInputSchema } from './search-knowledge-tool.js';
export type { Passage, SearchRecord, SearchKnowledgeToolDeps } from './search-knowledge-tool.js';
export { checkAnswer, extractCitations, saysDontKnow, stripReasoning, figuresOfToolOutput } from './check-answer.js';
export type { AnswerCheck, CheckFailure, Evidence } from './check-answer.js';
export { extractFigures, parseNumber } from './extract-figures.js';
export type { Figure } from './extract-figures.js';
export { createLangchainTools } from './langchain-tools.js';
export { createRequestBudget, createSharedRequestBudget } from './create-request-budget.js';
export type { RequestBudget, RequestBudgetOptions, BudgetCheck } from './create-request-budget.js';
export { createAgentAnswerer, AgentTimeoutError, AgentOutputError } from './create-agent-answerer.js';
export type { AgentAnswererDeps, AgentAnswererOptions, FallbackReason, LlmLog } from './create-agent-answerer.js';
