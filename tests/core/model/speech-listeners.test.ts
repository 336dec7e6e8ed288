// A speech moves the computer-played listeners within earshot toward the argument (persuasion.ts), and
// the session keeps what it did: each listener's new position, the points credited to the speaker in the
// influence table ("who moved whom"), and, for a move of half a point or more, the note the Plenary
// shows beside the seat. People decide for themselves. The toy meeting: BL holds the floor first and
// argues d-mid (50 on the definition); CH (at 70), RB (60) and MA (35) are within earshot of it.
import { describe, expect, it } from 'vitest';
import { hear } from '../../../src/model/procedure/hearing';
import { rosterOf } from '../../../src/model/roster';
import type { SessionContext } from '../../../src/model/session';
import { toyLibrary } from '../fixtures';
import { onTheFloor } from './toy-floor';

const roster = rosterOf(toyLibrary, 'free-play');
const seat = (id: string) => roster.ids.indexOf(id);
const card = toyLibrary.arguments.find((c) => c.id === 'd-mid')!;

/** The context with the floor given, with one seat placed (position and anchor) on the definition. */
function placed(id: string, at: number): SessionContext {
  const ctx = onTheFloor().getSnapshot().context;
  const put = (row: readonly number[]) => row.map((v, i) => (i === seat(id) ? at : v));
  return {
    ...ctx,
    pos: { ...ctx.pos, definition: put(ctx.pos.definition) },
    anc: { ...ctx.anc, definition: put(ctx.anc.definition) },
  };
}

describe('a speech heard by the room', () => {
  it('credits the speaker with exactly the points each listener moved, and notes each move with its argument', () => {
    const actor = onTheFloor();
    const before = actor.getSnapshot().context;
    const kept = JSON.stringify(before);
    actor.send({ type: 'SPEAK', by: 'BL', card: 'd-mid' });
    const after = actor.getSnapshot().context;
    expect(after.rejection).toBeNull();
    const moved = roster.ids.filter((_, i) => after.pos.definition[i] !== before.pos.definition[i]);
    expect(moved.sort()).toEqual(['CH', 'MA', 'RB']);
    // The speaker's row of the influence table: each listener's move, nobody else; no other row.
    const row = after.influence[seat('BL')]!;
    roster.ids.forEach((_, i) => {
      expect(row[i]).toBeCloseTo(Math.abs(after.pos.definition[i]! - before.pos.definition[i]!), 12);
    });
    expect(Object.keys(row)).toEqual(roster.ids.map((_, i) => String(i)));
    expect(after.influence.filter((r, i) => i !== seat('BL') && r !== null)).toEqual([]);
    for (const id of moved) {
      expect(after.lastMove[seat(id)]).toEqual({
        issue: 'definition',
        from: before.pos.definition[seat(id)],
        to: after.pos.definition[seat(id)],
        by: 'BL',
        cause: 'd-mid',
      });
    }
    // The meeting as it stood before the speech is left as it was (a save or an undo reads it).
    expect(JSON.stringify(before)).toBe(kept);
  });

  it('does not move a person in a seat within earshot: people decide for themselves', () => {
    // A person in the Chair's seat (CH, at 70, within earshot); BL still has the floor first.
    const actor = onTheFloor({ humans: { CH: 'Ana' } });
    const before = actor.getSnapshot().context;
    actor.send({ type: 'SPEAK', by: 'BL', card: 'd-mid' });
    const after = actor.getSnapshot().context;
    expect(after.rejection).toBeNull();
    expect(after.pos.definition[seat('CH')]).toBe(before.pos.definition[seat('CH')]);
    expect(after.lastMove[seat('CH')]).toBeNull();
    expect(after.influence[seat('BL')]![seat('CH')]).toBe(0);
    // The computer-played listeners beside it still move.
    expect(after.pos.definition[seat('RB')]).not.toBe(before.pos.definition[seat('RB')]);
  });

  it('reaches a listener exactly at the edge of its openness (30 points for CH), not one beyond it', () => {
    const edge = 50 + roster.openness.definition[seat('CH')]! * 100;
    expect(edge).toBe(80);
    const atEdge = hear(roster, placed('CH', edge), card, 'BL');
    expect(atEdge.pos[seat('CH')]).toBeLessThan(edge);
    expect(atEdge.influenced.map(([i]) => roster.ids[i])).toContain('CH');
    const beyond = hear(roster, placed('CH', edge + 0.001), card, 'BL');
    expect(beyond.pos[seat('CH')]).toBe(edge + 0.001);
    expect(beyond.influenced.map(([i]) => roster.ids[i])).not.toContain('CH');
  });

  it('credits a move under half a point but notes none beside the seat', () => {
    const ctx = placed('CH', 50.5);
    const heard = hear(roster, ctx, card, 'BL');
    const move = 50.5 - heard.pos[seat('CH')]!;
    expect(move).toBeGreaterThan(0);
    expect(move).toBeLessThan(0.5);
    expect(heard.influenced).toContainEqual([seat('CH'), expect.closeTo(move, 12)]);
    expect(heard.lastMove[seat('CH')]).toBeNull();
    // Those who moved further are noted.
    expect(heard.lastMove[seat('MA')]).toMatchObject({ by: 'BL', cause: 'd-mid', from: 35 });
  });

  it('credits nobody with a listener who stays put (at the argument and its own anchor)', () => {
    const ctx = placed('CH', 50);
    const heard = hear(roster, ctx, card, 'BL');
    expect(heard.pos[seat('CH')]).toBe(50);
    expect(heard.influenced.map(([i]) => roster.ids[i]).sort()).toEqual(['MA', 'RB']);
    expect(heard.influenced.every(([, points]) => points > 0)).toBe(true);
  });
});
