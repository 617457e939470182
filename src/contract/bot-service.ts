import type { ConversationKey } from './conversation.js';
import type { CountryChoices } from './country-choices.js';
import type { EligibilityField } from './tool-result.js';
import type { AnswerRequest, AnswerResult, Lang, Platform } from './types.js';

/** Facts a seller gives the eligibility checker; every field may still be unknown. */
export interface EligibilityFacts {
  entityCountry?: string;
  hasEuStock?: boolean;
  warehouseCountry?: string | null;
  vatCountries?: string[];
}

export interface EligibilityReply {
  verdict: 'eligible' | 'ineligible' | 'incomplete' | 'uncertain';
  /** Fields still unknown, in the order a dialogue should ask them. */
  missing: EligibilityField[];
  /** Plain text (no markup): inputs, each check, verdict, next steps, rules date and sources. */
  text: string;
  result: unknown;
}

export interface MarginReply {
  ok: boolean;
  /** Plain text: inputs, formula, breakdown, profit, margin, break-even; or a polite message naming the bad field. */
  text: string;
  result: unknown;
}

/**
 * One step of the eligibility checker asked question by question (the Telegram keyboard). Every step but `start`
 * names the message the press came from and the field its keyboard asks, so a press on an old message is stale.
 */
export type EligibilityDialogueStep =
  | { kind: 'start' }
  /** The message now showing the question. */
  | { kind: 'shown'; message: string }
  /** Nothing changes (another page of the same keyboard): the state, if the press is current. */
  | { kind: 'look'; message: string; field: EligibilityField }
  /** A country code for entityCountry and warehouseCountry, a boolean for hasEuStock. */
  | { kind: 'answer'; message: string; field: Exclude<EligibilityField, 'vatCountries'>; value: string | boolean }
  /** A VAT country ticked or unticked. */
  | { kind: 'tick'; message: string; field: 'vatCountries'; country: string }
  /** The VAT answer: the ticked countries (none ticked: no VAT registration). */
  | { kind: 'confirm'; message: string; field: 'vatCountries' };

export type EligibilityDialogueReply =
  | { status: 'asking'; field: EligibilityField; facts: EligibilityFacts; ticked: string[]; lang: Lang }
  | { status: 'done'; reply: EligibilityReply; lang: Lang }
  /** No dialogue (expired, reset, finished), another message, or a field not asked now. */
  | { status: 'stale' }
  /** A value the question does not take. */
  | { status: 'invalid' };

export type FeedbackOutcome = { ok: true } | { ok: false; reason: 'unknown-answer' | 'invalid' };

/**
 * Whose data an admin command may show. `all`: the bot's own admins (configured ids, the home server); `community`:
 * a group's or server's admins, who see and change only their own community.
 */
export type AdminScope = { kind: 'all' } | { kind: 'community'; platform: Platform; community: string };

export type ReloadOutcome = { ok: true; text: string } | { ok: false; text: string };

/**
 * Everything an adapter may ask of the core. Adapters translate platform events into these calls and the results
 * back into platform messages; they hold no business logic.
 */
export interface BotService {
  /** Answers a question (tools included), records it in the store, applies the per-user/per-chat limits. */
  answer(req: AnswerRequest): Promise<AnswerResult>;
  /**
   * A message nobody addressed to the bot (auto-answer): the answer when the core stands behind it (an answer route,
   * not abstained, confidence at least `autoAnswerThreshold`), recorded like `answer`; otherwise undefined, and
   * nothing is recorded, so what the bot kept to itself never counts as an abstention in /stats or /gaps.
   */
  autoAnswer(req: AnswerRequest): Promise<AnswerResult | undefined>;
  /** Questions refused because too many were in flight (the busy cap), since start; per community when scoped. */
  busyRefusals(scope: AdminScope): number;
  checkEligibility(facts: EligibilityFacts, lang: Lang): EligibilityReply;
  /** `input`: "price=29.99 market=DE cost=8 ...", free text ("售价29.99欧 成本8欧 ..."), or an object of margin fields. */
  calculateMargin(input: string | Record<string, unknown>, lang: Lang): MarginReply;
  // What the store keeps is asynchronous: with several instances it lives in a shared database.
  recordFeedback(feedback: { answerId: string; user: string; vote: 'up' | 'down' }): Promise<FeedbackOutcome>;
  recordHandover(handover: { answerId: string; platform: Platform; chat: string; community?: string }): Promise<void>;
  /**
   * Takes the one handover an answer may have, across every instance: false when someone already asked for a human
   * on it. Give it back with `releaseHandover` when the notice could not be sent, so the button works again.
   */
  claimHandover(handover: { answerId: string; platform: Platform }): Promise<boolean>;
  releaseHandover(handover: { answerId: string; platform: Platform }): Promise<void>;
  getAutoAnswer(platform: Platform, chat: string): Promise<boolean>;
  setAutoAnswer(platform: Platform, chat: string, on: boolean): Promise<void>;
  /** Short texts for the admin commands, limited to what `scope` may see. */
  stats(lang: Lang, scope: AdminScope): Promise<string>;
  gaps(lang: Lang, scope: AdminScope): Promise<string>;
  /** Reloads the knowledge for every community: only for the `all` scope; others get a refusal. */
  reload(lang: Lang, scope: AdminScope): Promise<ReloadOutcome>;
  help(lang: Lang): string;
  /** `/reset`: forgets the asker's conversation in that chat (and thread); the reply says so in `lang`. */
  resetConversation(who: ConversationKey, lang: Lang): Promise<string>;
  /**
   * The eligibility checker as a dialogue, kept in the conversation store for `who` (like conversations: platform,
   * chat, thread, user) and forgotten after the conversations' idle time or on `/reset`. `lang` is used by `start`;
   * the dialogue keeps it.
   */
  eligibilityDialogue(who: ConversationKey, step: EligibilityDialogueStep, lang: Lang): Promise<EligibilityDialogueReply>;
  /**
   * The countries the eligibility keyboard and the slash commands offer, from the rules answering now (a reload
   * changes them; Discord shows a change once the commands are registered again).
   */
  countryChoices(): CountryChoices;
  /** FAQ questions that start with or contain `query`, for autocomplete (at most `limit`). */
  suggestQuestions(query: string, lang: Lang, limit: number): string[];
  /** Auto-answer in groups only at or above this confidence. */
  readonly autoAnswerThreshold: number;
}
