/**
 * Reciprocal rank fusion keyed on unit id: each list contributes 1/(k + rank) for the best rank a unit reaches in it.
 * Several documents of one unit (FAQ paraphrases) count once per list.
 */
export function fuseRanks(lists: Array<Array<{ unitId: string }>>, k = 60): Map<string, number> {
  const fused = new Map<string, number>();
  for (const list of lists) {
    const seen = new Set<string>();
    let rank = 0;
    for (const { unitId } of list) {
      if (seen.has(unitId)) continue;
      seen.add(unitId);
      rank++;
      fused.set(unitId, (fused.get(unitId) ?? 0) + 1 / (k + rank));
    }
  }
  return fused;
}
