// Normalised Banzhaf power: the share of all swings (a member whose leaving turns a winning coalition
// into a losing one) that each member holds. Checked against counting every coalition by hand.
import { describe, expect, it } from 'vitest';
import { banzhaf } from '../../../src/model/banzhaf';

/** η_i by listing all 2^N coalitions: the definition itself, for small N. */
function swingsByEnumeration(weights: readonly number[], quota: number): number[] {
  const n = weights.length;
  const swings = weights.map(() => 0);
  for (let mask = 0; mask < 1 << n; mask++) {
    let total = 0;
    for (let i = 0; i < n; i++) if (mask & (1 << i)) total += weights[i]!;
    if (total < quota) continue;
    for (let i = 0; i < n; i++) if (mask & (1 << i) && total - weights[i]! < quota) swings[i]!++;
  }
  return swings;
}
const normalised = (swings: readonly number[]) => {
  const sum = swings.reduce((a, b) => a + b, 0);
  return swings.map((s) => (sum > 0 ? s / sum : 0));
};

describe('Banzhaf power', () => {
  it('the EEC Council of 1958 (4, 4, 4, 2, 2, 1; quota 12): Luxembourg’s vote never decides anything', () => {
    const b = banzhaf([4, 4, 4, 2, 2, 1], 12);
    // France, Germany and Italy 5/21 each, Belgium and the Netherlands 3/21, Luxembourg 0.
    [5, 5, 5, 3, 3, 0].forEach((k, i) => expect(b[i]).toBeCloseTo(k / 21, 12));
  });

  it('[51; 49, 49, 2]: the small party has as much power as the large ones', () => {
    for (const x of banzhaf([49, 49, 2], 51)) expect(x).toBeCloseTo(1 / 3, 12);
  });

  it('a dictator holds all the power', () => {
    expect(banzhaf([6, 1, 1, 1], 6)).toEqual([1, 0, 0, 0]);
  });

  it('matches counting every coalition, for many rooms and quotas', () => {
    const rooms = [
      [3, 1, 7, 2],
      [5, 5, 3, 2, 1, 1],
      [10, 9, 8, 1, 1, 1, 1],
      [2, 2, 2, 2, 2],
      [12, 0, 7, 7, 3, 1, 9, 4],
    ];
    for (const w of rooms) {
      const total = w.reduce((a, b) => a + b, 0);
      for (let quota = 1; quota <= total; quota++) {
        const expected = normalised(swingsByEnumeration(w, quota));
        const got = banzhaf(w, quota);
        expected.forEach((e, i) => expect(got[i], `${w} quota ${quota} member ${i}`).toBeCloseTo(e, 12));
      }
    }
  });

  it('a member with no weight has no power, and the others share it all', () => {
    const b = banzhaf([0, 3, 2, 2], 4);
    expect(b[0]).toBe(0);
    expect(b.reduce((a, v) => a + v, 0)).toBeCloseTo(1, 12);
  });

  it('a quota nobody can reach gives nobody power', () => {
    expect(banzhaf([1, 2, 3], 7)).toEqual([0, 0, 0]);
  });

  it('refuses weights that are negative or not whole numbers', () => {
    expect(() => banzhaf([1, -1, 2], 2)).toThrow(/non-negative integer weights, got -1/);
    expect(() => banzhaf([1, 1.5, 2], 2)).toThrow(/non-negative integer weights, got 1.5/);
  });
});
