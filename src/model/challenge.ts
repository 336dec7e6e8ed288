// Bueno de Mesquita's expected-utility challenge (1994, as reconstructed by Scholz, Calbert & Smith
// 2011), with Q = T = 1, used as the AI's reaction to bilateral pressure. Each actor's risk exponent r
// comes from how secure it is in the room (riskExponents), and the target judges both directions of a
// challenge with its own r.
// Domain: positions any number but NaN; saliences in 0..1 and clouts ≥ 0 (clamped); NaN throws.
import { checked, nonNegative, unit } from './domain';

export interface Player {
  readonly x: number;
  readonly s: number;
  readonly c: number;
}

export type Reaction =
  | { readonly kind: 'ignore'; readonly move: 0 }
  | { readonly kind: 'confront'; readonly move: 0 }
  | { readonly kind: 'compromise'; readonly move: number }
  | { readonly kind: 'capitulate'; readonly move: 1 };

function player(p: Player): Player {
  return { x: checked(p.x, 'a position'), s: unit(p.s, 'a salience'), c: nonNegative(p.c, 'a clout') };
}

/** Probability that a position xi beats xj in the room's salience-weighted pairwise vote (positive parts). */
export function winProbability(xi: number, xj: number, room: readonly Player[]): number {
  let pos = 0;
  let all = 0;
  for (const k of room) {
    const v = k.c * k.s * (Math.abs(k.x - xj) - Math.abs(k.x - xi));
    // Stryker disable next-line EqualityOperator: adding a vote of 0 leaves the sum unchanged
    if (v > 0) pos += v;
    all += Math.abs(v);
  }
  return all > 0 ? pos / all : 0.5;
}

/**
 * EU of i challenging j with risk exponent r (0.5 risk-acceptant … 2 risk-averse), μ the current
 * forecast. With Q = 1 (the status quo persists unless challenged) the terms in μ drop out.
 */
export function challengeUtility(i: Player, j: Player, room: readonly Player[], mu: number, r = 1): number {
  checked(mu, 'the forecast');
  checked(r, 'the risk exponent');
  const a = player(i);
  const b = player(j);
  const players = room.map(player);
  // Stryker disable next-line ConditionalExpression: a shortcut: an empty room's range is -Infinity, and utilityAt gives 0
  if (players.length === 0) return 0;
  return utility(a, b, players, rangeOf(players), r);
}

function utility(i: Player, j: Player, room: readonly Player[], range: number, r: number): number {
  return utilityAt(winProbability(i.x, j.x, room), i, j, range, r);
}

/** The challenge's utility to i against j, with p the chance that i's position beats j's. */
function utilityAt(p: number, i: Player, j: Player, range: number, r: number): number {
  if (range <= 0) return 0;
  const d = Math.min(1, Math.abs(i.x - j.x) / range);
  const us = outcomeUtility(0.5 - 0.5 * d, r);
  const uf = outcomeUtility(0.5 + 0.5 * d, r);
  const usq = outcomeUtility(0.5, r);
  return j.s * (p * us + (1 - p) * uf) + (1 - j.s) * us - usq;
}

function outcomeUtility(base: number, r: number): number {
  // Stryker disable next-line ConditionalExpression: a shortcut: Math.pow(base, 1) is base
  return 2 - 4 * (r === 1 ? base : Math.pow(base, r));
}

/**
 * Risk exponents of every actor in the room (Scholz et al. 2011, step 5): an actor's security is the
 * sum of what the others expect from challenging it (all r = 1); the least secure actor is the most
 * risk-acceptant (r = 0.5), the most secure the most risk-averse (r = 2). All 1 when everyone is
 * equally secure.
 */
export function riskExponents(room: readonly Player[]): number[] {
  const players = room.map(player);
  const security = securities(players, players);
  return security.map((s) => exponentFrom(s, security));
}

/** The risk exponent of `t` (which may or may not be one of `room`) against the room's securities. */
export function riskExponentOf(t: Player, room: readonly Player[]): number {
  const players = room.map(player);
  const target = player(t);
  const [own, ...security] = securities([target, ...players], players);
  return exponentFrom(own!, security);
}

