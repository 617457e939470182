import { describe, expect, it } from 'vitest';
import { createRequestBudget } from '../../src/llm/index.js';

describe('createRequestBudget', () => {
  it('refuses a chat over its hourly budget and frees it as the window slides', () => {
    let t = 0;
    const budget = createRequestBudget({ perChat: 2, global: 100, now: () => t });
    expect(budget.take('a').ok).toBe(true);
    t = 1_000;
    expect(budget.take('a').ok).toBe(true);
    t = 2_000;
    expect(budget.take('a')).toEqual({ ok: false, scope: 'chat', retryAfterMs: 3_600_000 - 2_000 });
    expect(budget.take('b').ok).toBe(true);
    t = 3_600_000; // the first request has left the window, the second has not
    expect(budget.take('a').ok).toBe(true);
    expect(budget.take('a').ok).toBe(false);
  });

  it('refuses everyone over the global budget without charging the chat', () => {
    let t = 0;
    const budget = createRequestBudget({ perChat: 5, global: 3, now: () => t });
    for (const chat of ['a', 'b', 'c']) expect(budget.take(chat).ok).toBe(true);
    expect(budget.take('d')).toEqual({ ok: false, scope: 'global', retryAfterMs: 3_600_000 });
    t = 3_600_000;
    // "d" was refused before, so its own budget is untouched.
    for (let i = 0; i < 3; i++) expect(budget.take('d').ok).toBe(true);
  });

  it('keeps a bounded number of chats', () => {
    const budget = createRequestBudget({ perChat: 1, global: 1_000, maxChats: 2, now: () => 0 });
    expect(budget.take('a').ok).toBe(true);
    expect(budget.take('b').ok).toBe(true);
    expect(budget.take('c').ok).toBe(true); // drops "a", the least recently used
    expect(budget.take('c').ok).toBe(false);
    expect(budget.take('a').ok).toBe(true);
  });
});
