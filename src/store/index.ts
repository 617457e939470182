export { createStore, type CreateStoreOptions } from './create-store.js';
// Only the type: importing this barrel must not load node-postgres (open-store.ts loads it for a PostgreSQL store).
export type { CreatePostgresStoreOptions } from './postgres/create-postgres-store.js';
export { openStore, type OpenStoreOptions } from './open-store.js';
export { holdLease, type HeldLease, type HoldLeaseOptions } from './hold-lease.js';
export { StoreError } from './store-error.js';
export { MIGRATIONS, LATEST_SCHEMA_VERSION, runMigrations, type Migration } from './migrations.js';
export { sanitizeStoredText, MAX_STORED_CHARS } from './sanitize-stored-text.js';
export { clusterTexts, normalizeForClustering, jaccard, toBigrams } from './cluster-texts.js';
export type * from './types.js';
