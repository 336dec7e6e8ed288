// Bueno de Mesquita's expected-utility challenge (Scholz, Calbert & Smith 2011), checked against the
// published EC car-emissions example, and the confront / compromise / capitulate reactions it gives.
import { describe, expect, it } from 'vitest';
import {
  challengeUtility,
  reactToPressure,
  riskExponentOf,
  winProbability,
  type Player,
} from '../../../src/model/challenge';

// Bueno de Mesquita (1994), as used by Scholz et al. (2011): capability, position (4–10), salience.
const EC: readonly (readonly [string, number, number, number])[] = [
  ['Netherlands', 0.08, 7, 40],
  ['Belgium', 0.08, 4, 80],
  ['Luxembourg', 0.03, 4, 20],
  ['Germany', 0.16, 4, 80],
  ['France', 0.16, 10, 60],
  ['Italy', 0.16, 10, 60],
  ['UK', 0.16, 10, 90],
  ['Ireland', 0.05, 7, 10],
  ['Denmark', 0.05, 4, 100],
  ['Greece', 0.08, 7, 70],
];
const room: Player[] = EC.map(([, c, x, s]) => ({ c, x, s: s / 100 }));
const MU = 7; // the weighted median forecast

/**
 * Round-0 risk exponents (all r = 1 first): security S_i = Σ_j EU_j(j→i), R_i scaled to [−1, 1]
 * between the least and most secure, r_i = (1 − R_i/3)/(1 + R_i/3).
 */
function riskExponents(players: readonly Player[]): number[] {
  const security = players.map((pi, i) =>
    players.reduce((t, pj, j) => (j === i ? t : t + challengeUtility(pj, pi, players, MU, 1)), 0),
  );
  const hi = Math.max(...security);
  const lo = Math.min(...security);
  return security.map((s) => {
    const R = (2 * s - hi - lo) / (hi - lo);
    return (1 - R / 3) / (1 + R / 3);
  });
}

describe('the EC car-emissions example (published inputs)', () => {
  it('reproduces the round-0 risk exponents of the paper form (positive-part win probability)', () => {
    const published = [
      1.004407, 1.117181, 0.5, 1.117181, 1.017582, 1.017582, 2.0, 0.648264, 1.453712, 1.556875,
    ];
    const r = riskExponents(room);
    published.forEach((p, i) => expect(r[i], EC[i]![0]).toBeCloseTo(p, 6));
  });

  it('Belgium and Germany, alike in position and salience, are alike in security', () => {
    const r = riskExponents(room);
    expect(r[1]).toBe(r[3]);
  });

  it('win probabilities: the salience-weighted room prefers 7 to 4 and splits 4 against 10', () => {
    // Votes for 10 over 4: France, Italy, UK (and the 7s are indifferent); for 4: the four at 4.
    const for4 = (0.08 * 0.8 + 0.03 * 0.2 + 0.16 * 0.8 + 0.05 * 1) * 6;
    const for10 = (0.16 * 0.6 * 2 + 0.16 * 0.9) * 6;
    expect(winProbability(4, 10, room)).toBeCloseTo(for4 / (for4 + for10), 12);
    expect(winProbability(10, 4, room)).toBeCloseTo(for10 / (for4 + for10), 12);
    expect(winProbability(4, 10, room) + winProbability(10, 4, room)).toBeCloseTo(1, 12);
    expect(winProbability(7, 4, room)).toBeGreaterThan(0.5);
  });

  it('a position against itself, or a room with no stake, is an even chance', () => {
    expect(winProbability(7, 7, room)).toBe(0.5);
    expect(winProbability(3, 9, [{ x: 6, s: 1, c: 1 }])).toBe(0.5);
    expect(winProbability(3, 9, [{ x: 5, s: 0, c: 1 }])).toBe(0.5);
  });
});

