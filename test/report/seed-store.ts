import { createStore } from '../../src/store/create-store.js';
import type { Store } from '../../src/store/types.js';
import { makeExchange } from '../store/helpers.js';

export const HOSTILE = '\u001b[2J<script>alert("x")</script> & <img src=x onerror=alert(1)>\u200b 😀 本地托管怎么退货？';

/**
 * Known numbers, last 3 days ending 2026-11-26:
 * 6 questions (5 in range), answered 3, abstained 2 (in range), 1 greeting; up 1, down 2.
 */
export function seedStore(): Store {
  let t = Date.parse('2026-11-20T10:00:00Z');
  const store = createStore({ path: ':memory:', salt: 'report-salt', now: () => new Date(t) });
  const rows: [string, string, string, Parameters<typeof makeExchange>[2]][] = [
    ['2026-11-20T10:00:00Z', 'old', 'out of range question', { lang: 'en' }],
    ['2026-11-24T09:00:00Z', 'r1', '本地托管怎么加入？', { lang: 'zh', abstained: true }],
    ['2026-11-24T10:00:00Z', 'r2', '怎么加入本地托管', { lang: 'zh', abstained: true, platform: 'discord' }],
    ['2026-11-25T09:00:00Z', 'r3', 'What is Local Hosting?', { lang: 'en', answer: 'Local Hosting is …' }],
    ['2026-11-26T09:00:00Z', 'r4', HOSTILE, { lang: 'zh', answer: `<b>bold</b> answer` }],
    ['2026-11-26T10:00:00Z', 'r5', 'hello', { lang: 'en', route: 'greeting' }],
    ['2026-11-26T11:00:00Z', 'r6', 'VAT in Germany?', { lang: 'en' }],
  ];
  for (const [at, id, text, over] of rows) {
    t = Date.parse(at);
    store.recordExchange(makeExchange(id, text, over));
  }
  t = Date.parse('2026-11-26T12:00:00Z');
  store.recordFeedback({ answerId: 'r3', user: 'a', vote: 'up' });
  store.recordFeedback({ answerId: 'r4', user: 'a', vote: 'down', comment: '<i>wrong</i> 😡' });
  store.recordFeedback({ answerId: 'r4', user: 'b', vote: 'down' });
  store.recordHandover({ answerId: 'r1', platform: 'telegram', chat: 'c' });
  return store;
}

export const REPORT_NOW = () => new Date('2026-11-26T12:00:00Z');
