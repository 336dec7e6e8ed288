// The agenda and the days as a class lives them, through the machine's events: the meeting opens, each
// item is settled one way or another (and the room is told which), a day holds its share of the agenda,
// the last day cannot be adjourned, and ending early records what was decided and what was not reached.
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { Library } from '../../../src/model/library';
import { createPlenaryMachine, phaseOf } from '../../../src/machines/plenary';
import { itemsPerDay, nextStop } from '../../../src/model/procedure/agenda';
import type { SessionContext, SessionEvent, SessionInput } from '../../../src/model/session';
import { toyLibrary } from '../fixtures';

const people = { CH: 'Cleo', RA: 'Rae', RB: 'Rob', MA: 'Max', BL: 'Bo' };

/** The toy world with a meeting of `days` days over the same two items. */
const over = (days: number): Library => ({
  ...toyLibrary,
  scenarios: toyLibrary.scenarios.map((s) => (s.id === 'free-play' ? { ...s, days } : s)),
});

function seated(extra: Partial<SessionInput> = {}, lib: Library = toyLibrary) {
  return createActor(createPlenaryMachine(lib), {
    input: { scenarioId: 'free-play', rule: 'consensus', seed: 2, humans: people, ...extra },
  }).start();
}
type Actor = ReturnType<typeof seated>;
const ctxOf = (a: Actor) => a.getSnapshot().context;
const lastLine = (a: Actor) => ctxOf(a).transcript.at(-1)!;
const phase = (a: Actor) => phaseOf(a.getSnapshot());
const refusal = (a: Actor, ev: SessionEvent) => {
  const before = ctxOf(a).transcript.length;
  a.send(ev);
  expect(ctxOf(a).transcript).toHaveLength(before);
  return ctxOf(a).rejection?.reason;
};
function begun(extra: Partial<SessionInput> = {}, lib: Library = toyLibrary) {
  const a = seated(extra, lib);
  a.send({ type: 'START' });
  a.send({ type: 'BEGIN' });
  return a;
}
/** Everyone concurs and the chair closes: the definition's draft is adopted. */
function adoptByConsensus(a: Actor) {
  a.send({ type: 'TABLE_DRAFT', by: 'CH' });
  a.send({ type: 'CALL_CONSENSUS', by: 'CH' });
  for (const id of ['RA', 'RB', 'MA', 'BL']) a.send({ type: 'CONCUR', by: id });
  a.send({ type: 'CLOSE_CALL', by: 'CH' });
  expect(phase(a)).toBe('adopted');
}

describe('opening the meeting and an item', () => {
  it('delegations take their seats, then the first item is readied with its opening draft', () => {
    const a = seated();
    a.send({ type: 'START' });
    expect(lastLine(a)).toMatchObject({
      kind: 'procedure',
      text: 'Delegations take their seats: Test plenary.',
    });
    a.send({ type: 'BEGIN' });
    expect(ctxOf(a).item).toMatchObject({
      index: 0,
      id: 'def',
      issue: 'definition',
      clauses: ['wide'],
      speakers: [],
      consultations: 0,
      call: null,
      decision: null,
    });
  });

  it('the Chair opens the floor on the item and says how many ask to speak', () => {
    const a = begun();
    a.send({ type: 'OPEN_FLOOR', by: 'CH' });
    const n = ctxOf(a).item!.speakers.length;
    expect(n).toBeGreaterThan(0);
    expect(lastLine(a)).toMatchObject({
      by: 'CH',
      text: `The Chair opens the floor on “The definition”. ${n} delegations ask to speak.`,
    });
  });
});

