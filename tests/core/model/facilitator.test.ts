// The facilitator's console as a teacher uses it, through the machine's events: who plays which seat,
// handing a seat to the computer and back, pause and resume, the speech timer, event cards and what
// each of their effects does to the room, and the clock.
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { EventCard } from '../../../src/content/types';
import type { Library } from '../../../src/model/library';
import { createPlenaryMachine, phaseOf } from '../../../src/machines/plenary';
import type { SessionEvent, SessionInput } from '../../../src/model/session';
import { toyLibrary } from '../fixtures';

function session(extra: Partial<SessionInput> = {}, lib: Library = toyLibrary) {
  return createActor(createPlenaryMachine(lib), {
    input: { scenarioId: 'free-play', rule: 'consensus', seed: 5, ...extra },
  }).start();
}
type Actor = ReturnType<typeof session>;
const ctxOf = (a: Actor) => a.getSnapshot().context;
const lastLine = (a: Actor) => ctxOf(a).transcript.at(-1);
const refusal = (a: Actor, ev: SessionEvent) => {
  const before = ctxOf(a).transcript.length;
  a.send(ev);
  expect(ctxOf(a).transcript).toHaveLength(before);
  return ctxOf(a).rejection?.reason;
};
function begun(extra: Partial<SessionInput> = {}, lib: Library = toyLibrary) {
  const a = session(extra, lib);
  a.send({ type: 'START' });
  a.send({ type: 'BEGIN' });
  return a;
}

describe('seats and players', () => {
  it('a player takes a seat at this meeting, and gives it back', () => {
    const a = session();
    a.send({ type: 'CHOOSE_ROLE', delegation: 'RA', player: 'Rae' });
    expect(ctxOf(a).humans).toEqual({ RA: 'Rae' });
    a.send({ type: 'CHOOSE_ROLE', delegation: 'MA', player: 'Max' });
    a.send({ type: 'RELEASE_ROLE', delegation: 'RA' });
    expect(ctxOf(a).humans).toEqual({ MA: 'Max' });
  });

  it('a seat not at this meeting cannot be taken or handed over', () => {
    const a = session();
    expect(refusal(a, { type: 'CHOOSE_ROLE', delegation: 'ZZ', player: 'Zed' })).toBe(
      'ZZ does not sit at this meeting.',
    );
    expect(refusal(a, { type: 'SET_CONTROL', delegation: 'ZZ', human: true })).toBe(
      'ZZ does not sit at this meeting.',
    );
    expect(ctxOf(a).humans).toEqual({});
  });

  it('the facilitator hands a seat to a person or the computer mid-meeting, and the room is told', () => {
    const a = begun({ humans: { RA: 'Rae' } });
    a.send({ type: 'SET_CONTROL', delegation: 'MA', human: true, player: 'Max' });
    expect(ctxOf(a).humans).toEqual({ RA: 'Rae', MA: 'Max' });
    expect(lastLine(a)).toMatchObject({ kind: 'procedure', text: 'Delegation MA is now played by Max.' });
    // Without a name: the seat keeps its player's name, or is 'Player'.
    a.send({ type: 'SET_CONTROL', delegation: 'RA', human: true });
    expect(lastLine(a)!.text).toBe('Delegation RA is now played by Rae.');
    a.send({ type: 'SET_CONTROL', delegation: 'BL', human: true });
    expect(ctxOf(a).humans['BL']).toBe('Player');
    a.send({ type: 'SET_CONTROL', delegation: 'RA', human: false });
    expect(ctxOf(a).humans).toEqual({ MA: 'Max', BL: 'Player' });
    expect(lastLine(a)!.text).toBe('Delegation RA is now played by the computer.');
  });
});

describe('pause, resume and the clocks', () => {
  it('pausing and resuming are said in the transcript', () => {
    const a = begun();
    a.send({ type: 'PAUSE' });
    expect(a.getSnapshot().hasTag('paused')).toBe(true);
    expect(lastLine(a)).toMatchObject({ kind: 'procedure', text: 'The facilitator pauses the session.' });
    a.send({ type: 'RESUME' });
    expect(a.getSnapshot().hasTag('paused')).toBe(false);
    expect(lastLine(a)!.text).toBe('The session resumes.');
  });

  it('the speech timer takes whole seconds from 15 to 600, or off, and the room is told', () => {
    const a = begun();
    a.send({ type: 'SET_SPEECH_TIMER', seconds: 15 });
    expect(ctxOf(a).speechSeconds).toBe(15);
    expect(lastLine(a)!.text).toBe('The facilitator sets the speech timer to 15 seconds a speech.');
    a.send({ type: 'SET_SPEECH_TIMER', seconds: 600 });
    expect(ctxOf(a).speechSeconds).toBe(600);
    a.send({ type: 'SET_SPEECH_TIMER', seconds: null });
    expect(ctxOf(a).speechSeconds).toBeNull();
    expect(lastLine(a)!.text).toBe('The facilitator turns the speech timer off.');
    for (const seconds of [14, 601, 30.5])
      expect(refusal(a, { type: 'SET_SPEECH_TIMER', seconds })).toBe(
        'A speech timer is a whole number of seconds from 15 to 600, or off.',
      );
    expect(ctxOf(a).speechSeconds).toBeNull();
  });

  it('the meeting clock adds up the ticks', () => {
    const a = begun();
    a.send({ type: 'TICK', seconds: 0.5 });
    a.send({ type: 'TICK', seconds: 90 });
    expect(ctxOf(a).elapsed).toBe(90.5);
  });

  it('ending the meeting goes to the communiqué from any phase', () => {
    const a = begun();
    a.send({ type: 'OPEN_FLOOR', by: 'CH' });
    a.send({ type: 'END' });
    expect(phaseOf(a.getSnapshot())).toBe('communique');
  });
});

