// Driving a session: the AI moves until a person must, a bounded number of steps, or a refusal; a
// session that cannot start or a log that cannot replay says why and where; a stuck AI is reported,
// not left spinning.
import { describe, expect, it } from 'vitest';
import { createPlenaryMachine, phaseOf } from '../../src/machines/plenary';
import {
  MAX_EVENTS,
  playAi,
  replay,
  runAiSession,
  startSession,
  type SessionActor,
} from '../../src/machines/runner';
import type { SessionEvent, SessionInput } from '../../src/model/session';
import { toyLibrary } from './fixtures';

const machine = createPlenaryMachine(toyLibrary);
const input: SessionInput = { scenarioId: 'free-play', rule: 'consensus', seed: 11 };

function begun(extra: Partial<SessionInput> = {}) {
  const actor = startSession(machine, { ...input, ...extra });
  actor.send({ type: 'START' });
  actor.send({ type: 'BEGIN' });
  return actor;
}

describe('the AI plays', () => {
  it('exactly the number of steps asked, each one an event in the log', () => {
    const actor = begun();
    const before = actor.getSnapshot().context.log.length;
    expect(playAi(toyLibrary, actor, 3)).toBe(3);
    expect(actor.getSnapshot().context.log.length).toBe(before + 3);
    expect(playAi(toyLibrary, actor, 0)).toBe(0);
    expect(actor.getSnapshot().context.log.length).toBe(before + 3);
  });

  it('until a person must move, and says how many moves it made', () => {
    const actor = begun({ humans: { RA: 'Rae' } });
    const sent = playAi(toyLibrary, actor);
    expect(sent).toBeGreaterThan(0);
    expect(playAi(toyLibrary, actor)).toBe(0);
    expect(phaseOf(actor.getSnapshot())).not.toBe('communique');
  });

  it('a whole AI-only session ends in the debrief with every item decided', () => {
    const snap = runAiSession(machine, toyLibrary, input);
    expect(phaseOf(snap)).toBe('debrief');
    expect(snap.context.results.map((r) => r.itemId)).toEqual(['def', 'mar']);
  });

  it('a session that needs a person cannot be run as AI-only, and says where it stopped', () => {
    expect(() => runAiSession(machine, toyLibrary, { ...input, humans: { RA: 'Rae' } })).toThrow(
      /^AI-only session stopped in \w+/,
    );
  });

  it('stops at a refused move instead of proposing it again', () => {
    // A stand-in actor that refuses everything: the AI sends one move and leaves it to people.
    const real = begun();
    let sent = 0;
    const refusing: SessionActor = {
      send: () => void sent++,
      getSnapshot: () => {
        const snap = real.getSnapshot();
        return sent ? { ...snap, context: { ...snap.context, rejection: { reason: 'No.' } } } : snap;
      },
    } as SessionActor;
    expect(playAi(toyLibrary, refusing)).toBe(0);
    expect(sent).toBe(1);
  });

  it('reports an AI that never reaches a decision point instead of spinning forever', () => {
    // A stand-in actor that accepts every move and never changes.
    const frozen = begun().getSnapshot();
    let sent = 0;
    const stuck: SessionActor = { send: () => void sent++, getSnapshot: () => frozen };
    expect(() => playAi(toyLibrary, stuck)).toThrow(
      `The AI sent ${MAX_EVENTS} events without reaching a decision point`,
    );
    expect(sent).toBe(MAX_EVENTS);
    expect(MAX_EVENTS).toBe(20_000);
  });
});

describe('starting and replaying a session', () => {
  it('a session that cannot be built throws its reason', () => {
    expect(() => startSession(machine, { ...input, scenarioId: 'nowhere' as never })).toThrow(
      /Unknown scenario "nowhere"/,
    );
    expect(phaseOf(startSession(machine, input).getSnapshot())).toBe('setup');
  });

  it('a log with a malformed entry names the entry and the fault', () => {
    const log = runAiSession(machine, toyLibrary, input).context.log;
    const broken = [...log.slice(0, 2), { type: 'SPEAK' } as unknown as SessionEvent, ...log.slice(2)];
    expect(() => replay(machine, input, broken)).toThrow(/^Event 3 of the log is not valid\. .+/);
  });

  it('a replayed log gives the same session, move for move', () => {
    const snap = runAiSession(machine, toyLibrary, input);
    const again = replay(machine, input, snap.context.log);
    expect(again.context.results).toEqual(snap.context.results);
    expect(again.context.transcript).toEqual(snap.context.transcript);
    expect(phaseOf(again)).toBe('debrief');
  });
});