describe('settling an item', () => {
  it('adopted: the draft’s value and clauses are recorded, with the day and the call', () => {
    const a = begun({}, over(1));
    a.send({ type: 'OPEN_FLOOR', by: 'CH' });
    adoptByConsensus(a);
    a.send({ type: 'NEXT_ITEM', by: 'CH' });
    const [r] = ctxOf(a).results;
    expect(r).toMatchObject({
      itemId: 'def',
      issue: 'definition',
      outcome: 'adopted',
      value: 50,
      statusQuo: 0,
      day: 1,
    });
    expect(r!.clauses).toEqual(['wide']);
    expect(r!.decision!.verdicts.consensus.passed).toBe(true);
    expect(ctxOf(a).transcript.at(-1)!.text).toBe('“The definition”: adopted.');
    // One day for two items: the next is readied at once.
    expect(phase(a)).toBe('opening');
    expect(ctxOf(a).item!.id).toBe('mar');
    expect(ctxOf(a).itemIndex).toBe(1);
  });

  it('deferred before any call: the status quo stands, nothing adopted', () => {
    const a = begun({}, over(1));
    a.send({ type: 'OPEN_FLOOR', by: 'CH' });
    a.send({ type: 'DEFER', by: 'CH' });
    expect(ctxOf(a).results[0]).toMatchObject({ outcome: 'deferred', value: 0, clauses: [], decision: null });
    expect(lastLine(a).text).toBe('“The definition”: deferred to a later meeting.');
  });

  it('deferred after a failed call: recorded as not agreed, with that call', () => {
    const a = begun({}, over(1));
    a.send({ type: 'OPEN_FLOOR', by: 'CH' });
    a.send({ type: 'FORCE_CALL' });
    for (const id of ['RA', 'RB', 'MA']) a.send({ type: 'CONCUR', by: id });
    a.send({ type: 'OBJECT', by: 'BL' });
    a.send({ type: 'CLOSE_CALL', by: 'CH' });
    a.send({ type: 'DEFER', by: 'CH' });
    expect(ctxOf(a).results[0]).toMatchObject({ outcome: 'no-consensus', value: 0 });
    expect(ctxOf(a).results[0]!.decision!.verdicts.consensus.passed).toBe(false);
    expect(lastLine(a).text).toBe('“The definition”: not agreed.');
  });

  it('referred after a failed call: to the Committee on KP Review', () => {
    const a = begun({}, over(1));
    a.send({ type: 'OPEN_FLOOR', by: 'CH' });
    a.send({ type: 'FORCE_CALL' });
    for (const id of ['RA', 'RB', 'MA']) a.send({ type: 'CONCUR', by: id });
    a.send({ type: 'OBJECT', by: 'BL' });
    a.send({ type: 'CLOSE_CALL', by: 'CH' });
    a.send({ type: 'REFER', by: 'CH' });
    expect(ctxOf(a).results[0]).toMatchObject({ outcome: 'referred', value: 0 });
    expect(lastLine(a).text).toBe('“The definition”: referred to the Committee on KP Review.');
  });

  it('at an intersessional an item is concluded, discussed only; at a plenary it must be decided', () => {
    const inter = begun({ scenarioId: 'washington-intersessional-2012' });
    inter.send({ type: 'OPEN_FLOOR', by: 'CH' });
    inter.send({ type: 'CONCLUDE', by: 'CH' });
    expect(ctxOf(inter).results[0]).toMatchObject({ outcome: 'discussed', value: 0 });
    expect(ctxOf(inter).transcript.at(-1)!.text).toBe(
      '“The definition”: discussed; no decision is taken at an intersessional.',
    );
    const plenary = begun();
    plenary.send({ type: 'OPEN_FLOOR', by: 'CH' });
    expect(refusal(plenary, { type: 'CONCLUDE', by: 'CH' })).toBe(
      'This item is for decision: table a draft or defer it.',
    );
  });
});

