import type { AnswerResult, SourceRef } from '../../src/core/types.js';
import { escapeHtml, escapeHtmlAttribute } from './escape-html.js';
import { uiText } from './ui-text.js';

const MAX_SOURCES = 4;

/** The core may end its text with a plain "Sources: …" line; the adapter renders a richer list instead. */
function stripPlainFooter(text: string, sources: SourceRef[]): string {
  if (sources.length === 0) return text;
  const cut = text.lastIndexOf('\n\n');
  if (cut < 0) return text;
  const last = text.slice(cut + 2);
  const isFooter = sources.every((s) => last.includes(s.title) && last.includes(s.date));
  return isFooter ? text.slice(0, cut) : text;
}

function formatSource(s: SourceRef, asOf: string): string {
  const title = escapeHtml(s.title);
  const linked = s.url && /^https?:\/\//i.test(s.url) ? `<a href="${escapeHtmlAttribute(s.url)}">${title}</a>` : title;
  return `• ${linked} · ${asOf} ${escapeHtml(s.date)}`;
}

/** An answer as Telegram HTML: the core's plain text escaped, then a short list of sources with their dates. */
export function formatAnswerHtml(result: Pick<AnswerResult, 'text' | 'sources' | 'lang'>): string {
  const t = uiText(result.lang === 'zh' ? 'zh' : 'en');
  const seen = new Set<string>();
  const sources = result.sources.filter((s) => !seen.has(s.id) && seen.add(s.id));
  const body = escapeHtml(stripPlainFooter(result.text, sources).trim());
  if (sources.length === 0) return body;
  const list = sources.slice(0, MAX_SOURCES).map((s) => formatSource(s, t.asOf));
  return `${body}\n\n<b>${t.sources}</b>\n${list.join('\n')}`;
}
