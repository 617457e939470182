import type { ConversationState, ConversationStore } from '../../contract/conversation.js';
import { hashId } from '../hash-id.js';
import type { PgDatabase } from './create-pg-database.js';

/** Conversations on PostgreSQL: any instance continues any asker's conversation; keys hashed as on SQLite. */
export function createPgConversationStore(db: PgDatabase, options: { salt: string; now: () => number; retainMs: number }): ConversationStore {
  const { salt, now, retainMs } = options;
  const hash = (key: string) => hashId(salt, 'chat', `conversation:${key}`);
  const parse = (row: { state: string } | undefined) => (row ? (JSON.parse(row.state) as ConversationState) : undefined);
  let saves = 0;
  return {
    async load(key) {
      return parse(await db.one<{ state: string }>('SELECT state FROM conversations WHERE key_hash = @key', { key: hash(key) }));
    },
    async save(key, state, answerId) {
      // One statement: the conversation and the answer's link to it are written together or not at all.
      await db.run(
        `WITH c AS (
           INSERT INTO conversations (key_hash, state, updated_at) VALUES (@key, @state, @at)
           ON CONFLICT (key_hash) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at)
         INSERT INTO conversation_answers (answer_id, key_hash, created_at) VALUES (@answerId, @key, @at)
         ON CONFLICT (answer_id) DO UPDATE SET key_hash = excluded.key_hash, created_at = excluded.created_at`,
        { key: hash(key), state: JSON.stringify(state), at: state.updatedAt, answerId },
      );
      if (++saves % 500 === 0) {
        const before = now() - retainMs;
        await db.run('DELETE FROM conversations WHERE updated_at < @before', { before });
        await db.run('DELETE FROM conversation_answers WHERE created_at < @before', { before });
      }
    },
    async delete(key) {
      await db.run('DELETE FROM conversations WHERE key_hash = @key', { key: hash(key) });
    },
    async findByAnswer(answerId) {
      return parse(
        await db.one<{ state: string }>(
          'SELECT c.state FROM conversation_answers a JOIN conversations c ON c.key_hash = a.key_hash WHERE a.answer_id = @answerId',
          { answerId },
        ),
      );
    },
  };
}
