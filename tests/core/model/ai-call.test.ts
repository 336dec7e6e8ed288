// The computer's answers to a call for consensus, and its gavel. Objections come one at a time, each
// lowering the cost of the next (rules.ts, blockingCost: 10 points objecting alone, down to 2 when all
// the others in the room object); the Chair closes the call once every person holding a participant's
// seat in the room has answered; a person in the chair closes it alone.
import { describe, expect, it } from 'vitest';
import { factsOf, phaseFacts, phaseOf } from '../../../src/machines/plenary';
import { absentPlayerMove, nextAiEvent } from '../../../src/model/ai';
import { draftValueOf } from '../../../src/model/items';
import type { SessionContext, SessionEvent } from '../../../src/model/session';
import { toyLibrary } from '../fixtures';
import { onTheFloor, playOn, raHoldsTheFloorWithADeal } from './toy-floor';

const floor = (humans: Record<string, string>) => onTheFloor({ humans }).getSnapshot().context;
type Snap = ReturnType<ReturnType<typeof onTheFloor>['getSnapshot']>;
const SEATS = ['CH', 'RA', 'RB', 'MA', 'BL', 'OB'];

/** People yield the floor at once and concur with every call. */
function yieldAndConcur(snap: Snap): SessionEvent | null {
  const item = snap.context.item!;
  if (phaseOf(snap) === 'floor') return { type: 'YIELD', by: item.speakers[0]! };
  if (phaseOf(snap) !== 'consensusCall') return null;
  const by = Object.keys(snap.context.humans).find((id) => !item.call!.responded.includes(id));
  return by ? { type: 'CONCUR', by } : null;
}

const aiMove = (snap: Snap) => nextAiEvent(toyLibrary, factsOf(snap), snap.context);

/** The toy meeting's first call for consensus, open, with nobody answered yet. */
function theCall(humans: Record<string, string> = {}): SessionContext {
  return playOn(onTheFloor({ humans }), (s) => phaseOf(s) === 'consensusCall', yieldAndConcur).context;
}

/**
 * The call with the room as a test sets it: only `seat` cares about the definition, standing at the
 * status quo (0) and losing `loss` points from the draft; `objected` have objected; `absent` left.
 */
function callWith(seat: string, loss: number, objected: string[], absent: string[] = []): SessionContext {
  const ctx = theCall();
  const y = draftValueOf(toyLibrary, ctx);
  const at = (id: string) => SEATS.indexOf(id);
  return {
    ...ctx,
    present: SEATS.map((id) => !absent.includes(id)),
    pos: { ...ctx.pos, definition: SEATS.map(() => 0) },
    sal: { ...ctx.sal, definition: SEATS.map((id) => (at(id) === at(seat) ? loss / y : 0)) },
    item: { ...ctx.item!, call: { ...ctx.item!.call!, objections: objected } },
  };
}

const objects = (ctx: SessionContext, seat: string) => {
  const ev = nextAiEvent(toyLibrary, phaseFacts('consensusCall'), ctx);
  return ev?.type === 'OBJECT' && ev.by === seat;
};

describe('the computer’s objections come one at a time', () => {
  it('objects in company to what it would not block alone (cost 8 with one of four others objecting)', () => {
    expect(objects(callWith('MA', 8.3, []), 'MA')).toBe(false);
    expect(objects(callWith('MA', 8.3, ['BL']), 'MA')).toBe(true);
    expect(objects(callWith('MA', 5, ['BL']), 'MA')).toBe(false);
  });

  it('counts only the delegations still in the room (one of three others: cost 7.3)', () => {
    expect(objects(callWith('MA', 7.6, ['BL']), 'MA')).toBe(false);
    expect(objects(callWith('MA', 7.6, ['BL'], ['RB']), 'MA')).toBe(true);
  });

  it('objects alone, at the full cost of 10, when it is the only participant left', () => {
    const gone = ['CH', 'RA', 'RB', 'BL'];
    expect(objects(callWith('MA', 11, [], gone), 'MA')).toBe(true);
    expect(objects(callWith('MA', 9, [], gone), 'MA')).toBe(false);
  });
});

describe('the computer’s gavel', () => {
  it('waits for a person holding a participant’s seat to answer, then closes the call', () => {
    const actor = onTheFloor({ humans: { RA: 'Rae' } });
    let snap = playOn(actor, (s) => phaseOf(s) === 'consensusCall', yieldAndConcur);
    snap = playOn(actor, (s) => aiMove(s) === null || aiMove(s)!.type === 'CLOSE_CALL');
    expect(aiMove(snap)).toBeNull();
    expect(phaseOf(snap)).toBe('consensusCall');
    actor.send({ type: 'CONCUR', by: 'RA' });
    expect(aiMove(actor.getSnapshot())).toEqual({ type: 'CLOSE_CALL', by: 'CH' });
  });

  it('does not wait for a person who has left the room', () => {
    const ctx = theCall({ RA: 'Rae' });
    const gone = { ...ctx, present: ctx.present.map((p, i) => p && SEATS[i] !== 'RA') };
    const quiet = { ...gone, sal: { ...gone.sal, definition: gone.sal.definition.map(() => 0) } };
    expect(nextAiEvent(toyLibrary, phaseFacts('consensusCall'), quiet)).toEqual({
      type: 'CLOSE_CALL',
      by: 'CH',
    });
  });

  it('leaves the gavel to a person in the chair once everyone has answered', () => {
    const actor = onTheFloor({ humans: { CH: 'Cleo' } });
    const chair = (s: Snap): SessionEvent | null =>
      phaseOf(s) === 'chairDraft'
        ? { type: 'CALL_CONSENSUS', by: 'CH' }
        : phaseOf(s) === 'floor' && !s.context.item!.speakers.length
          ? { type: 'TABLE_DRAFT', by: 'CH' }
          : yieldAndConcur(s);
    const snap = playOn(
      actor,
      (s) =>
        phaseOf(s) === 'consensusCall' &&
        aiMove(s) === null &&
        s.context.item!.call!.responded.includes('CH'),
      chair,
    );
    expect(aiMove(snap)).toBeNull();
  });
});

describe('a person’s seat nobody plays', () => {
  it('declines a caucus offer made to it', () => {
    const { actor, deal } = raHoldsTheFloorWithADeal({ RA: 'Rae', MA: 'Ama' });
    actor.send({ type: 'CAUCUS_OFFER', by: 'RA', to: 'MA', give: deal![0], ask: deal![1] });
    const snap = actor.getSnapshot();
    expect(phaseOf(snap)).toBe('caucus');
    expect(absentPlayerMove(toyLibrary, factsOf(snap), snap.context, 'MA')).toEqual({
      type: 'CAUCUS_REFUSE',
      by: 'MA',
    });
  });

  it('makes no move where the meeting waits for the Chair or for nobody', () => {
    const ctx = floor({ RA: 'Rae' });
    expect(absentPlayerMove(toyLibrary, phaseFacts('chairDraft'), ctx, 'RA')).toBeNull();
    expect(absentPlayerMove(toyLibrary, phaseFacts('communique'), ctx, 'RA')).toBeNull();
  });
});
