// The tally of a call as every screen and export shows it: who was for, against and objecting, the
// figure each rule counts by, and the line with the names that matter.
import { describe, expect, it } from 'vitest';
import type { RuleId } from '../../../src/model/rules';
import type { DecisionRecord, VerdictSummary } from '../../../src/model/session';
import { namesList, talliesOf, tallyFigure, tallyLine, tallyOf } from '../../../src/model/tally';
import { toyLibrary } from '../fixtures';

/** Four for and BL against, BL objecting: 700 of 1,000 in production for. */
const blocked: VerdictSummary = {
  passed: false,
  supporters: ['CH', 'RA', 'RB', 'MA'],
  opponents: ['BL'],
  objectors: ['BL'],
  pivot: 'BL',
  yesWeight: 700,
  totalWeight: 1000,
};
const adopted: VerdictSummary = { ...blocked, passed: true, pivot: 'MA' };
const line = (rule: RuleId, v: VerdictSummary, max?: number) => tallyLine(toyLibrary, tallyOf(rule, v), max);

describe('the tally under a rule', () => {
  it('an objection rule that stops the draft names who stopped it; nobody is outvoted', () => {
    expect(tallyOf('consensus', blocked)).toEqual({
      rule: 'consensus',
      counts: 'objections',
      passed: false,
      for: ['CH', 'RA', 'RB', 'MA'],
      against: ['BL'],
      objecting: ['BL'],
      forShare: 0.7,
      pivot: 'BL',
      blockedBy: ['BL'],
      outvoted: [],
    });
  });

  it('an objection rule that adopts the draft was stopped by nobody', () => {
    expect(tallyOf('consensus-minus-one', adopted)).toMatchObject({ blockedBy: [], outvoted: [] });
  });

  it('a vote that adopts the draft outvotes those against; a vote that fails blocks nobody', () => {
    expect(tallyOf('majority', adopted)).toMatchObject({ counts: 'heads', blockedBy: [], outvoted: ['BL'] });
    expect(tallyOf('weighted', blocked)).toMatchObject({ counts: 'weight', blockedBy: [], outvoted: [] });
  });

  it('no production at stake: a share of 0, not a division by zero', () => {
    expect(tallyOf('weighted', { ...adopted, yesWeight: 0, totalWeight: 0 }).forShare).toBe(0);
  });

  it('the tallies of a recorded call, one per rule, each from its own verdict', () => {
    const decision: DecisionRecord = {
      call: 1,
      draftValue: 50,
      clauses: ['wide'],
      compromise: 48,
      verdicts: {
        consensus: blocked,
        'consensus-minus-one': adopted,
        'two-thirds': adopted,
        majority: adopted,
        weighted: { ...adopted, yesWeight: 300 },
      },
    };
    const t = talliesOf(decision);
    expect(Object.keys(t)).toEqual([
      'consensus',
      'consensus-minus-one',
      'two-thirds',
      'majority',
      'weighted',
    ]);
    expect(t.consensus.passed).toBe(false);
    expect(t['consensus-minus-one'].passed).toBe(true);
    expect(t.weighted.forShare).toBe(0.3);
    expect(t.majority.rule).toBe('majority');
  });
});

describe('the figure a rule counts by', () => {
  it('objections, heads, or shares of production', () => {
    expect(tallyFigure(tallyOf('consensus', blocked))).toBe('1 objection');
    expect(tallyFigure(tallyOf('consensus', { ...blocked, objectors: ['BL', 'MA'] }))).toBe('2 objections');
    expect(tallyFigure(tallyOf('consensus', { ...adopted, objectors: [] }))).toBe('no objection');
    expect(tallyFigure(tallyOf('two-thirds', adopted))).toBe('4–1');
    expect(tallyFigure(tallyOf('weighted', { ...adopted, yesWeight: 594 }))).toBe('59%–41% of production');
  });
});

describe('names in a sentence', () => {
  const ids = ['CH', 'RA', 'RB', 'MA', 'BL'];
  it('none, one, two, several, and past the limit “and N more” (one past it is named)', () => {
    expect(namesList(toyLibrary, [])).toBe('');
    expect(namesList(toyLibrary, ['BL'])).toBe('Delegation BL');
    expect(namesList(toyLibrary, ['BL', 'MA'])).toBe('Delegation BL and Delegation MA');
    expect(namesList(toyLibrary, ids.slice(0, 4))).toBe(
      'Delegation CH, Delegation RA, Delegation RB and Delegation MA',
    );
    expect(namesList(toyLibrary, ids)).toBe(
      'Delegation CH, Delegation RA, Delegation RB, Delegation MA and Delegation BL',
    );
    expect(namesList(toyLibrary, ids, 3)).toBe('Delegation CH, Delegation RA, Delegation RB and 2 more');
    expect(namesList(toyLibrary, ids, 2)).toBe('Delegation CH, Delegation RA and 3 more');
  });
});

describe('the tally in a line', () => {
  it('objection rules: the objections with the objectors’ names, then the heads', () => {
    expect(line('consensus', blocked)).toBe('1 objection: Delegation BL (4 for, 1 against)');
    expect(line('consensus', { ...adopted, objectors: [], opponents: [], supporters: ['CH', 'RA'] })).toBe(
      'no objection (2 for, 0 against)',
    );
  });

  it('votes by heads: the heads, then who was against', () => {
    expect(line('majority', adopted)).toBe('4 for, 1 against; against: Delegation BL');
    expect(line('majority', { ...adopted, opponents: [], objectors: [] })).toBe('4 for, 0 against');
  });

  it('the weighted vote: the shares of production, the heads, then who was against', () => {
    expect(line('weighted', adopted)).toBe(
      '70% of production for, 30% against (4 for, 1 against); against: Delegation BL',
    );
  });

  it('a long list of names stops at the limit it is given', () => {
    const many = { ...blocked, objectors: ['CH', 'RA', 'RB'], opponents: ['CH', 'RA', 'RB'] };
    expect(line('consensus', many, 1)).toBe('3 objections: Delegation CH and 2 more (4 for, 3 against)');
    expect(line('two-thirds', many, 2)).toBe(
      '4 for, 3 against; against: Delegation CH, Delegation RA and Delegation RB',
    );
  });
});
