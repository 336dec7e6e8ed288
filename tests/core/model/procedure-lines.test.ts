// What the chair or the facilitator does to the floor reaches the transcript as a procedure line (the
// hall and the projector set those apart from speeches and decisions): a speaker's time running out and
// the facilitator moving the floor on.
import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { createPlenaryMachine } from '../../../src/machines/plenary';
import { toyLibrary } from '../fixtures';

function onTheFloor() {
  const actor = createActor(createPlenaryMachine(toyLibrary), {
    input: { scenarioId: 'free-play', rule: 'consensus', seed: 7, humans: { RA: 'Rae' }, speechSeconds: 60 },
  }).start();
  actor.send({ type: 'START' });
  actor.send({ type: 'BEGIN' });
  actor.send({ type: 'OPEN_FLOOR', by: 'CH' });
  return actor;
}

describe('procedure lines on the floor', () => {
  it('the speaker’s time running out', () => {
    const actor = onTheFloor();
    const first = actor.getSnapshot().context.item!.speakers[0]!;
    actor.send({ type: 'TICK', seconds: 60 });
    expect(actor.getSnapshot().context.transcript.at(-1)).toMatchObject({
      kind: 'procedure',
      text: `Time is up for Delegation ${first}.`,
    });
  });

  it('the facilitator moving the floor on', () => {
    const actor = onTheFloor();
    const first = actor.getSnapshot().context.item!.speakers[0]!;
    actor.send({ type: 'SKIP_SPEAKER' });
    expect(actor.getSnapshot().context.transcript.at(-1)).toMatchObject({
      kind: 'procedure',
      text: `The facilitator moves the floor on from Delegation ${first}.`,
    });
  });
});
