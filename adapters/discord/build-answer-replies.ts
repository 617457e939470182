import { buildAnswerButtons } from './build-answer-buttons.js';
import { buildEmbedReplies, COLORS } from './build-embed-replies.js';
import { buildToolFields } from './build-tool-fields.js';
import { formatPercent } from './format-numbers.js';
import { formatSources } from './format-sources.js';
import type { ReplyPayload } from './reply-payload.js';
import { uiText } from './ui-text.js';
import { isAnswerRoute, type AnswerResult } from '../../src/index.js';


/** An answer as embeds: text, Sources field, tool fields, a footer with language and confidence, and the buttons. */
export function buildAnswerReplies(result: AnswerResult): ReplyPayload[] {
  const t = uiText(result.lang);
  // Greetings, bad input and rate limits are not answers: nothing to rate, source or hand over.
  if (!isAnswerRoute(result.route) && result.route !== 'abstain') return buildEmbedReplies({ text: result.text, color: result.route === 'greeting' ? COLORS.answer : COLORS.problem });
  // The embed has a Sources field, so the body without the plain "Sources: …" line is shown.
  const text = result.sources.length > 0 ? result.body : result.text;
  const fields = [...buildToolFields(result.tool, result.toolResult, result.lang)];
  if (result.sources.length > 0) fields.push({ name: t.sources, value: formatSources(result.sources), inline: false });
  const footer = [t.languageName, `${t.confidence} ${formatPercent(result.confidence, result.lang, 0)}`, ...(result.uncertain ? [`⚠️ ${t.uncertain}`] : [])].join(' · ');
  const color = result.abstained ? COLORS.abstain : result.uncertain ? COLORS.uncertain : COLORS.answer;
  return buildEmbedReplies({ text, fields, footer, color, components: [buildAnswerButtons(result.id, result.lang, result.abstained)] });
}
