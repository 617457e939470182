/**
 * Maps a misspelt Latin word to a word of the knowledge base's vocabulary ("loacl" -> "local") so it still
 * counts towards confidence. Only for words of 5+ letters: short words are too easily confused.
 */
export function createSpellingCorrector(vocabulary: Iterable<string>): (word: string) => string {
  const byLength = new Map<number, string[]>();
  const known = new Set<string>();
  for (const w of vocabulary) {
    if (!/^[a-z]{4,}$/.test(w)) continue;
    known.add(w);
    const list = byLength.get(w.length) ?? [];
    list.push(w);
    byLength.set(w.length, list);
  }
  const cache = new Map<string, string>();
  return (word) => {
    if (known.has(word) || !/^[a-z]{5,}$/.test(word)) return word;
    const cached = cache.get(word);
    if (cached !== undefined) return cached;
    const maxDistance = word.length >= 8 ? 2 : 1;
    let best = word;
    let bestDistance = maxDistance + 1;
    // A short word one letter longer or shorter is often another word ("notar" → "nota"): short words keep their length.
    const reach = word.length >= 6 ? maxDistance : 0;
    for (let len = word.length - reach; len <= word.length + reach; len++) {
      for (const candidate of byLength.get(len) ?? []) {
        // A typo keeps the first letter; another language's word ("libremente" → French "virement") does not.
        if (candidate[0] !== word[0]) continue;
        const d = damerauLevenshtein(word, candidate, maxDistance);
        if (d < bestDistance) {
          bestDistance = d;
          best = candidate;
        }
      }
    }
    if (cache.size > 10_000) cache.clear();
    cache.set(word, best);
    return best;
  };
}

/** Optimal string alignment distance (adjacent transpositions count 1), cut off above `max`. */
export function damerauLevenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = v;
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}
