import { MIGRATIONS, newerSchemaMessage, type Migration } from '../migrations.js';
import { StoreError } from '../store-error.js';
import type { PgDatabase, PgRunner } from './create-pg-database.js';

// Any fixed number: every instance of the bot takes the same lock, so only one migrates at a time.
const MIGRATION_LOCK = 7_215_509_311;

async function readVersion(tx: PgRunner): Promise<number> {
  await tx.run('CREATE TABLE IF NOT EXISTS schema_version (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL)');
  const row = await tx.one<{ version: number }>('SELECT version FROM schema_version WHERE id = 1');
  return row?.version ?? 0;
}

/**
 * The same versions as SQLite's `user_version`, kept in `schema_version`. Each migration runs in its own transaction
 * with its version bump (PostgreSQL's DDL is transactional, so a failure leaves the previous whole version), under
 * an advisory lock: instances starting together migrate once, the others wait and find the work done.
 */
export async function runPgMigrations(db: PgDatabase, migrations: readonly Migration[] = MIGRATIONS): Promise<number> {
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  let version = await db.transaction(async (tx) => {
    await tx.run('SELECT pg_advisory_xact_lock(@lock)', { lock: MIGRATION_LOCK });
    return readVersion(tx);
  });
  if (version > latest) throw new StoreError(newerSchemaMessage(version, latest));
  for (const migration of ordered) {
    if (migration.version <= version) continue;
    try {
      version = await db.transaction(async (tx) => {
        await tx.run('SELECT pg_advisory_xact_lock(@lock)', { lock: MIGRATION_LOCK });
        const current = await readVersion(tx);
        if (current >= migration.version) return current;
        for (const statement of splitStatements(migration.postgres)) await tx.run(statement);
        await tx.run(
          `INSERT INTO schema_version (id, version) VALUES (1, @version)
           ON CONFLICT (id) DO UPDATE SET version = excluded.version`,
          { version: migration.version },
        );
        return migration.version;
      });
    } catch (error) {
      throw new StoreError(`migration to schema version ${migration.version} failed`, { cause: error, unreachable: (error as StoreError).unreachable });
    }
  }
  return version;
}

/** Migration texts hold plain DDL and DML (no functions, no quoted semicolons): split on `;` at line ends. */
export function splitStatements(sql: string): string[] {
  return sql
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}
