// One-dimensional spatial models of collective choice: pivots and the gridlock interval (Krehbiel,
// Tsebelis), the setter (Romer–Rosenthal), the compromise model (Achen) and Nash bargaining.
// Domain of every function here: positions, the status quo and the setter's ideal are any numbers
// but NaN (the game's are on 0..100; these results need no bound); weights, saliences and clouts
// below 0 are read as 0; NaN anywhere throws a RangeError.
import { checked, nonNegative } from './domain';

export interface Voter {
  readonly x: number;
  readonly w: number;
}
export interface Bargainer {
  readonly x: number;
  readonly s: number;
  readonly c: number;
}

/** Actor with ideal x strictly prefers y to the status quo. */
export function prefers(y: number, sq: number, x: number): boolean {
  return Math.abs(y - x) < Math.abs(sq - x);
}

/** Pivots for a rule needing weight ≥ threshold: upper = largest x with weight at or above it ≥ T. */
export function pivots(voters: readonly Voter[], threshold: number): { upper: number; lower: number } | null {
  checked(threshold, 'the threshold');
  const sorted = voters
    .map((v) => ({ x: checked(v.x, 'a position'), w: nonNegative(v.w, 'a weight') }))
    .sort((a, b) => a.x - b.x);
  const total = sorted.reduce((t, v) => t + v.w, 0);
  if (total + 1e-9 < threshold || sorted.length === 0) return null;
  // Stryker disable next-line UnaryOperator: never read, a total that reaches the threshold always sets it below
  let upper = -Infinity;
  let acc = 0;
  for (let k = sorted.length - 1; k >= 0; k--) {
    acc += sorted[k]!.w;
    if (acc >= threshold - 1e-9) {
      upper = sorted[k]!.x;
      break;
    }
  }
  let lower = Infinity;
  acc = 0;
  for (const v of sorted) {
    acc += v.w;
    if (acc >= threshold - 1e-9) {
      lower = v.x;
      break;
    }
  }
  return { upper, lower };
}

/** The gridlock interval [upper pivot, lower pivot]: a status quo inside it cannot be moved. */
export function gridlockInterval(voters: readonly Voter[], threshold: number): [number, number] | null {
  const p = pivots(voters, threshold);
  return p ? [Math.min(p.upper, p.lower), Math.max(p.upper, p.lower)] : null;
}

/** Open interval of proposals that beat the status quo under the rule, on each side. */
export function winSet(
  voters: readonly Voter[],
  threshold: number,
  sq: number,
): { above: [number, number] | null; below: [number, number] | null } {
  checked(sq, 'the status quo');
  const p = pivots(voters, threshold);
  if (!p) return { above: null, below: null };
  return {
    above: p.upper > sq ? [sq, 2 * p.upper - sq] : null,
    below: p.lower < sq ? [2 * p.lower - sq, sq] : null,
  };
}

/** Romer–Rosenthal: a setter with ideal p gets the point of the win-set (or SQ) nearest to p. */
export function setterOutcome(voters: readonly Voter[], threshold: number, sq: number, p: number): number {
  checked(p, "the setter's ideal");
  const ws = winSet(voters, threshold, sq);
  if (p > sq) return ws.above ? Math.min(p, ws.above[1]) : sq;
  if (p < sq) return ws.below ? Math.max(p, ws.below[0]) : sq;
  return sq;
}

/**
 * Achen's compromise model: Σ c·s·x / Σ c·s. When nobody in the room has both clout and salience
 * there is no pull anywhere, and the answer is `fallback` (the caller's status quo or forecast).
 */
export function compromisePoint(actors: readonly Bargainer[], fallback = 0): number {
  let num = 0;
  let den = 0;
  for (const a of actors) {
    const w = nonNegative(a.c, 'a clout') * nonNegative(a.s, 'a salience');
    num += w * checked(a.x, 'a position');
    den += w;
  }
  return den > 0 ? num / den : checked(fallback, 'the fallback');
}

/** Smallest x whose cumulative weight reaches half the total (0 for an empty room). */
export function weightedMedian(voters: readonly Voter[]): number {
  const sorted = voters
    .map((v) => ({ x: checked(v.x, 'a position'), w: nonNegative(v.w, 'a weight') }))
    .sort((a, b) => a.x - b.x);
  const half = sorted.reduce((t, v) => t + v.w, 0) / 2;
  let acc = 0;
  for (const v of sorted) {
    acc += v.w;
    if (acc >= half - 1e-9) return v.x;
  }
  // Stryker disable next-line UnaryOperator: reached only in an empty room, where every index gives undefined
  return sorted.at(-1)?.x ?? 0;
}

/**
 * Asymmetric Nash bargaining with linear loss and disagreement point d:
 * argmax Σ c·log(s·(|d−x| − |y−x|)) over the set where everyone who cares gains; d if that set is
 * empty. A player with no salience is indifferent to every outcome, so it neither bounds the set nor
 * weighs in; one with salience but no clout bounds the set (it never agrees to lose) without weighing
 * in. With nobody left who weighs in (no players at all, say) there is no bargain: d stands.
 * The objective is concave on the set, so a ternary search finds the maximum.
 */
export function nashBargaining(actors: readonly Bargainer[], d: number): number {
  checked(d, 'the disagreement point');
  const caring = actors
    .map((a) => ({
      x: checked(a.x, 'a position'),
      s: nonNegative(a.s, 'a salience'),
      c: nonNegative(a.c, 'a clout'),
    }))
    .filter((a) => a.s > 0);
  const weighing = caring.filter((a) => a.c > 0);
  if (weighing.length === 0) return d;
  let lo = -Infinity;
  let hi = Infinity;
  for (const a of caring) {
    const r = Math.abs(d - a.x);
    lo = Math.max(lo, a.x - r);
    hi = Math.min(hi, a.x + r);
  }
  if (!(hi - lo > 1e-9)) return d;
  const f = (y: number) => {
    let v = 0;
    for (const a of weighing) v += a.c * Math.log(a.s * (Math.abs(d - a.x) - Math.abs(y - a.x)));
    return v;
  };
  let a = lo;
  let b = hi;
  for (let k = 0; k < 200; k++) {
    const m1 = a + (b - a) / 3;
    const m2 = b - (b - a) / 3;
    if (f(m1) < f(m2)) a = m1;
    else b = m2;
  }
  return (a + b) / 2;
}
