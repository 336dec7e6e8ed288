// The facilitator console's choices and words: the timers step through their lengths (never one the
// clock has passed), "Close the call for those silent" names the people a call waits for and nobody
// else, and the status lines say paused or running and who plays.
import { describe, expect, it } from 'vitest';
import {
  consoleStatusLines,
  eventCardGroups,
  nextSpeechSeconds,
  silenceIsConsentLine,
  silentAtCall,
} from '../../src/app/facilitator-console';
import { nextSessionMinutes } from '../../src/app/session-length';
import { LIBRARY, plenaryMachine } from '../../src/machines/default';
import { phaseFacts, phaseOf } from '../../src/machines/plenary';
import { startSession } from '../../src/machines/runner';
import { rosterOf } from '../../src/model/roster';
import { SPEECH_SECONDS_CHOICES } from '../../src/model/session';
import { awaitedHumans } from '../../src/model/turns';

describe('the session timer', () => {
  it('steps through off, 15 … 90 minutes and wraps round', () => {
    expect(nextSessionMinutes(null, 0, 1)).toBe(15);
    expect(nextSessionMinutes(15, 0, 1)).toBe(20);
    expect(nextSessionMinutes(90, 0, 1)).toBeNull();
    expect(nextSessionMinutes(null, 0, -1)).toBe(90);
  });

  it('never offers a length the clock has already passed: at 25 minutes, off steps to 30', () => {
    expect(nextSessionMinutes(null, 25 * 60, 1)).toBe(30);
    expect(nextSessionMinutes(30, 25 * 60, -1)).toBeNull();
  });
});

describe('the speech timer', () => {
  it('steps through off and the listed lengths', () => {
    const first = SPEECH_SECONDS_CHOICES[0]!;
    expect(nextSpeechSeconds(null, 1)).toBe(first);
    expect(nextSpeechSeconds(first, -1)).toBeNull();
  });

  it('from a length not in the list (a save, a scenario file), steps to its neighbours', () => {
    const [a, b] = [SPEECH_SECONDS_CHOICES[0]!, SPEECH_SECONDS_CHOICES[1]!];
    const between = (a + b) / 2;
    expect(nextSpeechSeconds(between, 1)).toBe(b);
    expect(nextSpeechSeconds(between, -1)).toBe(a);
  });
});

describe('closing a call for those silent', () => {
  it('names the people the call still waits for, not the chair, and nobody before the call', () => {
    const roster = rosterOf(LIBRARY, 'washington-plenary-2012');
    const people = roster.participants
      .map((i) => roster.ids[i]!)
      .filter((id) => id !== roster.chair)
      .slice(0, 2);
    const humans = { [roster.chair]: 'Chair', ...Object.fromEntries(people.map((id, k) => [id, `P${k}`])) };
    const actor = startSession(plenaryMachine, {
      scenarioId: 'washington-plenary-2012',
      rule: 'consensus',
      seed: 3,
      humans,
    });
    actor.send({ type: 'START' });
    actor.send({ type: 'BEGIN' });
    actor.send({ type: 'OPEN_FLOOR', by: roster.chair });
    expect(silentAtCall(phaseOf(actor.getSnapshot()), actor.getSnapshot().context)).toEqual([]);
    actor.send({ type: 'FORCE_CALL' });
    const at = () => actor.getSnapshot();
    expect(phaseFacts(phaseOf(at())).awaits).toBe('answers');
    expect(silentAtCall(phaseOf(at()), at().context).sort()).toEqual([...people].sort());
    actor.send({ type: 'CONCUR', by: people[0]! });
    expect(silentAtCall(phaseOf(at()), at().context)).toEqual([people[1]]);
    // Once every person has answered the call waits for the chair, who is not "silent".
    actor.send({ type: 'CONCUR', by: people[1]! });
    expect(awaitedHumans(LIBRARY, phaseFacts(phaseOf(at())), at().context)).toEqual([roster.chair]);
    expect(silentAtCall(phaseOf(at()), at().context)).toEqual([]);
  });

  it('says who raises no objection, in full names and with the verb agreeing', () => {
    expect(silenceIsConsentLine(['ZW'])).toBe('Silence is consent: Zimbabwe raises no objection.');
    expect(silenceIsConsentLine(['ZW', 'CN'])).toBe(
      'Silence is consent: Zimbabwe, People’s Republic of China raise no objection.',
    );
  });
});

describe('the console’s status', () => {
  it('says paused or running, the people and their seats in full names', () => {
    const actor = startSession(plenaryMachine, {
      scenarioId: 'washington-plenary-2012',
      rule: 'consensus',
      seed: 1,
      humans: { ZW: 'Ana' },
    });
    actor.send({ type: 'START' });
    const state = {
      phase: phaseOf(actor.getSnapshot()),
      ctx: actor.getSnapshot().context,
      pace: 'classroom' as const,
    };
    const paused = consoleStatusLines({ ...state, paused: true, heldForRound: false });
    const running = consoleStatusLines({ ...state, paused: false, heldForRound: false });
    expect(paused.join('\n')).toMatch(/^PAUSED: the clocks/m);
    expect(running.join('\n')).toMatch(/^Running: /m);
    expect(running.at(-1)).toBe('People: Ana (Zimbabwe)');
  });
});

describe('event cards', () => {
  it('are grouped by when they happened, each card once, with no empty group', () => {
    const actor = startSession(plenaryMachine, {
      scenarioId: 'washington-plenary-2012',
      rule: 'consensus',
      seed: 1,
    });
    const groups = eventCardGroups(actor.getSnapshot().context);
    expect(groups.every((g) => g.cards.length > 0)).toBe(true);
    const ids = groups.flatMap((g) => g.cards.map((c) => c.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual(LIBRARY.events.map((e) => e.id).sort());
    const earlier = groups.find((g) => g.moment === 'earlier')?.cards ?? [];
    expect(earlier.map((c) => c.date)).toEqual([...earlier.map((c) => c.date)].sort().reverse());
  });
});
