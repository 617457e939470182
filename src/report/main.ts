import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { parseConfig } from '../config.js';
import { createStore } from '../store/create-store.js';
import { createPostgresStore } from '../store/postgres/create-postgres-store.js';
import { runReport } from './run-report.js';

// Entry point for `npm run report`: the only place that builds real dependencies.
// `npm run report | head` closes the pipe early; that is the reader's choice, not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
const config = parseConfig(process.env);
runReport(process.argv.slice(2), {
  openStore: async (target) =>
    'url' in target ? createPostgresStore({ url: target.url, salt: config.USER_HASH_SALT }) : createStore({ path: target.path, salt: config.USER_HASH_SALT }),
  defaultDbPath: config.DB_PATH,
  ...(config.DATABASE_URL ? { databaseUrl: config.DATABASE_URL } : {}),
  exists: existsSync,
  writeFile: (path, content) => writeFile(path, content, 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`report failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
