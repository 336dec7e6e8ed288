// The rounds of an agenda item (opening statements, debate, the chair's draft, the call) read from the
// chart's facts and the speakers' list, and when the facilitator runs them, which chair's moves wait.
import { describe, expect, it } from 'vitest';
import type { PhaseFacts } from '../../../src/model/phase';
import { heldForRound, nextRound, opensRound, roundOf, roundToOpen, ROUNDS } from '../../../src/model/rounds';
import type { SessionContext, SessionEvent } from '../../../src/model/session';

const facts = (over: Partial<PhaseFacts>): PhaseFacts => ({
  awaits: 'chair',
  chairMoves: [],
  round: null,
  roundOpeners: [],
  label: 'test',
  screen: 'Plenary',
  sitting: true,
  ended: false,
  hears: new Set(),
  ...over,
});
const ctx = (speakers: string[] | null, rounds = { byFacilitator: false, opened: false }) =>
  ({ item: speakers ? { speakers } : null, rounds }) as unknown as SessionContext;
const floor = facts({ round: 'byList', roundOpeners: ['TABLE_DRAFT', 'CONCLUDE'] });
const table: SessionEvent = { type: 'TABLE_DRAFT', by: 'CH' };
const speak: SessionEvent = { type: 'YIELD', by: 'MA' };

describe('the round an item is in', () => {
  it('the chart’s own round where it names one; none between items', () => {
    expect(roundOf(facts({ round: 'call' }), ctx(['MA']))).toBe('call');
    expect(roundOf(facts({ round: null }), ctx(null))).toBeNull();
  });
  it('on the floor: the statements while anyone is listed to speak, then the debate', () => {
    expect(roundOf(floor, ctx(['MA', 'BL']))).toBe('statements');
    expect(roundOf(floor, ctx([]))).toBe('debate');
    expect(roundOf(floor, ctx(null))).toBe('debate');
  });
});

describe('the next round', () => {
  it('in order, and none after the call or between items', () => {
    expect(ROUNDS).toEqual(['statements', 'debate', 'draft', 'call']);
    expect(nextRound('statements')).toBe('debate');
    expect(nextRound('debate')).toBe('draft');
    expect(nextRound('draft')).toBe('call');
    expect(nextRound('call')).toBeNull();
    expect(nextRound(null)).toBeNull();
  });
  it('the round a held chair’s move would open: what the chart says it opens, else the next', () => {
    expect(roundToOpen(facts({ round: null, opens: 'statements' }), ctx(null))).toBe('statements');
    expect(roundToOpen(floor, ctx([]))).toBe('draft');
    expect(roundToOpen(floor, ctx(['MA']))).toBe('debate');
  });
});

describe('moves held for the facilitator', () => {
  it('a move opens the next round where the chart lists it as an opener', () => {
    expect(opensRound(floor, table)).toBe(true);
    expect(opensRound(floor, speak)).toBe(false);
  });
  it('an opener waits only while the facilitator runs the rounds and has not opened the next', () => {
    const run = (byFacilitator: boolean, opened: boolean, ev: SessionEvent | null) =>
      heldForRound(floor, ctx([], { byFacilitator, opened }), ev);
    expect(run(true, false, table)).toBe(true);
    expect(run(true, true, table)).toBe(false);
    expect(run(false, false, table)).toBe(false);
    expect(run(true, false, speak)).toBe(false);
    expect(run(true, false, null)).toBe(false);
  });
});
