// Hong Kong sellers write Cantonese: "GPSR係幾時開始生效嘅", "可唔可以做本托", "佢哋收幾多佣金". The knowledge, jieba's
// dictionary and the question words are Mandarin, so the common Cantonese words are read as their Mandarin ones
// (before the traditional characters are folded: OpenCC turns 係 into 系, which also means "system").
const WORDS: Array<[RegExp, string]> = [
  [/幾時/gu, '什么时候'],
  [/幾多/gu, '多少'],
  [/點解/gu, '为什么'],
  [/點樣/gu, '怎么'],
  [/邊度|邊處/gu, '哪里'],
  [/邊個|邊間/gu, '哪个'],
  [/邊啲|邊幾個/gu, '哪些'],
  [/乜嘢|咩嘢/gu, '什么'],
  [/我哋|我地/gu, '我们'],
  [/你哋|你地/gu, '你们'],
  [/佢哋|佢地/gu, '他们'],
  [/呢個/gu, '这个'],
  [/呢啲/gu, '这些'],
  [/呢度/gu, '这里'],
  [/嗰個/gu, '那个'],
  [/嗰啲/gu, '那些'],
  [/使唔使/gu, '需不需要'],
  // "冇落廣告": ads are placed (落), not "fallen".
  [/落(廣告|广告)/gu, '投$1'],
  [/(?<![關聯联干體体])係/gu, '是'],
  [/嘅/gu, '的'],
  [/仲(?!裁)/gu, '还'],
  [/咗/gu, '了'],
  [/喺/gu, '在'],
  [/冇/gu, '没有'],
  [/唔/gu, '不'],
  [/咩/gu, '什么'],
  [/畀/gu, '给'],
  [/睇/gu, '看'],
  [/搵|揾/gu, '找'],
  [/嗰/gu, '那'],
  [/佢/gu, '他'],
  [/啲/gu, '些'],
  [/咁/gu, '这么'],
  [/㗎|喎|嘞|囉|啫/gu, ''],
];

const CANTONESE = /幾時|幾多|點樣|點解|邊度|邊個|邊啲|乜嘢|[哋嘅咗喺冇唔咩畀睇搵揾嗰佢啲咁㗎喎嘞囉啫係仲]/u;

export function foldCantonese(text: string): string {
  if (!CANTONESE.test(text)) return text;
  let out = text;
  for (const [re, by] of WORDS) out = out.replace(re, by);
  return out;
}
