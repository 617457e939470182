// The real rules files, so the tests check the figures the bot ships with.
import { fileURLToPath } from 'node:url';
import { loadRules, type Rules } from '../../src/tools/index.js';

export const RULES_DIR = fileURLToPath(new URL('../../knowledge/rules', import.meta.url));

export function loadRealRules(): Promise<Rules> {
  return loadRules(RULES_DIR);
}
