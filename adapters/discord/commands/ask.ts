import { SlashCommandBuilder } from 'discord.js';
import { buildAnswerReplies } from '../build-answer-replies.js';
import { clip } from '../build-embed-replies.js';
import type { DiscordCommand } from './command.js';
import { nameCommand, nameOption } from './localize.js';

/** Discord's limits for an autocomplete list and for a choice's name and value. */
const MAX_CHOICES = 25;
const CHOICE_MAX = 100;

export const askCommand: DiscordCommand = {
  data: nameCommand(
    new SlashCommandBuilder(),
    'ask',
    {
      en: 'Ask about TikTok Shop Europe Local Hosting, Full Hosting or Brand Hosting',
      zh: '询问 TikTok Shop 欧洲本地托管、全托管或品牌托管',
      de: 'Fragen zu Local Hosting, Full Hosting oder Brand Hosting bei TikTok Shop Europa',
      fr: 'Une question sur le Local Hosting, le Full Hosting ou le Brand Hosting de TikTok Shop Europe',
      it: 'Domande su Local Hosting, Full Hosting o Brand Hosting di TikTok Shop Europa',
      es: 'Pregunta sobre Local Hosting, Full Hosting o Brand Hosting de TikTok Shop Europa',
    },
    { 'zh-TW': '詢問 TikTok Shop 歐洲本地託管、全託管或品牌託管' },
  ).addStringOption((o) =>
    nameOption(o, 'question', {
      en: 'Your question, in any language',
      zh: '您的问题（任何语言）',
      de: 'Ihre Frage, in jeder Sprache',
      fr: 'Votre question, dans la langue de votre choix',
      it: 'La tua domanda, in qualsiasi lingua',
      es: 'Tu pregunta, en cualquier idioma',
    })
      .setRequired(true)
      .setMaxLength(1000)
      .setAutocomplete(true),
  ),
  adminOnly: false,
  ephemeral: false,

  async execute(interaction, { service, lang }) {
    const question = interaction.options.getString('question', true);
    const result = await service.answer({
      text: question,
      chatLang: lang,
      user: interaction.user.id,
      chat: interaction.channelId ?? interaction.user.id,
      ...(interaction.guildId ? { community: interaction.guildId } : {}),
      platform: 'discord',
    });
    return buildAnswerReplies(result);
  },

  async autocomplete(interaction, { service, lang }) {
    const typed = interaction.options.getFocused();
    // A Chinese query finds Chinese FAQ questions whatever the client locale is.
    const queryLang = /\p{Script=Han}/u.test(typed) ? 'zh' : lang;
    return service.suggestQuestions(typed, queryLang, MAX_CHOICES).map((q) => {
      const text = clip(q, CHOICE_MAX);
      return { name: text, value: text };
    });
  },
};
