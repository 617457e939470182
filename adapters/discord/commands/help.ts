import { SlashCommandBuilder } from 'discord.js';
import { buildTextReplies } from '../build-text-replies.js';
import { uiText } from '../ui-text.js';
import type { DiscordCommand } from './command.js';
import { nameCommand } from './localize.js';

export const helpCommand: DiscordCommand = {
  data: nameCommand(new SlashCommandBuilder(), 'help', {
    en: 'What this bot answers and how to use it',
    zh: '机器人能回答什么、如何使用',
    de: 'Was dieser Bot beantwortet und wie man ihn nutzt',
    fr: "Ce que ce bot sait répondre et comment l'utiliser",
    it: 'A cosa risponde questo bot e come usarlo',
    es: 'Qué responde este bot y cómo usarlo',
  }),
  adminOnly: false,
  ephemeral: true,
  async execute(_interaction, { lang }) {
    return buildTextReplies(uiText(lang).help);
  },
};