/**
 * Each of `of`'s security in the room `players`: Σ_j EU_j(j→k) with r = 1 (an actor challenging
 * itself, or one at its place, expects 0). n² pairs, each probability from the room's running sums
 * (winProbability's sum, taken stretch by stretch: see SortedVotes); for one k, taking the challengers
 * j from the lowest position up moves the midpoint between j and k only upward, so its place among the
 * voters is found by stepping on, not by a search. Written out over plain arrays, with utilityAt's
 * arithmetic at r = 1 step for step, and the terms summed in the room's order, as a plain loop over
 * the room would: the same numbers, bit for bit.
 */
function securities(of: readonly Player[], players: readonly Player[]): number[] {
  const votes = new SortedVotes(players);
  const { xs, W, WX } = votes;
  const n = players.length;
  const range = rangeOf(players);
  // The challengers from the lowest position up: their positions and places among the voters.
  const up = players.map((_, m) => m).sort((p, q) => players[p]!.x - players[q]!.x);
  const upX = new Float64Array(n);
  const upBelow = new Int32Array(n);
  for (let u = 0; u < n; u++) {
    upX[u] = players[up[u]!]!.x;
    upBelow[u] = votes.below(upX[u]!);
  }
  const terms = new Float64Array(n);
  const total = W[n]!;
  return of.map((k) => {
    const kx = k.x;
    const ks = k.s;
    const atK = votes.below(kx);
    let im = 0;
    // Stryker disable next-line EqualityOperator: a pass at u = n writes terms[undefined], which no sum reads
    for (let u = 0; u < n; u++) {
      const jx = upX[u]!;
      let p = 0.5;
      // Stryker disable next-line ConditionalExpression: a shortcut: at one position d = 0, and the term is 0 whatever p
      if (jx !== kx) {
        // Stryker disable next-line EqualityOperator: jx === kx does not reach here
        const lower = jx < kx;
        const a = lower ? jx : kx;
        const b = lower ? kx : jx;
        const ia = lower ? upBelow[u]! : atK;
        const ib = lower ? atK : upBelow[u]!;
        const half = (a + b) / 2;
        // Stryker disable next-line ConditionalExpression,EqualityOperator: xs[n] is undefined (not below); a voter at the midpoint votes 0 either side
        while (im < n && xs[im]! < half) im++;
        // Votes for the lower position a (below the midpoint) and for the upper one b (above it).
        const forA = Math.max(
          0,
          // Stryker disable next-line ArithmeticOperator: W[0] is 0
          (b - a) * (W[ia]! - W[0]!) + (a + b) * (W[im]! - W[ia]!) - 2 * (WX[im]! - WX[ia]!),
        );
        const forB = Math.max(
          0,
          2 * (WX[ib]! - WX[im]!) - (a + b) * (W[ib]! - W[im]!) + (b - a) * (total - W[ib]!),
        );
        const all = forA + forB;
        if (all > 0) p = (lower ? forA : forB) / all;
      }
      // utilityAt(p, j, k, range, 1).
      let term = 0;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: a room at one position: NaN terms or 0 give every exponent 1
      if (range > 0) {
        const d = Math.min(1, Math.abs(jx - kx) / range);
        const us = 2 - 4 * (0.5 - 0.5 * d);
        const uf = 2 - 4 * (0.5 + 0.5 * d);
        // usq, outcomeUtility(0.5, 1), is 0: subtracting it changes no bit.
        term = ks * (p * us + (1 - p) * uf) + (1 - ks) * us;
      }
      terms[up[u]!] = term;
    }
    let s = 0;
    for (let m = 0; m < n; m++) s += terms[m]!;
    return s;
  });
}

