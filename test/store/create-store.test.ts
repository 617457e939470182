import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore } from '../../src/store/create-store.js';
import { hashId } from '../../src/store/hash-id.js';
import { StoreError } from '../../src/store/store-error.js';
import type { Store } from '../../src/store/types.js';
import { makeClock, makeExchange, makeTempDir } from './helpers.js';

let tmp: ReturnType<typeof makeTempDir>;
let path: string;
let store: Store;
const clock = makeClock('2026-11-26T12:00:00Z');

beforeEach(() => {
  tmp = makeTempDir();
  // A nested directory that does not exist yet: the store creates it, like data/ on first run.
  path = join(tmp.dir, 'data', 'bot.db');
  clock.set('2026-11-26T12:00:00Z');
  store = createStore({ path, salt: 'test-salt', now: clock.now });
});

afterEach(() => {
  store.close();
  tmp.remove();
});

function raw(): Database.Database {
  return new Database(path, { readonly: true });
}

describe('createStore', () => {
  it('creates the database file and its directory, in WAL mode', () => {
    expect(existsSync(path)).toBe(true);
    const db = raw();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('rejects an empty salt', () => {
    expect(() => createStore({ path: ':memory:', salt: '' })).toThrow(StoreError);
  });

  it('works in memory for tests', () => {
    const mem = createStore({ path: ':memory:', salt: 's' });
    mem.recordExchange(makeExchange('m1', 'hello'));
    expect(mem.getStats().questions).toBe(1);
    mem.close();
  });
});

describe('recordExchange', () => {
  it('stores question and answer together, with sources as JSON and a hashed user', () => {
    const ids = store.recordExchange(makeExchange('ans-1', 'What is Local Hosting?', { user: 'u-42', chat: 'c-7' }));
    expect(ids.answerId).toBe('ans-1');
    const db = raw();
    const q = db.prepare('SELECT * FROM questions WHERE id = ?').get(ids.questionId) as Record<string, unknown>;
    const a = db.prepare('SELECT * FROM answers WHERE id = ?').get('ans-1') as Record<string, unknown>;
    db.close();
    expect(q).toMatchObject({
      platform: 'telegram',
      text: 'What is Local Hosting?',
      lang: 'en',
      user_hash: hashId('test-salt', 'user', 'u-42'),
      chat_hash: hashId('test-salt', 'chat', 'c-7'),
      created_at: '2026-11-26T12:00:00.000Z',
    });
    expect(a).toMatchObject({ question_id: ids.questionId, route: 'faq', abstained: 0, latency_ms: 4, confidence: 0.8 });
    expect(JSON.parse(a.sources as string)).toEqual([{ id: 'lh-overview', title: 'Local Hosting overview', date: '2026-01-19' }]);
  });

  it('writes neither row when the answer cannot be stored (duplicate answer id)', () => {
    store.recordExchange(makeExchange('dup', 'first'));
    expect(() => store.recordExchange(makeExchange('dup', 'second'))).toThrow(StoreError);
    const db = raw();
    expect(db.prepare('SELECT COUNT(*) AS n FROM questions').get()).toEqual({ n: 1 });
    db.close();
  });

  it('keeps exchanges without user, chat or platform', () => {
    const ex = makeExchange('anon', 'anonymous');
    store.recordExchange({ ...ex, request: { text: 'anonymous' } });
    const db = raw();
    expect(db.prepare('SELECT platform, user_hash, chat_hash FROM questions').get()).toEqual({ platform: 'unknown', user_hash: null, chat_hash: null });
    db.close();
  });
});

describe('user and chat ids are never stored raw', () => {
  it('leaves no trace of the raw ids in the database files', () => {
    const user = '735911842066';
    const chat = '-1002468135790';
    store.recordExchange(makeExchange('h1', 'question', { user, chat }));
    expect(store.recordFeedback({ answerId: 'h1', user, vote: 'up' })).toEqual({ ok: true });
    expect(store.recordHandover({ answerId: 'h1', platform: 'telegram', chat })).toEqual({ ok: true });
    store.setAutoAnswer('telegram', chat, true);
    store.close();
    const bytes = Buffer.concat(
      [path, `${path}-wal`].filter((p) => existsSync(p)).map((p) => readFileSync(p)),
    );
    expect(bytes.includes(Buffer.from(user))).toBe(false);
    expect(bytes.includes(Buffer.from(chat))).toBe(false);
    expect(bytes.includes(Buffer.from(hashId('test-salt', 'user', user)))).toBe(true);
    store = createStore({ path, salt: 'test-salt', now: clock.now });
    expect(store.getAutoAnswer('telegram', chat)).toBe(true);
  });

  it.each([
    ['same salt, same id', 'a', 'user', '1', 'a', 'user', '1', true],
    ['different salt', 'a', 'user', '1', 'b', 'user', '1', false],
    ['user vs chat with the same digits', 'a', 'user', '1', 'a', 'chat', '1', false],
  ] as const)('hashId: %s', (_name, s1, k1, id1, s2, k2, id2, equal) => {
    expect(hashId(s1, k1, id1) === hashId(s2, k2, id2)).toBe(equal);
  });
});

describe('recordFeedback', () => {
  beforeEach(() => {
    store.recordExchange(makeExchange('fb-1', 'How are fees charged?'));
  });

  it('refuses feedback on an unknown answer', () => {
    expect(store.recordFeedback({ answerId: 'nope', user: 'u', vote: 'up' })).toEqual({ ok: false, reason: 'unknown-answer' });
    expect(store.getStats().up).toBe(0);
  });

  it('keeps one vote per user per answer, the last one winning', () => {
    const cases: [string, 'up' | 'down', string | undefined][] = [
      ['u1', 'up', undefined],
      ['u1', 'down', 'wrong fee'],
      ['u2', 'up', undefined],
    ];
    for (const [user, vote, comment] of cases) expect(store.recordFeedback({ answerId: 'fb-1', user, vote, comment })).toEqual({ ok: true });
    const stats = store.getStats();
    expect({ up: stats.up, down: stats.down, withFeedback: stats.withFeedback }).toEqual({ up: 1, down: 1, withFeedback: 1 });
    expect(store.getDownvoted({ limit: 5 })).toEqual([
      expect.objectContaining({ answerId: 'fb-1', up: 1, down: 1, comments: ['wrong fee'], question: 'How are fees charged?' }),
    ]);
    store.recordFeedback({ answerId: 'fb-1', user: 'u1', vote: 'up' });
    expect(store.getDownvoted({ limit: 5 })).toEqual([]);
    expect(store.getStats().up).toBe(2);
  });

  it('rejects a malformed vote as a programming error', () => {
    expect(() => store.recordFeedback({ answerId: 'fb-1', user: 'u', vote: 'sideways' as 'up' })).toThrow();
  });
});

describe('recordHandover', () => {
  it('records handovers for known answers only', () => {
    store.recordExchange(makeExchange('ho-1', 'I need a human'));
    expect(store.recordHandover({ answerId: 'ho-1', platform: 'discord', chat: 'chan' })).toEqual({ ok: true });
    expect(store.recordHandover({ answerId: 'missing', platform: 'discord' })).toEqual({ ok: false, reason: 'unknown-answer' });
    expect(store.getStats().handovers).toBe(1);
  });
});

describe('auto-answer settings', () => {
  it('defaults to off, can be toggled per platform and chat', () => {
    expect(store.getAutoAnswer('telegram', 'g1')).toBe(false);
    store.setAutoAnswer('telegram', 'g1', true);
    expect(store.getAutoAnswer('telegram', 'g1')).toBe(true);
    expect(store.getAutoAnswer('discord', 'g1')).toBe(false);
    expect(store.getAutoAnswer('telegram', 'g2')).toBe(false);
    store.setAutoAnswer('telegram', 'g1', false);
    expect(store.getAutoAnswer('telegram', 'g1')).toBe(false);
  });

  it('honours a configured default', () => {
    const mem = createStore({ path: ':memory:', salt: 's', autoAnswerDefault: true });
    expect(mem.getAutoAnswer('discord', 'x')).toBe(true);
    mem.close();
  });
});

describe('getStats', () => {
  beforeEach(() => {
    const seed: [string, string, string, Parameters<typeof makeExchange>[2]][] = [
      ['2026-11-20T08:00:00Z', 's1', 'old question', { lang: 'en' }],
      ['2026-11-25T08:00:00Z', 's2', '本地托管是什么', { lang: 'zh', platform: 'discord' }],
      ['2026-11-25T09:00:00Z', 's3', '本地托管费用', { lang: 'zh', abstained: true }],
      ['2026-11-26T08:00:00Z', 's4', 'What is Local Hosting', { lang: 'en' }],
      ['2026-11-26T09:00:00Z', 's5', 'hi', { lang: 'en', route: 'greeting' }],
    ];
    for (const [at, id, text, over] of seed) {
      clock.set(at);
      store.recordExchange(makeExchange(id, text, over));
    }
    clock.set('2026-11-26T12:00:00Z');
    store.recordFeedback({ answerId: 's2', user: 'a', vote: 'up' });
    store.recordFeedback({ answerId: 's3', user: 'a', vote: 'down' });
  });

  it('counts all time', () => {
    expect(store.getStats()).toMatchObject({ since: null, questions: 5, answered: 3, abstained: 1, answerRate: 0.75, withFeedback: 2, feedbackRate: 0.5, up: 1, down: 1 });
  });

  it('restricts to the last N days and fills empty days', () => {
    const stats = store.getStats({ sinceDays: 3 });
    expect(stats).toMatchObject({ since: '2026-11-24', questions: 4, answered: 2, abstained: 1 });
    expect(stats.byDay.map((d) => [d.day, d.questions, d.answered, d.abstained])).toEqual([
      ['2026-11-24', 0, 0, 0],
      ['2026-11-25', 2, 1, 1],
      ['2026-11-26', 2, 1, 0],
    ]);
    expect(stats.byLang.map((l) => [l.lang, l.questions, l.answerRate])).toEqual([
      ['en', 2, 1],
      ['zh', 2, 0.5],
    ]);
    expect(stats.byPlatform.map((p) => [p.platform, p.questions])).toEqual([
      ['telegram', 3],
      ['discord', 1],
    ]);
  });
});

describe('getGaps and getTopQuestions', () => {
  it('clusters abstained and down-voted questions, largest first', () => {
    const rows: [string, string, boolean, 'zh' | 'en'][] = [
      ['g1', '本地托管怎么加入？', true, 'zh'],
      ['g2', '怎么加入本地托管', true, 'zh'],
      ['g3', '本地托管 怎么 加入!!', true, 'zh'],
      ['g4', 'How do I join Local Hosting?', true, 'en'],
      ['g5', 'how can I join local hosting', false, 'en'],
      ['g6', '退货运费谁承担', true, 'zh'],
      ['g7', 'What is the VAT rate in Germany?', false, 'en'],
    ];
    rows.forEach(([id, text, abstained, lang], i) => {
      clock.set(`2026-11-26T0${i}:00:00Z`);
      store.recordExchange(makeExchange(id, text, { abstained, lang }));
    });
    store.recordFeedback({ answerId: 'g5', user: 'x', vote: 'down' });
    const gaps = store.getGaps({ limit: 10 });
    expect(gaps.map((g) => [g.count, g.langs, g.abstained, g.downVoted])).toEqual([
      [3, ['zh'], 3, 0],
      [2, ['en'], 1, 1],
      [1, ['zh'], 1, 0],
    ]);
    expect(gaps[0]!.lastSeen).toBe('2026-11-26T02:00:00.000Z');
    expect(gaps[2]!.representative).toBe('退货运费谁承担');
    expect(store.getGaps({ limit: 1 })).toHaveLength(1);
    const top = store.getTopQuestions({ limit: 10 });
    expect(top.map((t) => [t.count, t.answered, t.abstained])).toEqual([
      [3, 0, 3],
      [2, 1, 1],
      [1, 1, 0], // ties: most recent first
      [1, 0, 1],
    ]);
  });
});

describe('community scope', () => {
  beforeEach(() => {
    store.recordExchange(makeExchange('g1', 'parking at the office of group one?', { abstained: true, chat: 'group-1' }));
    store.recordExchange(makeExchange('g2', 'local hosting launch date', { chat: 'group-1' }));
    store.recordExchange(makeExchange('g3', 'canteen menu of group two?', { abstained: true, chat: 'group-2' }));
    // Two channels of one Discord server are one community; a second server is another.
    store.recordExchange(makeExchange('d1', 'weather in the server one channel?', { abstained: true, platform: 'discord', chat: 'chan-a', community: 'guild-1' }));
    store.recordExchange(makeExchange('d2', 'fees in another channel?', { abstained: true, platform: 'discord', chat: 'chan-b', community: 'guild-1' }));
    store.recordExchange(makeExchange('d3', 'weather in server two?', { abstained: true, platform: 'discord', chat: 'chan-c', community: 'guild-2' }));
    store.recordHandover({ answerId: 'g1', platform: 'telegram', chat: 'group-1' });
  });

  it('counts only the community asked for, and everything without a scope', () => {
    expect(store.getStats({ community: { platform: 'telegram', id: 'group-1' } })).toMatchObject({ questions: 2, abstained: 1, handovers: 1 });
    expect(store.getStats({ community: { platform: 'telegram', id: 'group-2' } })).toMatchObject({ questions: 1, handovers: 0 });
    expect(store.getStats({ community: { platform: 'discord', id: 'guild-1' } }).questions).toBe(2);
    expect(store.getStats().questions).toBe(6);
  });

  it('lists only that community\'s gaps: a stranger\'s group sees none of the others', () => {
    const texts = (id: string, platform = 'telegram') =>
      store.getGaps({ limit: 10, community: { platform, id } }).map((g) => g.representative);
    expect(texts('group-1')).toEqual(['parking at the office of group one?']);
    expect(texts('stranger-group')).toEqual([]);
    expect(texts('guild-1', 'discord').sort()).toEqual(['fees in another channel?', 'weather in the server one channel?']);
    // The same id on another platform is another community.
    expect(texts('guild-1')).toEqual([]);
    expect(store.getGaps({ limit: 10 }).reduce((n, g) => n + g.count, 0)).toBe(5);
  });
});

describe('hostile text', () => {
  it('stores text without control or zero-width characters and at most 4,000 characters', () => {
    const hostile = `\u0000\u001b[31m<script>alert(1)</script>\u200b\u202e😀😀 ${'长'.repeat(10_000)}`;
    store.recordExchange(makeExchange('evil', hostile, { abstained: true }));
    const db = raw();
    const { text } = db.prepare('SELECT text FROM questions').get() as { text: string };
    db.close();
    expect(text.startsWith('[31m<script>alert(1)</script>😀😀 长')).toBe(true);
    expect(Array.from(text)).toHaveLength(4000);
    expect(/[\u0000-\u001f\u200b\u202e]/.test(text)).toBe(false);
    expect(store.getGaps({ limit: 5 })[0]!.count).toBe(1);
  });
});
