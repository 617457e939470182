export { createStore, type CreateStoreOptions } from './create-store.js';
export { StoreError } from './store-error.js';
export { MIGRATIONS, runMigrations, type Migration } from './migrations.js';
export { sanitizeStoredText, MAX_STORED_CHARS } from './sanitize-stored-text.js';
export { clusterTexts, normalizeForClustering, jaccard, toBigrams } from './cluster-texts.js';
export type * from './types.js';
