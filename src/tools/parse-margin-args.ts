// `/margin price=29.99 market=DE cost=8 inbound=1.5 fulfilment=3.2 commission=9% affiliate=15%`: the command form
// sellers type in chats. Keys are the same labels the free-text parser knows (en and zh); rates take "9%" or "0.09".
import { RATE_FIELDS } from './margin-schema.js';
import { fieldForLabel } from './parse-margin-text.js';

const MARKET_KEYS = new Set(['market', 'site', '站点', '市场', '站']);
const RATES = new Set<string>(RATE_FIELDS);

export type MarginArgs = { ok: true; input: Record<string, unknown> } | { ok: false; key: string } | null;

/**
 * null when the text has no key=value pair (free text is for parseMarginText). Unlike free text, every key must be
 * known, and a value that is not a number is kept as given, so the calculator's reply names the field.
 */
export function parseMarginArgs(text: string): MarginArgs {
  // "19,99" is a decimal comma (European sellers); otherwise a comma separates pairs ("price=20, cost=5").
  const pairs = [...text.matchAll(/([\p{L}_]+)\s*[=:：]\s*(\d+,\d{1,2}(?!\d)|[^\s,;，；]+)/gu)];
  if (pairs.length === 0) return null;
  const input: Record<string, unknown> = {};
  for (const [, rawKey, rawValue] of pairs) {
    if (MARKET_KEYS.has(rawKey!.toLowerCase())) {
      input.market = rawValue!.toUpperCase();
      continue;
    }
    const field = fieldForLabel(rawKey!.replace(/_/g, ' '));
    if (!field) return { ok: false, key: rawKey! };
    const percent = rawValue!.endsWith('%');
    const number = Number(rawValue!.replace(/[%€]/g, '').replace(',', '.'));
    if (!Number.isFinite(number)) {
      input[field] = rawValue;
      continue;
    }
    input[field] = RATES.has(field) && (percent || number >= 1) ? number / 100 : number;
  }
  return { ok: true, input };
}
