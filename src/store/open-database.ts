import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { runMigrations } from './migrations.js';
import { StoreError } from './store-error.js';

export type SynchronousMode = 'NORMAL' | 'FULL';

export interface OpenDatabaseOptions {
  path: string;
  /**
   * NORMAL (default): in WAL mode a transaction is committed once its frames are written to the WAL file, so
   * killing the process (kill -9, OOM killer, crash) loses nothing committed and never corrupts the file; only
   * an OS crash or power cut can drop the last commits, still without corruption. FULL also fsyncs the WAL on
   * every commit to survive power loss, at the price of one fsync per question, which caps throughput on slow
   * disks. The bot's requirement is process crashes, hence NORMAL; hosts with unreliable power can opt in to FULL.
   */
  synchronous?: SynchronousMode;
  /** How long a write waits for another process's lock (report CLI, second instance) before failing. */
  busyTimeoutMs?: number;
}

function isInMemory(path: string): boolean {
  return path === ':memory:' || path === '' || path.startsWith('file:');
}

export function openDatabase(options: OpenDatabaseOptions): Database.Database {
  const { path, synchronous = 'NORMAL', busyTimeoutMs = 5000 } = options;
  let db: Database.Database;
  try {
    if (!isInMemory(path)) mkdirSync(dirname(path), { recursive: true });
    db = new Database(path);
  } catch (error) {
    throw new StoreError(`cannot open database at ${path}`, { cause: error });
  }
  try {
    // busy_timeout first: switching to WAL itself needs a lock another process may hold.
    db.pragma(`busy_timeout = ${Math.max(0, Math.trunc(busyTimeoutMs))}`);
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${synchronous === 'FULL' ? 'FULL' : 'NORMAL'}`);
    db.pragma('foreign_keys = ON');
    // SQLite's own default page cache (2 MiB) instead of better-sqlite3's 16 MiB: the store appends and looks rows up
    // by key, the OS caches the file anyway, and the larger cache filled with the growing file (a bot's RSS +17 MiB
    // after 10,000 answers, no throughput gained; BENCHMARKS.md, speed and memory).
    db.pragma('cache_size = -2000');
    runMigrations(db);
    return db;
  } catch (error) {
    db.close();
    if (error instanceof StoreError) throw error;
    throw new StoreError(`cannot prepare database at ${path}`, { cause: error });
  }
}
