// Who is put on an item's speakers' list, and the speech clock: the computer's delegations that care
// enough about the issue (salience 0.45 or more), ten at most, beside every person; a list drawn from a
// named few when asked; a speech timer that only runs while someone holds the floor.
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { LIBRARY, plenaryMachine } from '../../../src/machines/default';
import { createPlenaryMachine } from '../../../src/machines/plenary';
import { tickSpeech } from '../../../src/model/ops';
import { speakersFor } from '../../../src/model/procedure/floor';
import { rosterOf } from '../../../src/model/roster';
import { MAX_AI_SPEAKERS } from '../../../src/model/session';
import { toyLibrary } from '../fixtures';
import { onTheFloor } from './toy-floor';

describe('the speakers’ list of an item', () => {
  it('the computer’s delegations that care about the issue, ten at most, and every person', () => {
    const input = { scenarioId: 'washington-plenary-2012' as const, rule: 'consensus' as const, seed: 5 };
    const ctx = createActor(plenaryMachine, { input: { ...input, humans: { ZW: 'Zia' } } })
      .start()
      .getSnapshot().context;
    const roster = rosterOf(LIBRARY, input.scenarioId);
    const caring = roster.ids.filter(
      (id, i) => id !== roster.chair && id !== 'ZW' && ctx.present[i] && ctx.sal.definition[i]! >= 0.45,
    );
    const indifferent = roster.ids.filter(
      (id, i) => id !== roster.chair && id !== 'ZW' && ctx.present[i] && ctx.sal.definition[i]! < 0.45,
    );
    expect(caring.length).toBeGreaterThan(MAX_AI_SPEAKERS);
    expect(indifferent.length).toBeGreaterThan(0);
    const list = speakersFor(LIBRARY, ctx, 'definition');
    expect(list).toContain('ZW');
    expect(list.filter((id) => id !== 'ZW')).toHaveLength(MAX_AI_SPEAKERS);
    for (const id of list.filter((id) => id !== 'ZW')) expect(caring).toContain(id);
    // Drawn from a named few: those of them who care, and the people.
    const few = [caring[0]!, indifferent[0]!];
    expect(speakersFor(LIBRARY, ctx, 'definition', few).sort()).toEqual([caring[0]!, 'ZW'].sort());
  });
});

describe('the speech clock', () => {
  it('runs only while someone holds the floor: before the first item, or with an empty list, a tick changes nothing', () => {
    const machine = createPlenaryMachine(toyLibrary);
    const input = {
      scenarioId: 'free-play' as const,
      rule: 'consensus' as const,
      seed: 7,
      speechSeconds: 60,
    };
    const lobby = createActor(machine, { input }).start().getSnapshot().context;
    expect(lobby.item).toBeNull();
    expect(tickSpeech(toyLibrary, lobby, 30)).toBe(lobby);
    const actor = onTheFloor({ speechSeconds: 60 });
    while (actor.getSnapshot().context.item!.speakers.length) actor.send({ type: 'SKIP_SPEAKER' });
    const empty = actor.getSnapshot().context;
    expect(tickSpeech(toyLibrary, empty, 30)).toBe(empty);
  });

  it('counts a speaker’s seconds and moves the floor on when the time is up', () => {
    const actor = onTheFloor({ speechSeconds: 60 });
    const ctx = actor.getSnapshot().context;
    const [first, second] = ctx.item!.speakers;
    const half = tickSpeech(toyLibrary, ctx, 30);
    expect(half.item!.turn.seconds).toBe(30);
    expect(half.item!.speakers[0]).toBe(first);
    const up = tickSpeech(toyLibrary, half, 30);
    expect(up.item!.speakers[0]).toBe(second);
    expect(up.transcript.at(-1)!.text).toBe(`Time is up for Delegation ${first}.`);
  });
});
