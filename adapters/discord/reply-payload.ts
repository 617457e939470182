import type { ActionRowBuilder, ButtonBuilder, EmbedBuilder } from 'discord.js';

/** One Discord message of a reply: long answers become several. */
export interface ReplyPayload {
  embeds: EmbedBuilder[];
  components: Array<ActionRowBuilder<ButtonBuilder>>;
}

/** User and knowledge text must never ping anyone: every message the adapter sends carries this. */
export const NO_MENTIONS = { parse: [] as [] };
