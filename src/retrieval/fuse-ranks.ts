/**
 * The reciprocal-rank-fusion constant: how flat the 1/(k + rank) curve is. No run in BENCHMARKS.md set it: it is the
 * value of Cormack, Clarke and Büttcher (SIGIR 2009), kept since the first retrieval (commit fc86798). The weights
 * that choose and judge an answer are in src/answer/select-candidate.ts; fusion only orders the candidates.
 */
const RRF_K = 60;

/**
 * Reciprocal rank fusion keyed on unit id: each list contributes 1/(RRF_K + rank) for the best rank a unit reaches in it.
 * Several documents of one unit (FAQ paraphrases) count once per list.
 */
export function fuseRanks(lists: Array<Array<{ unitId: string }>>): Map<string, number> {
  const fused = new Map<string, number>();
  for (const list of lists) {
    const seen = new Set<string>();
    let rank = 0;
    for (const { unitId } of list) {
      if (seen.has(unitId)) continue;
      seen.add(unitId);
      rank++;
      fused.set(unitId, (fused.get(unitId) ?? 0) + 1 / (RRF_K + rank));
    }
  }
  return fused;
}
