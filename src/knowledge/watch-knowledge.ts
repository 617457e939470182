import { watch } from 'node:fs';
import type { Logger } from 'pino';
import type { ReloadResult } from '../answer/core.js';

/** Dev hot reload: re-reads the knowledge a moment after the last change; a broken file keeps the old knowledge. */
export function watchKnowledge(deps: { dir: string; reload: () => Promise<ReloadResult>; logger: Logger; debounceMs?: number }): () => Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const watcher = watch(deps.dir, { recursive: true }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      deps.reload().then(
        (r) => (r.ok ? deps.logger.info({ articles: r.articles, faq: r.faq }, 'knowledge reloaded') : deps.logger.warn({ problems: r.problems, error: r.error }, 'knowledge reload failed; keeping the old one')),
        (error: unknown) => deps.logger.error({ err: error }, 'knowledge reload crashed'),
      );
    }, deps.debounceMs ?? 300);
  });
  return async () => {
    clearTimeout(timer);
    watcher.close();
  };
}