/** The room's spread of positions (the challenge's distances are shares of it). */
function rangeOf(players: readonly Player[]): number {
  let min = Infinity;
  let max = -Infinity;
  for (const p of players) {
    // Stryker disable next-line EqualityOperator: an equal position leaves the bound as it is
    if (p.x < min) min = p.x;
    // Stryker disable next-line EqualityOperator: an equal position leaves the bound as it is
    if (p.x > max) max = p.x;
  }
  return max - min;
}

/**
 * winProbability over one room, answered from its voters sorted by position with running sums of
 * their weights (c·s) and weighted positions, in O(1) given where the positions fall among the voters,
 * instead of O(n): the risk exponents weigh every pair of actors, n² probabilities, and summed one
 * voter at a time they cost O(n³) (a third of an AI-only session's time in a room of 54). A voter at
 * x gives i over j the vote w·(|x − xj| − |x − xi|), which is constant beyond the two positions and
 * linear between them, so each stretch sums from the running sums.
 */
class SortedVotes {
  readonly n: number;
  /** The voters' positions, lowest first. */
  readonly xs: Float64Array;
  /** W[k]: Σ w over the first k voters; WX[k]: the same of w·x. */
  readonly W: Float64Array;
  readonly WX: Float64Array;

  constructor(room: readonly Player[]) {
    const order = room.map((k) => ({ x: k.x, w: k.c * k.s })).sort((a, b) => a.x - b.x);
    const n = (this.n = order.length);
    this.xs = new Float64Array(n);
    this.W = new Float64Array(n + 1);
    this.WX = new Float64Array(n + 1);
    for (let k = 0; k < n; k++) {
      const v = order[k]!;
      this.xs[k] = v.x;
      this.W[k + 1] = this.W[k]! + v.w;
      this.WX[k + 1] = this.WX[k]! + v.w * v.x;
    }
  }

  /** How many voters stand below x. */
  below(x: number): number {
    const xs = this.xs;
    let lo = 0;
    let hi = this.n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      // Stryker disable next-line EqualityOperator: a voter at a stretch's end gives the same vote from either stretch's sum
      if (xs[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function exponentFrom(s: number, all: readonly number[]): number {
  const sMin = Math.min(s, ...all);
  const sMax = Math.max(s, ...all);
  if (!(sMax - sMin > 1e-12)) return 1;
  const R = (2 * s - sMax - sMin) / (sMax - sMin);
  return (1 - R / 3) / (1 + R / 3);
}

/**
 * How target t reacts to pressure from h, judged with t's own risk exponent `r` (by default worked out
 * from the room, riskExponentOf): ignore it (no credible threat), confront it, compromise part of the
 * way, or capitulate. A caller that cannot know t's risk attitude (an AI weighing whom to press) may
 * pass r = 1, risk-neutral.
 */
export function reactToPressure(
  t: Player,
  h: Player,
  room: readonly Player[],
  mu: number,
  r = riskExponentOf(t, room),
): Reaction {
  return pressureIn(room)(t, h, mu, r);
}

/**
 * reactToPressure in one room for many pairs (an AI weighing every target it might press): the room
 * is read and checked once.
 */
export function pressureIn(
  room: readonly Player[],
): (t: Player, h: Player, mu: number, r: number) => Reaction {
  const players = room.map(player);
  const range = rangeOf(players);
  return (t, h, mu, r) => {
    checked(mu, 'the forecast');
    checked(r, 'the risk exponent');
    const target = player(t);
    const presser = player(h);
    // Stryker disable next-line ConditionalExpression: a shortcut: in an empty room the threat is 0 and ignored below
    if (players.length === 0) return { kind: 'ignore', move: 0 };
    const threat = utility(presser, target, players, range, r); // t's estimate of what h gains by pressing
    const own = utility(target, presser, players, range, r); // what t gains by pressing back
    if (!(threat > 0)) return { kind: 'ignore', move: 0 };
    if (own > 0) return threat > own ? { kind: 'capitulate', move: 1 } : { kind: 'confront', move: 0 };
    const share = Math.abs(own) / threat;
    return share >= 1 ? { kind: 'capitulate', move: 1 } : { kind: 'compromise', move: share };
  };
}
