import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/app/create-core.js';
import { FIXTURE_KNOWLEDGE_DIR } from '../helpers/knowledge-dirs.js';

describe('core reload', () => {
  it('keeps answering from the old knowledge when a file is broken, and swaps in the new one when it is fixed', async () => {
    const root = mkdtempSync(join(tmpdir(), 'faqbot-reload-'));
    const knowledgeDir = join(root, 'knowledge');
    // The small fixture: a reload rebuilds the index twice, and what is tested is the swap, not the real knowledge.
    cpSync(FIXTURE_KNOWLEDGE_DIR, knowledgeDir, { recursive: true });
    const core = await createCore({ knowledgeDir, indexDir: join(root, 'index'), threshold: 0.4, maxChars: 1000 });
    const question = '办公楼的停车场在几楼';
    expect((await core.answer({ text: question })).abstained).toBe(true);

    const faqFile = join(knowledgeDir, 'faq', 'zz-reload-test.yaml');
    writeFileSync(faqFile, '- id: faq-parking\n  sources: [lh-overview]\n  asOf: 2026-01-16\n  confidence: nonsense\n');
    const broken = await core.reload();
    expect(broken.ok).toBe(false);
    expect(broken.problems.some((p) => p.path.includes('zz-reload-test.yaml'))).toBe(true);
    expect((await core.answer({ text: '本地托管是哪天上线的？' })).text).toContain('2026年1月16日');

    writeFileSync(
      faqFile,
      [
        '- id: faq-parking',
        '  sources: [lh-overview]',
        '  asOf: 2026-01-16',
        '  confidence: reported',
        '  questions:',
        '    zh: [办公楼停车场在几楼, 停车场在哪]',
        '    en: [which floor is the car park on]',
        '  answer:',
        '    zh: 测试答案：停车位信息见招商办公室通知（2026年1月16日）。',
        '    en: "Test answer: parking is described in the onboarding office notice (16 January 2026)."',
      ].join('\n'),
    );
    const fixed = await core.reload();
    expect(fixed).toMatchObject({ ok: true });
    const after = await core.answer({ text: question });
    expect(after.abstained).toBe(false);
    expect(after.text).toContain('停车位信息见招商办公室通知');
    expect(readFileSync(join(root, 'index', 'meta.json'), 'utf8')).toContain(core.current().kb.hash);
  }, 60_000);
});
