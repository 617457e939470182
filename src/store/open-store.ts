import { createStore } from './create-store.js';
import { StoreError } from './store-error.js';
import type { Store } from './types.js';

export interface OpenStoreOptions {
  /** `postgres://…` or `postgresql://…` selects PostgreSQL; unset keeps the embedded SQLite file at `path`. */
  databaseUrl?: string;
  path: string;
  salt: string;
  poolMax?: number;
  claimLeaseMs?: number;
  now?: () => Date;
  onPoolError?: (error: Error) => void;
}

function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(?:ql)?:\/\//i.test(url.trim());
}

/** The store the configuration asks for: one switch, the same port either way. */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const { databaseUrl } = options;
  if (databaseUrl !== undefined && databaseUrl.trim() !== '') {
    if (!isPostgresUrl(databaseUrl)) throw new StoreError('DATABASE_URL must start with postgres:// or postgresql://');
    // node-postgres is loaded only for a PostgreSQL store: a bot on its SQLite file never needs it (~13 MiB, 0.1 s).
    const { createPostgresStore } = await import('./postgres/create-postgres-store.js');
    return createPostgresStore({
      url: databaseUrl.trim(),
      salt: options.salt,
      ...(options.poolMax ? { poolMax: options.poolMax } : {}),
      ...(options.claimLeaseMs ? { claimLeaseMs: options.claimLeaseMs } : {}),
      ...(options.now ? { now: options.now } : {}),
      ...(options.onPoolError ? { onPoolError: options.onPoolError } : {}),
    });
  }
  return createStore({ path: options.path, salt: options.salt, ...(options.claimLeaseMs ? { claimLeaseMs: options.claimLeaseMs } : {}), ...(options.now ? { now: options.now } : {}) });
}
