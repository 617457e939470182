import { MessageFlags, type Interaction } from 'discord.js';
import { NO_MENTIONS } from './reply-payload.js';

/**
 * The last word of the error boundary: whatever state the interaction is in, the user learns something went wrong.
 * A deferred public reply cannot become ephemeral (its first follow-up inherits the deferral's visibility), so it is
 * edited in place; otherwise the apology is ephemeral.
 */
export async function sendApology(interaction: Interaction, text: string): Promise<void> {
  if (interaction.isAutocomplete()) {
    if (!interaction.responded) await interaction.respond([]);
    return;
  }
  if (!interaction.isRepliable()) return;
  if (interaction.deferred && !interaction.replied) {
    await interaction.editReply({ content: text, embeds: [], components: [], allowedMentions: NO_MENTIONS });
  } else if (interaction.replied || interaction.deferred) {
    await interaction.followUp({ content: text, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
  } else {
    await interaction.reply({ content: text, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
  }
}
