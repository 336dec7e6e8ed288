// Who sits in the room: members who had joined by the meeting's date and are not absent, participants
// before observers, each participant's vote weight by share of production, and the chair seated.
import { describe, expect, it } from 'vitest';
import { phaseFacts } from '../../../src/machines/plenary';
import type { Library } from '../../../src/model/library';
import { rosterOf } from '../../../src/model/roster';
import type { SessionContext } from '../../../src/model/session';
import { awaitedHumans } from '../../../src/model/turns';
import { toyLibrary } from '../fixtures';

/** The toy world with its scenario changed. */
const withScenario = (over: Partial<Library['scenarios'][number]>, lib: Library = toyLibrary): Library => ({
  ...lib,
  scenarios: [{ ...toyLibrary.scenarios[0]!, ...over }],
});

/**
 * A roster built afresh inside the test that reads it (a roster is kept per library): Stryker switches a
 * mutant on only as the tests start, so one built while the file loads would be the unchanged one.
 */
const fresh = () => rosterOf({ ...toyLibrary }, 'free-play');

describe('the roster', () => {
  it('seats participants in content order, then observers', () => {
    const r = fresh();
    expect(r.ids).toEqual(['CH', 'RA', 'RB', 'MA', 'BL', 'OB']);
    expect(r.participants).toEqual([0, 1, 2, 3, 4]);
    expect(r.observers).toEqual([5]);
    expect(r.kind).toEqual([
      'participant',
      'participant',
      'participant',
      'participant',
      'participant',
      'observer',
    ]);
    expect(r.names[3]).toBe('Delegation MA');
    expect(r.bloc[4]).toBe('african-producers');
    expect(r.clout).toEqual([0.9, 0.8, 0.6, 0.6, 0.7, 0.4]);
    expect(r.chair).toBe('CH');
    expect(r.index['BL']).toBe(4);
  });

  it('an observer listed first still sits after every participant', () => {
    const lib = { ...toyLibrary, delegations: [...toyLibrary.delegations].reverse() };
    const rev = rosterOf(lib, 'free-play');
    expect(rev.ids).toEqual(['BL', 'MA', 'RB', 'RA', 'CH', 'OB']);
  });

  it('weighs each participant by its share of production, per mille; observers weigh nothing', () => {
    const r = fresh();
    // Production values 0, 10, 20, 40, 30 of 100 (the observer's is not counted).
    expect(r.weight).toEqual([0, 100, 200, 400, 300, 0]);
    const none = {
      ...toyLibrary,
      delegations: toyLibrary.delegations.map(({ production2012: _, ...d }) => d),
    };
    expect(rosterOf(none, 'free-play').weight).toEqual([0, 0, 0, 0, 0, 0]);
    // An observer that produces (100, as much as all the participants together) still weighs nothing,
    // and its production does not dilute the participants' shares.
    const producing = {
      ...toyLibrary,
      delegations: toyLibrary.delegations.map((d) =>
        d.id === 'OB'
          ? { ...d, production2012: { carats: 100, valueUsd: 100, cite: { record: 'test' } } }
          : d,
      ),
    };
    expect(rosterOf(producing, 'free-play').weight).toEqual([0, 100, 200, 400, 300, 0]);
  });

  it('reads every stance and interest of every seat', () => {
    const r = fresh();
    expect(r.anchor.definition).toEqual([70, 85, 60, 35, 0, 100]);
    expect(r.salience.definition).toEqual([0.6, 0.7, 0.5, 0.6, 0.95, 1]);
    expect(r.openness.definition[4]).toBe(0.1);
    expect(r.anchor.marange).toEqual([40, 60, 30, 10, 0, 100]);
    expect(r.interests[0]).toHaveLength(5);
  });

  it('leaves out members absent from the meeting and those who joined after it', () => {
    expect(rosterOf(withScenario({ absent: ['RB'] }), 'free-play').ids).toEqual([
      'CH',
      'RA',
      'MA',
      'BL',
      'OB',
    ]);
    const late = withScenario(
      {},
      {
        ...toyLibrary,
        delegations: toyLibrary.delegations.map((d) =>
          d.id === 'MA' ? { ...d, since: '2012-12' } : d.id === 'RA' ? { ...d, since: '2012-11' } : d,
        ),
      },
    );
    // The meeting is dated 2012-11: a member joining that month sits; one joining later does not.
    expect(rosterOf(late, 'free-play').ids).toEqual(['CH', 'RA', 'RB', 'BL', 'OB']);
  });

  it('refuses a meeting whose chair is not seated', () => {
    expect(() => rosterOf(withScenario({ absent: ['CH'] }), 'free-play')).toThrow(
      'Scenario free-play: chair CH is not seated',
    );
  });

  it('knows no seat by a name every object has', () => {
    const r = fresh();
    expect(r.index['constructor']).toBeUndefined();
    expect(r.index['__proto__']).toBeUndefined();
    expect(r.index['toString']).toBeUndefined();
  });

  it('is built once per library and meeting', () => {
    const lib = { ...toyLibrary };
    const r = rosterOf(lib, 'free-play');
    expect(rosterOf(lib, 'free-play')).toBe(r);
    expect(rosterOf(lib, 'washington-intersessional-2012')).not.toBe(r);
  });
});

