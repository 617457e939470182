// The core's contract: plain data in, plain data out. Adapters and the CLI depend on this file only.
import type { ToolResult } from './tool-result.js';

export const LANGS = ['zh', 'en', 'de', 'fr', 'it', 'es'] as const;
export type Lang = (typeof LANGS)[number];

export type Platform = 'telegram' | 'discord' | 'cli' | 'eval';

export type ToolName = 'eligibility' | 'margin';

export interface AnswerRequest {
  text: string;
  /** Forces the reply language; detected from the text otherwise. */
  lang?: Lang;
  /** Platform user id (opaque); the store hashes it. */
  user?: string;
  /** Platform chat/channel id (opaque). */
  chat?: string;
  platform?: Platform;
  /** Language the chat used last, for short messages that cannot be detected. */
  chatLang?: Lang;
  /**
   * The community the chat belongs to (Telegram: the chat itself; Discord: the server). Admin views are scoped to it,
   * so one group's admins never read another group's questions. Defaults to `chat`.
   */
  community?: string;
  /** A forum topic (Telegram `message_thread_id`) or a Discord thread: a conversation of its own. */
  thread?: string;
  /** The id of the bot's answer this message replies to: it continues that answer's conversation. */
  replyTo?: string;
  /**
   * Set by the conversation layer for the single-turn answerer below it: the asker's earlier questions as the bot
   * understood them, oldest first (capped). The model mode reads them as context; the deterministic path ignores them.
   */
  history?: string[];
  /**
   * Set by the conversation layer for a reading that joins the previous question and the new one: one question to
   * retrieve for, not a message whose clauses are answered one by one.
   */
  oneQuestion?: boolean;
}

export interface SourceRef {
  /** Knowledge id: article group id (e.g. `lh-overview`), FAQ id or rules id. */
  id: string;
  title: string;
  /** The date the rule or figure holds from (YYYY-MM-DD). */
  date: string;
  url?: string;
}

export type AnswerRoute = 'tool' | 'faq' | 'passage' | 'agent' | 'abstain' | 'invalid' | 'greeting' | 'rate-limited';

/** Routes that carry an answer (as opposed to a handover, a greeting or a refusal): rated, counted, auto-posted. */
export const ANSWER_ROUTES: readonly AnswerRoute[] = ['tool', 'faq', 'passage', 'agent'];

export function isAnswerRoute(route: AnswerRoute): boolean {
  return ANSWER_ROUTES.includes(route);
}

export interface AnswerResult {
  /** Id of this answer, for feedback buttons. */
  id: string;
  /** Plain text, no markup, ending with a "Sources: …" line when there are sources: adapters format and escape it. */
  text: string;
  /** The same answer without its sources line, for surfaces that list `sources` themselves (embeds, HTML lists). */
  body: string;
  lang: Lang;
  sources: SourceRef[];
  tool: ToolName | null;
  /** The tool's result as plain data (src/contract/tool-result.ts), when a tool answered. */
  toolResult?: ToolResult;
  abstained: boolean;
  /** 0..1, calibrated on the project's evaluation set. */
  confidence: number;
  /** Why the pipeline chose this route; for logs and the report. */
  route: AnswerRoute;
  /** Facts in the answer are marked uncertain in the knowledge base. */
  uncertain?: boolean;
  /** The facts were last verified longer ago than the configured age. */
  stale?: boolean;
  /** For a follow-up: the question as the bot understood it (also shown in the reply's first line). */
  resolved?: string;
  /** The message was read as a follow-up to the asker's previous turn. */
  followUp?: boolean;
}

export type AnswerFn = (req: AnswerRequest) => Promise<AnswerResult>;
