import { parseConfig, type Config } from '../../src/config.js';
import { createApp, type App } from '../../src/app/create-app.js';
import { tempIndexDir } from './fixture-retriever.js';
import { knowledgeDirOf, type KnowledgeChoice } from './knowledge-dirs.js';
import { sharedIndexDir } from './shared-index.js';

export interface TestAppOptions {
  /** `real` (the default, for the tests written before the fixture existed) or the fixture knowledge base. */
  knowledge?: KnowledgeChoice;
}

/**
 * A real BotService with an in-memory SQLite store, over the index the global setup built (a temp dir when `env`
 * picks its own knowledge or embeddings). `env` overrides config (e.g. RATE_USER_PER_MINUTE for flood tests).
 */
export async function createTestApp(env: Record<string, string> = {}, options: TestAppOptions = {}): Promise<App & { config: Config }> {
  const knowledge = options.knowledge ?? 'real';
  const ownIndex = env.KNOWLEDGE_DIR !== undefined || Object.keys(env).some((k) => k.startsWith('EMBEDDINGS_'));
  const config = parseConfig({
    KNOWLEDGE_DIR: knowledgeDirOf(knowledge),
    INDEX_DIR: ownIndex ? tempIndexDir() : sharedIndexDir(knowledge),
    DB_PATH: ':memory:',
    USER_HASH_SALT: 'test-salt',
    LOG_LEVEL: 'silent',
    ...env,
  });
  const app = await createApp(config);
  return { ...app, config };
}

export async function createTestService(env: Record<string, string> = {}, options: TestAppOptions = {}) {
  return (await createTestApp(env, options)).service;
}
