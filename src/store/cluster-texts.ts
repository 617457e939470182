export const DEFAULT_SIMILARITY = 0.5;

/**
 * Lowercase, NFKC (full-width to ASCII), punctuation, symbols and emoji dropped, whitespace collapsed. Spaces
 * next to Han characters are dropped too: Chinese does not separate words, so `本地托管 怎么 加入` and
 * `本地托管怎么加入` are the same question.
 */
export function normalizeForClustering(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .replace(/(?<=\p{Script=Han}) | (?=\p{Script=Han})/gu, '')
    .trim();
}

/**
 * Character bigrams work for both scripts without a segmenter: Chinese has no spaces, and for English they
 * absorb plurals and typos. Spaces take part so word order still matters a little.
 */
export function toBigrams(normalized: string): Set<string> {
  const chars = Array.from(normalized);
  const grams = new Set<string>();
  if (chars.length === 1) grams.add(chars[0]!);
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i]! + chars[i + 1]!);
  return grams;
}

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const g of small) if (large.has(g)) shared++;
  return shared / (a.size + b.size - shared);
}

export interface ClusterItem {
  text: string;
}

export interface TextCluster<T extends ClusterItem> {
  /** The most frequent phrasing (after normalisation) in the cluster; ties go to the earliest item. */
  representative: string;
  members: T[];
}

/**
 * Greedy single pass: each item joins the oldest cluster whose seed is at least `threshold` similar (Jaccard over
 * character bigrams), otherwise seeds a new one. Comparing with seeds only keeps the result order-stable; items
 * should come most recent first so today's phrasing seeds the cluster.
 */
export function clusterTexts<T extends ClusterItem>(items: readonly T[], threshold = DEFAULT_SIMILARITY): TextCluster<T>[] {
  const clusters: { seed: Set<string>; members: T[]; forms: Map<string, { count: number; text: string }> }[] = [];
  // Inverted index bigram -> clusters whose seed holds it: only clusters sharing a bigram are scored, with the
  // same result as scanning them all.
  const seedsByGram = new Map<string, number[]>();
  for (const item of items) {
    const normalized = normalizeForClustering(item.text);
    if (!normalized) continue;
    const grams = toBigrams(normalized);
    const shared = new Map<number, number>();
    for (const g of grams) for (const idx of seedsByGram.get(g) ?? []) shared.set(idx, (shared.get(idx) ?? 0) + 1);
    let targetIdx = -1;
    for (const [idx, n] of shared) {
      const seed = clusters[idx]!.seed;
      if (n / (seed.size + grams.size - n) >= threshold && (targetIdx === -1 || idx < targetIdx)) targetIdx = idx;
    }
    let target = clusters[targetIdx];
    if (!target) {
      target = { seed: grams, members: [], forms: new Map() };
      clusters.push(target);
      for (const g of grams) {
        const list = seedsByGram.get(g);
        if (list) list.push(clusters.length - 1);
        else seedsByGram.set(g, [clusters.length - 1]);
      }
    }
    target.members.push(item);
    const form = target.forms.get(normalized);
    if (form) form.count++;
    else target.forms.set(normalized, { count: 1, text: item.text });
  }
  return clusters.map((c) => {
    let best = { count: 0, text: '' };
    for (const form of c.forms.values()) if (form.count > best.count) best = form;
    return { representative: best.text, members: c.members };
  });
}
