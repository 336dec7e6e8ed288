// How to play: each step is done only when the player's own seat did it (or the screen saw it), in order.
import { describe, expect, it } from 'vitest';
import { tutorialStep, type TutorialSession } from '../../src/app/tutorial';
import type { SessionEvent } from '../../src/model/session';

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
