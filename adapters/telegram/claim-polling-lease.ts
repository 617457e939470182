import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import { TelegramFatalError } from './telegram-fatal-error.js';
import { holdLease, type HeldLease, type Leases } from '../../src/index.js';

export interface PollingLeaseDeps {
  leases: Leases;
  token: string;
  logger: Logger;
  /** How long another instance's lease is waited out (it may be stopping: a rolling deploy). */
  waitMs: number;
  ttlMs?: number;
  renewEveryMs?: number;
  retryEveryMs?: number;
}

/**
 * Long polling allows one consumer per token, and two pollers do not just fail the second: each getUpdates ends the
 * other's with a 409, so both would give up. Instances sharing a store agree before polling instead: the one
 * holding the lease polls, a second waits it out for the grace period and then stops with the conflict exit code,
 * without ever calling getUpdates.
 */
export async function claimPollingLease(deps: PollingLeaseDeps): Promise<HeldLease> {
  const bot = createHash('sha256').update(deps.token).digest('hex').slice(0, 16);
  const lease = await holdLease({
    leases: deps.leases,
    name: `telegram:${bot}:polling`,
    ttlMs: deps.ttlMs ?? 30_000,
    waitMs: deps.waitMs,
    ...(deps.renewEveryMs ? { renewEveryMs: deps.renewEveryMs } : {}),
    ...(deps.retryEveryMs ? { retryEveryMs: deps.retryEveryMs } : {}),
    onRenewError: (error) => deps.logger.warn({ err: error }, 'could not renew the polling lease'),
  });
  if (!lease) throw new TelegramFatalError('conflict', { detail: 'its polling lease in the store is live' });
  return lease;
}
