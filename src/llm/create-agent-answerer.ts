import { randomUUID } from 'node:crypto';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { AIMessage, HumanMessage, ToolMessage, type BaseMessage } from '@langchain/core/messages';
import { createAgent, modelCallLimitMiddleware, toolCallLimitMiddleware } from 'langchain';
import { withSourcesLine } from '../answer/format-sources-line.js';
import { messagesFor } from '../answer/messages.js';
import { sanitizeQuestion } from '../answer/sanitize-question.js';
import type { Core, CoreState } from '../answer/core.js';
import type { AnswerFn, AnswerRequest, AnswerResult, Lang, Platform, SourceRef } from '../contract/types.js';
import { createLangchainTools } from './langchain-tools.js';
import { checkAnswer, type CheckFailure } from './check-answer.js';
import { createRequestBudget, type RequestBudget } from './create-request-budget.js';
import { buildSystemPrompt, buildUserMessage } from './prompts.js';
import { createSearchKnowledgeTool, type Passage, type SearchRecord } from './search-knowledge-tool.js';

export interface AgentAnswererOptions {
  /** The whole agent run (every model and tool call) must finish within this. */
  timeoutMs: number;
  /** Tool calls allowed per question. */
  maxToolCalls: number;
  budgetPerChatHour: number;
  budgetGlobalHour: number;
  /** Longer questions are cut, as in the deterministic answer. */
  maxChars?: number;
  /** Platforms the hourly budgets do not apply to: an evaluation run is an operator's choice, not chat traffic. */
  budgetExempt?: Platform[];
}

/** Structured log callback: an event name and details without the question text or any secret. */
export type LlmLog = (event: string, details: Record<string, unknown>) => void;

export interface AgentAnswererDeps {
  model: BaseChatModel;
  /** Read per question, so a knowledge reload reaches the agent too. */
  core: Pick<Core, 'current'>;
  /** The deterministic answer: asked first, and the answer whenever the model cannot be trusted. */
  fallback: AnswerFn;
  options: AgentAnswererOptions;
  log?: LlmLog;
  now?: () => number;
  newId?: () => string;
  /** The budgets shared by every instance (the store's windows); this process's own when absent. */
  budget?: RequestBudget;
}

/** Earlier questions given to the model with a follow-up: enough for an ellipsis, little for an injection to hide in. */
const MAX_HISTORY = 3;

export type FallbackReason = CheckFailure | 'budget' | 'timeout' | 'rate-limit' | 'provider-error' | 'tool-limit' | 'malformed';

