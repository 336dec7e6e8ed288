// What the facilitator's console and a delegate are told when a move does nothing: setting the rounds
// or the time limit to what they already are, lifting a limit that is not there, a limit the meeting
// has already run past, withdrawing an objection never made, yielding a floor nobody holds; and a
// delegation that walks out while no item is open.
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { createPlenaryMachine, phaseOf } from '../../../src/machines/plenary';
import type { SessionEvent } from '../../../src/model/session';
import { toyLibrary } from '../fixtures';

function begun() {
  const a = createActor(createPlenaryMachine(toyLibrary), {
    input: { scenarioId: 'free-play', rule: 'consensus', seed: 5 },
  }).start();
  a.send({ type: 'START' });
  a.send({ type: 'BEGIN' });
  return a;
}
type Actor = ReturnType<typeof begun>;
const ctxOf = (a: Actor) => a.getSnapshot().context;
const lastLine = (a: Actor) => ctxOf(a).transcript.at(-1)!.text;
/** Sends a move the meeting should refuse: nothing is said, and the refusal's reason comes back. */
const refusal = (a: Actor, ev: SessionEvent) => {
  const before = ctxOf(a).transcript.length;
  a.send(ev);
  expect(ctxOf(a).transcript).toHaveLength(before);
  return ctxOf(a).rejection?.reason;
};

describe('the rounds, set to what they already are', () => {
  it('the chair already runs them, or the facilitator already opens each: refused, saying which', () => {
    const a = begun();
    expect(refusal(a, { type: 'SET_ROUNDS', byFacilitator: false })).toBe(
      'The chair already moves through the rounds by itself.',
    );
    a.send({ type: 'SET_ROUNDS', byFacilitator: true });
    expect(lastLine(a)).toBe(
      'The facilitator will open each round: the chair waits for them to move the meeting on.',
    );
    expect(refusal(a, { type: 'SET_ROUNDS', byFacilitator: true })).toBe('You already open each round.');
    a.send({ type: 'SET_ROUNDS', byFacilitator: false });
    expect(ctxOf(a).rounds.byFacilitator).toBe(false);
    expect(lastLine(a)).toBe('The chair moves through the rounds by itself.');
  });
});

describe('the session’s time limit', () => {
  it('is set and lifted, and the room is told each time', () => {
    const a = begun();
    a.send({ type: 'SET_TIME_LIMIT', minutes: 30 });
    expect(ctxOf(a).timeLimit).toBe(30);
    expect(lastLine(a)).toBe('The facilitator sets the session’s time limit to 30 minutes.');
    a.send({ type: 'SET_TIME_LIMIT', minutes: null });
    expect(ctxOf(a).timeLimit).toBeNull();
    expect(lastLine(a)).toBe('The facilitator lifts the session’s time limit.');
  });

  it('lifting a limit that is not there is refused', () => {
    const a = begun();
    expect(ctxOf(a).timeLimit).toBeNull();
    expect(refusal(a, { type: 'SET_TIME_LIMIT', minutes: null })).toBe('There is no time limit to remove.');
  });

  it('a limit the meeting has already run past is refused, naming the whole minutes run', () => {
    const a = begun();
    a.send({ type: 'TICK', seconds: 10 * 60 + 59 });
    expect(refusal(a, { type: 'SET_TIME_LIMIT', minutes: 10 })).toBe(
      'The session has already run 10 minutes: set a longer limit, or end the meeting.',
    );
    expect(ctxOf(a).timeLimit).toBeNull();
    // One minute more than the meeting has run is a limit it can still keep.
    a.send({ type: 'SET_TIME_LIMIT', minutes: 11 });
    expect(ctxOf(a).timeLimit).toBe(11);
  });
});

describe('moves that have nothing to act on', () => {
  it('withdrawing an objection that was never made is refused, and the call is unchanged', () => {
    const a = begun();
    a.send({ type: 'OPEN_FLOOR', by: 'CH' });
    a.send({ type: 'FORCE_CALL' });
    expect(phaseOf(a.getSnapshot())).toBe('consensusCall');
    expect(refusal(a, { type: 'WITHDRAW_OBJECTION', by: 'MA' })).toBe('You have no objection standing.');
    expect(ctxOf(a).item!.call).toEqual({ objections: [], responded: [] });
  });

  it('yielding the floor when nobody holds it is refused as such', () => {
    const a = begun();
    a.send({ type: 'OPEN_FLOOR', by: 'CH' });
    // Everyone listed yields in turn, until the list is empty.
    for (let guard = 0; ctxOf(a).item!.speakers.length && guard < 20; guard++)
      a.send({ type: 'YIELD', by: ctxOf(a).item!.speakers[0]! });
    expect(ctxOf(a).item!.speakers).toEqual([]);
    expect(refusal(a, { type: 'YIELD', by: 'MA' })).toBe('Nobody has the floor.');
  });
});

describe('a walk-out while no item is open', () => {
  it('empties the seat and the meeting goes on', () => {
    const a = createActor(createPlenaryMachine(toyLibrary), {
      input: { scenarioId: 'free-play', rule: 'consensus', seed: 5 },
    }).start();
    expect(ctxOf(a).item).toBeNull();
    a.send({ type: 'INJECT', card: 'ev-shift' });
    expect(ctxOf(a).rejection).toBeNull();
    expect(ctxOf(a).present[ctxOf(a).present.length - 1]).toBe(false);
    a.send({ type: 'START' });
    a.send({ type: 'BEGIN' });
    expect(phaseOf(a.getSnapshot())).toBe('opening');
  });
});
