import type { ChatInputCommandInteraction, Message } from 'discord.js';
import { NO_MENTIONS, type ReplyPayload } from './reply-payload.js';

/** The first message replaces the deferred "thinking…" reply; the rest follow it, with the same visibility. */
export async function sendInteractionReplies(interaction: ChatInputCommandInteraction, payloads: ReplyPayload[], ephemeral: boolean): Promise<void> {
  const [first, ...rest] = payloads;
  if (!first) return;
  await interaction.editReply({ ...first, allowedMentions: NO_MENTIONS });
  for (const payload of rest) {
    await interaction.followUp({ ...payload, allowedMentions: NO_MENTIONS, ...(ephemeral ? { flags: 'Ephemeral' as const } : {}) });
  }
}

/** Answers a channel message: the first part as a reply to it, the rest as plain messages after it. */
export async function sendMessageReplies(message: Message, payloads: ReplyPayload[]): Promise<void> {
  const [first, ...rest] = payloads;
  if (!first) return;
  // The question may be deleted while the core thinks; the answer still goes out.
  await message.reply({ ...first, allowedMentions: NO_MENTIONS, failIfNotExists: false });
  for (const payload of rest) {
    if (!message.channel.isSendable()) return;
    await message.channel.send({ ...payload, allowedMentions: NO_MENTIONS });
  }
}
