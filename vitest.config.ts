import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The fixture's and the real knowledge base's indexes, built once per run and read by every file.
    globalSetup: ['test/helpers/global-setup.ts'],
    // Native addons (hnswlib, better-sqlite3, jieba) and loopback servers: forks isolate them best. Both cores of the
    // development machine (vitest's default leaves one idle on two).
    pool: 'forks',
    maxWorkers: 2,
    // A worker runs its files one after another in one module graph: src/ is imported once per worker, not once per
    // file (64 s of imports per run before). No test file keeps module state that another reads: each builds its
    // own core, store and servers; vi.mock is not used.
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
