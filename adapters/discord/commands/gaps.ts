import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { buildTextReplies } from '../build-text-replies.js';
import { DiscordAdapterError } from '../discord-error.js';
import type { DiscordCommand } from './command.js';

// Admin only: the gaps list quotes other members' questions.
export const gapsCommand: DiscordCommand = {
  data: new SlashCommandBuilder()
    .setName('gaps')
    .setDescription('Unanswered and down-voted questions of the last 30 days (managers)')
    .setDescriptionLocalizations({ 'zh-CN': '近30天未回答或被点踩的问题（管理员）' })
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild),
  adminOnly: true,
  ephemeral: true,
  async execute(_interaction, { service, lang, scope }) {
    if (!scope) throw new DiscordAdapterError('/gaps ran without an admin scope');
    return buildTextReplies(service.gaps(lang, scope));
  },
};
