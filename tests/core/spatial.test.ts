import { describe, expect, it } from 'vitest';
import { banzhaf } from '../../src/model/banzhaf';
import { decide, ruleThreshold, RULE_IDS, type Ballot } from '../../src/model/rules';
import {
  compromisePoint,
  gridlockInterval,
  nashBargaining,
  pivots,
  setterOutcome,
  weightedMedian,
  winSet,
} from '../../src/model/spatial';

// The hypothetical 10-bloc plenary of decision-models.md §2.6 (rules.py / out_rules_toy.txt).
const TOY = [
  { x: 85, s: 0.7, c: 0.9, w: 20 },
  { x: 80, s: 0.6, c: 0.8, w: 10 },
  { x: 60, s: 0.5, c: 0.2, w: 2 },
  { x: 45, s: 0.6, c: 0.6, w: 15 },
  { x: 40, s: 0.8, c: 0.6, w: 12 },
  { x: 30, s: 0.9, c: 0.5, w: 10 },
  { x: 0, s: 1.0, c: 0.8, w: 20 },
  { x: 35, s: 0.5, c: 0.6, w: 8 },
  { x: 50, s: 0.4, c: 0.1, w: 1 },
  { x: 10, s: 0.9, c: 0.3, w: 2 },
];
const heads = TOY.map((a) => ({ x: a.x, w: 1 }));
const trade = TOY.map((a) => ({ x: a.x, w: a.w }));
const n = TOY.length;

describe('toy 10-bloc plenary (research vectors)', () => {
  it('chair at 85: majority 80, two-thirds 70, consensus-minus-one 20, consensus keeps the status quo', () => {
    expect(setterOutcome(heads, ruleThreshold('majority', n, n), 0, 85)).toBe(80);
    expect(setterOutcome(heads, ruleThreshold('two-thirds', n, n), 0, 85)).toBe(70);
    expect(setterOutcome(heads, ruleThreshold('consensus-minus-one', n, n), 0, 85)).toBe(20);
    expect(setterOutcome(heads, ruleThreshold('consensus', n, n), 0, 85)).toBe(0);
    expect(setterOutcome(trade, ruleThreshold('weighted', n, 100), 0, 85)).toBe(80);
  });
  it('chair at 60: every voting rule gives 60, consensus-minus-one 20', () => {
    expect(setterOutcome(heads, ruleThreshold('majority', n, n), 0, 60)).toBe(60);
    expect(setterOutcome(heads, ruleThreshold('two-thirds', n, n), 0, 60)).toBe(60);
    expect(setterOutcome(heads, ruleThreshold('consensus-minus-one', n, n), 0, 60)).toBe(20);
  });
  it('upper pivots: majority 40, two-thirds 35, consensus-minus-one 10, consensus 0', () => {
    expect(pivots(heads, ruleThreshold('majority', n, n))!.upper).toBe(40);
    expect(pivots(heads, ruleThreshold('two-thirds', n, n))!.upper).toBe(35);
    expect(pivots(heads, ruleThreshold('consensus-minus-one', n, n))!.upper).toBe(10);
    expect(pivots(heads, ruleThreshold('consensus', n, n))!.upper).toBe(0);
  });
  it('compromise point 41.45 and weighted medians 40', () => {
    expect(compromisePoint(TOY)).toBeCloseTo(41.45, 2);
    expect(weightedMedian(TOY.map((a) => ({ x: a.x, w: a.c * a.s })))).toBe(40);
    expect(weightedMedian(heads)).toBe(40);
    expect(weightedMedian(trade)).toBe(40);
  });
  it('Nash bargaining: gridlock at the status quo, 8.519 when the blocker moves to 5', () => {
    expect(nashBargaining(TOY, 0)).toBe(0);
    const moved = TOY.map((a) => (a.x === 0 ? { ...a, x: 5 } : a));
    expect(nashBargaining(moved, 0)).toBeCloseTo(8.519, 3);
    expect(nashBargaining(moved, 0)).toBeCloseTo((10 * 4.6) / 5.4, 3);
  });
  it('Banzhaf power under the trade-weighted vote (quota 51 of 100)', () => {
    const b = banzhaf(
      TOY.map((a) => a.w),
      51,
    );
    expect(b[0]).toBeCloseTo(0.215, 3);
    expect(b[6]).toBeCloseTo(0.215, 3);
    expect(b[8]).toBeCloseTo(0.011, 3);
    expect(b.reduce((a, v) => a + v, 0)).toBeCloseTo(1, 9);
  });
});

describe('textbook identities', () => {
  it('majority with odd N gives the median', () => {
    const v = [10, 20, 35, 70, 90].map((x) => ({ x, w: 1 }));
    expect(setterOutcome(v, 3, 0, 100)).toBe(70); // setter far right gets 2·median − SQ
    expect(gridlockInterval(v, 3)).toEqual([35, 35]);
  });
  it('unanimity with the status quo inside the range keeps it, whatever the proposer wants', () => {
    const v = [10, 20, 35, 70, 90].map((x) => ({ x, w: 1 }));
    for (const p of [0, 25, 60, 100]) expect(setterOutcome(v, 5, 30, p)).toBe(30);
    expect(winSet(v, 5, 30)).toEqual({ above: null, below: null });
    expect(gridlockInterval(v, 5)).toEqual([10, 90]);
  });
  it('Banzhaf under unanimity is 1/N for everyone', () => {
    const b = banzhaf([3, 1, 7, 2], 13);
    for (const x of b) expect(x).toBeCloseTo(0.25, 9);
  });
  it('Banzhaf handles 54 members quickly and exactly for one-member-one-vote', () => {
    const b = banzhaf(Array(54).fill(1), 28);
    for (const x of b) expect(x).toBeCloseTo(1 / 54, 9);
  });
});

describe('decide', () => {
  const ballot = (id: string, margin: number, objects = false, weight = 1): Ballot => ({
    id,
    human: false,
    objects,
    prefers: margin > 0,
    margin,
    weight,
  });
  const room = [ballot('A', 30), ballot('B', 20), ballot('C', 5), ballot('D', -10, true), ballot('E', -2)];
  it('consensus fails on one objection; consensus-minus-one tolerates it', () => {
    expect(decide('consensus', room).passed).toBe(false);
    expect(decide('consensus', room).pivot).toBe('D');
    expect(decide('consensus-minus-one', room).passed).toBe(true);
  });
  it('votes count supporters: 3 of 5 is a majority but not two-thirds', () => {
    expect(decide('majority', room).passed).toBe(true);
    expect(decide('majority', room).pivot).toBe('C');
    expect(decide('two-thirds', room).passed).toBe(false);
  });
  it('weighted: supporters need more than half the weight', () => {
    const w = [ballot('A', 30, false, 10), ballot('B', -5, true, 60), ballot('C', 5, false, 30)];
    expect(decide('weighted', w).passed).toBe(false);
    expect(decide('weighted', w).pivot).toBe('B');
  });
  it('every rule id has a verdict', () => {
    for (const r of RULE_IDS) expect(typeof decide(r, room).passed).toBe('boolean');
  });
});
