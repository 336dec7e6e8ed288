// The plenary's procedure as players meet it, through the machine's events and snapshots: the
// facilitator moving the floor on, the speech timer's limit, a draft that changes nothing, walking out
// (on its own or taken out by an event card).
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { Clause } from '../../../src/content/types';
import { nextAiEvent } from '../../../src/model/ai';
import { stepChart } from '../../../src/machines/step';
import type { Library } from '../../../src/model/library';
import type { SessionInput } from '../../../src/model/session';
import { factsOf, createPlenaryMachine, phaseOf } from '../../../src/machines/plenary';
import { toyLibrary } from '../fixtures';

const input: SessionInput = { scenarioId: 'free-play', rule: 'consensus', seed: 7 };

function onTheFloor(extra: Partial<SessionInput> = {}, lib: Library = toyLibrary) {
  const actor = createActor(createPlenaryMachine(lib), { input: { ...input, ...extra } }).start();
  actor.send({ type: 'START' });
  actor.send({ type: 'BEGIN' });
  actor.send({ type: 'OPEN_FLOOR', by: 'CH' });
  return actor;
}
const ctxOf = (actor: ReturnType<typeof onTheFloor>) => actor.getSnapshot().context;

/** The facilitator moves the floor on until `until` holds (at most once per listed speaker). */
function skipUntil(actor: ReturnType<typeof onTheFloor>, until: () => boolean) {
  for (let n = ctxOf(actor).item!.speakers.length; n > 0 && !until(); n--)
    actor.send({ type: 'SKIP_SPEAKER' });
  expect(until()).toBe(true);
}

describe('the facilitator moves the floor on (SKIP_SPEAKER)', () => {
  it('the speaker loses the floor to the next on the list, who starts a fresh turn', () => {
    const actor = onTheFloor({ humans: { RA: 'Rae', RB: 'Rob' }, speechSeconds: 120 });
    const before = ctxOf(actor).item!.speakers;
    const [first, second] = before;
    actor.send({ type: 'SPEAK', by: first!, card: first === 'RA' ? 'd-wide' : 'd-mid' });
    actor.send({ type: 'TICK', seconds: 30 });
    actor.send({ type: 'SKIP_SPEAKER' });
    const after = ctxOf(actor);
    expect(after.rejection).toBeNull();
    expect(after.item!.speakers).toEqual(before.slice(1));
    expect(after.item!.speakers[0]).toBe(second);
    expect(after.item!.turn).toEqual({ spoke: false, amended: false, seconds: 0 });
    expect(after.transcript.at(-1)!.text).toBe(
      `The facilitator moves the floor on from Delegation ${first}.`,
    );
    // The skipped delegation can no longer speak; the next one can.
    actor.send({ type: 'YIELD', by: first! });
    expect(ctxOf(actor).rejection?.reason).toMatch(/turn to speak/);
  });

  it('is refused, changing nothing, when nobody holds the floor', () => {
    const actor = onTheFloor();
    for (const id of ctxOf(actor).item!.speakers) actor.send({ type: 'YIELD', by: id });
    expect(ctxOf(actor).item!.speakers).toEqual([]);
    const transcript = ctxOf(actor).transcript.length;
    actor.send({ type: 'SKIP_SPEAKER' });
    expect(ctxOf(actor).rejection?.reason).toBe('The speakers’ list is empty.');
    expect(ctxOf(actor).transcript).toHaveLength(transcript);
  });
});

describe('the speech timer', () => {
  it('the floor passes exactly when the speaker’s time is up, not a second before', () => {
    const actor = onTheFloor({ speechSeconds: 60 });
    const first = ctxOf(actor).item!.speakers[0];
    actor.send({ type: 'TICK', seconds: 59 });
    expect(ctxOf(actor).item!.speakers[0]).toBe(first);
    expect(ctxOf(actor).item!.turn.seconds).toBe(59);
    actor.send({ type: 'TICK', seconds: 1 });
    expect(ctxOf(actor).item!.speakers[0]).not.toBe(first);
    expect(ctxOf(actor).item!.turn.seconds).toBe(0);
    expect(ctxOf(actor).transcript.at(-1)!.text).toBe(`Time is up for Delegation ${first}.`);
  });

  it('counts time across ticks and on the meeting clock', () => {
    const actor = onTheFloor({ speechSeconds: 60 });
    actor.send({ type: 'TICK', seconds: 20 });
    actor.send({ type: 'TICK', seconds: 20 });
    expect(ctxOf(actor).item!.turn.seconds).toBe(40);
    expect(ctxOf(actor).elapsed).toBe(40);
  });

  it('without a timer a speaker keeps the floor however long it speaks', () => {
    const actor = onTheFloor();
    const first = ctxOf(actor).item!.speakers[0];
    actor.send({ type: 'TICK', seconds: 10_000 });
    expect(ctxOf(actor).item!.speakers[0]).toBe(first);
    expect(ctxOf(actor).item!.turn.seconds).toBe(0);
    expect(ctxOf(actor).elapsed).toBe(10_000);
  });

  it('a tick must be a positive number of seconds', () => {
    const actor = onTheFloor({ speechSeconds: 60 });
    for (const seconds of [0, -5, Number.POSITIVE_INFINITY, Number.NaN]) {
      actor.send({ type: 'TICK', seconds });
      expect(ctxOf(actor).rejection?.reason).toBe('A tick needs a positive number of seconds.');
    }
    expect(ctxOf(actor).elapsed).toBe(0);
  });
});

