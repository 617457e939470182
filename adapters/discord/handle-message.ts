import { ChannelType, type Message } from 'discord.js';
import type { Logger } from 'pino';
import { buildAnswerReplies } from './build-answer-replies.js';
import { buildTextReplies } from './build-text-replies.js';
import { findRepliedAnswer } from './find-replied-answer.js';
import { pickLang } from './pick-lang.js';
import { NO_MENTIONS } from './reply-payload.js';
import { sendMessageReplies } from './send-replies.js';

/** Admin views are per server: each question is recorded with the server it was asked in. */
const communityOf = (guildId: string | null) => (guildId ? { community: guildId } : {});
import { uiText } from './ui-text.js';
import { isClearQuestion, type BotService } from '../../src/index.js';

export interface MessageDeps {
  service: BotService;
  logger: Logger;
}

/** Routes a channel answers on without being asked: an answer the core stands behind, nothing else. */

function isAddressed(message: Message, botId: string): boolean {
  if (message.mentions.users.has(botId)) return true;
  if (message.mentions.repliedUser?.id === botId) return true;
  // "@Bot" picked from the member list may resolve to the bot's managed role instead of its user.
  const botRole = message.guild?.roles.botRoleFor(botId);
  return Boolean(botRole && message.mentions.roles.has(botRole.id));
}

function stripBotMentions(content: string, botId: string, botRoleId: string | undefined): string {
  let text = content.replace(new RegExp(`<@!?${botId}>`, 'g'), ' ');
  if (botRoleId) text = text.replace(new RegExp(`<@&${botRoleId}>`, 'g'), ' ');
  return text.replace(/\s+/g, ' ').trim();
}

/** A new post in a forum: its starter message has the thread's id. */
function isForumStarter(message: Message): boolean {
  // The channel can be missing from the cache (a thread the bot has not seen yet); then it is not a known forum post.
  const channel = message.channel as Message['channel'] | null;
  return Boolean(channel?.isThread() && message.id === channel.id && channel.parent?.type === ChannelType.GuildForum);
}

async function autoAnswerOn(message: Message, service: BotService): Promise<boolean> {
  if (await service.getAutoAnswer('discord', message.channelId)) return true;
  // Switched on for a forum or a channel, it covers the threads under it.
  const channel = message.channel as Message['channel'] | null;
  const parentId = channel?.isThread() ? channel.parentId : null;
  return parentId !== null && (await service.getAutoAnswer('discord', parentId));
}

/**
 * Answers messages that mention the bot or reply to it (Discord delivers their content without the privileged
 * MessageContent intent), and, where a manager switched auto-answer on, clear questions the core is sure about.
 * One error boundary: a failure is logged and, if the bot was addressed, apologised for.
 */
export function createMessageHandler(deps: MessageDeps): (message: Message) => Promise<void> {
  const { service, logger } = deps;
  return async (message) => {
    const botId = message.client.user?.id;
    if (!botId || message.author.bot || message.author.id === botId || message.webhookId || message.system) return;
    const addressed = isAddressed(message, botId);
    const lang = pickLang(message.guild?.preferredLocale);
    try {
      const text = stripBotMentions(message.content, botId, message.guild?.roles.botRoleFor(botId)?.id);
      if (addressed) {
        if (!text) {
          await sendMessageReplies(message, buildTextReplies(uiText(lang).help));
          return;
        }
        // A thread is a channel of its own, so `chat` keeps its conversations apart; a reply to an answer continues it.
        const replyTo = await findRepliedAnswer(message, botId);
        const result = await service.answer({
          text,
          chatLang: lang,
          user: message.author.id,
          chat: message.channelId,
          ...communityOf(message.guildId),
          platform: 'discord',
          ...(replyTo ? { replyTo } : {}),
        });
        await sendMessageReplies(message, buildAnswerReplies(result));
        return;
      }
      if (!text || !message.inGuild()) return;
      if (!(isClearQuestion(text) || isForumStarter(message)) || !(await autoAnswerOn(message, service))) return;
      // The service records the answer only when it is sure enough to post it: held-back ones are no abstentions.
      const result = await service.autoAnswer({ text, chatLang: lang, user: message.author.id, chat: message.channelId, ...communityOf(message.guildId), platform: 'discord' });
      if (!result) return;
      await sendMessageReplies(message, buildAnswerReplies(result));
    } catch (err) {
      logger.error({ err, messageId: message.id, channel: message.channelId }, 'discord message handling failed');
      // Unasked-for apologies would be noise; only someone who addressed the bot is owed one.
      if (!addressed) return;
      try {
        await message.reply({ content: uiText(lang).apology, allowedMentions: NO_MENTIONS, failIfNotExists: false });
      } catch (apologyErr) {
        logger.error({ err: apologyErr, messageId: message.id }, 'could not send the apology');
      }
    }
  };
}