describe('whose move the game waits for', () => {
  const ctxWith = (humans: Record<string, string>): SessionContext => {
    // Only the fields awaitedHumans reads, as a session holds them.
    return {
      scenarioId: 'free-play',
      humans,
      present: [true, true, true, true, true, true],
      item: { speakers: ['RA', 'MA'], call: { objections: [], responded: ['MA'] } },
      caucus: { to: 'BL' },
    } as unknown as SessionContext;
  };

  it('the chair in the chair’s phases, only if a person holds it', () => {
    for (const phase of ['opening', 'chairDraft', 'adopted', 'noConsensus', 'adjourned'] as const) {
      expect(awaitedHumans(toyLibrary, phaseFacts(phase), ctxWith({ CH: 'Cleo' }))).toEqual(['CH']);
      expect(awaitedHumans(toyLibrary, phaseFacts(phase), ctxWith({ RA: 'Rae' }))).toEqual([]);
    }
  });

  it('on the floor, the speaker if a person; with nobody listed, the chair', () => {
    expect(awaitedHumans(toyLibrary, phaseFacts('floor'), ctxWith({ RA: 'Rae', CH: 'Cleo' }))).toEqual([
      'RA',
    ]);
    expect(awaitedHumans(toyLibrary, phaseFacts('floor'), ctxWith({ MA: 'Max', CH: 'Cleo' }))).toEqual([]);
    const empty = {
      ...ctxWith({ CH: 'Cleo' }),
      item: { speakers: [], call: null },
    } as unknown as SessionContext;
    expect(awaitedHumans(toyLibrary, phaseFacts('floor'), empty)).toEqual(['CH']);
  });

  it('in caucus, the partner asked, if a person', () => {
    expect(awaitedHumans(toyLibrary, phaseFacts('caucus'), ctxWith({ BL: 'Bo' }))).toEqual(['BL']);
    expect(awaitedHumans(toyLibrary, phaseFacts('caucus'), ctxWith({ RA: 'Rae' }))).toEqual([]);
  });

  it('at a call, every present person who has not answered (not the chair); then the chair', () => {
    const people = { CH: 'Cleo', RA: 'Rae', MA: 'Max', BL: 'Bo', OB: 'Obi' };
    // MA has answered; OB observes; the chair runs the call.
    expect(awaitedHumans(toyLibrary, phaseFacts('consensusCall'), ctxWith(people))).toEqual(['RA', 'BL']);
    const blGone = {
      ...ctxWith(people),
      present: [true, true, true, true, false, true],
    } as unknown as SessionContext;
    expect(awaitedHumans(toyLibrary, phaseFacts('consensusCall'), blGone)).toEqual(['RA']);
    const allAnswered = {
      ...ctxWith(people),
      item: { speakers: [], call: { objections: [], responded: ['RA', 'MA', 'BL'] } },
    } as unknown as SessionContext;
    expect(awaitedHumans(toyLibrary, phaseFacts('consensusCall'), allAnswered)).toEqual(['CH']);
    expect(
      awaitedHumans(toyLibrary, phaseFacts('consensusCall'), {
        ...(allAnswered as object),
        humans: { RA: 'Rae' },
      } as unknown as SessionContext),
    ).toEqual([]);
  });

  it('nobody in setup, briefing, the communiqué or the debrief', () => {
    for (const phase of ['setup', 'briefing', 'communique', 'debrief'] as const)
      expect(awaitedHumans(toyLibrary, phaseFacts(phase), ctxWith({ CH: 'Cleo', RA: 'Rae' }))).toEqual([]);
  });
});