describe('a draft that changes nothing', () => {
  // The definition item's status quo is 0 and it opens with "wide" (+50): striking it leaves nothing.
  it('cannot be tabled: the chair is told to add a clause or defer', () => {
    const actor = onTheFloor({ humans: { CH: 'Chair', RA: 'Rae' } });
    skipUntil(actor, () => ctxOf(actor).item!.speakers[0] === 'RA');
    actor.send({ type: 'AMEND', by: 'RA', op: 'remove', clause: 'wide' });
    expect(ctxOf(actor).item!.clauses).toEqual([]);
    actor.send({ type: 'TABLE_DRAFT', by: 'CH' });
    expect(ctxOf(actor).rejection?.reason).toBe(
      'The draft changes nothing: add a clause first, or defer the item.',
    );
    expect(phaseOf(actor.getSnapshot())).toBe('floor');
  });

  it('an AI chair with an empty list defers such an item instead of tabling it', () => {
    const actor = onTheFloor({ humans: { RA: 'Rae' } });
    skipUntil(actor, () => ctxOf(actor).item!.speakers[0] === 'RA');
    actor.send({ type: 'AMEND', by: 'RA', op: 'remove', clause: 'wide' });
    skipUntil(actor, () => ctxOf(actor).item!.speakers.length === 0);
    const snap = actor.getSnapshot();
    expect(nextAiEvent(toyLibrary, factsOf(snap), snap.context)).toEqual({ type: 'DEFER', by: 'CH' });
  });

  it('half a point from the status quo is a change; less is not', () => {
    const tiny = (effect: number): Library => ({
      ...toyLibrary,
      clauses: [...toyLibrary.clauses, { ...(toyLibrary.clauses[0] as Clause), id: 'tiny', effect }],
      scenarios: toyLibrary.scenarios.map((s) => ({
        ...s,
        agenda: s.agenda.map((a) => (a.id === 'def' ? { ...a, initialClauses: ['tiny'] } : a)),
      })),
    });
    const table = (effect: number) => {
      const actor = onTheFloor({ humans: { CH: 'Chair' } }, tiny(effect));
      actor.send({ type: 'TABLE_DRAFT', by: 'CH' });
      return phaseOf(actor.getSnapshot());
    };
    expect(table(0.4)).toBe('floor');
    expect(table(0.5)).toBe('chairDraft');
    expect(table(-0.5)).toBe('floor'); // clamped to the status quo at 0
  });
});

describe('walking out', () => {
  it('an observer leaves the room and the speakers’ list; it can do nothing more', () => {
    const actor = onTheFloor({ humans: { OB: 'Olu' } });
    expect(ctxOf(actor).item!.speakers).toContain('OB');
    actor.send({ type: 'WALK_OUT', by: 'OB' });
    const after = ctxOf(actor);
    expect(after.rejection).toBeNull();
    expect(after.present[5]).toBe(false);
    expect(after.item!.speakers).not.toContain('OB');
    expect(after.transcript.at(-1)).toMatchObject({
      kind: 'walkout',
      by: 'OB',
      text: 'Delegation OB walks out of the meeting in protest.',
    });
    actor.send({ type: 'REQUEST_FLOOR', by: 'OB' });
    expect(ctxOf(actor).rejection?.reason).toBe('Delegation OB is not in the room.');
    expect(ctxOf(actor).item!.speakers).not.toContain('OB');
  });

  it('only observers walk out: a participant objects instead', () => {
    const actor = onTheFloor({ humans: { BL: 'Bo' } });
    actor.send({ type: 'WALK_OUT', by: 'BL' });
    expect(ctxOf(actor).rejection?.reason).toBe('Only observers walk out; participants object.');
    expect(ctxOf(actor).present[4]).toBe(true);
  });

  it('an empty seat stays empty: the next day’s floor opens without it', () => {
    const actor = onTheFloor({ humans: { OB: 'Olu' } });
    actor.send({ type: 'WALK_OUT', by: 'OB' });
    actor.send({ type: 'DEFER', by: 'CH' });
    expect(phaseOf(actor.getSnapshot())).toBe('adjourned'); // one item a day
    actor.send({ type: 'NEXT_DAY', by: 'CH' });
    actor.send({ type: 'OPEN_FLOOR', by: 'CH' });
    expect(ctxOf(actor).item!.id).toBe('mar');
    expect(ctxOf(actor).item!.speakers).not.toContain('OB');
  });
});

