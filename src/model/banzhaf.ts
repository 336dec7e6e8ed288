// Normalised Banzhaf power by counting coalitions with a generating function over integer weights:
// O(N·W) per member instead of 2^N coalitions (decision-models.md §2.2).

/** Number of coalitions of `weights` (excluding index `skip`) by total weight. */
function coalitionCounts(weights: readonly number[], skip: number, total: number): Float64Array {
  const ways = new Float64Array(total + 1);
  ways[0] = 1;
  let reach = 0;
  for (let j = 0; j < weights.length; j++) {
    if (j === skip) continue;
    const w = weights[j]!;
    for (let t = reach; t >= 0; t--) if (ways[t]) ways[t + w]! += ways[t]!;
    reach += w;
  }
  return ways;
}

/**
 * β_i = η_i / Σ η, where η_i counts coalitions in which i is critical for reaching `quota`.
 * Weights must be non-negative integers.
 */
export function banzhaf(weights: readonly number[], quota: number): number[] {
  for (const w of weights)
    if (!Number.isInteger(w) || w < 0)
      throw new Error(`Banzhaf needs non-negative integer weights, got ${w}`);
  const total = weights.reduce((a, b) => a + b, 0);
  const swings = weights.map((w, i) => {
    if (w === 0) return 0;
    const ways = coalitionCounts(weights, i, total);
    let count = 0;
    for (let t = Math.max(0, quota - w); t <= Math.min(total, quota - 1); t++) count += ways[t]!;
    return count;
  });
  const sum = swings.reduce((a, b) => a + b, 0);
  return swings.map((s) => (sum > 0 ? s / sum : 0));
}
