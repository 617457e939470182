// `npm run discord:sharded`: for bots in more than ~2,500 servers, where Discord requires sharding. The manager
// spawns one child process per shard (shard-main.ts); each builds its own core and store connection.
import { pino } from 'pino';
import { createShardingManager } from './create-sharding-manager.js';
import { ConfigError, parseConfig } from '../../src/index.js';

async function main(): Promise<void> {
  const config = parseConfig(process.env);
  const logger = pino({ level: config.LOG_LEVEL });
  if (!config.DISCORD_TOKEN) throw new ConfigError('DISCORD_TOKEN is required for the sharded Discord bot');
  const manager = createShardingManager({ token: config.DISCORD_TOKEN });
  manager.on('shardCreate', (shard) => {
    logger.info({ shard: shard.id }, 'shard launched');
    shard.on('death', () => logger.warn({ shard: shard.id }, 'shard process exited; respawning'));
  });
  await manager.spawn();
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError ? error.message : error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
