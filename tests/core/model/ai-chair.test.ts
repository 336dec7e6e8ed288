// The computer's Chair: after a call that finds no consensus it holds one round of consultations, then
// refers the definition to committee and defers any other item; with nobody left to speak it tables
// the draft, or defers an item whose draft would change nothing. A person in the chair decides alone.
import { describe, expect, it } from 'vitest';
import { factsOf, phaseOf } from '../../../src/machines/plenary';
import { nextAiEvent } from '../../../src/model/ai';
import type { SessionEvent } from '../../../src/model/session';
import { toyLibrary } from '../fixtures';
import { onTheFloor, playOn, toyMeeting } from './toy-floor';

type Snap = ReturnType<ReturnType<typeof toyMeeting>['getSnapshot']>;

/** A person holding MA: yields the floor at once, objects to every call on Marange, concurs with the rest. */
function maObjectsOnMarange(snap: Snap): SessionEvent | null {
  const phase = phaseOf(snap);
  if (phase === 'floor') return { type: 'YIELD', by: 'MA' };
  if (phase === 'consensusCall')
    return snap.context.item!.issue === 'marange'
      ? { type: 'OBJECT', by: 'MA' }
      : { type: 'CONCUR', by: 'MA' };
  return null;
}

const failedCall = (n: number, issue: string) => (snap: Snap) =>
  phaseOf(snap) === 'noConsensus' &&
  snap.context.item!.issue === issue &&
  snap.context.item!.consultations === n;

const chairsMove = (snap: Snap) => nextAiEvent(toyLibrary, factsOf(snap), snap.context);

describe('the computer in the chair after a call without consensus', () => {
  it('holds consultations after the first failed call on the definition, then refers it to committee', () => {
    const actor = toyMeeting();
    expect(chairsMove(playOn(actor, failedCall(0, 'definition')))).toEqual({ type: 'CONSULT', by: 'CH' });
    expect(chairsMove(playOn(actor, failedCall(1, 'definition')))).toEqual({ type: 'REFER', by: 'CH' });
  });

  it('defers an item other than the definition once consultations have failed', () => {
    const actor = toyMeeting({ MA: 'Ama' });
    expect(chairsMove(playOn(actor, failedCall(0, 'marange'), maObjectsOnMarange))).toEqual({
      type: 'CONSULT',
      by: 'CH',
    });
    expect(chairsMove(playOn(actor, failedCall(1, 'marange'), maObjectsOnMarange))).toEqual({
      type: 'DEFER',
      by: 'CH',
    });
  });
});

describe('the computer in the chair when nobody is left to speak', () => {
  const listDone = (snap: Snap) => phaseOf(snap) === 'floor' && snap.context.item!.speakers.length === 0;

  it('tables a draft that would change the status quo', () => {
    const snap = playOn(onTheFloor({ humans: { RA: 'Rae' } }), listDone, () => ({ type: 'YIELD', by: 'RA' }));
    expect(chairsMove(snap)).toEqual({ type: 'TABLE_DRAFT', by: 'CH' });
  });

  it('defers Marange when the delegates have amended its draft back to the status quo', () => {
    // RA (a person) takes out the clause lifting supervision, and MA (a person too) lets it be: the
    // draft is the status quo (80).
    const actor = toyMeeting({ RA: 'Rae', MA: 'Ama' });
    const people = (snap: Snap): SessionEvent | null => {
      const phase = phaseOf(snap);
      const item = snap.context.item!;
      if (phase === 'consensusCall') {
        const by = ['RA', 'MA'].find((id) => !item.call!.responded.includes(id))!;
        return { type: 'CONCUR', by };
      }
      if (phase !== 'floor') return null;
      const by = item.speakers[0]!;
      if (by === 'RA' && item.issue === 'marange' && item.clauses.includes('lift'))
        return { type: 'AMEND', by, op: 'remove', clause: 'lift' };
      return { type: 'YIELD', by };
    };
    const snap = playOn(actor, (s) => s.context.item?.issue === 'marange' && listDone(s), people);
    expect(snap.context.item!.clauses).toEqual([]);
    expect(chairsMove(snap)).toEqual({ type: 'DEFER', by: 'CH' });
  });

  it('leaves the move to a person in the chair', () => {
    const chair = (snap: Snap): SessionEvent | null =>
      phaseOf(snap) === 'opening' ? { type: 'OPEN_FLOOR', by: 'CH' } : null;
    const snap = playOn(toyMeeting({ CH: 'Cleo' }), listDone, chair);
    expect(chairsMove(snap)).toBeNull();
  });
});