describe('leaving the room, by walking out or by an event card', () => {
  // The toy library's one event card shifts MA and takes the observer OB out of the room.
  const CARD = { type: 'INJECT', card: 'ev-shift' } as const;

  it('a delegation taken out by an event card leaves the speakers’ list too', () => {
    const actor = onTheFloor({ humans: { OB: 'Olu' } });
    expect(ctxOf(actor).item!.speakers).toContain('OB');
    const others = ctxOf(actor).item!.speakers.filter((id) => id !== 'OB');
    actor.send(CARD);
    expect(ctxOf(actor).rejection).toBeNull();
    expect(ctxOf(actor).present[5]).toBe(false);
    expect(ctxOf(actor).item!.speakers).toEqual(others);
  });

  it('a delegation holding the floor when it leaves passes it on: the next speaker starts a fresh turn', () => {
    for (const leave of [{ type: 'WALK_OUT', by: 'OB' } as const, CARD]) {
      const actor = onTheFloor({ humans: { OB: 'Olu' }, speechSeconds: 120 });
      skipUntil(actor, () => ctxOf(actor).item!.speakers[0] === 'OB');
      actor.send({ type: 'SPEAK', by: 'OB', card: 'd-wide' });
      actor.send({ type: 'TICK', seconds: 30 });
      const next = ctxOf(actor).item!.speakers[1];
      actor.send(leave);
      expect(ctxOf(actor).item!.speakers[0]).toBe(next);
      expect(ctxOf(actor).item!.turn).toEqual({ spoke: false, amended: false, seconds: 0 });
    }
  });

  it('a caucus offer to a delegation that leaves lapses, and the floor takes up again', () => {
    for (const leave of [{ type: 'WALK_OUT', by: 'OB' } as const, CARD]) {
      const actor = onTheFloor({ humans: { RA: 'Rae', OB: 'Olu' } });
      skipUntil(actor, () => ctxOf(actor).item!.speakers[0] === 'RA');
      actor.send({ type: 'CAUCUS_OFFER', by: 'RA', to: 'OB', give: 'marange', ask: 'definition' });
      expect(phaseOf(actor.getSnapshot())).toBe('caucus');
      actor.send(leave);
      expect(phaseOf(actor.getSnapshot())).toBe('floor');
      expect(ctxOf(actor).caucus).toBeNull();
      expect(ctxOf(actor).transcript.at(-1)!.text).toBe(
        'Delegation RA’s caucus offer to Delegation OB lapses: Delegation OB has left the room.',
      );
      // RA still holds the floor and can go on.
      actor.send({ type: 'YIELD', by: 'RA' });
      expect(ctxOf(actor).rejection).toBeNull();
    }
  });

  it('an AI-only meeting with the card played at its opening plays through to the communiqué, nothing refused', () => {
    const actor = onTheFloor();
    expect(ctxOf(actor).item!.speakers).toContain('OB');
    actor.send(CARD);
    let refused = 0;
    for (let n = 0; n < 500 && phaseOf(actor.getSnapshot()) !== 'communique'; n++) {
      const snap = actor.getSnapshot();
      const ev = nextAiEvent(toyLibrary, factsOf(snap), snap.context);
      if (!ev) break;
      actor.send(ev);
      if (ctxOf(actor).rejection) refused++;
    }
    expect(refused).toBe(0);
    expect(phaseOf(actor.getSnapshot())).toBe('communique');
  });

  it('a step without the actor (the pace’s forecast) follows the chart back to the floor when an offer lapses', () => {
    const actor = onTheFloor({ humans: { RA: 'Rae', OB: 'Olu' } });
    skipUntil(actor, () => ctxOf(actor).item!.speakers[0] === 'RA');
    actor.send({ type: 'CAUCUS_OFFER', by: 'RA', to: 'OB', give: 'marange', ask: 'definition' });
    const stepped = stepChart(toyLibrary, 'caucus', ctxOf(actor), { type: 'WALK_OUT', by: 'OB' });
    actor.send({ type: 'WALK_OUT', by: 'OB' });
    expect(stepped?.phase).toBe('floor');
    expect(stepped?.phase).toBe(phaseOf(actor.getSnapshot()));
  });
});
