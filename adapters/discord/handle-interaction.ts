import { MessageFlags, PermissionFlagsBits, type ChatInputCommandInteraction, type Interaction } from 'discord.js';
import type { DiscordCommand } from './commands/index.js';
import { DiscordAdapterError } from './discord-error.js';
import { handleButton, type ButtonDeps } from './handle-button.js';
import { pickLang } from './pick-lang.js';
import { NO_MENTIONS } from './reply-payload.js';
import { sendApology } from './send-apology.js';
import { sendInteractionReplies } from './send-replies.js';
import { uiText } from './ui-text.js';
import type { AdminScope } from '../../src/index.js';

export interface InteractionDeps extends ButtonDeps {
  commands: ReadonlyMap<string, DiscordCommand>;
  adminGuildId?: string;
  adminRoleId?: string;
}

/**
 * Manage Server makes a member the admin of that server only: a stranger's own server must not reveal others'.
 * The bot's own admins are the managers (or the admin role) of its home server.
 */
function adminScopeOf(interaction: ChatInputCommandInteraction, deps: InteractionDeps): AdminScope | undefined {
  const inHome = deps.adminGuildId !== undefined && interaction.guildId === deps.adminGuildId;
  const manages = interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false;
  const roles = interaction.member?.roles;
  const hasRole =
    deps.adminRoleId !== undefined &&
    (Array.isArray(roles) ? roles.includes(deps.adminRoleId) : (roles?.cache.has(deps.adminRoleId) ?? false));
  if (inHome && (manages || hasRole)) return { kind: 'all' };
  if (manages && interaction.guildId) return { kind: 'community', platform: 'discord', community: interaction.guildId };
  return undefined;
}

async function runCommand(interaction: ChatInputCommandInteraction, command: DiscordCommand, deps: InteractionDeps): Promise<void> {
  const lang = pickLang(interaction.locale);
  // Server admins can widen a command's default permissions, so the client's check is not enough.
  const scope = command.adminOnly ? adminScopeOf(interaction, deps) : undefined;
  if (command.adminOnly && !scope) {
    await interaction.reply({ content: uiText(lang).adminOnly, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return;
  }
  // Discord drops an interaction not acknowledged within 3 s; retrieval can take longer on a cold index.
  await interaction.deferReply(command.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  const payloads = await command.execute(interaction, { service: deps.service, logger: deps.logger, lang, ...(scope ? { scope } : {}) });
  await sendInteractionReplies(interaction, payloads, command.ephemeral);
}

/** The one error boundary for interactions: every failure is logged and the user gets an apology, never silence. */
export function createInteractionHandler(deps: InteractionDeps): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    try {
      if (interaction.isChatInputCommand()) {
        const command = deps.commands.get(interaction.commandName);
        if (!command) throw new DiscordAdapterError(`unknown command /${interaction.commandName}`);
        await runCommand(interaction, command, deps);
      } else if (interaction.isAutocomplete()) {
        const command = deps.commands.get(interaction.commandName);
        const lang = pickLang(interaction.locale);
        const choices = command?.autocomplete ? await command.autocomplete(interaction, { service: deps.service, logger: deps.logger, lang }) : [];
        await interaction.respond(choices);
      } else if (interaction.isButton()) {
        await handleButton(interaction, deps);
      }
    } catch (err) {
      deps.logger.error(
        { err, interactionId: interaction.id, type: interaction.type, command: interaction.isCommand() ? interaction.commandName : undefined },
        'discord interaction failed',
      );
      try {
        await sendApology(interaction, uiText(pickLang(interaction.locale)).apology);
      } catch (apologyErr) {
        deps.logger.error({ err: apologyErr, interactionId: interaction.id }, 'could not send the apology');
      }
    }
  };
}
