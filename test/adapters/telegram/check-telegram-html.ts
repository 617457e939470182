// What Telegram's HTML parser accepts from this adapter: only its own tags, balanced, and only the four entities.

const ALLOWED_TAG = /^<(\/?)(b|i|a)(?:\s+href="[^"<>]*")?>/;
const ENTITY = /^&(amp|lt|gt|quot);/;

/** Problems in `html` (empty when valid). */
export function checkTelegramHtml(html: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  for (let i = 0; i < html.length; i++) {
    const rest = html.slice(i);
    if (html[i] === '<') {
      const tag = ALLOWED_TAG.exec(rest);
      if (!tag) {
        problems.push(`raw < at ${i}: ${rest.slice(0, 20)}`);
        continue;
      }
      if (tag[1]) {
        if (stack.pop() !== tag[2]) problems.push(`unbalanced </${tag[2]}> at ${i}`);
      } else stack.push(tag[2]!);
      i += tag[0].length - 1;
    } else if (html[i] === '&') {
      if (!ENTITY.test(rest)) problems.push(`raw & at ${i}: ${rest.slice(0, 10)}`);
    } else if (html[i] === '>') {
      problems.push(`raw > at ${i}`);
    }
  }
  if (stack.length) problems.push(`unclosed ${stack.join(',')}`);
  return problems;
}

export function unescapeHtml(html: string): string {
  return html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}
