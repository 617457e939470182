import { escapeMarkdown } from 'discord.js';
import type { SourceRef } from '../../src/index.js';

/** Markdown lines for the Sources field: title (linked when the source has a web address) and its as-of date. */
export function formatSources(sources: SourceRef[]): string {
  return sources
    .map((s) => {
      const title = escapeMarkdown(s.title).replace(/[[\]]/g, '');
      // A parenthesis in the address would end the markdown link early.
      const linked = s.url && /^https?:\/\/\S+$/.test(s.url) ? `[${title}](${s.url.replace(/\(/g, '%28').replace(/\)/g, '%29')})` : title;
      return `• ${linked} · ${s.date}`;
    })
    .join('\n');
}
