import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { buildTextReplies } from '../build-text-replies.js';
import { DiscordAdapterError } from '../discord-error.js';
import type { DiscordCommand } from './command.js';

export const statsCommand: DiscordCommand = {
  data: new SlashCommandBuilder()
    .setName('stats')
    .setDescription('Questions, answer rate, feedback and handovers of the last 7 days (managers)')
    .setDescriptionLocalizations({ 'zh-CN': '近7天的提问、回答率、反馈和转人工（管理员）' })
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild),
  adminOnly: true,
  ephemeral: true,
  async execute(_interaction, { service, lang, scope }) {
    if (!scope) throw new DiscordAdapterError('/stats ran without an admin scope');
    return buildTextReplies(service.stats(lang, scope));
  },
};
