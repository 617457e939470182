import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { buildTextReplies } from '../build-text-replies.js';
import { DiscordAdapterError } from '../discord-error.js';
import type { DiscordCommand } from './command.js';
import { nameCommand } from './localize.js';

export const reloadCommand: DiscordCommand = {
  data: nameCommand(new SlashCommandBuilder(), 'reload', {
    en: 'Re-read the knowledge base; a broken file keeps the current one (managers)',
    zh: '重新加载知识库；文件有误时保留现有版本（管理员）',
    de: 'Wissensbasis neu einlesen; bei einer fehlerhaften Datei bleibt die aktuelle (Admins)',
    fr: "Relire la base de connaissances\u00a0; si un fichier est erroné, l'actuelle reste en place (admins)",
    it: 'Rileggere la base di conoscenza; con un file errato resta quella attuale (admin)',
    es: 'Volver a leer la base de conocimiento; si un archivo falla, se mantiene la actual (admins)',
  })
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