/** Thrown inside a run when the time is up; never leaves the answerer. */
export class AgentTimeoutError extends Error {
  override name = 'AgentTimeoutError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** The model's output was not a final text answer; never leaves the answerer. */
export class AgentOutputError extends Error {
  override name = 'AgentOutputError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

// Answers the deterministic pipeline owns: tool results must be exact, and refusals must not cost a model call.
const DETERMINISTIC_ROUTES = new Set<AnswerResult['route']>(['tool', 'invalid', 'greeting', 'rate-limited']);
const DEFAULT_MAX_CHARS = 1000;
const FACT_TOOLS = new Set(['check_eligibility', 'calculate_margin']);

interface AgentRun {
  text: string;
  searches: SearchRecord[];
  toolOutputs: string[];
  toolCalls: Array<{ name: string; args: unknown }>;
}

function classifyError(error: unknown): FallbackReason {
  if (error instanceof AgentTimeoutError) return 'timeout';
  if (error instanceof AgentOutputError) return 'malformed';
  const e = error as { name?: string; status?: number; code?: string; lc_error_code?: string } | undefined;
  if (e?.name === 'AbortError' || e?.name === 'TimeoutError' || e?.name === 'APIConnectionTimeoutError') return 'timeout';
  if (e?.status === 429 || e?.lc_error_code === 'MODEL_RATE_LIMIT') return 'rate-limit';
  if (e?.name === 'GraphRecursionError' || e?.name === 'ToolCallLimitExceededError') return 'tool-limit';
  if (e?.name === 'OutputParserException' || e?.lc_error_code === 'OUTPUT_PARSING_FAILURE') return 'malformed';
  return 'provider-error';
}

// Provider errors sometimes echo the key they were given; log lines must not carry it.
const redact = (message: string) => message.replace(/\b(sk|key|Bearer)[-_ ]?[A-Za-z0-9_-]{8,}/g, '$1-***');

function finalText(messages: BaseMessage[]): string {
  const last = messages.at(-1);
  if (!last || !AIMessage.isInstance(last)) throw new AgentOutputError('the run did not end with a model answer');
  if ((last.tool_calls ?? []).length > 0) throw new AgentOutputError('the run ended on a tool call (tool-call limit)');
  const text = last.text;
  if (typeof text !== 'string' || !text.trim()) throw new AgentOutputError('the model answer has no text');
  return text;
}

/** Where a cited id comes from, for the answer's sources: the knowledge's own reference, else what the passage said. */
function sourceRefFor(id: string, lang: Lang, state: CoreState, passages: Passage[]): SourceRef {
  const known = state.catalog.sourceRef(id, lang);
  if (known) return known;
  const passage = passages.find((p) => p.id === id);
  return { id, title: passage?.title ?? id, date: passage?.date ?? '' };
}

/**
 * The model mode: a LangChain agent over the same retrieval and tools, whose answer is sent only when it cites what
 * it retrieved and every figure in it comes from a passage or a tool result. Anything else (timeout, provider error,
 * rate limit, budget, malformed or unsupported output) answers with the deterministic answer and a log line.
 */
export function createAgentAnswerer(deps: AgentAnswererDeps): AnswerFn {
  const { model, core, fallback, options } = deps;
  const now = deps.now ?? Date.now;
  const newId = deps.newId ?? (() => randomUUID());
  const log: LlmLog = deps.log ?? (() => {});
  const maxChars = options.maxChars ?? DEFAULT_MAX_CHARS;
  const budget = deps.budget ?? createRequestBudget({ perChat: options.budgetPerChatHour, global: options.budgetGlobalHour, now });
  const budgetExempt = new Set<Platform>(options.budgetExempt ?? ['eval']);

  async function runAgent(question: string, lang: Lang, state: CoreState, history: string[] = []): Promise<AgentRun> {
    const searches: SearchRecord[] = [];
    const searchTool = createSearchKnowledgeTool({ retriever: state.retriever, lang, onSearch: (r) => searches.push(r) });
    const { checkEligibility, calculateMargin } = createLangchainTools(state.rules);
    const agent = createAgent({
      model,
      tools: [searchTool, checkEligibility, calculateMargin],
      systemPrompt: buildSystemPrompt({ lang, today: new Date(now()).toISOString().slice(0, 10) }),
      middleware: [
        // Calls over the limit are refused with a message, so the model still answers from what it has.
        toolCallLimitMiddleware({ runLimit: options.maxToolCalls, exitBehavior: 'continue' }),
        modelCallLimitMiddleware({ runLimit: options.maxToolCalls + 2, exitBehavior: 'end' }),
      ],
    });

    const controller = new AbortController();
    const timedOut = new Promise<never>((_, reject) => {
      controller.signal.addEventListener('abort', () => reject(new AgentTimeoutError(`no answer within ${options.timeoutMs} ms`)), { once: true });
    });
    const timer = setTimeout(() => controller.abort(), options.timeoutMs);
    try {
      // The race settles even if a provider client ignores the abort signal.
      const state = await Promise.race([
        agent.invoke(
          { messages: [new HumanMessage(buildUserMessage(question, history))] },
          { signal: controller.signal, recursionLimit: 8 * (options.maxToolCalls + 2) },
        ),
        timedOut,
      ]);
      const messages = state.messages as BaseMessage[];
      const toolCalls = messages.flatMap((m) => (AIMessage.isInstance(m) ? (m.tool_calls ?? []) : []));
      const namesById = new Map(toolCalls.map((c) => [c.id, c.name]));
      const toolOutputs = messages
        .filter((m): m is ToolMessage => ToolMessage.isInstance(m) && FACT_TOOLS.has(namesById.get(m.tool_call_id) ?? m.name ?? ''))
        .map((m) => (typeof m.content === 'string' ? m.content : m.text));
      return { text: finalText(messages), searches, toolOutputs, toolCalls: toolCalls.map((c) => ({ name: c.name, args: c.args })) };
    } finally {
      clearTimeout(timer);
      if (!controller.signal.aborted) controller.abort();
    }
  }

  return async function answer(req: AnswerRequest): Promise<AnswerResult> {
    const deterministic = await fallback(req);
    if (DETERMINISTIC_ROUTES.has(deterministic.route)) return deterministic;
    const clean = sanitizeQuestion(req.text ?? '', maxChars);
    if (!clean.ok) return deterministic;
    const lang = deterministic.lang;
    const started = now();
    const fallBack = (reason: FallbackReason, details: Record<string, unknown> = {}): AnswerResult => {
      log('llm.fallback', { reason, ms: now() - started, platform: req.platform, lang, route: deterministic.route, ...details });
      return deterministic;
    };

    const chatKey = `${req.platform ?? 'unknown'}:${req.chat ?? req.user ?? 'anonymous'}`;
    const allowed = req.platform && budgetExempt.has(req.platform) ? ({ ok: true } as const) : await budget.take(chatKey);
    if (!allowed.ok) return fallBack('budget', { scope: allowed.scope, retryAfterMs: allowed.retryAfterMs });

    const state = core.current();
    let run: AgentRun;
    try {
      run = await runAgent(clean.text, lang, state, (req.history ?? []).slice(-MAX_HISTORY));
    } catch (error) {
      const e = error as { name?: string; message?: string; status?: number };
      return fallBack(classifyError(error), { error: e?.name ?? 'Error', message: redact(e?.message ?? '').slice(0, 300), status: e?.status });
    }

    const passages = run.searches.flatMap((s) => s.passages);
    const checked = checkAnswer(run.text, {
      passages,
      citable: new Set(run.searches.flatMap((s) => s.citable)),
      toolOutputs: run.toolOutputs,
    });
    if (!checked.ok) return fallBack(checked.reason, { detail: checked.detail, toolCalls: run.toolCalls.map((c) => c.name) });

    const sources = checked.cited.map((id) => sourceRefFor(id, lang, state, passages));
    const uncertain = passages.some((p) => p.uncertain && checked.cited.includes(p.id));
    const note = clean.truncated ? `${messagesFor(lang).truncated(maxChars)}\n\n` : '';
    log('llm.answer', { ms: now() - started, platform: req.platform, lang, cited: checked.cited, abstained: checked.abstained, toolCalls: run.toolCalls.map((c) => c.name) });
    return {
      id: newId(),
      ...withSourcesLine(note + checked.text, lang, sources),
      lang,
      sources,
      tool: null,
      abstained: checked.abstained,
      // The retrieval's calibrated confidence: the model's fluency is no evidence of being right.
      confidence: deterministic.confidence,
      route: checked.abstained ? 'abstain' : 'agent',
      ...(uncertain ? { uncertain: true } : {}),
    };
  };
}
