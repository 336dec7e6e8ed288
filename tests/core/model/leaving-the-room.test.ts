// Who leaves the room takes only what was theirs with them: a caucus offer lapses when its maker or its
// addressee leaves, and only then; the floor passes on when its holder leaves, and only then.
import { describe, expect, it } from 'vitest';
import { onTheFloor } from './toy-floor';
import { phaseOf } from '../../../src/machines/plenary';

// The toy library's one event card shifts MA and takes the observer OB out of the room; OB is also the
// one delegation that may walk out.
const CARD = { type: 'INJECT', card: 'ev-shift' } as const;
const WALK_OUT = { type: 'WALK_OUT', by: 'OB' } as const;

type Actor = ReturnType<typeof onTheFloor>;
const ctxOf = (actor: Actor) => actor.getSnapshot().context;

/** The facilitator moves the floor on until `id` holds it. */
function floorTo(actor: Actor, id: string) {
  for (let n = ctxOf(actor).item!.speakers.length; n > 0 && ctxOf(actor).item!.speakers[0] !== id; n--)
    actor.send({ type: 'SKIP_SPEAKER' });
  expect(ctxOf(actor).item!.speakers[0]).toBe(id);
}

describe('a caucus offer when a delegation leaves the room', () => {
  it('lapses when the delegation that made it leaves, and the room is told so', () => {
    for (const leave of [WALK_OUT, CARD]) {
      const actor = onTheFloor({ humans: { OB: 'Olu', RA: 'Rae' }, speechSeconds: 120 });
      floorTo(actor, 'OB');
      actor.send({ type: 'CAUCUS_OFFER', by: 'OB', to: 'RA', give: 'marange', ask: 'definition' });
      expect(ctxOf(actor).rejection).toBeNull();
      expect(phaseOf(actor.getSnapshot())).toBe('caucus');
      actor.send(leave);
      expect(ctxOf(actor).caucus, leave.type).toBeNull();
      expect(phaseOf(actor.getSnapshot())).toBe('floor');
      expect(ctxOf(actor).transcript.at(-1)).toMatchObject({
        kind: 'procedure',
        text: 'Delegation OB’s caucus offer to Delegation RA lapses: Delegation OB has left the room.',
      });
    }
  });

  it('stands when a delegation it does not concern leaves: the addressee still answers it', () => {
    for (const leave of [WALK_OUT, CARD]) {
      const actor = onTheFloor({ humans: { OB: 'Olu', RA: 'Rae', MA: 'Ama' }, speechSeconds: 120 });
      floorTo(actor, 'RA');
      actor.send({ type: 'CAUCUS_OFFER', by: 'RA', to: 'MA', give: 'marange', ask: 'definition' });
      const offer = ctxOf(actor).caucus;
      expect(offer).not.toBeNull();
      actor.send(leave);
      expect(ctxOf(actor).rejection, leave.type).toBeNull();
      expect(ctxOf(actor).present[5]).toBe(false);
      expect(ctxOf(actor).caucus).toEqual(offer);
      expect(phaseOf(actor.getSnapshot())).toBe('caucus');
      expect(ctxOf(actor).transcript.some((l) => l.text.includes('lapses'))).toBe(false);
      actor.send({ type: 'CAUCUS_REFUSE', by: 'MA' });
      expect(ctxOf(actor).rejection).toBeNull();
      expect(phaseOf(actor.getSnapshot())).toBe('floor');
    }
  });
});

describe('the floor when a delegation on the speakers’ list leaves', () => {
  it('stays with its holder, turn and all, when one further down the list leaves', () => {
    for (const leave of [WALK_OUT, CARD]) {
      const actor = onTheFloor({ humans: { OB: 'Olu', RA: 'Rae' }, speechSeconds: 120 });
      floorTo(actor, 'RA');
      // OB, passed over on the way, asks for the floor again and joins the end of the list.
      actor.send({ type: 'REQUEST_FLOOR', by: 'OB' });
      expect(ctxOf(actor).item!.speakers.at(-1)).toBe('OB');
      actor.send({ type: 'SPEAK', by: 'RA', card: 'd-wide' });
      actor.send({ type: 'TICK', seconds: 30 });
      const turn = ctxOf(actor).item!.turn;
      expect(turn.spoke).toBe(true);
      actor.send(leave);
      expect(ctxOf(actor).item!.speakers[0], leave.type).toBe('RA');
      expect(ctxOf(actor).item!.speakers).not.toContain('OB');
      expect(ctxOf(actor).item!.turn).toEqual(turn);
    }
  });
});
