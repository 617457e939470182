import { StoreError } from './store-error.js';
import type { RecordExchangeInput, Store } from './types.js';

export interface ExchangeRecorderOptions {
  store: Pick<Store, 'recordExchange'>;
  /** Waits before each retry of a write the database did not take (it was out of reach). */
  retryDelaysMs?: readonly number[];
  /** Writes waiting for a retry at once; past it, a failed write is lost at once (memory stays bounded). */
  maxWaiting?: number;
  /** Told of each failed write as a retry is scheduled (attempt 1 is the first retry). */
  onRetry?: (error: unknown, attempt: number) => void;
  onLost?: (error: unknown) => void;
}

export interface ExchangeRecorder {
  /** Records now, or keeps retrying in the background; never throws, never makes the answer wait for a retry. */
  record(input: RecordExchangeInput): Promise<void>;
  counts(): { retried: number; lost: number; waiting: number };
  /** Waits (up to `timeoutMs`) for the writes still being retried, e.g. before the process exits. */
  flush(timeoutMs: number): Promise<void>;
}

const DEFAULT_DELAYS = [500, 1_000, 2_000, 4_000, 8_000];

function isTransient(error: unknown): boolean {
  if (error instanceof StoreError && error.unreachable) return true;
  const code = (error as { cause?: { code?: unknown } }).cause?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

/**
 * Recording an exchange must never cost the seller the answer: the answer goes out whatever the database does. A
 * write that fails because the database is out of reach is retried in the background (about 15 s in all), then
 * counted as lost with a log line; one the database refuses (a bad row) is lost at once.
 */
export function createExchangeRecorder(options: ExchangeRecorderOptions): ExchangeRecorder {
  const delays = options.retryDelaysMs ?? DEFAULT_DELAYS;
  const maxWaiting = options.maxWaiting ?? 10_000;
  let retried = 0;
  let lost = 0;
  const waiting = new Set<Promise<void>>();

  const loseIt = (error: unknown) => {
    lost++;
    options.onLost?.(error);
  };

  async function retry(input: RecordExchangeInput, first: unknown): Promise<void> {
    let last = first;
    for (const [i, delay] of delays.entries()) {
      // Said before the wait, so the log shows the failure when it happens.
      options.onRetry?.(last, i + 1);
      await new Promise((resolve) => setTimeout(resolve, delay).unref());
      retried++;
      try {
        await options.store.recordExchange(input);
        return;
      } catch (error) {
        last = error;
        if (!isTransient(error)) break;
      }
    }
    loseIt(last);
  }

  return {
    async record(input) {
      try {
        await options.store.recordExchange(input);
      } catch (error) {
        if (!isTransient(error) || waiting.size >= maxWaiting) return loseIt(error);
        const pending: Promise<void> = retry(input, error).finally(() => waiting.delete(pending));
        waiting.add(pending);
      }
    },
    counts: () => ({ retried, lost, waiting: waiting.size }),
    async flush(timeoutMs) {
      if (waiting.size === 0) return;
      await Promise.race([Promise.allSettled([...waiting]), new Promise((resolve) => setTimeout(resolve, timeoutMs).unref())]);
    },
  };
}