describe('the days', () => {
  it('a day holds its share of the agenda, rounded up', () => {
    const ctx = (days: number, agenda: string[]) =>
      ({ ...ctxOf(seated({}, over(days))), agenda }) as SessionContext;
    expect(itemsPerDay(over(2), ctx(2, ['def', 'mar']))).toBe(1);
    expect(itemsPerDay(over(1), ctx(1, ['def', 'mar']))).toBe(2);
    expect(itemsPerDay(over(2), ctx(2, ['def', 'mar', 'def']))).toBe(2);
    expect(itemsPerDay(over(0), ctx(0, ['def', 'mar']))).toBe(2);
  });

  it('after an item: the next one today, the day’s end, or the communiqué after the last', () => {
    const base = ctxOf(seated({}, over(2)));
    const at = (itemIndex: number, itemsToday: number) =>
      nextStop(over(2), { ...base, itemIndex, itemsToday });
    expect(at(0, 0)).toBe('dayOver');
    expect(at(1, 0)).toBe('agendaDone');
    const one = ctxOf(seated({}, over(1)));
    expect(nextStop(over(1), { ...one, itemIndex: 0, itemsToday: 0 })).toBe('nextItem');
  });

  it('the day is adjourned after its share, and the next day opens on the next item', () => {
    const a = begun(); // two days, one item each
    a.send({ type: 'OPEN_FLOOR', by: 'CH' });
    a.send({ type: 'DEFER', by: 'CH' });
    // The item's outcome is read as a decision in the record, the new day as procedure.
    const outcome = ctxOf(a).transcript.find((l) => l.text.startsWith('“The definition”'))!;
    expect(outcome.kind).toBe('decision');
    expect(phase(a)).toBe('adjourned');
    expect(ctxOf(a).item).toBeNull();
    a.send({ type: 'NEXT_DAY', by: 'CH' });
    expect(ctxOf(a).day).toBe(2);
    expect(ctxOf(a).itemsToday).toBe(0);
    expect(lastLine(a)).toMatchObject({ kind: 'procedure', text: 'Day 2 opens.' });
    expect(ctxOf(a).item!.id).toBe('mar');
    a.send({ type: 'OPEN_FLOOR', by: 'CH' });
    a.send({ type: 'DEFER', by: 'CH' });
    expect(phase(a)).toBe('communique');
    expect(ctxOf(a).results.map((r) => [r.itemId, r.day])).toEqual([
      ['def', 1],
      ['mar', 2],
    ]);
  });

  it('the Chair may adjourn a day early, but not the last day', () => {
    const a = begun();
    a.send({ type: 'ADJOURN', by: 'CH' });
    expect(phase(a)).toBe('adjourned');
    expect(lastLine(a)).toMatchObject({ by: 'CH', text: 'The Chair adjourns day 1.' });
    a.send({ type: 'NEXT_DAY', by: 'CH' });
    expect(refusal(a, { type: 'ADJOURN', by: 'CH' })).toBe(
      'This is the last day of the meeting: finish the agenda or close the meeting.',
    );
  });
});

describe('ending the meeting early', () => {
  it('the item in hand keeps its last call’s verdict; the rest are not reached', () => {
    const a = begun({}, over(1));
    a.send({ type: 'OPEN_FLOOR', by: 'CH' });
    adoptByConsensus(a);
    a.send({ type: 'END' });
    expect(phase(a)).toBe('communique');
    expect(ctxOf(a).results.map((r) => [r.itemId, r.outcome, r.value])).toEqual([
      ['def', 'adopted', 50],
      ['mar', 'not-reached', 80],
    ]);
    expect(lastLine(a)).toMatchObject({
      kind: 'procedure',
      text: 'The meeting closes and the communiqué is drafted.',
    });
  });

  it('an item whose call failed is recorded as not agreed; one never called as not reached', () => {
    const failed = begun({}, over(1));
    failed.send({ type: 'OPEN_FLOOR', by: 'CH' });
    failed.send({ type: 'FORCE_CALL' });
    for (const id of ['RA', 'RB', 'MA']) failed.send({ type: 'CONCUR', by: id });
    failed.send({ type: 'OBJECT', by: 'BL' });
    failed.send({ type: 'CLOSE_CALL', by: 'CH' });
    failed.send({ type: 'END' });
    expect(ctxOf(failed).results.map((r) => r.outcome)).toEqual(['no-consensus', 'not-reached']);

    const early = begun();
    early.send({ type: 'OPEN_FLOOR', by: 'CH' });
    early.send({ type: 'END' });
    expect(ctxOf(early).results).toMatchObject([
      { itemId: 'def', outcome: 'not-reached', value: 0, clauses: [], decision: null, day: 1 },
      { itemId: 'mar', outcome: 'not-reached', value: 80, clauses: [], decision: null, day: 1 },
    ]);
  });
});
