import { SlashCommandBuilder } from 'discord.js';
import { buildTextReplies } from '../build-text-replies.js';
import type { DiscordCommand } from './command.js';

export const helpCommand: DiscordCommand = {
  data: new SlashCommandBuilder()
    .setName('help')
    .setDescription('What this bot answers and how to use it')
    .setDescriptionLocalizations({ 'zh-CN': '机器人能回答什么、如何使用' }),
  adminOnly: false,
  ephemeral: true,
  async execute(_interaction, { service, lang }) {
    return buildTextReplies(service.help(lang));
  },
};
