import { createCore, type Core } from '../../src/app/create-core.js';
import { knowledgeDirOf, type KnowledgeChoice } from './knowledge-dirs.js';
import { sharedIndexDir } from './shared-index.js';

const cores = new Map<KnowledgeChoice, Promise<Core>>();

/**
 * One real core per test file and knowledge base, over the index the global setup built. `real` (the default, for
 * the tests written before the fixture existed) is the shipped knowledge; unit tests should ask for `fixture`.
 */
export function getSharedCore(options: { knowledge?: KnowledgeChoice } = {}): Promise<Core> {
  const knowledge = options.knowledge ?? 'real';
  let core = cores.get(knowledge);
  if (!core) {
    core = createCore({ knowledgeDir: knowledgeDirOf(knowledge), indexDir: sharedIndexDir(knowledge), threshold: 0.4, maxChars: 1000 });
    cores.set(knowledge, core);
  }
  return core;
}
