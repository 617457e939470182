// The sources line of a tool reply: each rule source with its date, the same in every language.
import type { RuleSourceRef } from '../contract/tool-result.js';

export function formatSources(sources: RuleSourceRef[]): string {
  return sources.map((s) => (s.date ? `${s.title} (${s.date})` : s.title)).join('; ');
}
