import type { Lang, SourceRef, ToolName } from '../core/types.js';

/** What the tools give the pipeline for a question that needs a computation (see src/tools/route-tool.ts). */
export interface ToolReply {
  tool: ToolName;
  toolResult: unknown;
  text: string;
  sources: SourceRef[];
  verdict?: string;
  /** The reply asks the seller for more facts (or to fix an input) instead of giving a result. */
  needsMore: boolean;
}

export interface ToolRouter {
  route(text: string, lang: Lang): ToolReply | null;
}

export type RateDecision =
  | { ok: true }
  | { ok: false; scope: 'user' | 'chat'; retryAfterMs: number; firstRefusal: boolean };

export interface RateLimiter {
  check(user?: string, chat?: string): RateDecision;
}
