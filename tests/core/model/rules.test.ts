// The decision rules' verdicts: who supports, who blocks, who is pivotal, and when an AI objects.
import { describe, expect, it } from 'vitest';
import {
  blockingCost,
  decide,
  isRuleId,
  KAPPA_BASE,
  KAPPA_ISOLATION,
  lossFromChange,
  objectionPull,
  rankBallots,
  RULE_IDS,
  RULES,
  ruleThreshold,
  wouldObject,
  type Ballot,
} from '../../../src/model/rules';

const ai = (id: string, margin: number, objects = false, weight = 1): Ballot => ({
  id,
  human: false,
  objects,
  prefers: margin > 0,
  margin,
  weight,
});
const person = (id: string, objects = false, weight = 1, margin = -5): Ballot => ({
  id,
  human: true,
  objects,
  prefers: margin > 0,
  margin,
  weight,
});

describe('thresholds', () => {
  it('heads needed out of 10: all, 9, 7, 6; weight needed: just over half', () => {
    expect(ruleThreshold('consensus', 10, 100)).toBe(10);
    expect(ruleThreshold('consensus-minus-one', 10, 100)).toBe(9);
    expect(ruleThreshold('two-thirds', 10, 100)).toBe(7);
    expect(ruleThreshold('majority', 10, 100)).toBe(6);
    expect(ruleThreshold('weighted', 10, 100)).toBeGreaterThan(50);
    expect(ruleThreshold('weighted', 10, 100)).toBeLessThan(50.001);
  });
  it('odd rooms and a room of one', () => {
    expect(ruleThreshold('majority', 9, 9)).toBe(5);
    expect(ruleThreshold('two-thirds', 9, 9)).toBe(6);
    expect(ruleThreshold('consensus-minus-one', 1, 1)).toBe(1);
  });
  it('knows its rule ids and nothing else', () => {
    for (const r of RULE_IDS) expect(isRuleId(r)).toBe(true);
    for (const bad of ['unanimity', '', 3, null, undefined, 'Majority']) expect(isRuleId(bad)).toBe(false);
    expect(RULE_IDS.filter((r) => RULES[r].counts === 'objections')).toEqual([
      'consensus',
      'consensus-minus-one',
    ]);
    expect(RULES.weighted.counts).toBe('weight');
    expect(RULES.majority.counts).toBe('heads');
    for (const r of RULE_IDS) expect(RULES[r].id).toBe(r);
  });
});

describe('consensus and consensus minus one', () => {
  const quiet = [ai('A', 30), ai('B', 10), ai('C', -4)];
  it('with no objection the draft is adopted, even by those who would rather keep the status quo', () => {
    const v = decide('consensus', quiet);
    expect(v.passed).toBe(true);
    expect(v.objectors).toEqual([]);
    expect(v.needed).toBe(3);
    // The pivot is the least keen of those letting it pass.
    expect(v.pivot).toBe('C');
  });
  it('one objection blocks consensus; the blocker is the pivot', () => {
    const v = decide('consensus', [...quiet, ai('D', -2, true)]);
    expect(v.passed).toBe(false);
    expect(v.objectors).toEqual(['D']);
    expect(v.pivot).toBe('D');
  });
  it('among several objectors, the most opposed blocks consensus and the second most blocks minus-one', () => {
    const room = [...quiet, ai('D', -2, true), ai('E', -20, true), ai('F', -8, true)];
    expect(decide('consensus', room).pivot).toBe('E');
    const m1 = decide('consensus-minus-one', room);
    expect(m1.passed).toBe(false);
    expect(m1.pivot).toBe('F');
  });
  it('consensus minus one tolerates exactly one objection', () => {
    const one = decide('consensus-minus-one', [...quiet, ai('D', -2, true)]);
    expect(one.passed).toBe(true);
    expect(one.needed).toBe(3);
    // Passed: the pivot is the next-to-last in line (the lone objector is last).
    expect(one.pivot).toBe('C');
    expect(decide('consensus-minus-one', [...quiet, ai('D', -2, true), ai('E', -1, true)]).passed).toBe(
      false,
    );
  });
  it('counts supporters and opponents: a person not objecting supports, an AI supports only what it prefers', () => {
    const v = decide('consensus', [ai('A', 5), ai('B', -5), person('P'), person('Q', true)]);
    expect(v.supporters).toEqual(['A', 'P']);
    expect(v.opponents).toEqual(['B', 'Q']);
    expect(v.totalWeight).toBe(4);
    expect(v.yesWeight).toBe(2);
  });
});

describe('votes by heads', () => {
  const room = [ai('A', 30), ai('B', 20), ai('C', 5), ai('D', -10, true), ai('E', -2)];
  it('3 of 5 carry a simple majority; the third keenest is pivotal', () => {
    const v = decide('majority', room);
    expect(v).toMatchObject({ passed: true, needed: 3, pivot: 'C' });
  });
  it('3 of 5 fall short of two-thirds (4 needed); the fourth in line is pivotal', () => {
    const v = decide('two-thirds', room);
    expect(v).toMatchObject({ passed: false, needed: 4, pivot: 'E' });
  });
  it('exactly the threshold passes', () => {
    expect(decide('majority', [ai('A', 1), ai('B', 1), ai('C', -1)]).passed).toBe(true);
    expect(decide('majority', [ai('A', 1), ai('B', -1)]).passed).toBe(false);
    expect(decide('two-thirds', [ai('A', 1), ai('B', 1), ai('C', -1)]).passed).toBe(true);
  });
  it('an AI that prefers the draft but objects counts against it', () => {
    expect(decide('majority', [ai('A', 9, true), ai('B', 3), ai('C', -1)]).passed).toBe(false);
  });
});

