import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createExchangeRecorder } from '../../src/store/create-exchange-recorder.js';
import { StoreError } from '../../src/store/store-error.js';
import { makeExchange } from './helpers.js';

const unreachable = () => new StoreError('store: INSERT failed: PostgreSQL is unreachable', { unreachable: true });

describe('exchange recorder', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('retries a write the database did not take, in the background, and it lands once the database is back', async () => {
    let down = true;
    const written: string[] = [];
    const recorder = createExchangeRecorder({
      store: {
        recordExchange: async (input) => {
          if (down) throw unreachable();
          written.push(input.result.id);
          return { questionId: written.length, answerId: input.result.id };
        },
      },
      retryDelaysMs: [100, 200, 400],
    });
    // The caller (the answer) is not kept waiting for the retries.
    await recorder.record(makeExchange('a1', 'q'));
    expect(recorder.counts()).toEqual({ retried: 0, lost: 0, waiting: 1 });
    await vi.advanceTimersByTimeAsync(100);
    expect(recorder.counts()).toMatchObject({ retried: 1, waiting: 1 });
    down = false;
    await vi.advanceTimersByTimeAsync(200);
    expect(written).toEqual(['a1']);
    expect(recorder.counts()).toEqual({ retried: 2, lost: 0, waiting: 0 });
  });

  it('counts a write lost after the last retry, and one the database refuses at once', async () => {
    const lost: unknown[] = [];
    let refuse = false;
    const recorder = createExchangeRecorder({
      store: {
        recordExchange: async () => {
          throw refuse ? new StoreError('store: recordExchange failed', { cause: new Error('UNIQUE constraint failed') }) : unreachable();
        },
      },
      retryDelaysMs: [100, 200],
      onLost: (error) => lost.push(error),
    });
    await recorder.record(makeExchange('a1', 'q'));
    await vi.advanceTimersByTimeAsync(300);
    expect(recorder.counts()).toEqual({ retried: 2, lost: 1, waiting: 0 });
    refuse = true;
    await recorder.record(makeExchange('a2', 'q'));
    expect(recorder.counts()).toEqual({ retried: 2, lost: 2, waiting: 0 });
    expect(lost).toHaveLength(2);
  });

  it('keeps at most maxWaiting writes for retries; past that a failure is lost at once', async () => {
    const recorder = createExchangeRecorder({ store: { recordExchange: async () => Promise.reject(unreachable()) }, retryDelaysMs: [1000], maxWaiting: 2 });
    for (const id of ['a', 'b', 'c']) await recorder.record(makeExchange(id, 'q'));
    expect(recorder.counts()).toEqual({ retried: 0, lost: 1, waiting: 2 });
    const flushed = recorder.flush(5000);
    await vi.advanceTimersByTimeAsync(1000);
    await flushed;
    expect(recorder.counts()).toEqual({ retried: 2, lost: 3, waiting: 0 });
  });
});
