// The room's expected outcome on an issue (what deals and pressure are weighed against) is the mean of
// the present participants' positions weighted by clout times salience; a room where nobody present
// cares about the issue expects the middle of the scale, with a weight of one, never a NaN.
import { describe, expect, it } from 'vitest';
import { issueTotals } from '../../../src/model/procedure/caucus';
import { rosterOf } from '../../../src/model/roster';
import { initialContext, type SessionContext } from '../../../src/model/session';
import { toyLibrary } from '../fixtures';

const roster = rosterOf(toyLibrary, 'free-play');
const start = () => initialContext(toyLibrary, { scenarioId: 'free-play', rule: 'consensus', seed: 1 });

describe('the room’s expected outcome on an issue', () => {
  it('is the clout-and-salience-weighted mean of the participants present, the observer left out', () => {
    // The toy meeting's participants on the definition, as clout × salience at position: CH 0.9 × 0.6
    // at 70, RA 0.8 × 0.7 at 85, RB 0.6 × 0.5 at 60, MA 0.6 × 0.6 at 35, BL 0.7 × 0.95 at 0 (the
    // observer OB, at 100, does not count): weight 2.425, outcome 116 / 2.425.
    const ctx = start();
    const t = issueTotals(roster, ctx, 'definition');
    expect(t.weight).toBeCloseTo(2.425, 9);
    expect(t.outcome).toBeCloseTo(116 / 2.425, 9);
    // BL leaves the room: the rest weigh 1.76 at 116.
    const i = roster.index.BL!;
    const without = issueTotals(
      roster,
      { ...ctx, present: ctx.present.map((p, k) => p && k !== i) },
      'definition',
    );
    expect(without.weight).toBeCloseTo(1.76, 9);
    expect(without.outcome).toBeCloseTo(116 / 1.76, 9);
  });

  it('is the middle of the scale, weight one, when nobody present cares about it', () => {
    const ctx = start();
    const noneCare: SessionContext = {
      ...ctx,
      sal: { ...ctx.sal, definition: ctx.sal.definition.map(() => 0) },
    };
    expect(issueTotals(roster, noneCare, 'definition')).toEqual({ outcome: 50, weight: 1 });
    const nobodyHere: SessionContext = { ...ctx, present: ctx.present.map(() => false) };
    expect(issueTotals(roster, nobodyHere, 'marange')).toEqual({ outcome: 50, weight: 1 });
  });
});
