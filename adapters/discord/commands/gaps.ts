import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { buildTextReplies } from '../build-text-replies.js';
import { DiscordAdapterError } from '../discord-error.js';
import type { DiscordCommand } from './command.js';
import { nameCommand } from './localize.js';

// Admin only: the gaps list quotes other members' questions.
export const gapsCommand: DiscordCommand = {
  data: nameCommand(new SlashCommandBuilder(), 'gaps', {
    en: 'Unanswered and down-voted questions of the last 30 days (managers)',
    zh: '近30天未回答或被点踩的问题（管理员）',
    de: 'Unbeantwortete und negativ bewertete Fragen der letzten 30 Tage (Admins)',
    fr: 'Questions sans réponse ou mal notées des 30 derniers jours (admins)',
    it: 'Domande senza risposta o con voto negativo degli ultimi 30 giorni (admin)',
    es: 'Preguntas sin respuesta o con voto negativo de los últimos 30 días (admins)',
  })
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild),
  adminOnly: true,
  ephemeral: true,
  async execute(_interaction, { service, lang, scope }) {
    if (!scope) throw new DiscordAdapterError('/gaps ran without an admin scope');
    return buildTextReplies(await service.gaps(lang, scope));
  },
};
