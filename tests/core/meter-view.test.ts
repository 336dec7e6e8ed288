// "Would it pass?" as the panel and the projector lay it out (meter-view.ts): a line per rule with its
// verdict and figure, then who would object or vote no, every name in full and each list said once.
import { describe, expect, it } from 'vitest';
import { meterFigure, meterLayout } from '../../src/app/meter-view';
import type { MeterRow } from '../../src/app/view-model';
import { RULE_IDS, RULES, type RuleId } from '../../src/model/rules';
import type { VerdictSummary } from '../../src/model/session';
import { tallyLine, tallyOf } from '../../src/model/tally';
import { toyLibrary } from './fixtures';

const rowsOf = (verdicts: Record<RuleId, VerdictSummary>): MeterRow[] =>
  RULE_IDS.map((rule) => {
    const tally = tallyOf(rule, verdicts[rule]);
    return {
      rule,
      label: RULES[rule].label,
      passes: tally.passed,
      tally,
      detail: tallyLine(toyLibrary, tally),
    };
  });

/** Five seats: MA for; CH, RA, RB and BL against, all four objecting under consensus. */
const split: VerdictSummary = {
  passed: false,
  supporters: ['MA'],
  opponents: ['CH', 'RA', 'RB', 'BL'],
  objectors: ['CH', 'RA', 'RB', 'BL'],
  pivot: 'CH',
  yesWeight: 550,
  totalWeight: 1000,
};
const sameEverywhere = Object.fromEntries(RULE_IDS.map((r) => [r, split])) as Record<RuleId, VerdictSummary>;

describe('the meter laid out for reading', () => {
  it('gives each rule one line: its verdict, the session’s rule marked, the figure it counts by', () => {
    const v = meterLayout(toyLibrary, rowsOf(sameEverywhere), 'majority')!;
    expect(v.lines.map((l) => `${l.verdict} ${l.text}`)).toEqual([
      '✕ fails Consensus (the KP rule): 4 objections',
      '✕ fails Consensus minus one: 4 objections',
      '✕ fails Two-thirds majority: 1 for, 4 against',
      '✕ fails ▶ Simple majority: 1 for, 4 against',
      '✕ fails Weighted by production: 55% for, 45% against',
    ]);
    expect(v.lines.filter((l) => l.mine).map((l) => l.row.rule)).toEqual(['majority']);
  });

  it('names every objector and every no in full, once for the rules that share the list', () => {
    const v = meterLayout(toyLibrary, rowsOf(sameEverywhere), 'consensus')!;
    // Four names: the tally line would say "… and 2 more" at two; the layout never cuts the list.
    expect(v.sides).toEqual([
      {
        lead: 'Would object under both consensus rules',
        names: 'Delegation CH, Delegation RA, Delegation RB and Delegation BL',
      },
      {
        lead: 'Would vote no under all three votes',
        names: 'Delegation CH, Delegation RA, Delegation RB and Delegation BL',
      },
    ]);
  });

  it('names the rules when their lists differ, and says nothing of a side nobody takes', () => {
    const verdicts = {
      ...sameEverywhere,
      'consensus-minus-one': { ...split, passed: true, objectors: ['BL'] },
      majority: { ...split, passed: true, supporters: ['MA', 'CH', 'RA'], opponents: ['RB', 'BL'] },
      'two-thirds': { ...split, passed: true, supporters: ['MA', 'CH', 'RA', 'RB', 'BL'], opponents: [] },
    };
    const v = meterLayout(toyLibrary, rowsOf(verdicts), 'consensus')!;
    expect(v.sides.map((s) => `${s.lead}: ${s.names}`)).toEqual([
      'Would object under Consensus (the KP rule): Delegation CH, Delegation RA, Delegation RB and Delegation BL',
      'Would object under Consensus minus one: Delegation BL',
      'Would vote no under Simple majority: Delegation RB and Delegation BL',
      'Would vote no under Weighted by production: Delegation CH, Delegation RA, Delegation RB and Delegation BL',
    ]);
    expect(v.lines[2]!.text).toBe('Two-thirds majority: 5 for, 0 against');
  });

  it('says “no objection” for a consensus rule nobody blocks, and has nothing to lay out without a draft', () => {
    const none = tallyOf('consensus', { ...split, passed: true, objectors: [] });
    expect(meterFigure(none)).toBe('no objection');
    expect(meterLayout(toyLibrary, [], 'consensus')).toBeNull();
  });

  it('names an objection already made apart from the forecast’s, and each rule still counts them all', () => {
    // “Would object: CH, RA, RB and BL” while CH had already objected read as a forecast of a fact.
    const v = meterLayout(toyLibrary, rowsOf(sameEverywhere), 'consensus', ['CH'])!;
    expect(v.sides.map((s) => `${s.lead}: ${s.names}`)).toEqual([
      'Objected at this call: Delegation CH',
      'Would object under both consensus rules: Delegation RA, Delegation RB and Delegation BL',
      'Would vote no under all three votes: Delegation CH, Delegation RA, Delegation RB and Delegation BL',
    ]);
    expect(v.lines[0]!.text).toBe('▶ Consensus (the KP rule): 4 objections');
    // Every seat objecting is named exactly once among the consensus sides.
    const named = v.sides
      .filter((s) => !s.lead.startsWith('Would vote no'))
      .flatMap((s) => s.names.split(/, | and /));
    expect(named.sort()).toEqual(['Delegation BL', 'Delegation CH', 'Delegation RA', 'Delegation RB']);
  });

  it('with every objector already objecting, forecasts no further objection', () => {
    const v = meterLayout(toyLibrary, rowsOf(sameEverywhere), 'consensus', ['CH', 'RA', 'RB', 'BL'])!;
    expect(v.sides.map((s) => s.lead)).toEqual([
      'Objected at this call',
      'Would vote no under all three votes',
    ]);
  });
});
