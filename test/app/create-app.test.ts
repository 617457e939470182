import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { createApp } from '../../src/app/create-app.js';
import { startOpenAIStub, type OpenAIStub } from '../llm/openai-stub.js';
import { FIXTURE_KNOWLEDGE_DIR } from '../helpers/knowledge-dirs.js';
import { sharedIndexDir } from '../helpers/shared-index.js';

// The fixture knowledge: what is tested is the wiring. With the default embeddings its index is the one built once
// per run; the model's embeddings need a fresh one.
const baseEnv = (index = join(mkdtempSync(join(tmpdir(), 'faqbot-app-')), 'index')) => ({
  KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE_DIR,
  INDEX_DIR: index,
  DB_PATH: ':memory:',
  LOG_LEVEL: 'silent',
});
const stubs: OpenAIStub[] = [];
afterAll(async () => {
  await Promise.all(stubs.map((s) => s.close()));
});

describe('createApp', () => {
  it('answers deterministically with no model configured and records the exchange', async () => {
    const app = await createApp(parseConfig(baseEnv(sharedIndexDir('fixture'))));
    const r = await app.service.answer({ text: '本地托管是哪天上线的？', platform: 'telegram', user: '1', chat: '1' });
    expect(r.route).toBe('faq');
    expect((await app.store!.getStats()).questions).toBe(1);
    app.close();
  });

  it('uses the configured model through the agent, and its embeddings for the vector index', async () => {
    const cited: string[] = [];
    const stub = await startOpenAIStub({
      chat: (body, n) => {
        if (n % 2 === 1) return { toolCalls: [{ name: 'search_knowledge', args: { query: 'Local Hosting launch date' } }] };
        // Cites the first passage the search returned, with its date: a grounded answer the post-check accepts.
        const tool = body.messages.at(-1)!;
        const first = (JSON.parse(String(tool.content)) as { passages: Array<{ id: string; date: string }> }).passages[0]!;
        cited.push(first.id);
        return { content: `Local Hosting is described in this passage (as of ${first.date}) [${first.id}].` };
      },
      embed: (text) => Array.from({ length: 8 }, (_, i) => ((text.length * (i + 1)) % 7) / 7 + 0.01),
    });
    stubs.push(stub);
    const env = {
      ...baseEnv(),
      LLM_PROVIDER: 'openai',
      LLM_BASE_URL: stub.baseURL,
      LLM_API_KEY: 'sk-test',
      LLM_MODEL: 'stub-model',
      EMBEDDINGS_PROVIDER: 'openai',
      EMBEDDINGS_BASE_URL: stub.baseURL,
      EMBEDDINGS_API_KEY: 'sk-test',
      EMBEDDINGS_MODEL: 'stub-embed',
    };
    const app = await createApp(parseConfig(env));
    expect(stub.embeddingRequests.length).toBeGreaterThan(0);
    const r = await app.service.answer({ text: 'When did Local Hosting launch?', platform: 'telegram', user: '1', chat: '1' });
    expect(stub.chatRequests.length).toBeGreaterThanOrEqual(2);
    expect(r.route).toBe('agent');
    expect(r.text).toContain(`[${cited[0]}]`);
    expect(r.sources.map((s) => s.id)).toEqual([cited[0]]);
    // Numbers from the margin tool are the tool's, never the model's.
    const margin = await app.service.answer({ text: '法国站售价39.9欧，成本10欧，头程2欧，尾程4欧，达人佣金10%，利润多少', platform: 'telegram', user: '1', chat: '1' });
    expect(margin.route).toBe('tool');
    expect(margin.text).toContain('10.33');
    app.close();
  });

  it('stops at start with a message naming the missing setting', () => {
    expect(() => parseConfig({ LLM_PROVIDER: 'openai', LLM_API_KEY: 'k' })).toThrow(/LLM_MODEL/);
    expect(() => parseConfig({ EMBEDDINGS_PROVIDER: 'local' })).toThrow(/EMBEDDINGS_LOCAL_DIR/);
    expect(() => parseConfig({ CONFIDENCE_THRESHOLD: '2' })).toThrow(/CONFIDENCE_THRESHOLD/);
  });
});
