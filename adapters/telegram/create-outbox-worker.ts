import type { Api } from 'grammy';
import type { Logger } from 'pino';
import { classifyApiError, describeApiError } from './classify-api-error.js';
import type { QueuedReply } from './create-sender.js';
import type { Redact, ReplyOutbox } from '../../src/index.js';

export interface OutboxWorkerDeps {
  api: Api;
  outbox: ReplyOutbox;
  logger: Logger;
  redact: Redact;
  now?: () => number;
  /** Backoff between attempts: doubles from `firstRetryMs` up to `maxRetryMs`, or Telegram's retry_after if longer. */
  firstRetryMs?: number;
  maxRetryMs?: number;
  /** How often the outbox is looked at while running. */
  pollMs?: number;
  /** Replies per pass. */
  batch?: number;
}

export interface OutboxWorker {
  /** One pass over the replies whose time has come. */
  runDue(): Promise<{ delivered: number; retrying: number; undelivered: number }>;
  start(): void;
  /** Stops the timer and waits for a pass in progress; what is left stays in the outbox for the next start. */
  stop(): Promise<void>;
}

/**
 * Sends the replies Telegram refused for a while, part by part and in order, with backoff, until each one's
 * deadline; then counts it as undelivered (shown by /stats). A reply Telegram refuses for good (400, 403) is given up
 * at once.
 */
export function createOutboxWorker(deps: OutboxWorkerDeps): OutboxWorker {
  const { api, outbox, logger } = deps;
  const now = deps.now ?? Date.now;
  const firstRetryMs = deps.firstRetryMs ?? 5_000;
  const maxRetryMs = deps.maxRetryMs ?? 60_000;
  let timer: NodeJS.Timeout | undefined;
  let pass: Promise<unknown> | undefined;

  async function deliver(id: number, reply: QueuedReply, attempts: number, deadlineAt: string): Promise<'delivered' | 'retrying' | 'undelivered'> {
    const messages = [...reply.messages];
    while (messages.length > 0) {
      try {
        await api.raw.sendMessage(messages[0]!);
      } catch (error) {
        const failure = classifyApiError(error);
        const described = describeApiError(error);
        const reason = deps.redact(`${described.name}: ${described.message}`);
        const backoff = Math.min(maxRetryMs, firstRetryMs * 2 ** Math.max(0, attempts - 1));
        const retryInMs = Math.max(backoff, failure.kind === 'later' ? (failure.retryAfterMs ?? 0) : 0);
        if (failure.kind === 'refused' || now() + retryInMs > Date.parse(deadlineAt)) {
          await outbox.giveUp(id, reason);
          logger.warn({ outboxId: id, attempts, err: described }, 'reply undelivered: given up');
          return 'undelivered';
        }
        await outbox.retryLater(id, { retryInMs, error: reason });
        logger.info({ outboxId: id, attempts, retryInMs, err: described }, 'queued reply still refused; retrying later');
        return 'retrying';
      }
      messages.shift();
      if (messages.length > 0) await outbox.progress(id, { messages } satisfies QueuedReply);
    }
    await outbox.delivered(id);
    logger.info({ outboxId: id, attempts }, 'queued reply delivered');
    return 'delivered';
  }

  async function runDue() {
    const counts = { delivered: 0, retrying: 0, undelivered: 0 };
    for (const due of await outbox.due(deps.batch ?? 20)) {
      counts[await deliver(due.id, due.payload as QueuedReply, due.attempts, due.deadlineAt)]++;
    }
    return counts;
  }

  function tick(): void {
    if (pass) return;
    pass = runDue()
      .catch((error: unknown) => logger.error({ err: error }, 'outbox pass failed'))
      .finally(() => (pass = undefined));
  }

  return {
    runDue,
    start() {
      timer ??= setInterval(tick, deps.pollMs ?? 1_000);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await pass;
    },
  };
}
