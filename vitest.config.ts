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
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