/** The toy world with one more event card. */
const withCard = (card: Partial<EventCard> & Pick<EventCard, 'effects'>): Library => ({
  ...toyLibrary,
  events: [
    ...toyLibrary.events,
    {
      id: 'ev-test',
      title: 'A test event',
      text: 'Something happens.',
      date: '2012-01',
      cite: [{ record: 'test' }],
      ...card,
    },
  ],
});

describe('event cards', () => {
  it('an unknown card, or one already played, is refused', () => {
    const a = begun();
    expect(refusal(a, { type: 'INJECT', card: 'ev-none' })).toBe('There is no event card "ev-none".');
    a.send({ type: 'INJECT', card: 'ev-shift' });
    expect(ctxOf(a).injected).toEqual(['ev-shift']);
    expect(refusal(a, { type: 'INJECT', card: 'ev-shift' })).toBe(
      'That event has already happened in this session.',
    );
  });

  it('is read out with its title as a sentence and its source (recalled: dated before the meeting)', () => {
    const a = begun();
    a.send({ type: 'INJECT', card: 'ev-shift' });
    expect(lastLine(a)).toMatchObject({
      kind: 'event',
      text: 'Delegates recall January 2012: A report. A report appears.',
      cite: [{ record: 'test' }],
      card: 'ev-shift',
    });
  });

  it('a shift moves every AI seat it names (by id or bloc) on its issue, within the scale; people’s seats stay', () => {
    const lib = withCard({
      effects: [{ kind: 'shift', issue: 'definition', who: ['african-producers', 'RA'], delta: -40 }],
    });
    const a = begun({ humans: { MA: 'Max' } }, lib);
    const before = ctxOf(a).pos.definition;
    a.send({ type: 'INJECT', card: 'ev-test' });
    const after = ctxOf(a).pos.definition;
    expect(after[1]).toBe(before[1]! - 40); // RA, by id
    expect(after[3]).toBe(before[3]); // MA, played by a person
    expect(after[4]).toBe(0); // BL, by bloc, clamped at the scale's end
    expect([after[0], after[2], after[5]]).toEqual([before[0], before[2], before[5]]);
    expect(ctxOf(a).pos.marange).toEqual(ctxOf(begun({}, lib)).pos.marange);
  });

  it('a shift on everyone reaches every AI seat, observers included', () => {
    const lib = withCard({ effects: [{ kind: 'shift', issue: 'marange', who: 'all', delta: 200 }] });
    const a = begun({}, lib);
    a.send({ type: 'INJECT', card: 'ev-test' });
    expect(ctxOf(a).pos.marange).toEqual([100, 100, 100, 100, 100, 100]);
  });

  it('a salience change is kept between 0 and 1', () => {
    const lib = withCard({
      effects: [
        { kind: 'salience', issue: 'definition', who: ['BL', 'RB'], delta: 0.3 },
        { kind: 'salience', issue: 'marange', who: 'all', delta: -0.35 },
      ],
    });
    const a = begun({}, lib);
    const before = ctxOf(a).sal;
    a.send({ type: 'INJECT', card: 'ev-test' });
    const sal = ctxOf(a).sal;
    expect(sal.definition[4]).toBe(1); // 0.95 + 0.3, capped
    expect(sal.definition[2]).toBeCloseTo(before.definition[2]! + 0.3);
    expect(sal.definition[1]).toBe(before.definition[1]);
    expect(sal.marange[0]).toBe(0); // 0.3 − 0.35, floored
    expect(sal.marange[3]).toBeCloseTo(0.15);
  });

  it('a walk-out empties a seat and an admission fills it; a seat not here is passed over', () => {
    const lib = withCard({
      effects: [
        { kind: 'walkout', delegation: 'RB' },
        { kind: 'walkout', delegation: 'ZZ' },
      ],
    });
    const back: Library = {
      ...lib,
      events: [
        ...lib.events,
        {
          id: 'ev-back',
          title: 'Back',
          text: 'They return.',
          date: '2012-02',
          cite: [{ record: 'test' }],
          effects: [
            { kind: 'admit', delegation: 'RB' },
            { kind: 'admit', delegation: 'ZZ' },
          ],
        },
      ],
    };
    const a = begun({}, back);
    a.send({ type: 'INJECT', card: 'ev-test' });
    expect(ctxOf(a).present).toEqual([true, true, false, true, true, true]);
    a.send({ type: 'INJECT', card: 'ev-back' });
    expect(ctxOf(a).present).toEqual([true, true, true, true, true, true]);
    expect(ctxOf(a).rejection).toBeNull();
  });
});
