// The agenda is shared out over the meeting's days: a day takes its share of items (the agenda's length
// over the days, rounded up), then the chair adjourns; the next item is readied only when there is no
// item open and the agenda has one left; an agenda naming an item the meeting does not have is refused
// by its name, not played with a hole in it.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { Scenario } from '../../../src/content/types';
import { LIBRARY } from '../../../src/machines/default';
import { createPlenaryMachine } from '../../../src/machines/plenary';
import { runAiSession } from '../../../src/machines/runner';
import type { Library } from '../../../src/model/library';
import { endSession, prepareItem } from '../../../src/model/ops';
import { initialContext } from '../../../src/model/session';
import { toyLibrary } from '../fixtures';

/** The toy meeting with its two items twice over (four items) on two days: two items a day. */
function fourItemsTwoDays(): Library {
  const [sc] = toyLibrary.scenarios as [Scenario, ...Scenario[]];
  const agenda = [
    ...sc.agenda,
    ...sc.agenda.map((a) => ({ ...a, id: `${a.id}-2`, title: `${a.title} again` })),
  ];
  return { ...toyLibrary, scenarios: [{ ...sc, days: 2, agenda }, ...toyLibrary.scenarios.slice(1)] };
}

describe('items a day', () => {
  it('a meeting of four items over two days takes two a day, and the chair adjourns between', () => {
    const lib = fourItemsTwoDays();
    const end = runAiSession(createPlenaryMachine(lib), lib, {
      scenarioId: 'free-play',
      rule: 'consensus',
      seed: 3,
    });
    const ctx = end.context;
    expect(ctx.results.map((r) => [r.itemId, r.day])).toEqual([
      ['def', 1],
      ['mar', 1],
      ['def-2', 2],
      ['mar-2', 2],
    ]);
    expect(ctx.transcript.filter((l) => l.text === 'Day 2 opens.')).toHaveLength(1);
  });

  it('the chair adjourns a day in the room’s hearing, but not the last one', () => {
    const actor = createActor(createPlenaryMachine(toyLibrary), {
      input: { scenarioId: 'free-play', rule: 'consensus', seed: 1, humans: { CH: 'Chair' } },
    }).start();
    actor.send({ type: 'START' });
    actor.send({ type: 'BEGIN' });
    actor.send({ type: 'ADJOURN', by: 'CH' });
    expect(actor.getSnapshot().context.rejection).toBeNull();
    expect(actor.getSnapshot().context.transcript.at(-1)).toMatchObject({
      kind: 'procedure',
      by: 'CH',
      text: 'The Chair adjourns day 1.',
    });
  });
});

describe('readying the next item', () => {
  it('leaves an item already open as it is, and does nothing once the agenda is done', () => {
    const begun = prepareItem(
      toyLibrary,
      initialContext(toyLibrary, { scenarioId: 'free-play', rule: 'consensus', seed: 1 }),
    );
    expect(begun.item?.id).toBe('def');
    const open = { ...begun, itemIndex: 1 };
    expect(prepareItem(toyLibrary, open)).toBe(open);
    const done = { ...begun, item: null, itemIndex: begun.agenda.length };
    expect(prepareItem(toyLibrary, done)).toBe(done);
  });

  it('an agenda item the meeting does not have is named, whether readied or left unreached at the end', () => {
    const ctx = initialContext(toyLibrary, { scenarioId: 'free-play', rule: 'consensus', seed: 1 });
    const bad = { ...ctx, agenda: ['def', 'no-such-item'], itemIndex: 1 };
    expect(() => prepareItem(toyLibrary, bad)).toThrow('Agenda item "no-such-item" is not in the scenario.');
    expect(() => endSession(toyLibrary, bad)).toThrow('Agenda item "no-such-item" is not in the scenario.');
  });

  it('the real meetings’ agendas name only their own items', () => {
    for (const sc of LIBRARY.scenarios.filter((s) => s.agenda.length)) {
      const ctx = initialContext(LIBRARY, { scenarioId: sc.id, rule: 'consensus', seed: 1 });
      expect(endSession(LIBRARY, ctx).results).toHaveLength(sc.agenda.length);
    }
  });
});
