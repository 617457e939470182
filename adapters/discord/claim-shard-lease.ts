import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import { holdLease, type HeldLease, type Leases } from '../../src/index.js';

export interface ShardLeaseDeps {
  leases: Leases;
  /** The bot's token: the lease is per bot (its hash names it, never the token). */
  token: string;
  /** What discord.js reads for a ShardingManager child: `SHARDS` (ids, JSON) and `SHARD_COUNT`; unsharded is 0 of 1. */
  env: Record<string, string | undefined>;
  logger: Logger;
  ttlMs?: number;
  renewEveryMs?: number;
}

export type ShardLease = HeldLease;

/** Exit code for "another process holds this shard": the same as Telegram's polling conflict (EX_TEMPFAIL). */
const SHARD_TAKEN_EXIT_CODE = 75;

export class ShardTakenError extends Error {
  override name = 'ShardTakenError';
  readonly exitCode = SHARD_TAKEN_EXIT_CODE;
}

export function describeShard(env: Record<string, string | undefined>): string {
  const ids = env.SHARDS ? String(JSON.parse(env.SHARDS) as number | number[]) : '0';
  return `${ids}/${env.SHARD_COUNT ?? '1'}`;
}

/**
 * Two processes on one gateway shard answer every command twice (Discord delivers each event to both). Before logging
 * in, the process takes a lease named after the bot and its shard in the shared store, and renews it while it runs;
 * a second process for the same shard finds it held and refuses to start.
 */
export async function claimShardLease(deps: ShardLeaseDeps): Promise<ShardLease> {
  const bot = createHash('sha256').update(deps.token).digest('hex').slice(0, 16);
  const shard = describeShard(deps.env);
  const lease = await holdLease({
    leases: deps.leases,
    name: `discord:${bot}:shard:${shard}`,
    ttlMs: deps.ttlMs ?? 30_000,
    ...(deps.renewEveryMs ? { renewEveryMs: deps.renewEveryMs } : {}),
    // The store is out for a moment: the lease lasts ttlMs, the next renewal may still make it.
    onRenewError: (error) => deps.logger.warn({ err: error, shard }, 'could not renew the Discord shard lease'),
  });
  if (!lease) {
    throw new ShardTakenError(
      `another process is connected to Discord shard ${shard} with this bot (its lease in the store is live); stop it, or give each process its own shard (npm run discord:sharded)`,
    );
  }
  void lease.lost.then(() => deps.logger.error({ shard }, 'the Discord shard lease was taken by another process; stopping this one'));
  return lease;
}
