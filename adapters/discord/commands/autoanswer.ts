import { ChannelType, channelMention, InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { buildTextReplies } from '../build-text-replies.js';
import { uiText } from '../ui-text.js';
import type { DiscordCommand } from './command.js';

export const autoanswerCommand: DiscordCommand = {
  data: new SlashCommandBuilder()
    .setName('autoanswer')
    .setDescription('Answer clear questions in a channel without being mentioned (managers)')
    .setDescriptionLocalizations({ 'zh-CN': '在频道中无需@即可自动回答明确的问题（管理员）' })
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .addBooleanOption((o) => o.setName('enabled').setDescription('On or off').setRequired(true))
    .addChannelOption((o) =>
      o
        .setName('channel')
        .setDescription('Channel or forum (default: this channel); in a forum, new posts are answered')
        .addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement, ChannelType.GuildForum, ChannelType.PublicThread),
    ),
  adminOnly: true,
  ephemeral: true,
  async execute(interaction, { service, lang }) {
    const on = interaction.options.getBoolean('enabled', true);
    const channelId = interaction.options.getChannel('channel')?.id ?? interaction.channelId;
    service.setAutoAnswer('discord', channelId, on);
    return buildTextReplies(uiText(lang).autoAnswer(on, channelMention(channelId)));
  },
};
