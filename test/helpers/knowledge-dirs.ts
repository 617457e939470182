import { fileURLToPath } from 'node:url';

/** The small knowledge base unit tests assert against (test/fixtures/knowledge/README.md). */
export const FIXTURE_KNOWLEDGE_DIR = fileURLToPath(new URL('../fixtures/knowledge', import.meta.url));
/** The knowledge base the bot ships with: only test/regression/ asserts its contents. */
export const REAL_KNOWLEDGE_DIR = fileURLToPath(new URL('../../knowledge', import.meta.url));

export type KnowledgeChoice = 'fixture' | 'real';

export const knowledgeDirOf = (choice: KnowledgeChoice) => (choice === 'fixture' ? FIXTURE_KNOWLEDGE_DIR : REAL_KNOWLEDGE_DIR);
