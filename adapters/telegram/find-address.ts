import type { Message, MessageEntity } from 'grammy/types';

export interface BotIdentity {
  id: number;
  username: string;
}

export type Address = { addressed: false } | { addressed: true; how: 'mention' | 'reply'; question: string };

function mentionsBot(text: string, e: MessageEntity, me: BotIdentity): boolean {
  if (e.type === 'text_mention') return e.user.id === me.id;
  if (e.type !== 'mention') return false;
  // Offsets are UTF-16 code units, which is what JS string indices are.
  return text.slice(e.offset, e.offset + e.length).toLowerCase() === `@${me.username.toLowerCase()}`;
}

/** Cuts the bot's mentions out of the question so "@bot 本地托管是什么" is asked as "本地托管是什么". */
function stripMentions(text: string, mentions: MessageEntity[]): string {
  let out = text;
  for (const e of [...mentions].sort((a, b) => b.offset - a.offset)) {
    out = out.slice(0, e.offset) + ' ' + out.slice(e.offset + e.length);
  }
  return out.replace(/\s+/g, ' ').trim();
}

/**
 * Whether a group message is meant for the bot: an @mention or text_mention of it, or a reply to one of its
 * messages. In a forum topic every message "replies" to the topic's first message, which is not a reply to the bot.
 */
export function findAddress(msg: Pick<Message, 'text' | 'entities' | 'reply_to_message'>, me: BotIdentity): Address {
  const text = msg.text ?? '';
  const mentions = (msg.entities ?? []).filter((e) => mentionsBot(text, e, me));
  if (mentions.length > 0) return { addressed: true, how: 'mention', question: stripMentions(text, mentions) };
  const replied = msg.reply_to_message;
  if (replied && replied.from?.id === me.id && replied.forum_topic_created === undefined) {
    return { addressed: true, how: 'reply', question: text.trim() };
  }
  return { addressed: false };
}
