// What the classroom screens read without a browser: the summary Continue shows of the autosave, and how an
// injected event is placed in time (news of this meeting, a memory with its date, or a later what-if).
import { describe, expect, it } from 'vitest';
import { EVENTS, SCENARIOS } from '../../src/content/index';
import { describeSave, summariseSave } from '../../src/app/save-summary';
import { eventDateWords, eventMoment, eventTranscriptText } from '../../src/model/event-moment';
import { handHidden, nextTurnStep, peopleInRoom } from '../../src/app/hot-seat';

const plenary = SCENARIOS.find((s) => s.id === 'washington-plenary-2012')!;
const card = (id: string) => EVENTS.find((e) => e.id === id)!;

describe('what Continue resumes', () => {
  const save = JSON.stringify({
    title: 'Washington plenary, November 2012',
    savedAt: '2026-12-02T10:05:00.000Z',
    input: { humans: { ZA: 'Ama', ZW: 'Ben', EU: 'Ama' } },
    log: [
      { type: 'TICK', seconds: 600 },
      { type: 'PAUSE' },
      { type: 'TICK', seconds: 125 },
      { type: 'RESUME' },
    ],
  });

  it('names the meeting, the players once each, the time on the clock and when it was saved', () => {
    const s = summariseSave(save)!;
    expect(s.players).toEqual(['Ama', 'Ben']);
    expect(s.played).toBe(725);
    expect(s.moves).toBe(2);
    const line = describeSave(s, new Date('2026-12-02T12:00:00.000Z'));
    expect(line).toMatch(
      /^Washington plenary, November 2012 · Ama, Ben · 12 min on the clock · saved today at \d\d:05$/,
    );
  });

  it('says nothing of a text that is not a save, and skips what it cannot read', () => {
    expect(summariseSave(null)).toBeNull();
    expect(summariseSave('{')).toBeNull();
    expect(summariseSave('[1,2]')).toBeNull();
    expect(summariseSave(JSON.stringify({ title: 3, log: [] }))).toBeNull();
    const odd = summariseSave(
      JSON.stringify({ title: 'T', log: [null, { type: 'TICK', seconds: 'x' }], input: 5 }),
    )!;
    expect(odd).toMatchObject({ players: [], played: 0, savedAt: null });
    expect(describeSave(odd)).toBe('T · the computer plays every seat · 1 moves so far');
  });
});

describe('an injected event in time', () => {
  it('is news at its own meeting, a dated memory before it, and a marked what-if after it', () => {
    const own = card(plenary.events[0]!);
    expect(eventMoment(own, plenary)).toBe('this-meeting');
    expect(eventTranscriptText(own, plenary)).toBe(`${own.title}. ${own.text}`);

    const review = card('ev-review-mission-2009');
    expect(eventMoment(review, plenary)).toBe('earlier');
    expect(eventTranscriptText(review, plenary)).toMatch(
      /^Delegates recall June 2009: Review mission to Zimbabwe\. /,
    );

    const later = EVENTS.find((e) => e.date.slice(0, 7) > plenary.date && !plenary.events.includes(e.id))!;
    expect(eventMoment(later, plenary)).toBe('later');
    expect(eventTranscriptText(later, plenary)).toMatch(
      /^What if \(the game’s illustration: in history this came later, in \w+ 20\d\d\)/,
    );
  });

  it('writes dates as a month and a year', () => {
    expect(eventDateWords('2009-06')).toBe('June 2009');
    expect(eventDateWords('2013-11-19')).toBe('November 2013');
  });
});

describe('the hot seat after a player hands their seat to the AI', () => {
  // Only the parts of the context the hot seat reads.
  const ctx = (humans: Record<string, string>, startHumans: Record<string, string>) =>
    ({ humans, startHumans }) as unknown as Parameters<typeof nextTurnStep>[0];

  it('still passes the keyboard when only one person holds a seat but two have played', () => {
    // Ama (South Africa) handed her seat to the AI; Ben (Zimbabwe) is the one person left with a seat.
    const c = ctx({ ZW: 'Ben' }, { ZA: 'Ama', ZW: 'Ben' });
    expect(peopleInRoom(c)).toBe(2);
    expect(nextTurnStep(c, ['ZW'], 'ZA')).toEqual({ kind: 'handover', delegation: 'ZW' });
    // While the AI moves, Ben's hand is hidden from the room.
    expect(handHidden(c, [], 'ZW')).toBe(true);
  });

  it('shows a seat without a cover when the same person plays it, or when one person plays alone', () => {
    expect(nextTurnStep(ctx({ ZA: 'Ama', EU: 'Ama' }, { ZA: 'Ama', EU: 'Ama' }), ['EU'], 'ZA')).toEqual({
      kind: 'show',
      delegation: 'EU',
    });
    expect(nextTurnStep(ctx({ ZA: 'Ama' }, { ZA: 'Ama' }), ['ZA'], null)).toEqual({
      kind: 'show',
      delegation: 'ZA',
    });
  });
});
