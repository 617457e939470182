import { InteractionContextType, PermissionFlagsBits, SlashCommandBuilder } from 'discord.js';
import { buildTextReplies } from '../build-text-replies.js';
import { DiscordAdapterError } from '../discord-error.js';
import type { DiscordCommand } from './command.js';
import { nameCommand } from './localize.js';

export const statsCommand: DiscordCommand = {
  data: nameCommand(new SlashCommandBuilder(), 'stats', {
    en: 'Questions, answer rate, feedback and handovers of the last 7 days (managers)',
    zh: '近7天的提问、回答率、反馈和转人工（管理员）',
    de: 'Fragen, Antwortquote, Feedback und Übergaben der letzten 7 Tage (Admins)',
    fr: 'Questions, taux de réponse, avis et transferts des 7 derniers jours (admins)',
    it: 'Domande, tasso di risposta, feedback e passaggi a una persona degli ultimi 7 giorni (admin)',
    es: 'Preguntas, tasa de respuesta, valoraciones y derivaciones de los últimos 7 días (admins)',
  })
    .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
    .setContexts(InteractionContextType.Guild),
  adminOnly: true,
  ephemeral: true,
  async execute(_interaction, { service, lang, scope }) {
    if (!scope) throw new DiscordAdapterError('/stats ran without an admin scope');
    return buildTextReplies(await service.stats(lang, scope));
  },
};