describe('a vote weighted by production', () => {
  it('supporters need more than half of the weight, and exactly half is not enough', () => {
    const w = [ai('A', 30, false, 10), ai('B', -5, true, 60), ai('C', 5, false, 30)];
    expect(decide('weighted', w)).toMatchObject({
      passed: false,
      yesWeight: 40,
      totalWeight: 100,
      needed: 50,
    });
    const half = [ai('A', 30, false, 50), ai('B', -5, false, 50)];
    expect(decide('weighted', half).passed).toBe(false);
    const over = [ai('A', 30, false, 51), ai('B', -5, false, 49)];
    expect(decide('weighted', over).passed).toBe(true);
  });
  it('the pivot is the member whose weight carries the keenest supporters past half', () => {
    const w = [ai('A', 30, false, 20), ai('B', 10, false, 20), ai('C', 5, false, 20), ai('D', -5, false, 40)];
    // In line A, B, C, D: 20, 40, 60 > 50 at C.
    expect(decide('weighted', w).pivot).toBe('C');
    expect(decide('weighted', w).passed).toBe(true);
  });
  it('nobody is pivotal when no weight is at stake', () => {
    expect(decide('weighted', [ai('A', 3, false, 0)]).pivot).toBeNull();
  });
});

describe('ranking ballots', () => {
  it('people first, then AI from the keenest down, objectors last (the most opposed at the end); ties keep order', () => {
    const order = rankBallots([
      ai('low', -3),
      ai('obj-mild', 5, true),
      person('P'),
      ai('high', 9),
      ai('tie1', 2),
      ai('tie2', 2),
      ai('obj-hard', -30, true),
    ]).map((b) => b.id);
    expect(order).toEqual(['P', 'high', 'tie1', 'tie2', 'low', 'obj-mild', 'obj-hard']);
  });
  it('a person who objects ranks with the objectors', () => {
    expect(rankBallots([person('P', true, 1, 0), ai('A', -50)]).map((b) => b.id)).toEqual(['A', 'P']);
  });
});

describe('when an AI objects (blocking cost)', () => {
  it('objecting alone costs KAPPA_BASE + KAPPA_ISOLATION; in everyone’s company only KAPPA_BASE', () => {
    expect(blockingCost(0)).toBe(KAPPA_BASE + KAPPA_ISOLATION);
    expect(blockingCost(1)).toBe(KAPPA_BASE);
    expect(blockingCost(0.5)).toBe(KAPPA_BASE + KAPPA_ISOLATION / 2);
    expect([KAPPA_BASE, KAPPA_ISOLATION]).toEqual([2, 8]);
  });
  it('the loss from a change is the salience-weighted distance gained or lost', () => {
    expect(lossFromChange(0, 0.5, 40, 0)).toBe(20); // moved 40 away from x at 0
    expect(lossFromChange(50, 1, 40, 0)).toBe(-40); // moved from 50 away to 10 away
    expect(lossFromChange(20, 1, 30, 10)).toBe(0);
  });
  it('under consensus, objects when its loss exceeds the blocking cost, which company lowers', () => {
    // Loss 0.95 · 20 = 19 > 10 alone; loss 0.4 · 20 = 8: not alone (10), yes with half the room (6).
    expect(wouldObject('consensus', 0, 0.95, 20, 0, 0)).toBe(true);
    expect(wouldObject('consensus', 0, 0.4, 20, 0, 0)).toBe(false);
    expect(wouldObject('consensus', 0, 0.4, 20, 0, 0.5)).toBe(true);
    // Exactly at the cost: no objection.
    expect(wouldObject('consensus', 0, 0.5, 20, 0, 0)).toBe(false);
    expect(wouldObject('consensus-minus-one', 0, 0.5, 20.5, 0, 0)).toBe(true);
    // A gain is never objected to.
    expect(wouldObject('consensus', 50, 1, 40, 0, 1)).toBe(false);
  });
  it('in a vote, says no to whatever it does not strictly prefer, whoever else objects', () => {
    for (const rule of ['majority', 'two-thirds', 'weighted'] as const) {
      expect(wouldObject(rule, 0, 0.01, 1, 0, 0)).toBe(true);
      expect(wouldObject(rule, 10, 0.01, 20, 0, 0)).toBe(true); // indifferent: 10 either way
      expect(wouldObject(rule, 50, 1, 40, 0, 1)).toBe(false);
      expect(objectionPull(rule, 50, 1, 40, 0)).toBe(-Infinity);
      expect(objectionPull(rule, 0, 1, 40, 0)).toBe(Infinity);
    }
    expect(objectionPull('consensus', 0, 0.5, 40, 0)).toBe(20);
  });
});
