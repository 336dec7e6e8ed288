// How a session opens from its settings: the agenda items chosen (in the scenario's order), the seats
// people hold (only delegations sitting at that meeting), its clock not yet run out; and the names a
// screen shows for a seat, whatever id it is given.
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { createPlenaryMachine } from '../../../src/machines/plenary';
import { initialContext, nameOf, shortNameOf } from '../../../src/model/session';
import { toyLibrary } from '../fixtures';

const input = { scenarioId: 'free-play', rule: 'consensus', seed: 7 } as const;

describe('a session opens from its settings', () => {
  it('with the agenda items chosen, in the scenario’s order, and only those', () => {
    expect(initialContext(toyLibrary, input).agenda).toEqual(['def', 'mar']);
    expect(initialContext(toyLibrary, { ...input, items: ['mar'] }).agenda).toEqual(['mar']);
    expect(initialContext(toyLibrary, { ...input, items: ['mar', 'def'] }).agenda).toEqual(['def', 'mar']);
  });

  it('refuses settings it cannot open, saying what is wrong', () => {
    expect(() => initialContext(toyLibrary, { ...input, items: ['nothing'] })).toThrow(
      'No agenda items selected for free-play',
    );
    expect(() => initialContext(toyLibrary, { ...input, humans: { ZZ: 'Ana' } })).toThrow(
      'Delegation "ZZ" does not sit in free-play',
    );
  });

  it('with its time not up: the Plenary’s TIME IS UP notice waits for the limit', () => {
    const actor = createActor(createPlenaryMachine(toyLibrary), { input: { ...input, minutes: 1 } }).start();
    expect(actor.getSnapshot().context.timeUp).toBe(false);
    actor.send({ type: 'START' });
    actor.send({ type: 'BEGIN' });
    for (let s = 0; s < 59; s++) actor.send({ type: 'TICK', seconds: 1 });
    expect(actor.getSnapshot().context.timeUp).toBe(false);
    actor.send({ type: 'TICK', seconds: 1 });
    expect(actor.getSnapshot().context.timeUp).toBe(true);
  });
});

describe('a seat’s name on screen', () => {
  it('is the delegation’s name, or the id itself for a seat no delegation holds (never a crash)', () => {
    expect(nameOf(toyLibrary, 'MA')).toBe('Delegation MA');
    expect(shortNameOf(toyLibrary, 'MA')).toBe('Delegation MA');
    expect(nameOf(toyLibrary, 'ZZ')).toBe('ZZ');
    expect(shortNameOf(toyLibrary, 'ZZ')).toBe('ZZ');
  });
});
