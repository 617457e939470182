import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnswerRequest, AnswerResult } from '../../src/contract/types.js';

export function makeTempDir(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'store-test-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A clock the test moves by hand. */
export function makeClock(start: string) {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    set: (iso: string) => {
      t = Date.parse(iso);
    },
  };
}

export function makeExchange(
  id: string,
  text: string,
  over: {
    abstained?: boolean;
    lang?: AnswerResult['lang'];
    platform?: AnswerRequest['platform'];
    user?: string;
    chat?: string;
    community?: string;
    route?: AnswerResult['route'];
    answer?: string;
  } = {},
): { request: AnswerRequest; result: AnswerResult; latencyMs: number } {
  const abstained = over.abstained ?? false;
  return {
    request: {
      text,
      user: over.user ?? 'user-1',
      chat: over.chat ?? 'chat-1',
      platform: over.platform ?? 'telegram',
      ...(over.community ? { community: over.community } : {}),
    },
    result: {
      id,
      text: over.answer ?? `answer to ${text}`,
      body: over.answer ?? `answer to ${text}`,
      lang: over.lang ?? 'en',
      sources: abstained ? [] : [{ id: 'lh-overview', title: 'Local Hosting overview', date: '2026-01-19' }],
      tool: null,
      abstained,
      confidence: abstained ? 0.1 : 0.8,
      route: over.route ?? (abstained ? 'abstain' : 'faq'),
    },
    latencyMs: 4,
  };
}
