import { createHash } from 'node:crypto';
import pg from 'pg';
import { StoreError } from '../store-error.js';
import { bindNamed } from './named-sql.js';

export interface PgDatabaseOptions {
  url: string;
  /** Connections in the pool (each instance has its own pool). */
  max?: number;
  /** A connection attempt gives up after this long, so an unreachable server fails a call instead of hanging it. */
  connectTimeoutMs?: number;
  /** Any one statement is cancelled by the server after this long. */
  statementTimeoutMs?: number;
  /** Idle-connection errors (the server restarting): logged by the caller; the pool replaces the connection. */
  onPoolError?: (error: Error) => void;
}

export type Params = Record<string, unknown>;

/** What the PostgreSQL store runs its statements through: a pool, or one client inside a transaction. */
export interface PgRunner {
  rows<T>(sql: string, params?: Params): Promise<T[]>;
  one<T>(sql: string, params?: Params): Promise<T | undefined>;
  /** Rows changed (or returned, with RETURNING). */
  run(sql: string, params?: Params): Promise<number>;
}

export interface PgDatabase extends PgRunner {
  /** One transaction on one connection; retried whole on a deadlock or serialization failure. */
  transaction<T>(fn: (tx: PgRunner) => Promise<T>, options?: { readOnlySnapshot?: boolean }): Promise<T>;
  /** `postgres://user@host:port/db`, never the password: for messages. */
  readonly where: string;
  end(): Promise<void>;
}

const INT8 = 20;
// Deadlock, serialization failure: the transaction did nothing and may run again.
const RETRYABLE = new Set(['40P01', '40001']);
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);

/** Whether an error means the server did not answer (as opposed to refusing a statement). */
function isUnreachable(error: unknown): boolean {
  for (let e = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && UNREACHABLE_CODES.has(e.code)) return true;
    if (typeof e.message === 'string' && /Connection terminated|timeout exceeded when trying to connect|connect ECONNREFUSED|Client has encountered a connection error/i.test(e.message)) return true;
    if (Array.isArray((e as { errors?: unknown }).errors)) return ((e as { errors: unknown[] }).errors).some(isUnreachable);
  }
  return false;
}

/** The URL without its password, for messages and logs. */
function describeDatabaseUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.username ? `${decodeURIComponent(u.username)}@` : ''}${u.host}${u.pathname}`;
  } catch {
    return 'postgres://(unparsable DATABASE_URL)';
  }
}

function wrap(what: string, error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const unreachable = isUnreachable(error);
  return new StoreError(unreachable ? `store: ${what} failed: PostgreSQL is unreachable` : `store: ${what} failed`, { cause: error, unreachable });
}

// Named statements are parsed and planned once per connection instead of on every call (the store runs a few fixed
// texts thousands of times).
const statementNames = new Map<string, string>();
function nameOf(text: string): string {
  let name = statementNames.get(text);
  if (!name) {
    name = `s${createHash('sha1').update(text).digest('hex').slice(0, 16)}`;
    statementNames.set(text, name);
  }
  return name;
}

function runnerOver(query: (config: pg.QueryConfig) => Promise<pg.QueryResult>): PgRunner {
  const exec = async (sql: string, params: Params = {}) => {
    const { text, values } = bindNamed(sql, params);
    try {
      return await query({ name: nameOf(text), text, values });
    } catch (error) {
      throw wrap(sql.trim().split(/\s+/).slice(0, 3).join(' '), error);
    }
  };
  return {
    rows: async <T>(sql: string, params?: Params) => (await exec(sql, params)).rows as T[],
    one: async <T>(sql: string, params?: Params) => (await exec(sql, params)).rows[0] as T | undefined,
    run: async (sql: string, params?: Params) => (await exec(sql, params)).rowCount ?? 0,
  };
}

/**
 * A node-postgres pool with bigint columns read as numbers (ids and millisecond times stay far below 2^53) and
 * every failure turned into a StoreError that says whether the server was reachable.
 */
export function createPgDatabase(options: PgDatabaseOptions): PgDatabase {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.max ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: options.statementTimeoutMs ?? 15_000,
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        oid === INT8 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection the server drops emits here; without a listener it would crash the process.
  pool.on('error', (error) => options.onPoolError?.(error));
  const where = describeDatabaseUrl(options.url);

  return {
    ...runnerOver((config) => pool.query(config)),
    where,
    async transaction(fn, txOptions = {}) {
      for (let attempt = 1; ; attempt++) {
        let client: pg.PoolClient;
        try {
          client = await pool.connect();
        } catch (error) {
          throw wrap('transaction', error);
        }
        let broken = false;
        try {
          await client.query(txOptions.readOnlySnapshot ? 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY' : 'BEGIN');
          const result = await fn(runnerOver((config) => client.query(config)));
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => {
            broken = true;
          });
          const code = (error as { cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
          if (code && RETRYABLE.has(code) && attempt < 5) continue;
          throw wrap('transaction', error);
        } finally {
          client.release(broken);
        }
      }
    },
    end: () => pool.end(),
  };
}
