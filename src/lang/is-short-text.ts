/**
 * A message short enough for its script: at most `maxHan` Han characters when it has any (Chinese has no spaces to
 * count words by), else at most `maxWords` words.
 */
export function isShortText(text: string, maxHan: number, maxWords: number): boolean {
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  return han > 0 ? han <= maxHan : text.split(/\s+/).filter(Boolean).length <= maxWords;
}
