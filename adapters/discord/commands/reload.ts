import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { buildTextReplies } from '../build-text-replies.js';
import { DiscordAdapterError } from '../discord-error.js';
import type { DiscordCommand } from './command.js';

export const reloadCommand: DiscordCommand = {
  data: new SlashCommandBuilder()
    .setName('reload')
    .setDescription('Re-read the knowledge base; a broken file keeps the current one (managers)')
    .setDescriptionLocalizations({ 'zh-CN': '重新加载知识库；文件有误时保留现有版本（管理员）' })
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild),
  adminOnly: true,
  ephemeral: true,
  async execute(_interaction, { service, lang, scope }) {
    if (!scope) throw new DiscordAdapterError('/reload ran without an admin scope');
    const outcome = await service.reload(lang, scope);
    return buildTextReplies(outcome.text, outcome.ok ? 'info' : 'problem');
  },
};
