import type { Lang, SourceRef } from '../contract/types.js';
import { messagesFor } from './messages.js';

/** The plain "Sources: title (date); …" line that closes an answer on text-only surfaces (CLI, logs). */
export function formatSourcesLine(lang: Lang, sources: SourceRef[]): string {
  if (sources.length === 0) return '';
  const m = messagesFor(lang);
  const list = sources.map((s) => (lang === 'zh' ? `${s.title}（${s.date}）` : `${s.title} (${s.date})`));
  return `${m.sources}: ${list.join(m.listSeparator)}`;
}

/** An answer's body and its full text: the body with the sources line under it. */
export function withSourcesLine(body: string, lang: Lang, sources: SourceRef[]): { body: string; text: string } {
  const line = formatSourcesLine(lang, sources);
  return { body, text: line ? `${body}\n\n${line}` : body };
}
