// Normalised Banzhaf power by counting coalitions with a generating function over integer weights:
// O(N·W) per member instead of 2^N coalitions (Banzhaf 1965; the dynamic-programming count).
import { checked } from './domain';

/** Number of coalitions of `weights` (excluding index `skip`) by total weight. */
function coalitionCounts(weights: readonly number[], skip: number, total: number): Float64Array {
  const ways = new Float64Array(total + 1);
  ways[0] = 1;
  let reach = 0;
  // Stryker disable next-line EqualityOperator: a pass at j = length adds at index NaN, which nothing reads
  for (let j = 0; j < weights.length; j++) {
    if (j === skip) continue;
    const w = weights[j]!;
    // Stryker disable next-line ConditionalExpression: a shortcut: adding no ways changes nothing
    for (let t = reach; t >= 0; t--) if (ways[t]) ways[t + w]! += ways[t]!;
    reach += w;
  }
  return ways;
}

export interface BanzhafPower {
  /** η_i: the coalitions of the others that member i turns from losing to winning by joining. */
  readonly swings: readonly number[];
  /** β_i = η_i / Σ η (all 0 when nobody ever swings: a quota nobody reaches, or one everybody does). */
  readonly index: readonly number[];
}

/**
 * Swing counts and the normalised index for a rule needing total weight ≥ `quota`.
 * Domain: weights are non-negative whole numbers (anything else throws); the quota is any number but
 * NaN (throws). Weights are whole, so a coalition reaches quota q exactly when it reaches ⌈q⌉: a quota
 * of 1.5 among three voters of weight 1 is a 2-of-3 majority.
 */
export function banzhafPower(weights: readonly number[], quota: number): BanzhafPower {
  checked(quota, 'the Banzhaf quota');
  for (const w of weights)
    if (!Number.isInteger(w) || w < 0)
      throw new Error(`Banzhaf needs non-negative integer weights, got ${w}`);
  const total = weights.reduce((a, b) => a + b, 0);
  const q = Math.ceil(quota);
  const swings = weights.map((w, i) => {
    // The others' weight t must fall short of q alone and reach it with i: q − w ≤ t ≤ q − 1.
    const from = Math.max(0, q - w);
    const to = Math.min(total, q - 1);
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a shortcut: then the sum below runs over no t
    if (w === 0 || from > to) return 0;
    const ways = coalitionCounts(weights, i, total);
    let count = 0;
    for (let t = from; t <= to; t++) count += ways[t]!;
    return count;
  });
  const sum = swings.reduce((a, b) => a + b, 0);
  return { swings, index: swings.map((s) => (sum > 0 ? s / sum : 0)) };
}

/** The normalised Banzhaf index alone (see banzhafPower for the domain). */
export function banzhaf(weights: readonly number[], quota: number): number[] {
  return [...banzhafPower(weights, quota).index];
}
