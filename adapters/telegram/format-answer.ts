import { escapeHtml, escapeHtmlAttribute } from './escape-html.js';
import { uiText } from './ui-text.js';
import type { AnswerResult, SourceRef } from '../../src/index.js';

const MAX_SOURCES = 4;

function formatSource(s: SourceRef, asOf: string): string {
  const title = escapeHtml(s.title);
  const linked = s.url && /^https?:\/\//i.test(s.url) ? `<a href="${escapeHtmlAttribute(s.url)}">${title}</a>` : title;
  return `• ${linked} · ${asOf} ${escapeHtml(s.date)}`;
}

/** An answer as Telegram HTML: the core's plain text escaped, then a short list of sources with their dates. */
export function formatAnswerHtml(result: Pick<AnswerResult, 'text' | 'body' | 'sources' | 'lang'>): string {
  const t = uiText(result.lang);
  const seen = new Set<string>();
  const sources = result.sources.filter((s) => !seen.has(s.id) && seen.add(s.id));
  // With sources to list, the body (no plain "Sources:" line) is shown and the list replaces the line.
  if (sources.length === 0) return escapeHtml(result.text.trim());
  const body = escapeHtml(result.body.trim());
  const list = sources.slice(0, MAX_SOURCES).map((s) => formatSource(s, t.asOf));
  return `${body}\n\n<b>${t.sources}</b>\n${list.join('\n')}`;
}
