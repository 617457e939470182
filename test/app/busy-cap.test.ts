import { describe, expect, it } from 'vitest';
import { createTestService } from '../helpers/create-test-service.js';

describe('the busy cap', () => {
  it('answers a burst of 150 simultaneous private questions instead of refusing a quarter of them', async () => {
    const service = await createTestService({ RATE_USER_PER_MINUTE: '1000', RATE_CHAT_PER_MINUTE: '1000' }, { knowledge: 'fixture' });
    const replies = await Promise.all(
      Array.from({ length: 150 }, (_, i) => service.answer({ text: 'when did local hosting launch?', platform: 'telegram', user: `u${i}`, chat: `u${i}` })),
    );
    expect(replies.filter((r) => r.route === 'rate-limited')).toEqual([]);
    expect(replies.every((r) => r.route === 'faq')).toBe(true);
  });
});
