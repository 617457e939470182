import type {
  ApplicationCommandOptionChoiceData,
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Logger } from 'pino';
import type { ReplyPayload } from '../reply-payload.js';
import type { AdminScope, BotService, Lang } from '../../../src/index.js';

export interface CommandContext {
  service: BotService;
  logger: Logger;
  /** From the invoker's client locale; the core still detects the language of a question's own text. */
  lang: Lang;
  /** For admin commands: whose data the invoker may see (set by the dispatcher after its permission check). */
  scope?: AdminScope;
}

/**
 * One slash command: its definition and what it answers. The dispatcher defers, checks permissions, sends the
 * returned messages and catches failures, so a command only translates options into a core call and back.
 */
export interface DiscordCommand {
  readonly data: { readonly name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  /** Needs Manage Server. Also checked at run time: server admins can override a command's default permissions. */
  readonly adminOnly: boolean;
  /** The reply is shown to the invoker only. */
  readonly ephemeral: boolean;
  execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<ReplyPayload[]>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<ApplicationCommandOptionChoiceData<string>[]>;
}
