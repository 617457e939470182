import { MessageFlags, Routes, roleMention, userMention, type ButtonInteraction } from 'discord.js';
import type { Logger } from 'pino';
import { parseButtonId } from './button-ids.js';
import { pickLang } from './pick-lang.js';
import { NO_MENTIONS } from './reply-payload.js';
import { uiText } from './ui-text.js';
import type { BotService } from '../../src/index.js';

export interface ButtonDeps {
  service: BotService;
  logger: Logger;
  /** Role pinged when someone asks for a human. */
  managerRoleId?: string;
  /** Channel the handover notice goes to; the answer's own channel when unset. */
  handoverChannelId?: string;
}

export async function handleButton(interaction: ButtonInteraction, deps: ButtonDeps): Promise<void> {
  const t = uiText(pickLang(interaction.locale));
  const action = parseButtonId(interaction.customId);
  if (!action) {
    // Not ours (or tampered with): acknowledge so the client does not show "interaction failed".
    await interaction.deferUpdate();
    return;
  }

  if (action.kind === 'feedback') {
    const outcome = await deps.service.recordFeedback({ answerId: action.answerId, user: interaction.user.id, vote: action.vote });
    await interaction.reply({ content: outcome.ok ? t.thanks : t.feedbackUnknown, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return;
  }

  const chat = interaction.channelId ?? interaction.user.id;
  // Once per answer across every shard and process: a second press is acknowledged without a second notice.
  if (!(await deps.service.claimHandover({ answerId: action.answerId, platform: 'discord' }))) {
    await interaction.reply({ content: t.handoverSent, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });
    return;
  }
  await deps.service.recordHandover({
    answerId: action.answerId,
    platform: 'discord',
    chat,
    ...(interaction.guildId ? { community: interaction.guildId } : {}),
  });
  await interaction.reply({ content: t.handoverSent, flags: MessageFlags.Ephemeral, allowedMentions: NO_MENTIONS });

  const target = deps.handoverChannelId ?? (deps.managerRoleId ? interaction.channelId : null);
  if (!target) {
    deps.logger.info({ answerId: action.answerId, chat }, 'handover recorded; no role or channel configured to notify');
    return;
  }
  const ping = deps.managerRoleId ? `${roleMention(deps.managerRoleId)} ` : '';
  // The notice is for the server's managers, not the clicker: it is written in the server's language.
  const notice = uiText(pickLang(interaction.guildLocale ?? interaction.locale)).handoverNotice(userMention(interaction.user.id), interaction.message.url);
  await interaction.client.rest.post(Routes.channelMessages(target), {
    body: {
      content: `${ping}${notice}`,
      // The managers' role is the only mention this bot ever lets through.
      allowed_mentions: { ...NO_MENTIONS, roles: deps.managerRoleId ? [deps.managerRoleId] : [] },
    },
  });
}
