// Sellers from Hong Kong and Taiwan write 貨倉, 註冊, 達人, 託管: the knowledge, jieba's dictionary and the parsers'
// tables are in simplified characters, so a message is read in simplified once, before anything else reads it.
// OpenCC's tables (opencc-js, installed with the project) are loaded on the first message with a Han character.
import { foldCantonese } from './fold-cantonese.js';

type ConvertText = (text: string) => string;

let convert: ConvertText | undefined;

const HAN = /\p{Script=Han}/u;

export async function foldTraditional(text: string): Promise<string> {
  if (!HAN.test(text)) return text;
  const fold = (convert ??= (await import('opencc-js/t2cn')).Converter({ from: 'tw', to: 'cn' }));
  return fold(foldCantonese(text));
}
