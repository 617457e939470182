// The agent against a real ChatOpenAI client talking to an OpenAI-compatible server on loopback.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../src/app/create-core.js';
import type { AnswerResult } from '../../src/contract/types.js';
import { createAgentAnswerer, createChatModel } from '../../src/llm/index.js';
import { getSharedCore } from '../helpers/shared-core.js';
import { lastPassages, startOpenAIStub, type ChatReply, type ChatRequestBody, type OpenAIStub } from './openai-stub.js';

const withoutId = ({ id: _id, ...rest }: AnswerResult) => rest;

describe('createAgentAnswerer over ChatOpenAI and a loopback server', () => {
  let core: Core;
  let stub: OpenAIStub | undefined;
  beforeAll(async () => {
    core = await getSharedCore();
  });
  afterEach(async () => {
    await stub?.close();
    stub = undefined;
  });

  async function setup(chat: (body: ChatRequestBody, n: number) => ChatReply, timeoutMs = 5_000) {
    stub = await startOpenAIStub({ chat });
    const model = createChatModel({ LLM_PROVIDER: 'openai', LLM_BASE_URL: stub.baseURL, LLM_API_KEY: undefined, LLM_MODEL: 'stub-model', LLM_TIMEOUT_MS: 5_000 });
    const logs: Array<{ event: string; details: Record<string, unknown> }> = [];
    const answer = createAgentAnswerer({
      model: model!,
      core,
      fallback: core.answer,
      options: { timeoutMs, maxToolCalls: 3, budgetPerChatHour: 10, budgetGlobalHour: 100 },
      log: (event, details) => logs.push({ event, details }),
    });
    return { answer, logs, stub };
  }

  const questions = [
    { lang: 'zh', question: '本地托管是定邀入驻吗？', query: '本地托管 定邀入驻', id: 'lh-overview', fact: '定邀' },
    { lang: 'en', question: 'Which countries did Local Hosting open first?', query: 'Local Hosting first markets', id: 'lh-overview', fact: 'Germany' },
  ];

  it.each(questions)('searches and cites retrieved ids for a $lang question', async (c) => {
    const { answer, logs, stub } = await setup((body, n) => {
      if (n === 1) return { toolCalls: [{ name: 'search_knowledge', args: { query: c.query } }] };
      const passage = lastPassages(body).find((p) => p.id === c.id && p.text.includes(c.fact));
      if (!passage) return { content: 'none' };
      return { content: c.lang === 'zh' ? `据报道，本地托管目前为定邀入驻（截至${passage.date}）[${passage.id}]。` : `Germany, France, Italy and Spain (as of ${passage.date}) [${passage.id}].` };
    });
    const result = await answer({ text: c.question, platform: 'telegram', chat: '1' });

    expect(stub.chatRequests).toHaveLength(2);
    const first = stub.chatRequests[0]!;
    expect(first.model).toBe('stub-model');
    expect(first.messages[0]!.role).toBe('system');
    expect(first.tools?.map((t) => t.function.name).sort()).toEqual(['calculate_margin', 'check_eligibility', 'search_knowledge']);
    // The second request carries the tool result for the scripted call.
    const second = stub.chatRequests[1]!;
    expect(second.messages.at(-1)!.role).toBe('tool');
    expect(lastPassages(second).map((p) => p.id)).toContain(c.id);

    expect(logs.map((l) => l.event)).toEqual(['llm.answer']);
    expect(result.route).toBe('agent');
    expect(result.lang).toBe(c.lang);
    expect(result.text).toContain(`[${c.id}]`);
    expect(result.sources.map((s) => s.id)).toEqual([c.id]);
  });

  it.each([
    { name: 'a provider error (500)', reply: { status: 500 } as ChatReply, reason: 'provider-error' },
    { name: 'a rate limit (429)', reply: { status: 429, body: { error: { message: 'slow down', type: 'rate_limit' } } } as ChatReply, reason: 'rate-limit' },
    { name: 'malformed JSON tool arguments', reply: { toolCalls: [{ name: 'calculate_margin', args: { listPrice: 'lots' } }] } as ChatReply, reason: 'no-citation' },
  ])('falls back to the deterministic answer on $name', async (c) => {
    const { answer, logs, stub } = await setup((_, n) => (n === 1 ? c.reply : { content: 'The margin is great.' }));
    const question = 'What is Local Hosting?';
    const result = await answer({ text: question });
    // No client retries: a failing provider costs one request, then the deterministic answer.
    if ('status' in (c.reply as object)) expect(stub.chatRequests).toHaveLength(1);
    expect(withoutId(result)).toEqual(withoutId(await core.answer({ text: question })));
    expect(logs.at(-1)).toMatchObject({ event: 'llm.fallback', details: { reason: c.reason } });
  });

  it('falls back when the server never answers (timeout 300 ms)', async () => {
    const { answer, logs } = await setup(() => 'hang', 300);
    const started = performance.now();
    const result = await answer({ text: 'What is Local Hosting?' });
    const elapsed = performance.now() - started;
    expect(elapsed).toBeLessThan(3_000);
    expect(elapsed).toBeGreaterThanOrEqual(250);
    expect(result.route).not.toBe('rate-limited');
    expect(result.text.length).toBeGreaterThan(0);
    expect(logs).toEqual([{ event: 'llm.fallback', details: expect.objectContaining({ reason: 'timeout' }) }]);
  });
});
