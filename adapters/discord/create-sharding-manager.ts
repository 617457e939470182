import { fileURLToPath } from 'node:url';
import { ShardingManager } from 'discord.js';

export interface ShardingOptions {
  token: string;
  /** 'auto' asks Discord for its recommended count (about one shard per 1,000 guilds; required from 2,500). */
  totalShards?: number | 'auto';
  /** The per-shard entry; shard-main.ts by default. */
  file?: string;
}

/** One process per shard, each running shard-main.ts; tsx is loaded into the children so they run TypeScript. */
export function createShardingManager(options: ShardingOptions): ShardingManager {
  const file = options.file ?? fileURLToPath(new URL('./shard-main.ts', import.meta.url));
  return new ShardingManager(file, {
    token: options.token,
    totalShards: options.totalShards ?? 'auto',
    execArgv: ['--import', 'tsx'],
    respawn: true,
  });
}
