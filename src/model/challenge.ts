// Bueno de Mesquita's expected-utility challenge (Scholz et al. 2011; decision-models.md §3.1),
// with Q = T = 1, used as the AI's reaction to bilateral pressure.

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

/** Probability that a position xi beats xj in the room's salience-weighted pairwise vote. */
export function winProbability(xi: number, xj: number, room: readonly Player[]): number {
  let pos = 0;
  let all = 0;
  for (const k of room) {
    const v = k.c * k.s * (Math.abs(k.x - xj) - Math.abs(k.x - xi));
    if (v > 0) pos += v;
    all += Math.abs(v);
  }
  return all > 0 ? pos / all : 0.5;
}

/** EU of i challenging j (risk exponent r), μ the current forecast. */
export function challengeUtility(i: Player, j: Player, room: readonly Player[], mu: number, r = 1): number {
  const xs = room.map((k) => k.x);
  const range = Math.max(...xs) - Math.min(...xs);
  if (range <= 0) return 0;
  const d = Math.abs(i.x - j.x) / range;
  const u = (base: number) => 2 - 4 * Math.pow(base, r);
  const us = u(0.5 - 0.5 * d);
  const uf = u(0.5 + 0.5 * d);
  const usq = u(0.5);
  void mu; // with Q = 1 the status-quo-change terms drop out
  const p = winProbability(i.x, j.x, room);
  return j.s * (p * us + (1 - p) * uf) + (1 - j.s) * us - usq;
}

/** How target t reacts to pressure from h: confront, compromise part of the way, or capitulate. */
export function reactToPressure(t: Player, h: Player, room: readonly Player[], mu: number): Reaction {
  const threat = challengeUtility(h, t, room, mu); // t's estimate of what h gains by pressing
  const own = challengeUtility(t, h, room, mu); // what t gains by pressing back
  if (!(threat > 0)) return { kind: 'ignore', move: 0 };
  if (own > 0) return threat > own ? { kind: 'capitulate', move: 1 } : { kind: 'confront', move: 0 };
  const share = Math.abs(own) / threat;
  return share >= 1 ? { kind: 'capitulate', move: 1 } : { kind: 'compromise', move: share };
}
