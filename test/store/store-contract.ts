// The store port's contract, run against SQLite and a real PostgreSQL server alike (contract-*.test.ts): the same
// calls must leave the same rows and give the same answers, and the atomic steps must stay atomic across two
// connections to the same database (two instances).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConversationState } from '../../src/contract/conversation.js';
import { hashId } from '../../src/store/hash-id.js';
import { StoreError } from '../../src/store/store-error.js';
import type { Store } from '../../src/store/types.js';
import { makeClock, makeExchange } from './helpers.js';

export interface StoreBackend {
  /** A store over this test's database (the same database each call: a second call is a second instance). */
  open(options: { salt: string; now: () => Date; autoAnswerDefault?: boolean }): Promise<Store>;
  /** Rows straight from the database, bypassing the store. */
  raw<T = Record<string, unknown>>(sql: string): Promise<T[]>;
  /** Sets the schema version the database says it is at. */
  setSchemaVersion(version: number): Promise<void>;
}

export interface BackendFactory {
  /** A fresh, empty database for one test. */
  create(): Promise<StoreBackend>;
  dispose?(): Promise<void>;
}

export function describeStoreContract(label: string, factory: () => BackendFactory | undefined): void {
  const d = factory() ? describe : describe.skip;
  d(`store contract: ${label}`, () => {
    let backend: StoreBackend;
    let store: Store;
    const extra: Store[] = [];
    const clock = makeClock('2026-11-26T12:00:00Z');
    const later = (ms: number) => clock.set(new Date(clock.now().getTime() + ms).toISOString());
    const another = async (salt = 'test-salt') => {
      const s = await backend.open({ salt, now: clock.now });
      extra.push(s);
      return s;
    };

    beforeEach(async () => {
      clock.set('2026-11-26T12:00:00Z');
      backend = await factory()!.create();
      store = await backend.open({ salt: 'test-salt', now: clock.now });
    });
    afterEach(async () => {
      await Promise.all([store, ...extra.splice(0)].map((s) => s.close()));
    });

    describe('exchanges', () => {
      it('stores question and answer together, with sources as JSON and hashed ids', async () => {
        const ids = await store.recordExchange(makeExchange('ans-1', 'What is Local Hosting?', { user: 'u-42', chat: 'c-7' }));
        expect(ids.answerId).toBe('ans-1');
        const [q] = await backend.raw(`SELECT * FROM questions WHERE id = ${Number(ids.questionId)}`);
        const [a] = await backend.raw(`SELECT * FROM answers WHERE id = 'ans-1'`);
        expect(q).toMatchObject({
          platform: 'telegram',
          text: 'What is Local Hosting?',
          lang: 'en',
          user_hash: hashId('test-salt', 'user', 'u-42'),
          chat_hash: hashId('test-salt', 'chat', 'c-7'),
          community_hash: hashId('test-salt', 'chat', 'c-7'),
          created_at: '2026-11-26T12:00:00.000Z',
        });
        expect(a).toMatchObject({ route: 'faq', abstained: 0, latency_ms: 4, confidence: 0.8, follow_up: 0 });
        expect(Number(a!.question_id)).toBe(ids.questionId);
        expect(JSON.parse(a!.sources as string)).toEqual([{ id: 'lh-overview', title: 'Local Hosting overview', date: '2026-01-19' }]);
      });

      it('writes neither row when the answer cannot be stored (a duplicate answer id)', async () => {
        await store.recordExchange(makeExchange('dup', 'first'));
        await expect(store.recordExchange(makeExchange('dup', 'second'))).rejects.toBeInstanceOf(StoreError);
        expect(await backend.raw('SELECT text FROM questions')).toEqual([{ text: 'first' }]);
      });

      it('keeps exchanges without user, chat or platform', async () => {
        await store.recordExchange({ ...makeExchange('anon', 'anonymous'), request: { text: 'anonymous' } });
        expect(await backend.raw('SELECT platform, user_hash, chat_hash FROM questions')).toEqual([{ platform: 'unknown', user_hash: null, chat_hash: null }]);
      });

      it('stores text without control or zero-width characters and at most 4,000 characters', async () => {
        const hostile = `\u0000\u001b[31m<script>alert(1)</script>\u200b\u202e😀😀 ${'长'.repeat(10_000)}`;
        await store.recordExchange(makeExchange('evil', hostile, { abstained: true }));
        const [{ text }] = await backend.raw<{ text: string }>('SELECT text FROM questions');
        expect(text!.startsWith('[31m<script>alert(1)</script>😀😀 长')).toBe(true);
        expect(Array.from(text!)).toHaveLength(4000);
        expect(/[\u0000-\u001f\u200b\u202e]/.test(text!)).toBe(false);
        expect((await store.getGaps({ limit: 5 }))[0]!.count).toBe(1);
      });

      it('counts follow-ups and how many were answered', async () => {
        await store.recordExchange({
          request: { text: '那法国呢？', platform: 'telegram', chat: 'c', user: 'u' },
          result: { id: 'f1', text: 't', body: 't', lang: 'zh', sources: [], tool: null, abstained: false, confidence: 0.9, route: 'faq', followUp: true, resolved: '法国站佣金多少？' },
          latencyMs: 1,
        });
        expect(await store.getStats()).toMatchObject({ questions: 1, followUps: 1, followUpsAnswered: 1 });
        expect(await backend.raw('SELECT resolved, follow_up FROM answers')).toEqual([{ resolved: '法国站佣金多少？', follow_up: 1 }]);
      });
    });

    describe('ids are never stored raw', () => {
      it('keeps only keyed hashes of user and chat ids, in every table', async () => {
        const user = '735911842066';
        const chat = '-1002468135790';
        await store.recordExchange(makeExchange('h1', 'question', { user, chat }));
        expect(await store.recordFeedback({ answerId: 'h1', user, vote: 'up' })).toEqual({ ok: true });
        expect(await store.recordHandover({ answerId: 'h1', platform: 'telegram', chat })).toEqual({ ok: true });
        await store.setAutoAnswer('telegram', chat, true);
        await store.windows.take([{ scope: 'user', key: `telegram:${user}`, limit: 5, windowMs: 60_000 }]);
        await store.once.claim('handover', `telegram:${user}`, 60_000);
        await store.sessions.set(`telegram:${chat}:${user}`, { chat, user }, 60_000);
        await store.conversations.save(`telegram|${chat}||${user}`, state('en', 'q', 1), 'h1');
        const dump = JSON.stringify(
          await Promise.all(
            ['questions', 'answers', 'feedback', 'handovers', 'chat_settings', 'rate_windows', 'once_claims', 'conversations', 'conversation_answers'].map((t) =>
              backend.raw(`SELECT * FROM ${t}`),
            ),
          ),
        );
        const sessions = JSON.stringify((await backend.raw<{ value: Buffer }>('SELECT value FROM sessions')).map((r) => Buffer.from(r.value).toString('latin1')));
        for (const text of [dump, sessions]) {
          expect(text).not.toContain(user);
          expect(text).not.toContain(chat);
        }
        expect(dump).toContain(hashId('test-salt', 'user', user));
        const again = await another();
        expect(await again.getAutoAnswer('telegram', chat)).toBe(true);
      });
    });

    describe('feedback, handovers, settings', () => {
      beforeEach(async () => {
        await store.recordExchange(makeExchange('fb-1', 'How are fees charged?'));
      });

      it('refuses feedback on an unknown answer', async () => {
        expect(await store.recordFeedback({ answerId: 'nope', user: 'u', vote: 'up' })).toEqual({ ok: false, reason: 'unknown-answer' });
        expect((await store.getStats()).up).toBe(0);
      });

      it('keeps one vote per user per answer, the last one winning', async () => {
        const cases: [string, 'up' | 'down', string | undefined][] = [
          ['u1', 'up', undefined],
          ['u1', 'down', 'wrong fee'],
          ['u2', 'up', undefined],
        ];
        for (const [user, vote, comment] of cases) expect(await store.recordFeedback({ answerId: 'fb-1', user, vote, comment })).toEqual({ ok: true });
        const stats = await store.getStats();
        expect({ up: stats.up, down: stats.down, withFeedback: stats.withFeedback }).toEqual({ up: 1, down: 1, withFeedback: 1 });
        expect(await store.getDownvoted({ limit: 5 })).toEqual([
          expect.objectContaining({ answerId: 'fb-1', up: 1, down: 1, comments: ['wrong fee'], question: 'How are fees charged?', lastVotedAt: '2026-11-26T12:00:00.000Z' }),
        ]);
        await store.recordFeedback({ answerId: 'fb-1', user: 'u1', vote: 'up' });
        expect(await store.getDownvoted({ limit: 5 })).toEqual([]);
        expect((await store.getStats()).up).toBe(2);
      });

      it('rejects a malformed vote as a programming error', async () => {
        await expect(store.recordFeedback({ answerId: 'fb-1', user: 'u', vote: 'sideways' as 'up' })).rejects.toThrow();
      });

      it('records handovers for known answers only', async () => {
        expect(await store.recordHandover({ answerId: 'fb-1', platform: 'discord', chat: 'chan' })).toEqual({ ok: true });
        expect(await store.recordHandover({ answerId: 'missing', platform: 'discord' })).toEqual({ ok: false, reason: 'unknown-answer' });
        expect((await store.getStats()).handovers).toBe(1);
      });

      it('auto-answer defaults to off and is toggled per platform and chat; a configured default holds', async () => {
        expect(await store.getAutoAnswer('telegram', 'g1')).toBe(false);
        await store.setAutoAnswer('telegram', 'g1', true);
        expect(await store.getAutoAnswer('telegram', 'g1')).toBe(true);
        expect(await store.getAutoAnswer('discord', 'g1')).toBe(false);
        await store.setAutoAnswer('telegram', 'g1', false);
        expect(await store.getAutoAnswer('telegram', 'g1')).toBe(false);
        const on = await backend.open({ salt: 's', now: clock.now, autoAnswerDefault: true });
        extra.push(on);
        expect(await on.getAutoAnswer('discord', 'x')).toBe(true);
      });
    });

    describe('reports', () => {
      async function seed(): Promise<void> {
        const rows: [string, string, string, Parameters<typeof makeExchange>[2]][] = [
          ['2026-11-20T08:00:00Z', 's1', 'old question', { lang: 'en' }],
          ['2026-11-25T08:00:00Z', 's2', '本地托管是什么', { lang: 'zh', platform: 'discord' }],
          ['2026-11-25T09:00:00Z', 's3', '本地托管费用', { lang: 'zh', abstained: true }],
          ['2026-11-26T08:00:00Z', 's4', 'What is Local Hosting', { lang: 'en' }],
          ['2026-11-26T09:00:00Z', 's5', 'hi', { lang: 'en', route: 'greeting' }],
        ];
        for (const [at, id, text, over] of rows) {
          clock.set(at);
          await store.recordExchange(makeExchange(id, text, over));
        }
        clock.set('2026-11-26T12:00:00Z');
        await store.recordFeedback({ answerId: 's2', user: 'a', vote: 'up' });
        await store.recordFeedback({ answerId: 's3', user: 'a', vote: 'down' });
      }

      it('counts all time, and the last N days with every day present', async () => {
        await seed();
        expect(await store.getStats()).toMatchObject({ since: null, questions: 5, answered: 3, abstained: 1, answerRate: 0.75, withFeedback: 2, feedbackRate: 0.5, up: 1, down: 1 });
        const stats = await store.getStats({ sinceDays: 3 });
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
        expect((await store.getStats({ sinceDays: 1 })).byDay.map((d) => d.day)).toEqual(['2026-11-26']);
      });

      it('clusters abstained and down-voted questions, largest first, and all questions for the top list', async () => {
        const rows: [string, string, boolean, 'zh' | 'en'][] = [
          ['g1', '本地托管怎么加入？', true, 'zh'],
          ['g2', '怎么加入本地托管', true, 'zh'],
          ['g3', '本地托管 怎么 加入!!', true, 'zh'],
          ['g4', 'How do I join Local Hosting?', true, 'en'],
          ['g5', 'how can I join local hosting', false, 'en'],
          ['g6', '退货运费谁承担', true, 'zh'],
          ['g7', 'What is the VAT rate in Germany?', false, 'en'],
        ];
        for (const [i, [id, text, abstained, lang]] of rows.entries()) {
          clock.set(`2026-11-26T0${i}:00:00Z`);
          await store.recordExchange(makeExchange(id, text, { abstained, lang }));
        }
        await store.recordFeedback({ answerId: 'g5', user: 'x', vote: 'down' });
        const gaps = await store.getGaps({ limit: 10 });
        expect(gaps.map((g) => [g.count, g.langs, g.abstained, g.downVoted])).toEqual([
          [3, ['zh'], 3, 0],
          [2, ['en'], 1, 1],
          [1, ['zh'], 1, 0],
        ]);
        expect(gaps[0]!.lastSeen).toBe('2026-11-26T02:00:00.000Z');
        expect(gaps[2]!.representative).toBe('退货运费谁承担');
        expect(await store.getGaps({ limit: 1 })).toHaveLength(1);
        expect((await store.getTopQuestions({ limit: 10 })).map((t) => [t.count, t.answered, t.abstained])).toEqual([
          [3, 0, 3],
          [2, 1, 1],
          [1, 1, 0],
          [1, 0, 1],
        ]);
      });

      it('scopes counts and gaps to one community', async () => {
        await store.recordExchange(makeExchange('g1', 'parking at the office of group one?', { abstained: true, chat: 'group-1' }));
        await store.recordExchange(makeExchange('g2', 'local hosting launch date', { chat: 'group-1' }));
        await store.recordExchange(makeExchange('g3', 'canteen menu of group two?', { abstained: true, chat: 'group-2' }));
        await store.recordExchange(makeExchange('d1', 'weather in the server one channel?', { abstained: true, platform: 'discord', chat: 'chan-a', community: 'guild-1' }));
        await store.recordExchange(makeExchange('d2', 'fees in another channel?', { abstained: true, platform: 'discord', chat: 'chan-b', community: 'guild-1' }));
        await store.recordHandover({ answerId: 'g1', platform: 'telegram', chat: 'group-1' });
        expect(await store.getStats({ community: { platform: 'telegram', id: 'group-1' } })).toMatchObject({ questions: 2, abstained: 1, handovers: 1 });
        expect(await store.getStats({ community: { platform: 'discord', id: 'guild-1' } })).toMatchObject({ questions: 2, handovers: 0 });
        const texts = async (id: string, platform = 'telegram') => (await store.getGaps({ limit: 10, community: { platform, id } })).map((g) => g.representative).sort();
        expect(await texts('group-1')).toEqual(['parking at the office of group one?']);
        expect(await texts('stranger-group')).toEqual([]);
        expect(await texts('guild-1', 'discord')).toEqual(['fees in another channel?', 'weather in the server one channel?']);
        expect(await texts('guild-1')).toEqual([]);
      });
    });

    describe('update journal', () => {
      const update = (id: number, text = 'Which countries does Local Hosting cover?') => ({ update_id: id, message: { chat: { id: 4242 }, from: { id: 777, first_name: 'Seller' }, text } });
      const ids = (r: { updates: unknown[] }) => r.updates.map((u) => (u as { update_id: number }).update_id);

      it('accepts an id once, lets one handler claim it, and forgets the payload once answered', async () => {
        expect(await store.updates.accept(update(1))).toBe(true);
        expect(await store.updates.accept(update(1))).toBe(false);
        expect(await store.updates.claim(1, 'a')).toBe(true);
        expect(await store.updates.claim(1, 'b')).toBe(false);
        await store.updates.finish(1);
        expect(await store.updates.claim(1, 'b')).toBe(false);
        expect(await store.updates.counts()).toEqual({ pending: 0, claimed: 0, answered: 1 });
        expect(await backend.raw('SELECT payload FROM telegram_updates WHERE update_id = 1')).toEqual([{ payload: null }]);
      });

      it('keeps the payload sealed: neither the text nor the ids are readable', async () => {
        await store.updates.accept(update(2, 'a question about VAT in Spain'));
        const [row] = await backend.raw<{ payload: Buffer }>('SELECT payload FROM telegram_updates');
        const bytes = Buffer.from(row!.payload).toString('latin1');
        expect(bytes).not.toContain('VAT in Spain');
        expect(bytes).not.toContain('4242');
        expect((await store.updates.recover({ takeOverClaims: true })).updates).toEqual([update(2, 'a question about VAT in Spain')]);
      });

      it('recovers pending and dead claims in order; a webhook instance takes over only expired leases and settled pending ones', async () => {
        for (const id of [5, 3, 4]) await store.updates.accept(update(id));
        await store.updates.claim(4, 'sibling');
        expect(ids(await store.updates.recover({ takeOverClaims: false }))).toEqual([3, 5]);
        expect(ids(await store.updates.recover({ takeOverClaims: false, pendingOlderThanMs: 60_000 }))).toEqual([]);
        later(121_000);
        expect(ids(await store.updates.recover({ takeOverClaims: false, pendingOlderThanMs: 60_000 }))).toEqual([3, 4, 5]);
        await store.updates.claim(4, 'sibling');
        expect((await store.updates.recover({ takeOverClaims: true })).updates).toHaveLength(3);
      });

      it('gives up an update whose handling started three times without finishing', async () => {
        await store.updates.accept(update(9));
        for (let i = 0; i < 3; i++) {
          expect((await store.updates.recover({ takeOverClaims: true })).updates).toHaveLength(1);
          expect(await store.updates.claim(9, `process-${i}`)).toBe(true);
        }
        expect(await store.updates.recover({ takeOverClaims: true })).toEqual({ updates: [], abandoned: 1 });
      });

      it('cannot open payloads sealed under another salt, and says so instead of answering garbage', async () => {
        await store.updates.accept(update(11));
        const other = await another('salt-two');
        expect(await other.updates.recover({ takeOverClaims: true })).toEqual({ updates: [], abandoned: 1 });
      });

      it('forgets ids after a day, counting those never answered', async () => {
        await store.updates.accept(update(20));
        await store.updates.accept(update(21));
        await store.updates.claim(21, 'a');
        await store.updates.finish(21);
        later(24 * 3600_000 + 1);
        expect(await store.updates.prune()).toEqual({ removed: 2, unanswered: 1 });
        expect(await store.updates.accept(update(21))).toBe(true);
      });

      it('lets exactly one of many instances claim an update delivered to all of them at once', async () => {
        const instances = [store, await another(), await another()];
        const results = await Promise.all(
          Array.from({ length: 30 }, (_, i) => {
            const s = instances[i % instances.length]!;
            return s.updates.accept(update(77)).then(() => s.updates.claim(77, `owner-${i}`));
          }),
        );
        expect(results.filter(Boolean)).toHaveLength(1);
        expect(await store.updates.counts()).toEqual({ pending: 0, claimed: 1, answered: 0 });
      });
    });

    describe('reply outbox', () => {
      const reply = { messages: [{ chat_id: 4242, text: 'the answer' }] };

      it('hands a reply out when its time comes, keeps progress, and counts a given-up one per community', async () => {
        const id = await store.outbox.add({ platform: 'telegram', chat: '-1001', payload: reply, retryInMs: 5_000, keepForMs: 600_000, error: 'HttpError: down' });
        expect(await store.outbox.due(10)).toEqual([]);
        later(5_000);
        expect(await store.outbox.due(10)).toEqual([{ id, payload: reply, attempts: 1, deadlineAt: '2026-11-26T12:10:00.000Z' }]);
        await store.outbox.progress(id, { messages: [] });
        await store.outbox.retryLater(id, { retryInMs: 10_000 });
        expect(await store.outbox.due(10)).toEqual([]);
        later(10_000);
        const [again] = await store.outbox.due(10);
        expect(again).toMatchObject({ attempts: 2, payload: { messages: [] } });
        await store.outbox.giveUp(id, 'deadline');
        expect(await store.outbox.pendingCount()).toBe(0);
        expect(await store.outbox.countUndelivered({ sinceDays: 7 })).toBe(1);
        expect(await store.outbox.countUndelivered({ sinceDays: 7, community: { platform: 'telegram', id: '-1001' } })).toBe(1);
        expect(await store.outbox.countUndelivered({ sinceDays: 7, community: { platform: 'telegram', id: '-1002' } })).toBe(0);
        expect(await backend.raw('SELECT payload FROM reply_outbox')).toEqual([{ payload: null }]);
      });

      it('hands each due reply to one worker only, and again after a worker died with it', async () => {
        const first = await store.outbox.add({ platform: 'telegram', chat: '1', payload: reply, retryInMs: 0, keepForMs: 600_000 });
        const second = await store.outbox.add({ platform: 'telegram', chat: '2', payload: reply, retryInMs: 0, keepForMs: 600_000 });
        const other = await another();
        const [a, b] = await Promise.all([store.outbox.due(10), other.outbox.due(10)]);
        expect([...a, ...b].map((r) => r.id).sort()).toEqual([first, second].sort());
        expect(await store.outbox.nextDueAt()).toBe('2026-11-26T12:01:00.000Z');
        later(60_000);
        expect((await other.outbox.due(10)).map((r) => r.id)).toEqual([first, second]);
        await store.outbox.delivered(first);
        expect(await store.outbox.pendingCount()).toBe(1);
      });
    });

    describe('conversations', () => {
      it('keeps a conversation for any instance, finds it by answer id, forgets it on delete, stores no raw key', async () => {
        await store.conversations.save('telegram|-100123||42', state('zh', '德国站佣金多少？', 1000), 'ans-1000');
        const other = await another();
        expect(await other.conversations.load('telegram|-100123||42')).toEqual(state('zh', '德国站佣金多少？', 1000));
        expect((await other.conversations.findByAnswer('ans-1000'))?.turns[0]?.question).toBe('德国站佣金多少？');
        expect(await other.conversations.load('telegram|-100123||43')).toBeUndefined();
        await other.conversations.save('telegram|-100123||42', state('zh', '法国呢？', 2000), 'ans-2000');
        expect((await store.conversations.findByAnswer('ans-1000'))?.turns[0]?.question).toBe('法国呢？');
        await other.conversations.delete('telegram|-100123||42');
        expect(await store.conversations.load('telegram|-100123||42')).toBeUndefined();
        const keys = await backend.raw<{ key_hash: string }>('SELECT key_hash FROM conversation_answers');
        expect(keys.length).toBe(2);
        expect(keys.every((k) => /^[0-9a-f]{64}$/.test(k.key_hash))).toBe(true);
      });
    });

    describe('sliding windows (rate limits, model budgets)', () => {
      const user = { scope: 'user', key: 'telegram:u1', limit: 3, windowMs: 60_000 };
      const chat = { scope: 'chat', key: 'telegram:c1', limit: 5, windowMs: 60_000 };
      const brief = (o: Awaited<ReturnType<Store['windows']['take']>>) => (o.ok ? 'ok' : `${o.index}:${o.retryAfterMs}:${o.firstRefusal ? 'first' : 'again'}`);

      it('slides like the in-memory limiter: refusals spend nothing and are noticed once per window', async () => {
        const steps: [number, string][] = [
          [0, 'ok'],
          [10_000, 'ok'],
          [10_000, 'ok'],
          [5_000, '0:35000:first'],
          [5_000, '0:30000:again'],
          [30_000, 'ok'],
          [0, '0:10000:again'],
          [10_000, 'ok'],
        ];
        const got: string[] = [];
        for (const [ms] of steps) {
          later(ms);
          got.push(brief(await store.windows.take([user, chat])));
        }
        expect(got).toEqual(steps.map(([, e]) => e));
      });

      it('refuses on the chat when users together fill it, without spending the users\' budgets', async () => {
        const outcomes: string[] = [];
        for (let i = 0; i < 6; i++) outcomes.push(brief(await store.windows.take([{ ...user, key: `telegram:u${i}` }, chat])));
        expect(outcomes).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', '1:60000:first']);
        expect(brief(await store.windows.take([{ ...user, key: 'telegram:u5' }]))).toBe('ok');
      });

      it('is exact across instances: of 40 simultaneous takes on a limit of 10, exactly 10 pass', async () => {
        const instances = [store, await another(), await another(), await another()];
        const limit = { scope: 'chat', key: 'telegram:crowded', limit: 10, windowMs: 60_000 };
        const outcomes = await Promise.all(Array.from({ length: 40 }, (_, i) => instances[i % 4]!.windows.take([{ ...user, key: `telegram:x${i}` }, limit])));
        expect(outcomes.filter((o) => o.ok)).toHaveLength(10);
        expect(outcomes.filter((o) => !o.ok && o.firstRefusal)).toHaveLength(1);
      });
    });

    describe('once-claims, leases, sessions', () => {
      it('lets one claim win until it is released or expires', async () => {
        const other = await another();
        const results = await Promise.all([store, other, store, other].map((s) => s.once.claim('handover', 'telegram:a1', 60_000)));
        expect(results.filter(Boolean)).toHaveLength(1);
        await other.once.release('handover', 'telegram:a1');
        expect(await store.once.claim('handover', 'telegram:a1', 60_000)).toBe(true);
        expect(await store.once.claim('handover', 'telegram:a2', 60_000)).toBe(true);
        later(60_000);
        expect(await other.once.claim('handover', 'telegram:a1', 60_000)).toBe(true);
      });

      it('holds a lease for one owner, renews it for that owner, and hands it on once it runs out or is released', async () => {
        expect(await store.leases.acquire('discord:shard:0/1', 'p1', 30_000)).toBe(true);
        expect(await store.leases.acquire('discord:shard:0/1', 'p2', 30_000)).toBe(false);
        later(20_000);
        expect(await store.leases.acquire('discord:shard:0/1', 'p1', 30_000)).toBe(true);
        later(20_000);
        expect(await store.leases.acquire('discord:shard:0/1', 'p2', 30_000)).toBe(false);
        later(10_000);
        expect(await store.leases.acquire('discord:shard:0/1', 'p2', 30_000)).toBe(true);
        await store.leases.release('discord:shard:0/1', 'p1');
        expect(await store.leases.acquire('discord:shard:0/1', 'p1', 30_000)).toBe(false);
        await store.leases.release('discord:shard:0/1', 'p2');
        expect(await store.leases.acquire('discord:shard:0/1', 'p1', 30_000)).toBe(true);
      });

      it('names the live holder, and moves a lease from a holder known to be gone to a new one', async () => {
        expect(await store.leases.holder('telegram:polling')).toBeUndefined();
        await store.leases.acquire('telegram:polling', 'host:1:dead', 30_000);
        expect(await store.leases.holder('telegram:polling')).toBe('host:1:dead');
        const other = await another();
        expect(await other.leases.takeOver('telegram:polling', 'host:2:someone-else', 'host:3:new', 30_000)).toBe(false);
        expect(await other.leases.takeOver('telegram:polling', 'host:1:dead', 'host:3:new', 30_000)).toBe(true);
        expect(await store.leases.acquire('telegram:polling', 'host:1:dead', 30_000)).toBe(false);
        expect(await store.leases.holder('telegram:polling')).toBe('host:3:new');
        later(30_000);
        expect(await store.leases.holder('telegram:polling')).toBeUndefined();
      });

      it('keeps sealed session values until they expire', async () => {
        await store.sessions.set('telegram:1:2', { facts: { entityCountry: 'CN' } }, 60_000);
        const other = await another();
        expect(await other.sessions.get('telegram:1:2')).toEqual({ facts: { entityCountry: 'CN' } });
        const [row] = await backend.raw<{ value: Buffer }>('SELECT value FROM sessions');
        expect(Buffer.from(row!.value).toString('latin1')).not.toContain('entityCountry');
        later(60_000);
        expect(await other.sessions.get('telegram:1:2')).toBeUndefined();
        await store.sessions.set('telegram:1:2', { n: 1 }, 60_000);
        await other.sessions.delete('telegram:1:2');
        expect(await store.sessions.get('telegram:1:2')).toBeUndefined();
      });
    });

    describe('schema versions', () => {
      it('refuses a database migrated by a newer release, with a message saying what to do', async () => {
        await store.close();
        await backend.setSchemaVersion(99);
        store = { close: async () => {} } as Store;
        await expect(backend.open({ salt: 's', now: clock.now })).rejects.toThrow(/schema version 99 is newer than this program knows .*run that release/);
      });
    });
  });
}

function state(lang: ConversationState['lang'], question: string, at: number): ConversationState {
  return {
    lang,
    turns: [{ question, resolved: question, route: 'faq', abstained: false, entities: { countries: ['DE'] }, answerId: `ans-${at}`, at }],
    pending: { tool: 'margin', known: { listPrice: 29.99 }, missing: ['market'] },
    updatedAt: at,
  };
}
