// What the floor's moves leave in the record and on the list: an amendment's line says who added or struck
// which clause, a speech that yields hands the floor to the next speaker with a fresh turn, and only the
// speaker may yield.
import { describe, expect, it } from 'vitest';
import { playableBy } from '../../../src/model/procedure/floor';
import { rosterOf } from '../../../src/model/roster';
import { argumentsList, toyLibrary } from '../fixtures';
import { onTheFloor } from './toy-floor';

type Actor = ReturnType<typeof onTheFloor>;
const ctxOf = (actor: Actor) => actor.getSnapshot().context;

/** The toy meeting on the floor, RA (a person) holding it. */
function raSpeaking(): Actor {
  const actor = onTheFloor({ humans: { RA: 'Rae', MA: 'Ama' } });
  for (let n = ctxOf(actor).item!.speakers.length; n > 0 && ctxOf(actor).item!.speakers[0] !== 'RA'; n--)
    actor.send({ type: 'SKIP_SPEAKER' });
  expect(ctxOf(actor).item!.speakers[0]).toBe('RA');
  return actor;
}

describe('the floor’s moves in the record', () => {
  it('an amendment’s line says who added or struck which clause', () => {
    const actor = raSpeaking();
    actor.send({ type: 'AMEND', by: 'RA', op: 'add', clause: 'hr' });
    expect(ctxOf(actor).rejection).toBeNull();
    expect(ctxOf(actor).transcript.at(-1)).toMatchObject({
      kind: 'amendment',
      by: 'RA',
      text: 'Delegation RA adds “Human rights”.',
    });
    const struck = raSpeaking();
    struck.send({ type: 'AMEND', by: 'RA', op: 'remove', clause: 'wide' });
    expect(ctxOf(struck).item!.clauses).toEqual([]);
    expect(ctxOf(struck).transcript.at(-1)).toMatchObject({
      kind: 'amendment',
      by: 'RA',
      text: 'Delegation RA strikes “State forces”.',
    });
  });

  it('a speech that yields hands the floor on, with a fresh turn for the next speaker', () => {
    const actor = raSpeaking();
    const roster = rosterOf(toyLibrary, 'free-play');
    const card = argumentsList.find((c) => c.issue === 'definition' && playableBy(c, 'RA', roster))!;
    const [, next, ...rest] = ctxOf(actor).item!.speakers;
    expect(next).toBeDefined();
    actor.send({ type: 'AMEND', by: 'RA', op: 'add', clause: 'hr' });
    actor.send({ type: 'SPEAK', by: 'RA', card: card.id, yield: true });
    expect(ctxOf(actor).rejection).toBeNull();
    expect(ctxOf(actor).item!.speakers).toEqual([next, ...rest]);
    expect(ctxOf(actor).item!.turn).toEqual({ spoke: false, amended: false, seconds: 0 });
  });

  it('only the speaker may yield the floor', () => {
    const actor = raSpeaking();
    const speakers = ctxOf(actor).item!.speakers;
    actor.send({ type: 'YIELD', by: 'MA' });
    expect(ctxOf(actor).rejection?.reason).toMatch(/RA/);
    expect(ctxOf(actor).item!.speakers).toEqual(speakers);
  });
});
