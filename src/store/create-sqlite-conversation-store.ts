import type Database from 'better-sqlite3';
import type { ConversationState, ConversationStore } from '../contract/conversation.js';
import { hashId } from './hash-id.js';

export interface SqliteConversationStoreOptions {
  salt: string;
  now: () => number;
  /** Rows idle longer than this are deleted now and then, so the table stays as small as the live conversations. */
  retainMs: number;
}

/** Conversations in SQLite: a restart keeps them; keys are hashed like every other id. */
export function createSqliteConversationStore(db: Database.Database, options: SqliteConversationStoreOptions): ConversationStore {
  const { salt, now, retainMs } = options;
  const hash = (key: string) => hashId(salt, 'chat', `conversation:${key}`);
  const select = db.prepare<[string], { state: string }>('SELECT state FROM conversations WHERE key_hash = ?');
  const upsert = db.prepare(
    `INSERT INTO conversations (key_hash, state, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (key_hash) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
  );
  const link = db.prepare('INSERT OR REPLACE INTO conversation_answers (answer_id, key_hash, created_at) VALUES (?, ?, ?)');
  const remove = db.prepare('DELETE FROM conversations WHERE key_hash = ?');
  const byAnswer = db.prepare<[string], { state: string }>(
    'SELECT c.state FROM conversation_answers a JOIN conversations c ON c.key_hash = a.key_hash WHERE a.answer_id = ?',
  );
  const prune = db.transaction((before: number) => {
    db.prepare('DELETE FROM conversations WHERE updated_at < ?').run(before);
    db.prepare('DELETE FROM conversation_answers WHERE created_at < ?').run(before);
  });
  const save = db.transaction((key: string, state: ConversationState, answerId: string) => {
    upsert.run(key, JSON.stringify(state), state.updatedAt);
    link.run(answerId, key, state.updatedAt);
  });
  let saves = 0;
  const parse = (row: { state: string } | undefined) => (row ? (JSON.parse(row.state) as ConversationState) : undefined);
  return {
    async load(key) {
      return parse(select.get(hash(key)));
    },
    async save(key, state, answerId) {
      save(hash(key), state, answerId);
      if (++saves % 500 === 0) prune(now() - retainMs);
    },
    async delete(key) {
      remove.run(hash(key));
    },
    async findByAnswer(answerId) {
      return parse(byAnswer.get(answerId));
    },
  };
}