describe('expected utility of a challenge', () => {
  // i at 0 and j at 10 in a room spanning 10 points: the challenge is over the whole range (d = 1),
  // so success is worth U_s = 2 − 4·0^r = 2, failure U_f = 2 − 4·1^r = −2, the status quo 2 − 4·0.5^r.
  const i: Player = { x: 0, s: 0.5, c: 1 };
  const j: Player = { x: 10, s: 0.6, c: 1 };
  // The third sides with i: P(i beats j) = (2·(8 − 2) + 0.5·10) / (2·(8 − 2) + 0.5·10 + 0.6·10).
  const third: Player = { x: 2, s: 1, c: 2 };
  const players = [i, j, third];
  const p = (12 + 5) / (12 + 5 + 6);

  it('EU = s_j·[P·U_s + (1 − P)·U_f] + (1 − s_j)·U_s − U_sq, with r = 1', () => {
    expect(winProbability(i.x, j.x, players)).toBeCloseTo(p, 12);
    const expected = 0.6 * (p * 2 + (1 - p) * -2) + 0.4 * 2 - 0;
    expect(challengeUtility(i, j, players, 5)).toBeCloseTo(expected, 12);
    expect(challengeUtility(i, j, players, 5, 1)).toBeCloseTo(expected, 12);
  });

  it('a risk-averse exponent (r = 2) raises the status quo’s worth and lowers the challenge’s', () => {
    // U_sq = 2 − 4·0.25 = 1; U_s and U_f are unchanged at d = 1.
    const expected = 0.6 * (p * 2 + (1 - p) * -2) + 0.4 * 2 - 1;
    expect(challengeUtility(i, j, players, 5, 2)).toBeCloseTo(expected, 12);
  });

  it('half the range away: U_s = 2 − 4·0.25^r and U_f = 2 − 4·0.75^r', () => {
    const k: Player = { x: 5, s: 0.3, c: 1 };
    const q = winProbability(i.x, k.x, players.concat(k));
    const us = 2 - 4 * 0.25;
    const uf = 2 - 4 * 0.75;
    expect(challengeUtility(i, k, players.concat(k), 5)).toBeCloseTo(
      0.3 * (q * us + (1 - q) * uf) + 0.7 * us,
      12,
    );
    const us2 = 2 - 4 * 0.25 ** 2;
    const uf2 = 2 - 4 * 0.75 ** 2;
    expect(challengeUtility(i, k, players.concat(k), 5, 2)).toBeCloseTo(
      0.3 * (q * us2 + (1 - q) * uf2) + 0.7 * us2 - 1,
      12,
    );
  });

  it('the range is the room’s: the same pair in a wider room is a smaller challenge', () => {
    const wide = players.concat({ x: 40, s: 0.1, c: 0.1 });
    const d = 10 / 40;
    const q = winProbability(i.x, j.x, wide);
    const us = 2 - 4 * (0.5 - 0.5 * d);
    const uf = 2 - 4 * (0.5 + 0.5 * d);
    expect(challengeUtility(i, j, wide, 5)).toBeCloseTo(0.6 * (q * us + (1 - q) * uf) + 0.4 * us, 12);
  });

  it('depends on distances only: the same room moved along the scale gives the same utilities', () => {
    const moved = players.map((a) => ({ ...a, x: a.x + 30 }));
    expect(challengeUtility(moved[0]!, moved[1]!, moved, 35)).toBeCloseTo(
      challengeUtility(i, j, players, 5),
      12,
    );
    expect(challengeUtility(moved[1]!, moved[0]!, moved, 35, 2)).toBeCloseTo(
      challengeUtility(j, i, players, 5, 2),
      12,
    );
  });

  it('a room where everyone stands at one place offers nothing to challenge', () => {
    const same = [
      { x: 30, s: 1, c: 1 },
      { x: 30, s: 0.2, c: 0.5 },
    ];
    expect(challengeUtility(same[0]!, same[1]!, same, 30)).toBe(0);
  });
});

