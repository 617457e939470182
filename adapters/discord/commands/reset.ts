import { SlashCommandBuilder } from 'discord.js';
import { buildTextReplies } from '../build-text-replies.js';
import type { DiscordCommand } from './command.js';
import { nameCommand } from './localize.js';

/** Forgets the member's conversation in this channel or thread; only they see the confirmation. */
export const resetCommand: DiscordCommand = {
  data: nameCommand(new SlashCommandBuilder(), 'reset', {
    en: 'Forget our conversation in this channel and start over',
    zh: '清空我们在这个频道的对话，重新开始',
    de: 'Unser Gespräch in diesem Kanal vergessen und neu anfangen',
    fr: 'Oublier notre conversation dans ce salon et repartir de zéro',
    it: 'Dimentica la nostra conversazione in questo canale e ricomincia',
    es: 'Olvidar nuestra conversación en este canal y empezar de cero',
  }),
  adminOnly: false,
  ephemeral: true,
  async execute(interaction, { service, lang }) {
    const text = await service.resetConversation(
      { platform: 'discord', chat: interaction.channelId ?? interaction.user.id, user: interaction.user.id },
      lang,
    );
    return buildTextReplies(text);
  },
};
