export const DEFAULT_SIMILARITY = 0.5;

/** Lowercase, NFKC (full-width to ASCII), punctuation, symbols and emoji dropped, whitespace collapsed. */
export function normalizeForClustering(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
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
 * Greedy single pass: each item joins the first cluster whose seed is at least `threshold` similar, otherwise
 * seeds a new one. Comparing with seeds only keeps this O(items × clusters) and the result order-stable; items
 * should come most recent first so today's phrasing seeds the cluster.
 */
export function clusterTexts<T extends ClusterItem>(items: readonly T[], threshold = DEFAULT_SIMILARITY): TextCluster<T>[] {
  const clusters: { seed: Set<string>; members: T[]; forms: Map<string, { count: number; text: string }> }[] = [];
  for (const item of items) {
    const normalized = normalizeForClustering(item.text);
    if (!normalized) continue;
    const grams = toBigrams(normalized);
    let target = clusters.find((c) => jaccard(c.seed, grams) >= threshold);
    if (!target) {
      target = { seed: grams, members: [], forms: new Map() };
      clusters.push(target);
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
