import type { ToolResult } from './tool-result.js';
import type { Lang, SourceRef, ToolName } from './types.js';

/** What the tools give the pipeline for a question that needs a computation (see src/tools/route-tool.ts). */
export interface ToolReply {
  tool: ToolName;
  toolResult: ToolResult;
  text: string;
  sources: SourceRef[];
  verdict?: string;
  /** The reply asks the seller for more facts (or to fix an input) instead of giving a result. */
  needsMore: boolean;
}

/** What the message analysis found the questions ask for: a question asking a tool's result lowers its bar. */
export interface ToolWants {
  eligibility?: boolean;
  margin?: boolean;
}

export interface ToolRouter {
  route(text: string, lang: Lang, wants?: ToolWants): ToolReply | null;
  /**
   * A fact question about a rule, asked with the seller's own facts beside it ("we only have German VAT, the stock
   * goes to Spain: does the German number do?"): the rule applied to those facts, in one line; null when the
   * message gives nothing to apply it to.
   */
  applyToCase?(text: string, lang: Lang): string | null;
  /** One market's VAT rates from the rules (a question about that market alone); null for a market without a profile. */
  describeMarketVat?(market: string, lang: Lang): string | null;
}

export type RateCheck =
  | { ok: true }
  | {
      ok: false;
      scope: 'user' | 'chat';
      retryAfterMs: number;
      /** True once per window per key, so an adapter says "slow down" once instead of answering every message. */
      firstRefusal: boolean;
    };

export interface RateLimiter {
  /**
   * Counts one message against the user and the chat. Keys are opaque: callers should prefix them with the
   * platform (`telegram:42`) so ids from different platforms never share a budget. In memory the answer is
   * immediate; a limiter shared by several instances answers from the store (await it either way).
   */
  check(user?: string, chat?: string): RateCheck | Promise<RateCheck>;
  /** Tracked keys per scope, for tests and metrics. */
  size(): { user: number; chat: number };
}
