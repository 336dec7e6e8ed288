// A move the rules do not allow on the floor or in a caucus is refused with a reason that says which
// rule it broke, and changes nothing: a second speech in one turn, an argument that does not exist, is
// about another issue, is not the speaker's to make or was already made; an observer's amendment, a
// second amendment in a turn; asking for the floor twice; a caucus with oneself, with an absent
// delegation, giving and asking on one issue, past the limit of offers; an answer from the wrong
// delegation; pressure on oneself, on the absent, past the limit. Each refusal is the player's only
// feedback, so each is pinned by its words.
import { describe, expect, it } from 'vitest';
import { onTheFloor } from './toy-floor';
import { ISSUE_NAME } from '../../../src/content/issues';
import { playableBy } from '../../../src/model/procedure/floor';
import { rosterOf } from '../../../src/model/roster';
import { MAX_OFFERS, type SessionEvent } from '../../../src/model/session';
import { argumentsList, toyLibrary } from '../fixtures';

type Actor = ReturnType<typeof onTheFloor>;
const ctxOf = (actor: Actor) => actor.getSnapshot().context;

function floorTo(actor: Actor, id: string) {
  for (let n = ctxOf(actor).item!.speakers.length; n > 0 && ctxOf(actor).item!.speakers[0] !== id; n--)
    actor.send({ type: 'SKIP_SPEAKER' });
  expect(ctxOf(actor).item!.speakers[0]).toBe(id);
}

/** Sends a move the rules should refuse: nothing else changes, and the refusal's reason comes back. */
function refusal(actor: Actor, ev: SessionEvent): string | undefined {
  const before = ctxOf(actor);
  actor.send(ev);
  const after = ctxOf(actor);
  expect(after.transcript).toEqual(before.transcript);
  expect(after.pos).toEqual(before.pos);
  expect(after.item).toEqual(before.item);
  expect(after.caucus).toEqual(before.caucus);
  expect(after.offersMade).toEqual(before.offersMade);
  return after.rejection?.reason;
}

describe('speaking on the floor', () => {
  it('one argument a turn, one that exists, on the item’s issue, the speaker’s own and not yet made', () => {
    const actor = onTheFloor({ humans: { RA: 'Rae', MA: 'Ama' } });
    floorTo(actor, 'RA');
    expect(refusal(actor, { type: 'SPEAK', by: 'RA', card: 'no-such-card' })).toBe(
      'There is no argument "no-such-card".',
    );
    expect(refusal(actor, { type: 'SPEAK', by: 'RA', card: 'm-keep' })).toBe(
      `That argument is about ${ISSUE_NAME.marange}, not the item on the table.`,
    );
    expect(refusal(actor, { type: 'SPEAK', by: 'RA', card: 'd-narrow' })).toBe(
      'Delegation RA cannot credibly make that argument.',
    );
    actor.send({ type: 'SPEAK', by: 'RA', card: 'd-mid' });
    expect(ctxOf(actor).rejection).toBeNull();
    expect(refusal(actor, { type: 'SPEAK', by: 'RA', card: 'd-wide' })).toBe(
      'You have already spoken this turn: amend, caucus or yield.',
    );
    actor.send({ type: 'YIELD', by: 'RA' });
    if (!ctxOf(actor).item!.speakers.includes('MA')) actor.send({ type: 'REQUEST_FLOOR', by: 'MA' });
    floorTo(actor, 'MA');
    expect(refusal(actor, { type: 'SPEAK', by: 'MA', card: 'd-mid' })).toBe(
      'That argument has already been made on this item.',
    );
    actor.send({ type: 'SPEAK', by: 'MA', card: 'd-narrow' });
    expect(ctxOf(actor).rejection).toBeNull();
  });

  it('a delegation not at the meeting can make no argument, whatever its bloc', () => {
    const roster = rosterOf(toyLibrary, 'free-play');
    for (const card of argumentsList) expect(playableBy(card, 'XX', roster)).toBe(false);
    expect(playableBy(argumentsList[0]!, 'RA', roster)).toBe(true);
  });

  it('asking for the floor when already on the list is refused', () => {
    const actor = onTheFloor({ humans: { RA: 'Rae' } });
    expect(ctxOf(actor).item!.speakers).toContain('RA');
    expect(refusal(actor, { type: 'REQUEST_FLOOR', by: 'RA' })).toBe(
      'You are already on the speakers’ list.',
    );
  });
});

describe('amending the draft', () => {
  it('an observer may speak to the text but not amend it', () => {
    const actor = onTheFloor({ humans: { OB: 'Olu' } });
    floorTo(actor, 'OB');
    expect(refusal(actor, { type: 'AMEND', by: 'OB', op: 'add', clause: 'hr' })).toBe(
      'Observers may speak to the text but cannot amend it.',
    );
  });

  it('one amendment per turn', () => {
    const actor = onTheFloor({ humans: { RA: 'Rae' } });
    floorTo(actor, 'RA');
    actor.send({ type: 'AMEND', by: 'RA', op: 'add', clause: 'hr' });
    expect(ctxOf(actor).rejection).toBeNull();
    expect(ctxOf(actor).item!.clauses).toContain('hr');
    expect(refusal(actor, { type: 'AMEND', by: 'RA', op: 'add', clause: 'narrow' })).toBe(
      'One amendment per turn.',
    );
  });
});

