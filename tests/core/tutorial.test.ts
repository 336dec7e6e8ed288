// How to play: each step is done only when the player's own seat did it (or the screen saw it), in order.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { ScenarioId } from '../../src/content/types';
import { callStep, tutorialStep, type TutorialSession } from '../../src/app/tutorial';
import { createPlenaryMachine, phaseOf } from '../../src/machines/plenary';
import { RULES } from '../../src/model/rules';
import type { SessionEvent } from '../../src/model/session';
import { toyLibrary } from './fixtures';

const humans = { ZA: 'Ana' };
const none = { seatLooked: false, changesOpened: false };
const looked = { seatLooked: true, changesOpened: false };
const all = { seatLooked: true, changesOpened: true };
const at = (log: SessionEvent[]): TutorialSession => ({ log, humans });

describe('tutorialStep', () => {
  it('starts with reading the hall, and waits there until a seat is looked at', () => {
    expect(tutorialStep(at([]), none)).toBe('hall');
    expect(tutorialStep(at([{ type: 'SPEAK', by: 'ZA', card: 'x' }]), none)).toBe('hall');
    expect(tutorialStep(at([]), looked)).toBe('argue');
  });

  it('counts only moves made by a person’s seat, not the AI’s', () => {
    expect(tutorialStep(at([{ type: 'SPEAK', by: 'CN', card: 'x' }]), looked)).toBe('argue');
    expect(tutorialStep(at([{ type: 'SPEAK', by: 'ZA', card: 'x' }]), looked)).toBe('changed');
  });

  it('goes on through the deal and the call to done', () => {
    const spoke: SessionEvent[] = [{ type: 'SPEAK', by: 'ZA', card: 'x' }];
    expect(tutorialStep(at(spoke), all)).toBe('deal');
    const offered: SessionEvent[] = [
      ...spoke,
      { type: 'CAUCUS_OFFER', by: 'ZA', to: 'CN', give: 'marange', ask: 'definition' },
    ];
    expect(tutorialStep(at(offered), all)).toBe('call');
    expect(tutorialStep(at([...offered, { type: 'CONCUR', by: 'CN' }]), all)).toBe('call');
    expect(tutorialStep(at([...offered, { type: 'OBJECT', by: 'ZA' }]), all)).toBe('done');
    expect(tutorialStep(at([...offered, { type: 'CONCUR', by: 'ZA' }]), all)).toBe('done');
  });
});

describe('the call step', () => {
  const machine = createPlenaryMachine(toyLibrary);
  function floor(rule: 'consensus' | 'majority', scenarioId: ScenarioId = 'free-play') {
    const a = createActor(machine, {
      input: { scenarioId, rule, seed: 3, humans: { RA: 'Ana' } },
    }).start();
    a.send({ type: 'START' });
    a.send({ type: 'BEGIN' });
    a.send({ type: 'OPEN_FLOOR', by: 'CH' });
    return a;
  }

  it('offers the call on the floor, since the Chair calls only when every speaker has been heard', () => {
    const a = floor('consensus');
    const step = callStep(toyLibrary, phaseOf(a.getSnapshot()), a.getSnapshot().context);
    expect(step.offerCall).toBe(true);
    expect(step.text).toMatch(/Call it now \(Q\)/);
    expect(step.text).toMatch(/No objection \(N\).*Object formally \(X\)/);
  });

  it('once the call is open, says which buttons answer it under the session’s rule', () => {
    for (const [rule, yes, no] of [
      ['consensus', 'No objection (N)', 'Object formally (X)'],
      ['majority', 'Vote for (N)', 'Vote against (X)'],
    ] as const) {
      const a = floor(rule);
      a.send({ type: 'FORCE_CALL' });
      const snap = a.getSnapshot();
      expect(phaseOf(snap)).toBe('consensusCall');
      const step = callStep(toyLibrary, 'consensusCall', snap.context);
      expect(step.offerCall).toBe(false);
      expect(step.text).toContain(yes);
      expect(step.text).toContain(no);
      // and what the rule counts, in its own words
      expect(step.text).toContain(RULES[rule].explain.split('. ')[0]!.replace(/\.$/, ''));
    }
  });

  it('offers no call where the item decides nothing', () => {
    const a = floor('consensus', 'washington-intersessional-2012');
    const step = callStep(toyLibrary, phaseOf(a.getSnapshot()), a.getSnapshot().context);
    expect(step.offerCall).toBe(false);
    expect(step.text).toMatch(/decides nothing/);
  });
});
