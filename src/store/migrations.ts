import type Database from 'better-sqlite3';
import { StoreError } from './store-error.js';

export interface Migration {
  version: number;
  up(db: Database.Database): void;
}

/**
 * Append-only: a released migration is never edited, a change is a new entry. Times are ISO-8601 UTC strings,
 * so they sort as text and `substr(created_at, 1, 10)` is the UTC day.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    up(db) {
      db.exec(`
        CREATE TABLE questions (
          id INTEGER PRIMARY KEY,
          platform TEXT NOT NULL,
          chat_hash TEXT,
          user_hash TEXT,
          text TEXT NOT NULL,
          lang TEXT,
          created_at TEXT NOT NULL
        );
        CREATE INDEX questions_created_at ON questions (created_at);

        CREATE TABLE answers (
          id TEXT PRIMARY KEY,
          question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
          text TEXT NOT NULL,
          sources TEXT NOT NULL DEFAULT '[]',
          tool TEXT,
          route TEXT NOT NULL,
          confidence REAL NOT NULL,
          abstained INTEGER NOT NULL CHECK (abstained IN (0, 1)),
          latency_ms INTEGER NOT NULL,
          created_at TEXT NOT NULL
        );
        CREATE INDEX answers_question_id ON answers (question_id);
        CREATE INDEX answers_abstained ON answers (abstained) WHERE abstained = 1;

        CREATE TABLE feedback (
          answer_id TEXT NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
          user_hash TEXT NOT NULL,
          vote TEXT NOT NULL CHECK (vote IN ('up', 'down')),
          comment TEXT,
          created_at TEXT NOT NULL,
          PRIMARY KEY (answer_id, user_hash)
        );
        CREATE INDEX feedback_down ON feedback (answer_id) WHERE vote = 'down';

        CREATE TABLE handovers (
          id INTEGER PRIMARY KEY,
          answer_id TEXT NOT NULL REFERENCES answers (id) ON DELETE CASCADE,
          platform TEXT NOT NULL,
          chat_hash TEXT,
          created_at TEXT NOT NULL
        );

        CREATE TABLE chat_settings (
          platform TEXT NOT NULL,
          chat_id_hash TEXT NOT NULL,
          auto_answer INTEGER NOT NULL CHECK (auto_answer IN (0, 1)),
          updated_at TEXT NOT NULL,
          PRIMARY KEY (platform, chat_id_hash)
        );
      `);
    },
  },
  {
    // Admin views are scoped to a community (a Telegram group, a Discord server): rows must say which one.
    version: 2,
    up(db) {
      db.exec(`
        ALTER TABLE questions ADD COLUMN community_hash TEXT;
        UPDATE questions SET community_hash = chat_hash WHERE platform <> 'discord';
        CREATE INDEX questions_community ON questions (platform, community_hash, created_at);
        ALTER TABLE handovers ADD COLUMN community_hash TEXT;
        UPDATE handovers SET community_hash = chat_hash WHERE platform <> 'discord';
      `);
    },
  },
  {
    // At-least-once delivery: updates are kept from the moment they are accepted until they are answered (Telegram
    // redelivers for a day, so ids are remembered that long), and replies the platform refused for a while wait in an
    // outbox. Payloads are sealed with a key derived from the salt, like the hashed ids, and dropped once done.
    version: 3,
    up(db) {
      db.exec(`
        CREATE TABLE telegram_updates (
          update_id INTEGER PRIMARY KEY,
          payload BLOB,
          state TEXT NOT NULL CHECK (state IN ('pending', 'claimed', 'answered')),
          owner TEXT,
          lease_until TEXT,
          attempts INTEGER NOT NULL DEFAULT 0,
          received_at TEXT NOT NULL,
          done_at TEXT
        );
        CREATE INDEX telegram_updates_open ON telegram_updates (state, update_id) WHERE state <> 'answered';
        CREATE INDEX telegram_updates_received ON telegram_updates (received_at);

        CREATE TABLE reply_outbox (
          id INTEGER PRIMARY KEY,
          platform TEXT NOT NULL,
          chat_hash TEXT,
          community_hash TEXT,
          payload BLOB,
          state TEXT NOT NULL CHECK (state IN ('pending', 'undelivered')),
          attempts INTEGER NOT NULL DEFAULT 0,
          next_attempt_at TEXT NOT NULL,
          deadline_at TEXT NOT NULL,
          last_error TEXT,
          created_at TEXT NOT NULL,
          done_at TEXT
        );
        CREATE INDEX reply_outbox_due ON reply_outbox (next_attempt_at) WHERE state = 'pending';
        CREATE INDEX reply_outbox_undelivered ON reply_outbox (platform, community_hash, created_at) WHERE state = 'undelivered';
      `);
    },
  },
  {
    // Conversations survive a restart: each asker's last turns and a pending tool request, keyed by a hash of
    // platform, chat, thread and user; answers point to their conversation so a reply to one continues it. Each
    // answer says whether it was read as a follow-up and how, for the report.
    version: 4,
    up(db) {
      db.exec(`
        CREATE TABLE conversations (
          key_hash TEXT PRIMARY KEY,
          state TEXT NOT NULL,
          updated_at INTEGER NOT NULL
        );
        CREATE INDEX conversations_updated ON conversations (updated_at);
        CREATE TABLE conversation_answers (
          answer_id TEXT PRIMARY KEY,
          key_hash TEXT NOT NULL,
          created_at INTEGER NOT NULL
        );
        CREATE INDEX conversation_answers_created ON conversation_answers (created_at);
        ALTER TABLE answers ADD COLUMN resolved TEXT;
        ALTER TABLE answers ADD COLUMN follow_up INTEGER NOT NULL DEFAULT 0 CHECK (follow_up IN (0, 1));
      `);
    },
  },
];

function readUserVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies pending migrations, each in its own IMMEDIATE transaction together with its `user_version` bump,
 * so a crash leaves the database at a whole version. The version is re-read inside the write lock because a
 * second process (bot and report CLI) may be migrating the same file at the same moment.
 */
export function runMigrations(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number {
  const latest = migrations.reduce((max, m) => Math.max(max, m.version), 0);
  const current = readUserVersion(db);
  if (current > latest) {
    throw new StoreError(`database schema version ${current} is newer than this program knows (${latest}); upgrade the bot`);
  }
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  for (const migration of ordered) {
    const apply = db.transaction(() => {
      if (readUserVersion(db) >= migration.version) return;
      migration.up(db);
      // PRAGMA cannot take bound parameters; the version is an integer from code, not input.
      db.pragma(`user_version = ${Math.trunc(migration.version)}`);
    });
    try {
      apply.immediate();
    } catch (error) {
      throw new StoreError(`migration to schema version ${migration.version} failed`, { cause: error });
    }
  }
  return readUserVersion(db);
}
