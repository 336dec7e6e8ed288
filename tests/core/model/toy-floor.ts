// The toy meeting with its first item open and the floor given: where the rule tests of the floor, the
// call and leaving the room start.
import { createActor } from 'xstate';
import { createPlenaryMachine } from '../../../src/machines/plenary';
import type { SessionInput } from '../../../src/model/session';
import { toyLibrary } from '../fixtures';

export function onTheFloor(input: Partial<SessionInput> = {}) {
  const actor = createActor(createPlenaryMachine(toyLibrary), {
    input: { scenarioId: 'free-play', rule: 'consensus', seed: 7, ...input },
  }).start();
  actor.send({ type: 'START' });
  actor.send({ type: 'BEGIN' });
  actor.send({ type: 'OPEN_FLOOR', by: 'CH' });
  return actor;
}
