import { createConcurrentSink, createRunner, createSource, type UpdateSupplier } from '@grammyjs/runner';
import type { Bot, Context } from 'grammy';
import type { Update } from 'grammy/types';
import type { Logger } from 'pino';
import { classifyApiError, describeApiError } from './classify-api-error.js';
import { TelegramFatalError } from './telegram-fatal-error.js';
import type { UpdateJournal } from '../../src/index.js';

export interface StartPollingDeps<C extends Context> {
  bot: Bot<C>;
  journal: UpdateJournal;
  logger: Logger;
  allowedUpdates: ReadonlyArray<Exclude<keyof Update, 'update_id'>>;
  /** How long 409 Conflict may last (a rolling deploy: the old process is still stopping) before giving up. */
  conflictGraceMs?: number;
  /** Long-poll timeout passed to getUpdates, seconds. */
  pollTimeoutSeconds?: number;
  /** Updates handled at once (different chats; one chat's updates always run in order). */
  concurrency?: number;
}

export interface PollingHandle {
  /** Stops fetching (the request in flight is aborted); resolves once the fetch loop has ended. */
  stop(): Promise<void>;
  /** Settles only when polling cannot go on: the token was revoked (401) or another instance keeps polling (409). */
  readonly fatal: Promise<TelegramFatalError>;
  isRunning(): boolean;
}

const MAX_BACKOFF_MS = 30_000;

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', abort);
      resolve();
    }, ms);
    const abort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', abort, { once: true });
  });
}

/**
 * Long polling with @grammyjs/runner's source, sink and runner, and a supplier of our own: every batch from
 * getUpdates is written to the journal before the next getUpdates call acknowledges it (the offset moves only
 * then), so a crash loses nothing Telegram considers delivered. The first batch is what the journal holds unanswered
 * from before a restart. 401 and 409 end polling with a TelegramFatalError; other failures back off and retry.
 */
export function startPolling<C extends Context>(deps: StartPollingDeps<C>): PollingHandle {
  const { bot, journal, logger } = deps;
  const conflictGraceMs = deps.conflictGraceMs ?? 30_000;
  let offset: number | undefined;
  let recovered = false;

  const supplier: UpdateSupplier<Update> = {
    async supply(batchSize, runnerSignal) {
      // The runner's AbortSignal type comes from a shim; at run time it is Node's own.
      const signal = runnerSignal as unknown as AbortSignal;
      if (!recovered) {
        recovered = true;
        // Long polling has one consumer per token: every claim still open belongs to a process that is gone.
        const { updates, abandoned } = await journal.recover({ takeOverClaims: true });
        const pruned = await journal.prune();
        if (updates.length > 0 || abandoned > 0 || pruned.unanswered > 0) {
          logger.info({ recovered: updates.length, abandoned, expired: pruned.unanswered }, 'answering updates accepted before the restart');
        }
        if (updates.length > 0) return updates as Update[];
      }
      let retryInMs = 100;
      let conflictSince: number | undefined;
      for (;;) {
        let updates: Update[];
        try {
          updates = await bot.api.getUpdates(
            { offset, limit: Math.max(1, Math.min(batchSize, 100)), timeout: deps.pollTimeoutSeconds ?? 30, allowed_updates: [...deps.allowedUpdates] },
            runnerSignal,
          );
        } catch (error) {
          if (signal.aborted) throw error;
          const failure = classifyApiError(error);
          if (failure.kind === 'unauthorized') throw new TelegramFatalError('unauthorized', { cause: error });
          if (failure.kind === 'conflict') {
            conflictSince ??= Date.now();
            if (Date.now() - conflictSince >= conflictGraceMs) throw new TelegramFatalError('conflict', { cause: error });
            logger.warn({ graceMs: conflictGraceMs }, 'getUpdates: 409 Conflict, another instance is polling with this token; waiting for it to stop');
          } else {
            logger.warn({ err: describeApiError(error), retryInMs }, 'getUpdates failed; retrying');
          }
          await pause(failure.kind === 'later' && failure.retryAfterMs ? failure.retryAfterMs : retryInMs, signal);
          retryInMs = Math.min(retryInMs * 2, MAX_BACKOFF_MS);
          continue;
        }
        try {
          for (const update of updates) await journal.accept(update);
        } catch (error) {
          // Not kept, so not acknowledged: the same batch comes again.
          logger.error({ err: error }, 'could not keep the updates in the store; fetching them again');
          await pause(retryInMs, signal);
          retryInMs = Math.min(retryInMs * 2, MAX_BACKOFF_MS);
          continue;
        }
        const last = updates.at(-1);
        if (last) offset = last.update_id + 1;
        return updates;
      }
    },
  };

  const sink = createConcurrentSink<Update>(
    { consume: (update) => bot.handleUpdate(update) },
    async (error) => {
      try {
        await bot.errorHandler(error as Parameters<typeof bot.errorHandler>[0]);
      } catch (handlerError) {
        logger.error({ err: handlerError }, 'telegram error handler failed');
      }
    },
    { concurrency: deps.concurrency ?? 500 },
  );
  const runner = createRunner(createSource(supplier), sink);
  runner.start();

  let reportFatal: (error: TelegramFatalError) => void = () => {};
  const fatal = new Promise<TelegramFatalError>((resolve) => (reportFatal = resolve));
  runner.task()?.catch((error: unknown) => {
    if (error instanceof TelegramFatalError) {
      logger.fatal({ reason: error.reason, exitCode: error.exitCode }, error.message);
      reportFatal(error);
    } else {
      const failed = new TelegramFatalError('failed', { cause: error });
      logger.fatal({ err: error, exitCode: failed.exitCode }, failed.message);
      reportFatal(failed);
    }
  });

  return {
    fatal,
    isRunning: () => runner.isRunning(),
    async stop() {
      if (runner.isRunning()) await runner.stop()?.catch(() => undefined);
    },
  };
}
