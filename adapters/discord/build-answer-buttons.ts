import { ActionRowBuilder, ButtonBuilder, ButtonStyle } from 'discord.js';
import { formatButtonId } from './button-ids.js';
import { uiText } from './ui-text.js';
import type { Lang } from '../../src/index.js';

/** 👍/👎 rate an answer; 🙋 asks for a human. An abstention has nothing to rate, so it only offers the human. */
export function buildAnswerButtons(answerId: string, lang: Lang, abstained: boolean): ActionRowBuilder<ButtonBuilder> {
  const t = uiText(lang);
  const row = new ActionRowBuilder<ButtonBuilder>();
  if (!abstained) {
    row.addComponents(
      new ButtonBuilder().setCustomId(formatButtonId({ kind: 'feedback', vote: 'up', answerId })).setEmoji('👍').setLabel(t.helpful).setStyle(ButtonStyle.Secondary),
      new ButtonBuilder().setCustomId(formatButtonId({ kind: 'feedback', vote: 'down', answerId })).setEmoji('👎').setLabel(t.notHelpful).setStyle(ButtonStyle.Secondary),
    );
  }
  row.addComponents(
    new ButtonBuilder()
      .setCustomId(formatButtonId({ kind: 'handover', answerId }))
      .setEmoji('🙋')
      .setLabel(t.askHuman)
      .setStyle(abstained ? ButtonStyle.Primary : ButtonStyle.Secondary),
  );
  return row;
}
