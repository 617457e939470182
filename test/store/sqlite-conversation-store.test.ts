import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConversationState } from '../../src/contract/conversation.js';
import { createStore } from '../../src/store/create-store.js';
import { makeTempDir } from './helpers.js';

const tmp = makeTempDir();
afterEach(() => undefined);

const state = (lang: ConversationState['lang'], question: string, at: number): ConversationState => ({
  lang,
  turns: [{ question, resolved: question, route: 'faq', abstained: false, entities: { countries: ['DE'] }, answerId: `ans-${at}`, at }],
  pending: { tool: 'margin', known: { listPrice: 29.99 }, missing: ['market'] },
  updatedAt: at,
});

describe('SQLite conversation store', () => {
  it('keeps a conversation across a restart, finds it by answer id, forgets it on delete, stores no raw key', async () => {
    const path = join(tmp.dir, 'conv.db');
    const first = createStore({ path, salt: 's' });
    await first.conversations.save('telegram|-100123||42', state('zh', '德国站佣金多少？', 1000), 'ans-1000');
    first.close();

    const second = createStore({ path, salt: 's' });
    expect(await second.conversations.load('telegram|-100123||42')).toEqual(state('zh', '德国站佣金多少？', 1000));
    expect((await second.conversations.findByAnswer('ans-1000'))?.turns[0]?.question).toBe('德国站佣金多少？');
    expect(await second.conversations.load('telegram|-100123||43')).toBeUndefined();
    await second.conversations.delete('telegram|-100123||42');
    expect(await second.conversations.load('telegram|-100123||42')).toBeUndefined();
    second.close();

    const raw = new Database(path, { readonly: true });
    const keys = raw.prepare('SELECT key_hash FROM conversations UNION SELECT key_hash FROM conversation_answers').all() as Array<{ key_hash: string }>;
    expect(keys.every((k) => /^[0-9a-f]{64}$/.test(k.key_hash))).toBe(true);
    raw.close();
  });

  it('records whether an answer was a follow-up and how it was read', () => {
    const store = createStore({ path: ':memory:', salt: 's' });
    store.recordExchange({
      request: { text: '那法国呢？', platform: 'telegram', chat: 'c', user: 'u' },
      result: { id: 'f1', text: 't', body: 't', lang: 'zh', sources: [], tool: null, abstained: false, confidence: 0.9, route: 'faq', followUp: true, resolved: '法国站佣金多少？' },
      latencyMs: 1,
    });
    expect(store.getStats()).toMatchObject({ questions: 1, followUps: 1, followUpsAnswered: 1 });
    store.close();
  });
});
