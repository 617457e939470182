import { buildEmbedReplies, COLORS } from './build-embed-replies.js';
import type { ReplyPayload } from './reply-payload.js';

/** Short texts (help, stats, confirmations, polite refusals) as a plain embed. */
export function buildTextReplies(text: string, tone: 'info' | 'problem' = 'info'): ReplyPayload[] {
  return buildEmbedReplies({ text, color: tone === 'info' ? COLORS.answer : COLORS.problem });
}
