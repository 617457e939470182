// Number and language helpers shared by the tool renderers: plain text, the € sign, two decimals.
import type { Lang } from '../contract/types.js';
import type { RuleSource } from './rules.js';

export type ReplyLang = 'zh' | 'en';

/** The tools speak zh and en; de/fr/it/es readers get English. */
export function pickReplyLang(lang: Lang): ReplyLang {
  return lang === 'zh' ? 'zh' : 'en';
}

export function formatEuro(n: number): string {
  const abs = Math.abs(n).toFixed(2);
  return n < 0 && Number(abs) !== 0 ? `-€${abs}` : `€${abs}`;
}

/** A rate as the seller typed it: 0.09 -> "9%", 0.155 -> "15.5%". */
export function formatRate(r: number): string {
  return `${Number((r * 100).toFixed(2))}%`;
}

/** A computed ratio with two decimals: 0.239 -> "23.90%". */
export function formatRatio(r: number): string {
  return `${(r * 100).toFixed(2)}%`;
}

export function formatSources(sources: RuleSource[]): string {
  return sources.map((s) => (s.date ? `${s.title} (${s.date})` : s.title)).join('; ');
}
