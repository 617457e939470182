// Telegram refuses messages over 4096 characters. The limit counts text after entity parsing, so measuring the raw
// HTML is conservative. Cuts prefer paragraph breaks, then line breaks, then spaces, and never fall inside an
// entity (`&amp;`) or a tag; tags left open at a cut are closed and reopened in the next chunk.

export const TELEGRAM_TEXT_LIMIT = 4096;

interface Token {
  text: string;
  kind: 'open' | 'close' | 'text';
  /** Tag name for open/close tokens. */
  name?: string;
}

const TOKEN_RE = /<\/?([a-zA-Z-]+)(?:\s[^>]*)?>|&[#a-zA-Z0-9]+;|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\s\S]/g;

function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  for (const m of html.matchAll(TOKEN_RE)) {
    const t = m[0];
    if (m[1] !== undefined) tokens.push({ text: t, kind: t.startsWith('</') ? 'close' : 'open', name: m[1].toLowerCase() });
    else tokens.push({ text: t, kind: 'text' });
  }
  return tokens;
}

const closingOf = (stack: Token[]): string =>
  stack
    .slice()
    .reverse()
    .map((t) => `</${t.name}>`)
    .join('');

/** Splits HTML into chunks of at most `limit` characters, each with balanced tags. */
export function splitHtml(html: string, limit = TELEGRAM_TEXT_LIMIT): string[] {
  if (html.length <= limit) return [html];
  const tokens = tokenize(html);
  const chunks: string[] = [];
  let i = 0;
  let reopen: Token[] = [];

  while (i < tokens.length) {
    const stack = [...reopen];
    let body = reopen.map((t) => t.text).join('');
    // Best cut so far: the body before a whitespace token, resuming at that token, with its priority
    // (3 paragraph break, 2 line break, 1 space).
    let cut = { at: -1, priority: 0, body: '', stack: [] as Token[] };
    let j = i;
    for (; j < tokens.length; j++) {
      const t = tokens[j]!;
      if (t.kind === 'text' && /\s/.test(t.text) && j > i) {
        const priority = t.text === '\n' ? (tokens[j + 1]?.text === '\n' ? 3 : 2) : 1;
        if (priority >= cut.priority) cut = { at: j, priority, body, stack: [...stack] };
      }
      const nextStack = t.kind === 'open' ? [...stack, t] : t.kind === 'close' ? stack.slice(0, -1) : stack;
      const candidate = body + t.text;
      if (candidate.length + closingOf(nextStack).length > limit) break;
      body = candidate;
      stack.splice(0, stack.length, ...nextStack);
    }
    if (j >= tokens.length) {
      chunks.push(body);
      break;
    }
    if (cut.at < 0) {
      // No whitespace in reach: hard cut before the token that did not fit (at least one token per chunk).
      const at = Math.max(j, i + 1);
      if (at > j) {
        body += tokens[i]!.text;
      }
      cut = { at, priority: 0, body, stack: [...stack] };
    }
    chunks.push(cut.body.replace(/\s+$/, '') + closingOf(cut.stack));
    i = cut.at;
    // Whitespace at the start of the next chunk would be shown as a blank line.
    while (i < tokens.length && tokens[i]!.kind === 'text' && /^\s$/.test(tokens[i]!.text)) i++;
    reopen = cut.stack;
  }
  return chunks.filter((c) => c.replace(/<[^>]*>/g, '').trim().length > 0);
}
