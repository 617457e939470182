// East Asian Wide/Fullwidth blocks: a terminal draws these two cells wide, so padding by `.length` misaligns Chinese.
const WIDE: readonly [number, number][] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe30, 0xfe4f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

function charWidth(ch: string): number {
  if (/\p{M}/u.test(ch)) return 0;
  const cp = ch.codePointAt(0)!;
  if (WIDE.some(([lo, hi]) => cp >= lo && cp <= hi)) return 2;
  // Emoji outside those blocks (✅, ☕ …); ©/® are pictographic too but drawn one cell wide.
  if (cp > 0xff && /\p{Extended_Pictographic}/u.test(ch)) return 2;
  return 1;
}

export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += charWidth(ch);
  return width;
}

/** Cuts to at most `width` terminal cells, ending with an ellipsis when something was cut. */
export function fitWidth(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  let out = '';
  let used = 0;
  for (const ch of text) {
    const w = charWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

export function padWidth(text: string, width: number, align: 'left' | 'right'): string {
  const pad = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? pad + text : text + pad;
}
