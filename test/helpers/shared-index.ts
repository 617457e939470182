import { inject } from 'vitest';
import { tempIndexDir } from './fixture-retriever.js';
import type { KnowledgeChoice } from './knowledge-dirs.js';

export interface SharedIndexDirs {
  fixture: string;
  real: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    indexDirs: SharedIndexDirs;
  }
}

/**
 * The index directory built by test/helpers/global-setup.ts for this knowledge base. Test files only read it: its
 * files are named by their key, so a file that needs another build (edited knowledge, other embeddings) writes its
 * own beside them. Without the global setup (a file run on its own by some other runner), a fresh temp dir.
 */
export function sharedIndexDir(knowledge: KnowledgeChoice): string {
  const dirs = inject('indexDirs') as SharedIndexDirs | undefined;
  return dirs?.[knowledge] ?? tempIndexDir(`${knowledge}-index`);
}
