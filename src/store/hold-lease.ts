import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Leases } from './types.js';

export interface HoldLeaseOptions {
  leases: Leases;
  name: string;
  ttlMs: number;
  /** Renewed this often while held (default a third of the ttl, so two renewals may fail before it runs out). */
  renewEveryMs?: number;
  /** Keep trying this long for a lease another holds (its holder may be stopping: a rolling deploy). */
  waitMs?: number;
  retryEveryMs?: number;
  /** A renewal that failed (the store out for a moment): the lease may still hold. */
  onRenewError?: (error: unknown) => void;
  /** Overrides how a holder on this host is found dead (tests). */
  isGone?: (holder: string) => boolean;
}

export interface HeldLease {
  name: string;
  owner: string;
  /** Settles if another owner took the lease (this one could not renew it in time). */
  lost: Promise<void>;
  release(): Promise<void>;
}

/**
 * Takes a named lease in the store and keeps renewing it: the way one process, among several sharing a database,
 * holds something only one may have (a Discord shard's gateway connection, Telegram's long polling). Undefined when
 * another owner still holds it after `waitMs`.
 */
export async function holdLease(options: HoldLeaseOptions): Promise<HeldLease | undefined> {
  // Host and pid in the owner: a holder on this host whose process is gone (killed, crashed) is taken over at once
  // instead of after its ttl, so a restart after a crash does not wait. Holders on other hosts are waited out.
  const owner = `${hostname()}:${process.pid}:${randomUUID()}`;
  const { leases, name, ttlMs } = options;
  const isGone = options.isGone ?? isDeadHolderHere;
  const giveUpAt = Date.now() + (options.waitMs ?? 0);
  for (;;) {
    if (await leases.acquire(name, owner, ttlMs)) break;
    const holder = await leases.holder(name);
    if (holder && isGone(holder) && (await leases.takeOver(name, holder, owner, ttlMs))) break;
    if (Date.now() >= giveUpAt) return undefined;
    await new Promise((resolve) => setTimeout(resolve, options.retryEveryMs ?? 1_000));
  }
  let reportLost: () => void = () => {};
  const lost = new Promise<void>((resolve) => (reportLost = resolve));
  const renew = setInterval(() => {
    leases.acquire(name, owner, ttlMs).then(
      (held) => {
        if (held) return;
        clearInterval(renew);
        reportLost();
      },
      (error: unknown) => options.onRenewError?.(error),
    );
  }, options.renewEveryMs ?? Math.floor(ttlMs / 3));
  renew.unref();
  return {
    name,
    owner,
    lost,
    async release() {
      clearInterval(renew);
      await leases.release(name, owner).catch(() => undefined);
    },
  };
}

/** A holder `host:pid:…` on this host whose process no longer exists. */
function isDeadHolderHere(holder: string): boolean {
  const [host, pid] = holder.split(':');
  if (host !== hostname() || !pid || !/^\d+$/.test(pid) || Number(pid) === process.pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}