describe('reaction to pressure', () => {
  const others: Player[] = [
    { x: 55, s: 0.5, c: 0.5 },
    { x: 0, s: 0.5, c: 0.5 },
    { x: 100, s: 0.5, c: 0.5 },
  ];
  const react = (t: Player, h: Player, rest: readonly Player[] = others, risk?: number) => {
    const players = [t, h, ...rest];
    // The target judges both directions with its own risk exponent, from the room unless given.
    const r = risk ?? riskExponentOf(t, players);
    if (risk === undefined)
      expect(reactToPressure(t, h, players, 50)).toEqual(reactToPressure(t, h, players, 50, r));
    return {
      reaction: reactToPressure(t, h, players, 50, r),
      threat: challengeUtility(h, t, players, 50, r),
      own: challengeUtility(t, h, players, 50, r),
    };
  };

  it('ignores pressure that would not pay the one pressing', () => {
    // h is weak and alone; the room sides with t.
    const { reaction, threat } = react({ x: 20, s: 0.9, c: 1 }, { x: 80, s: 0.2, c: 0.2 }, [
      { x: 10, s: 0.8, c: 1 },
      { x: 30, s: 0.8, c: 1 },
    ]);
    expect(threat).toBeLessThan(0);
    expect(reaction).toEqual({ kind: 'ignore', move: 0 });
  });

  it('stands firm when pressing back would pay it more than the pressure pays h (confrontation)', () => {
    const { reaction, threat, own } = react({ x: 40, s: 0.5, c: 0.8 }, { x: 60, s: 0.5, c: 0.5 }, [
      { x: 45, s: 0.5, c: 0.5 },
      { x: 0, s: 0.5, c: 0.5 },
      { x: 100, s: 0.5, c: 0.5 },
    ]);
    expect(threat).toBeGreaterThan(0);
    expect(own).toBeGreaterThan(threat);
    expect(reaction).toEqual({ kind: 'confront', move: 0 });
  });

  it('gives way in a confrontation it expects to lose', () => {
    const { reaction, threat, own } = react({ x: 40, s: 0.5, c: 0.5 }, { x: 60, s: 0.5, c: 0.6 });
    expect(own).toBeGreaterThan(0);
    expect(threat).toBeGreaterThan(own);
    expect(reaction).toEqual({ kind: 'capitulate', move: 1 });
  });

  it('compromises by |EU_t(t→h)| / EU_t(h→t) of the distance when it cannot press back', () => {
    const { reaction, threat, own } = react({ x: 45, s: 0.2, c: 0.5 }, { x: 55, s: 0.9, c: 0.6 }, [
      { x: 58, s: 0.5, c: 0.5 },
      { x: 0, s: 0.5, c: 0.5 },
      { x: 100, s: 0.5, c: 0.5 },
    ]);
    expect(own).toBeLessThan(0);
    expect(threat).toBeGreaterThan(-own);
    expect(reaction.kind).toBe('compromise');
    expect(reaction.move).toBeCloseTo(-own / threat, 12);
    expect(reaction.move).toBeGreaterThan(0);
    expect(reaction.move).toBeLessThan(1);
  });

  it('capitulates when pressing back would lose as much as the pressure gains h', () => {
    // Both care fully (s = 1) and stand at the ends of the range (d = 1, so U_s = 2, U_f = −2); h
    // holds three times t's weight, so P(t beats h) = 1/4: EU_t(t→h) = −1 and EU_t(h→t) = 1 for a
    // risk-neutral t (r = 1; alone with h, t's own exponent from the room would be 0.5).
    const t: Player = { x: 0, s: 1, c: 1 };
    const h: Player = { x: 100, s: 1, c: 3 };
    const { reaction, threat, own } = react(t, h, [], 1);
    expect(threat).toBe(1);
    expect(own).toBe(-1);
    expect(reaction).toEqual({ kind: 'capitulate', move: 1 });
  });

  it('an even match (each would gain as much as the other by pressing) is met by standing firm', () => {
    // Same salience, same weight, at the two ends: P = 1/2 both ways, so EU_t(t→h) = EU_t(h→t) = 1
    // for a risk-neutral t.
    const { reaction, threat, own } = react({ x: 0, s: 0.5, c: 1 }, { x: 100, s: 0.5, c: 1 }, [], 1);
    expect(threat).toBe(1);
    expect(own).toBe(1);
    expect(reaction).toEqual({ kind: 'confront', move: 0 });
  });

  it('a target that would neither gain nor lose by pressing back does not move', () => {
    // h cares fully and the room is split evenly (t: 2 × 0.5, h: 1 × 1), so for a risk-neutral t
    // EU_t(t→h) = 0 while the pressure pays h 1: a compromise of none of the distance.
    const { reaction, threat, own } = react({ x: 0, s: 0.5, c: 2 }, { x: 100, s: 1, c: 1 }, [], 1);
    expect(own).toBe(0);
    expect(threat).toBe(1);
    expect(reaction).toEqual({ kind: 'compromise', move: 0 });
  });

  it('a concession by the one pressing changes the reaction (BDM quadrants)', () => {
    // From far away the pressure is a threat to give way to; moved next to t it is not worth pressing.
    const t: Player = { x: 45, s: 0.2, c: 0.5 };
    const far = react(t, { x: 55, s: 0.9, c: 0.6 }, others).reaction.kind;
    const near = react(t, { x: 45, s: 0.9, c: 0.6 }, others).reaction.kind;
    expect(far).not.toBe('ignore');
    expect(near).toBe('ignore');
  });

  it('in an empty room nobody’s pressure is a threat: it is shrugged off', () => {
    expect(reactToPressure({ x: 0, s: 1, c: 1 }, { x: 100, s: 1, c: 1 }, [], 50, 1)).toEqual({
      kind: 'ignore',
      move: 0,
    });
  });
});
