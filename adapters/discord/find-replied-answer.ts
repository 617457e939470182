import type { Message } from 'discord.js';
import { parseButtonId } from './button-ids.js';

interface WithComponents {
  customId?: string | null;
  components?: readonly WithComponents[];
}

function findAnswerId(components: readonly WithComponents[]): string | undefined {
  for (const c of components) {
    const action = c.customId ? parseButtonId(c.customId) : null;
    if (action) return action.answerId;
    const nested = c.components ? findAnswerId(c.components) : undefined;
    if (nested) return nested;
  }
  return undefined;
}

/**
 * The id of the bot's answer a message replies to, read from the buttons under it (`fb:up:<id>`, `ho:<id>`): the
 * core continues that answer's conversation, for whoever replies. Discord sends the referenced message with a reply
 * and discord.js caches it in the channel; when it is not cached it is fetched once, and a failure passes nothing.
 * A reply to any other message of the bot (help, a refusal) has no answer id.
 */
export async function findRepliedAnswer(message: Message, botId: string): Promise<string | undefined> {
  const ref = message.reference;
  if (!ref?.messageId || message.mentions.repliedUser?.id !== botId) return undefined;
  const channel = message.channel as Message['channel'] | null;
  let replied = channel?.messages.cache.get(ref.messageId);
  if (!replied) {
    try {
      replied = await message.fetchReference();
    } catch {
      return undefined;
    }
  }
  if (replied.author.id !== botId) return undefined;
  return findAnswerId(replied.components as readonly WithComponents[]);
}
