// "德法意西这几个站", "德法意三个站呢", "德法": the four markets shortened to their first characters, each a different one.

const MARKET_OF: Record<string, string> = { 德: '德国', 法: '法国', 意: '意大利', 西: '西班牙' };
const THREE_OR_FOUR = /[德法意西]{3,4}/gu;
// Two or more different initials, not the 西 of 西班牙.
const TWO_OR_MORE = /(?:德(?=[法意西])|法(?=[德意西])|意(?=[德法西])|西(?=[德法意]))(?![德法意西]*班)/u;

/** "德法意西" → "德国、法国、意大利、西班牙", read as the countries' names (three or four initials, none repeated). */
export function expandMarketInitials(text: string): string {
  return text.replace(THREE_OR_FOUR, (run) => (new Set(run).size === run.length ? [...run].map((c) => MARKET_OF[c]).join('、') : run));
}

/** The text names several markets by their initials ("德法意三个站呢", "德法"). */
export function namesMarketInitials(text: string): boolean {
  return TWO_OR_MORE.test(text);
}
