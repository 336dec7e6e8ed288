// The rules refuse a move the meeting is not in shape for, whatever the chart lets through: a speech or a
// draft with no item on the table, an answer to a call nobody made, an answer to an offer nobody made.
// The statechart normally keeps such events away (procedure/shape.ts); the rules say why on their own,
// since the Plenary's "why not?" and the AI ask the rules directly.
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { createPlenaryMachine } from '../../../src/machines/plenary';
import { applyEvent, problemWith } from '../../../src/model/ops';
import { toyLibrary } from '../fixtures';
import { onTheFloor } from './toy-floor';

/** The toy meeting opened, its first item not yet on the table. */
function beforeTheFirstItem() {
  const actor = createActor(createPlenaryMachine(toyLibrary), {
    input: { scenarioId: 'free-play', rule: 'consensus', seed: 7 },
  }).start();
  const ctx = actor.getSnapshot().context;
  actor.stop();
  return ctx;
}

describe('a move the meeting is not in shape for', () => {
  it('with no item on the table: no speech, no draft, no call to answer', () => {
    const ctx = beforeTheFirstItem();
    expect(ctx.item).toBeNull();
    expect(problemWith(toyLibrary, ctx, { type: 'SPEAK', by: 'RA', card: 'a1', yield: true })).toBe(
      'No item is on the table.',
    );
    expect(problemWith(toyLibrary, ctx, { type: 'TABLE_DRAFT', by: 'CH' })).toBe('No item is on the table.');
    expect(problemWith(toyLibrary, ctx, { type: 'CONCUR', by: 'RA' })).toBe('No call for consensus is open.');
    expect(problemWith(toyLibrary, ctx, { type: 'CAUCUS_ACCEPT', by: 'MA' })).toBe(
      'No caucus offer is open.',
    );
    // A move that needs no item is taken.
    expect(problemWith(toyLibrary, ctx, { type: 'PAUSE' })).toBeNull();
  });

  it('on the floor with no call open or offer made: no answer to either', () => {
    const actor = onTheFloor();
    const ctx = actor.getSnapshot().context;
    actor.stop();
    expect(ctx.item).not.toBeNull();
    expect(ctx.item!.call).toBeNull();
    expect(problemWith(toyLibrary, ctx, { type: 'OBJECT', by: 'BL' })).toBe('No call for consensus is open.');
    expect(problemWith(toyLibrary, ctx, { type: 'CLOSE_CALL', by: 'CH' })).toBe(
      'No call for consensus is open.',
    );
    expect(problemWith(toyLibrary, ctx, { type: 'CAUCUS_REFUSE', by: 'MA' })).toBe(
      'No caucus offer is open.',
    );
    // With the item there, the item's own rules answer.
    expect(problemWith(toyLibrary, ctx, { type: 'TABLE_DRAFT', by: 'CH' })).not.toBe(
      'No item is on the table.',
    );
  });

  it('applying such a move anyway is refused loudly, not half done', () => {
    const actor = onTheFloor();
    const ctx = actor.getSnapshot().context;
    actor.stop();
    expect(() => applyEvent(toyLibrary, ctx, { type: 'CLOSE_CALL', by: 'CH' })).toThrow(
      'CLOSE_CALL applied without its shape (call): check first.',
    );
    expect(() => applyEvent(toyLibrary, beforeTheFirstItem(), { type: 'YIELD', by: 'RA' })).toThrow(
      'YIELD applied without its shape (item): check first.',
    );
  });
});
