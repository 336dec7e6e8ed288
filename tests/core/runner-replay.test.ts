// Opening a save and the comparison under another rule (runner.ts): a log the session cannot take says
// at which event and why; a persisted snapshot comes back where it was; a log replayed under another
// rule skips the moves of an item that rule settled sooner, and plays on to the communiqué only when
// the original got there.
import { describe, expect, it } from 'vitest';
import { setup } from 'xstate';
import { createPlenaryMachine, phaseOf, type PlenaryMachine } from '../../src/machines/plenary';
import { replay, replayUnder, restore, runAiSession, startSession } from '../../src/machines/runner';
import type { SessionEvent, SessionInput } from '../../src/model/session';
import { toyLibrary } from './fixtures';

const machine = createPlenaryMachine(toyLibrary);
const input: SessionInput = { scenarioId: 'free-play', rule: 'consensus', seed: 11 };

/** A stand-in chart whose BEGIN fails with `thrown`: a session that breaks part-way through a log. */
const breaksAtBegin = (thrown: unknown) =>
  setup({}).createMachine({
    on: {
      BEGIN: {
        actions: () => {
          throw thrown;
        },
      },
    },
  }) as unknown as PlenaryMachine;

describe('a log the session cannot take', () => {
  it('says at which event the session stopped and why', () => {
    const log: SessionEvent[] = [{ type: 'START' }, { type: 'BEGIN' }, { type: 'PAUSE' }];
    expect(() => replay(breaksAtBegin(new Error('the chair is missing')), input, log)).toThrow(
      'The session stops at event 2 of the log: the chair is missing',
    );
    expect(() => replay(breaksAtBegin('no quorum'), input, log)).toThrow(
      'The session stops at event 2 of the log: no quorum',
    );
    expect(() => replay(breaksAtBegin(new Error('x')), input, log.slice(0, 1))).not.toThrow();
  });

  it('a session that fails to start with something other than an Error still throws an Error', () => {
    const failing = setup({}).createMachine({
      context: () => {
        throw 'no such meeting';
      },
    }) as unknown as PlenaryMachine;
    let caught: unknown;
    try {
      startSession(failing, input);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(Error);
    expect((caught as Error).message).toBe('no such meeting');
  });
});

describe('a saved session', () => {
  it('comes back from its persisted snapshot where it was', () => {
    const actor = startSession(machine, input);
    actor.send({ type: 'START' });
    actor.send({ type: 'BEGIN' });
    actor.send({ type: 'PAUSE' });
    const persisted = actor.getPersistedSnapshot();
    const was = actor.getSnapshot();
    actor.stop();
    const back = restore(machine, persisted, input);
    back.start();
    expect(back.getSnapshot().value).toEqual(was.value);
    expect(back.getSnapshot().context).toEqual(was.context);
    back.stop();
  });
});

describe('a log replayed under another rule', () => {
  it('under its own rule gives the session it came from', () => {
    const snap = runAiSession(machine, toyLibrary, input);
    const { log, logItem } = snap.context;
    const again = replayUnder(machine, toyLibrary, input, log, logItem, 'consensus', true);
    expect(again.context.log).toEqual(log);
    expect(again.context.results).toEqual(snap.context.results);
  });

  it('skips the moves of an item the other rule settled sooner, and none is refused', () => {
    const snap = runAiSession(machine, toyLibrary, input);
    const { log, logItem } = snap.context;
    const under = replayUnder(machine, toyLibrary, input, log, logItem, 'majority', true);
    // Majority adopts the definition at its first call: the consensus debate after it is not replayed.
    expect(under.context.results[0]!.outcome).toBe('adopted');
    expect(under.context.rejection).toBeNull();
    expect(phaseOf(under)).toBe('debrief');
  });

  it('plays on to the communiqué only when the original got there', () => {
    const snap = runAiSession(machine, toyLibrary, input);
    const { log, logItem } = snap.context;
    // The first item's moves only: a session stopped during its debate.
    const first = logItem.findIndex((item) => item > 0);
    expect(first).toBeGreaterThan(5);
    const part = log.slice(0, first - 3);
    const stopped = replayUnder(machine, toyLibrary, input, part, logItem, 'consensus', false);
    expect(stopped.context.log).toEqual(part);
    expect(stopped.context.results).toEqual([]);
    const onward = replayUnder(machine, toyLibrary, input, part, logItem, 'consensus', true);
    expect(onward.context.results.map((r) => r.itemId)).toEqual(['def', 'mar']);
    expect(phaseOf(onward)).toBe('communique');
  });

  it('an entry without its item is taken as the first item’s', () => {
    const snap = runAiSession(machine, toyLibrary, input);
    const { log, logItem } = snap.context;
    const first = logItem.findIndex((item) => item > 0);
    const part = log.slice(0, first - 3);
    const stopped = replayUnder(machine, toyLibrary, input, part, [], 'consensus', false);
    expect(stopped.context.log).toEqual(part);
  });
});
