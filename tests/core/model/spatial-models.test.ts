// The one-dimensional models of collective choice, each on a room small enough to work by hand: who
// prefers what, the pivots and the gridlock interval (Krehbiel), the win set and the agenda setter
// (Romer–Rosenthal), the weighted median, Achen's compromise and asymmetric Nash bargaining.
import { describe, expect, it } from 'vitest';
import {
  compromisePoint,
  gridlockInterval,
  nashBargaining,
  pivots,
  prefers,
  setterOutcome,
  weightedMedian,
  winSet,
} from '../../../src/model/spatial';

// Three delegations, one vote each, given out of order: the models sort them by position themselves.
const three = [
  { x: 90, w: 1 },
  { x: 10, w: 1 },
  { x: 50, w: 1 },
];

describe('who prefers a proposal to the status quo', () => {
  it('the one strictly nearer, on either side; an equal distance is no preference', () => {
    expect(prefers(60, 20, 50)).toBe(true); // 10 away against 30
    expect(prefers(40, 80, 50)).toBe(true);
    expect(prefers(20, 60, 50)).toBe(false);
    expect(prefers(40, 60, 50)).toBe(false); // both 10 away
  });
});

describe('pivots and gridlock', () => {
  it('a majority of three: both pivots at the median, whatever order the room is given in', () => {
    expect(pivots(three, 2)).toEqual({ upper: 50, lower: 50 });
    expect(gridlockInterval(three, 2)).toEqual([50, 50]);
  });

  it('unanimity of three: the outermost two bound the gridlock interval', () => {
    expect(pivots(three, 3)).toEqual({ upper: 10, lower: 90 });
    expect(gridlockInterval(three, 3)).toEqual([10, 90]);
  });

  it('weight counts, not heads: a heavy delegation at 10 is both pivots of a 3-of-5 rule', () => {
    const heavy = [{ x: 10, w: 3 }, ...three.filter((v) => v.x !== 10)];
    expect(pivots(heavy, 3)).toEqual({ upper: 10, lower: 10 });
  });

  it('a rule nobody can meet, or an empty room, has no pivots', () => {
    expect(pivots(three, 4)).toBeNull();
    expect(gridlockInterval(three, 4)).toBeNull();
    expect(pivots([], 0)).toBeNull();
  });
});

describe('the win set and the agenda setter (Romer–Rosenthal)', () => {
  it('above a status quo below the pivot: from the status quo to its mirror image in the pivot', () => {
    expect(winSet(three, 2, 20)).toEqual({ above: [20, 80], below: null });
  });

  it('below a status quo above the pivot, likewise', () => {
    expect(winSet(three, 2, 70)).toEqual({ above: null, below: [30, 70] });
  });

  it('nothing beats a status quo at the pivot, nor anything under a rule nobody can meet', () => {
    expect(winSet(three, 2, 50)).toEqual({ above: null, below: null });
    expect(winSet(three, 4, 20)).toEqual({ above: null, below: null });
  });

  it('the setter gets its ideal if the win set holds it, else the win set’s far end, else the status quo', () => {
    expect(setterOutcome(three, 2, 20, 60)).toBe(60);
    expect(setterOutcome(three, 2, 20, 85)).toBe(80);
    expect(setterOutcome(three, 2, 20, 10)).toBe(20); // nothing below 20 beats it
    expect(setterOutcome(three, 2, 70, 40)).toBe(40);
    expect(setterOutcome(three, 2, 70, 10)).toBe(30);
    expect(setterOutcome(three, 2, 70, 90)).toBe(70);
    expect(setterOutcome(three, 2, 70, 70)).toBe(70);
  });
});

describe('the weighted median', () => {
  it('the first position whose weight from below reaches half, in a room given out of order', () => {
    expect(weightedMedian(three)).toBe(50);
    expect(weightedMedian([{ x: 90, w: 5 }, ...three.filter((v) => v.x !== 90)])).toBe(90);
  });
  it('an empty room: 0', () => {
    expect(weightedMedian([])).toBe(0);
  });
});

describe('Achen’s compromise', () => {
  it('each position weighted by clout times salience; a negative clout counts as none', () => {
    const actors = [
      { x: 20, s: 1, c: 1 },
      { x: 80, s: 0.5, c: 1 },
      { x: 100, s: 1, c: -3 },
    ];
    expect(compromisePoint(actors)).toBeCloseTo((20 + 40) / 1.5, 12);
  });
  it('nobody with both clout and salience: the caller’s fallback', () => {
    expect(compromisePoint([{ x: 20, s: 0, c: 1 }], 42)).toBe(42);
  });
});

describe('asymmetric Nash bargaining', () => {
  it('two bargainers above the status quo: the one with twice the clout pulls the deal its way', () => {
    // d = 20; A at 60 (clout 1), B at 80 (clout 2). Between them the product is
    // (100 − y)·(y − 20)², largest where y − 20 = 2·(100 − y): y = 220 / 3.
    const y = nashBargaining(
      [
        { x: 60, s: 1, c: 1 },
        { x: 80, s: 1, c: 2 },
      ],
      20,
    );
    expect(y).toBeCloseTo(220 / 3, 4); // the search is flat at the top: 1e-6 of it
  });

  it('positions below zero are positions too: a lone bargainer gets its ideal', () => {
    expect(nashBargaining([{ x: -40, s: 1, c: 1 }], 10)).toBeCloseTo(-40, 6);
  });

  it('a player with salience but no clout bounds the deal without pulling it', () => {
    // A alone would take 80; B (no clout) never agrees to lose, so the deal stops at 60.
    const a = { x: 80, s: 1, c: 1 };
    expect(nashBargaining([a, { x: 30, s: 1, c: 0 }], 0)).toBeCloseTo(60, 6);
    // With nobody who pulls, there is no bargain: the disagreement point stands.
    expect(nashBargaining([{ x: 0, s: 1, c: 0 }], 30)).toBe(30);
  });
});
