import { ChannelType, channelMention, InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { buildTextReplies } from '../build-text-replies.js';
import { uiText } from '../ui-text.js';
import type { DiscordCommand } from './command.js';
import { nameCommand, nameOption } from './localize.js';

export const autoanswerCommand: DiscordCommand = {
  data: nameCommand(new SlashCommandBuilder(), 'autoanswer', {
    en: 'Answer clear questions in a channel without being mentioned (managers)',
    zh: '在频道中无需@即可自动回答明确的问题（管理员）',
    de: 'Klare Fragen in einem Kanal auch ohne Erwähnung beantworten (Admins)',
    fr: "Répondre aux questions claires d'un salon sans être mentionné (admins)",
    it: 'Rispondere alle domande chiare in un canale senza essere menzionato (admin)',
    es: 'Responder a preguntas claras en un canal sin que me mencionen (admins)',
  })
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild)
    .addBooleanOption((o) =>
      nameOption(o, 'enabled', {
        en: 'On or off',
        zh: '开启或关闭',
        de: 'An oder aus',
        fr: 'Activer ou désactiver',
        it: 'Attivare o disattivare',
        es: 'Activar o desactivar',
      }).setRequired(true),
    )
    .addChannelOption((o) =>
      nameOption(o, 'channel', {
        en: 'Channel or forum (default: this channel); in a forum, new posts are answered',
        zh: '频道或论坛（默认：当前频道）；在论坛中会回答新帖子',
        de: 'Kanal oder Forum (Standard: dieser Kanal); in einem Forum werden neue Beiträge beantwortet',
        fr: 'Salon ou forum (par défaut\u00a0: ce salon)\u00a0; dans un forum, je réponds aux nouveaux posts',
        it: 'Canale o forum (predefinito: questo canale); in un forum rispondo ai nuovi post',
        es: 'Canal o foro (por defecto: este canal); en un foro respondo a las nuevas publicaciones',
      }).addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement, ChannelType.GuildForum, ChannelType.PublicThread),
    ),
  adminOnly: true,
  ephemeral: true,
  async execute(interaction, { service, lang }) {
    const on = interaction.options.getBoolean('enabled', true);
    const channelId = interaction.options.getChannel('channel')?.id ?? interaction.channelId;
    await service.setAutoAnswer('discord', channelId, on);
    return buildTextReplies(uiText(lang).autoAnswer(on, channelMention(channelId)));
  },
};
