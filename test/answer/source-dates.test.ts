// The date a reply shows for each source: an article's own section date, never the FAQ's as-of date stamped on it.
import { cpSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../src/app/create-core.js';
import { knowledgeDirOf } from '../helpers/knowledge-dirs.js';

let core: Core;
beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'faqbot-dates-'));
  cpSync(knowledgeDirOf('fixture'), join(dir, 'knowledge'), { recursive: true });
  const faq = join(dir, 'knowledge', 'faq', 'local-hosting.yaml');
  // An answer dated after every section of the article it cites (a later fact of its own).
  writeFileSync(
    faq,
    `${readFileSync(faq, 'utf8')}
- id: faq-lh-later-news
  sources: [lh-overview]
  asOf: 2026-03-01
  confidence: reported
  questions:
    en: [what changed for local hosting in march 2026, local hosting march 2026 update]
    zh: [本地托管2026年3月有什么变化]
  answer:
    en: On 1 March 2026 nothing about Local Hosting's launch countries had changed.
    zh: 截至2026年3月1日，本地托管的上线国家没有变化。
`,
  );
  core = await createCore({ knowledgeDir: join(dir, 'knowledge'), indexDir: join(dir, 'index'), threshold: 0.4, maxChars: 1000 });
}, 60_000);

describe('source dates', () => {
  it('shows the cited article with its own newest section date, not the FAQ answer\'s later date', async () => {
    const r = await core.answer({ text: 'what changed for local hosting in march 2026?' });
    expect(r.sources).toEqual([expect.objectContaining({ id: 'lh-overview', date: '2026-01-19' })]);
  });

  it('shows the section date the answer can rest on when the article has later sections too', async () => {
    const r = await core.answer({ text: 'when did local hosting launch' });
    expect(r.sources).toEqual([expect.objectContaining({ id: 'lh-overview', date: '2026-01-16' })]);
  });
});
