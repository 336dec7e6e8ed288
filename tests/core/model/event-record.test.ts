// What every event leaves behind: it is counted (accepted or refused), a refused one is recorded with its
// number, its type, its reason and who made it (the classroom's news shows a refusal to that seat only,
// once), each transcript line carries the number of the event that said it, and after a replay (opening
// a save) every later snapshot keeps its own lists again.
import { describe, expect, it } from 'vitest';
import { replay } from '../../../src/machines/runner';
import { toyLibrary } from '../fixtures';
import { createPlenaryMachine } from '../../../src/machines/plenary';
import { onTheFloor } from './toy-floor';

describe('what every event leaves behind', () => {
  it('a refused move: its number, type, reason and author; one with no author names nobody', () => {
    const actor = onTheFloor();
    const seq = actor.getSnapshot().context.seq;
    // MA does not have the floor (BL does).
    actor.send({ type: 'SPEAK', by: 'MA', card: 'd-mid' });
    const refused = actor.getSnapshot().context;
    expect(refused.seq).toBe(seq + 1);
    expect(refused.rejection).toEqual({ seq, type: 'SPEAK', by: 'MA', reason: expect.any(String) });
    expect(refused.rejection!.reason.length).toBeGreaterThan(10);
    actor.send({ type: 'RESUME' });
    const unpaused = actor.getSnapshot().context;
    expect(unpaused.seq).toBe(seq + 2);
    expect(unpaused.rejection).toEqual({
      seq: seq + 1,
      type: 'RESUME',
      reason: 'The session is not paused.',
    });
  });

  it('every event counts one, and each transcript line carries the number of the event that said it', () => {
    const actor = onTheFloor();
    const before = actor.getSnapshot().context;
    actor.send({ type: 'SPEAK', by: 'BL', card: 'd-mid' });
    const after = actor.getSnapshot().context;
    expect(after.seq).toBe(before.seq + 1);
    const said = after.transcript.slice(before.transcript.length);
    expect(said.length).toBeGreaterThan(0);
    for (const line of said) expect(line.seq).toBe(after.seq);
    const seqs = after.transcript.map((t) => t.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  });

  it('after a replay, a session played on keeps each snapshot’s own log and transcript', () => {
    const played = onTheFloor();
    played.send({ type: 'SPEAK', by: 'BL', card: 'd-mid' });
    const input = { scenarioId: 'free-play', rule: 'consensus', seed: 7 } as const;
    replay(createPlenaryMachine(toyLibrary), input, played.getSnapshot().context.log);
    const actor = onTheFloor();
    const first = actor.getSnapshot().context;
    const lengths = [first.log.length, first.logItem.length, first.transcript.length];
    actor.send({ type: 'SPEAK', by: 'BL', card: 'd-mid' });
    expect(actor.getSnapshot().context.log.length).toBe(lengths[0]! + 1);
    expect([first.log.length, first.logItem.length, first.transcript.length]).toEqual(lengths);
  });
});
