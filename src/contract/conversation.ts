import type { EligibilityFacts } from './bot-service.js';
import type { EligibilityField } from './tool-result.js';
import type { AnswerRoute, Lang, Platform, ToolName } from './types.js';

/** Who is talking where: two sellers in one group never share a conversation; a forum topic or thread is its own place. */
export interface ConversationKey {
  platform: Platform;
  chat: string;
  user: string;
  thread?: string;
}

/** What a turn named, so a follow-up can change one of them. */
export interface TurnEntities {
  /** ISO codes of the countries the question named, in text order. */
  countries: string[];
}

export interface ConversationTurn {
  question: string;
  /** The question as the bot understood it (the rebuilt text for a follow-up). */
  resolved: string;
  route: AnswerRoute;
  abstained: boolean;
  /** The knowledge entry or article the answer came from. */
  topic?: string;
  tool?: ToolName;
  /** The tool's inputs (margin fields, eligibility facts), for what-ifs on the result. */
  toolInputs?: Record<string, unknown>;
  entities: TurnEntities;
  answerId: string;
  at: number;
}

/** A tool that asked for missing inputs: the asker's next message is read against them first. */
export interface PendingTool {
  tool: ToolName;
  known: Record<string, unknown>;
  missing: string[];
}

/**
 * A tool asked one question at a time with buttons (the Telegram /eligibility keyboard): the facts so far, the
 * question on screen and the message that shows it. Kept in the conversation store beside the asker's conversation,
 * under a key of its own, so questions asked in between neither end it nor are read against it.
 */
export interface ToolDialogue {
  tool: 'eligibility';
  id: string;
  /** The language the dialogue started in: it keeps it, whoever's client presses. */
  lang: Lang;
  facts: EligibilityFacts;
  asking: EligibilityField;
  /** VAT countries ticked before the VAT answer is confirmed. */
  ticked: string[];
  /** The platform message showing the question (an opaque id): presses on any other message are stale. */
  message?: string;
}

export interface ConversationState {
  lang: Lang;
  turns: ConversationTurn[];
  pending?: PendingTool;
  /** Only in the state kept under a dialogue's key. */
  dialogue?: ToolDialogue;
  updatedAt: number;
}

/**
 * Where conversations live: memory for tests, SQLite by default, a shared database for several instances. Keys are
 * opaque strings built by the core (platform, chat, thread, user); a store may hash them.
 */
export interface ConversationStore {
  load(key: string): Promise<ConversationState | undefined>;
  save(key: string, state: ConversationState, answerId: string): Promise<void>;
  delete(key: string): Promise<void>;
  /** The conversation an answer belongs to (a reply to that answer continues it). */
  findByAnswer(answerId: string): Promise<ConversationState | undefined>;
}