describe('caucus offers and their answers', () => {
  it('need two delegations, both in the room, and two different issues', () => {
    const actor = onTheFloor({ humans: { RA: 'Rae', MA: 'Ama' } });
    floorTo(actor, 'RA');
    const offer = { type: 'CAUCUS_OFFER', by: 'RA', give: 'marange', ask: 'definition' } as const;
    expect(refusal(actor, { ...offer, to: 'RA' })).toBe('A caucus needs two delegations.');
    expect(refusal(actor, { ...offer, to: 'MA', ask: 'marange' })).toBe(
      'Give on one issue to ask on another.',
    );
    actor.send({ type: 'WALK_OUT', by: 'OB' });
    expect(ctxOf(actor).rejection).toBeNull();
    expect(refusal(actor, { ...offer, to: 'OB' })).toBe('Delegation OB is not in the room.');
  });

  it('are answered by their addressee only; a refusal is said, nothing moves', () => {
    const actor = onTheFloor({ humans: { RA: 'Rae', MA: 'Ama', BL: 'Bo' } });
    floorTo(actor, 'RA');
    actor.send({ type: 'CAUCUS_OFFER', by: 'RA', to: 'MA', give: 'marange', ask: 'definition' });
    expect(ctxOf(actor).caucus).not.toBeNull();
    expect(refusal(actor, { type: 'CAUCUS_ACCEPT', by: 'BL' })).toBe(
      'The offer is addressed to Delegation MA.',
    );
    expect(refusal(actor, { type: 'CAUCUS_REFUSE', by: 'BL' })).toBe(
      'The offer is addressed to Delegation MA.',
    );
    const pos = ctxOf(actor).pos;
    actor.send({ type: 'CAUCUS_REFUSE', by: 'MA' });
    expect(ctxOf(actor).caucus).toBeNull();
    expect(ctxOf(actor).pos).toEqual(pos);
    expect(ctxOf(actor).transcript.at(-1)).toMatchObject({
      kind: 'caucus',
      by: 'MA',
      moved: false,
      text: 'Delegation MA declines the caucus offer.',
    });
  });

  it(`are limited to ${MAX_OFFERS} a delegation, and pressure counts among them`, () => {
    const actor = onTheFloor({ humans: { RA: 'Rae', MA: 'Ama' } });
    floorTo(actor, 'RA');
    for (let n = 0; n < MAX_OFFERS; n++) {
      actor.send({ type: 'CAUCUS_OFFER', by: 'RA', to: 'MA', give: 'marange', ask: 'definition' });
      expect(ctxOf(actor).rejection, `offer ${n + 1}`).toBeNull();
      actor.send({ type: 'CAUCUS_REFUSE', by: 'MA' });
    }
    expect(ctxOf(actor).offersMade.RA).toBe(MAX_OFFERS);
    expect(
      refusal(actor, { type: 'CAUCUS_OFFER', by: 'RA', to: 'MA', give: 'marange', ask: 'definition' }),
    ).toBe(`No more than ${MAX_OFFERS} caucus offers per delegation.`);
    expect(refusal(actor, { type: 'PRESSURE', by: 'RA', to: 'MA' })).toBe(
      `No more than ${MAX_OFFERS} caucus moves per delegation.`,
    );
  });
});

describe('pressure', () => {
  it('needs a target other than oneself, in the room', () => {
    const actor = onTheFloor({ humans: { RA: 'Rae' } });
    floorTo(actor, 'RA');
    expect(refusal(actor, { type: 'PRESSURE', by: 'RA', to: 'RA' })).toBe('Pressure needs a target.');
    actor.send({ type: 'WALK_OUT', by: 'OB' });
    expect(refusal(actor, { type: 'PRESSURE', by: 'RA', to: 'OB' })).toBe(
      'Delegation OB is not in the room.',
    );
  });

  it('on a delegation a person plays is only said: the person answers it, the rules do not', () => {
    const actor = onTheFloor({ humans: { RA: 'Rae', MA: 'Ama' } });
    floorTo(actor, 'RA');
    const pos = ctxOf(actor).pos;
    actor.send({ type: 'PRESSURE', by: 'RA', to: 'MA' });
    expect(ctxOf(actor).rejection).toBeNull();
    expect(ctxOf(actor).pos).toEqual(pos);
    expect(ctxOf(actor).offersMade.RA).toBe(1);
    expect(ctxOf(actor).transcript.at(-1)).toMatchObject({
      kind: 'caucus',
      by: 'RA',
      text: `Delegation RA presses Delegation MA on ${ISSUE_NAME.definition}.`,
    });
  });
});
