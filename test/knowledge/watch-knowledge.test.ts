import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { watchKnowledge } from '../../src/knowledge/watch-knowledge.js';

describe('watchKnowledge (npm start -- --watch)', () => {
  it('reloads once, shortly after a burst of changes, and stops watching when stopped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'faqbot-watch-'));
    let reloads = 0;
    const stop = watchKnowledge({
      dir,
      logger: pino({ level: 'silent' }),
      debounceMs: 100,
      reload: async () => {
        reloads++;
        return { ok: true, problems: [], articles: 1, faq: 0 };
      },
    });
    for (let i = 0; i < 5; i++) writeFileSync(join(dir, `a${i}.md`), 'x');
    await new Promise((r) => setTimeout(r, 600));
    expect(reloads).toBe(1);
    await stop();
    writeFileSync(join(dir, 'b.md'), 'y');
    await new Promise((r) => setTimeout(r, 400));
    expect(reloads).toBe(1);
  });
});
