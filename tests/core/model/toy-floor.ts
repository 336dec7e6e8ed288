// The toy meeting with its first item open and the floor given: where the rule tests of the floor, the
// call and leaving the room start.
import { createActor } from 'xstate';
import { ISSUE_IDS } from '../../../src/content/types';
import { evaluateExchange } from '../../../src/model/procedure/caucus';
import { createPlenaryMachine, factsOf, phaseOf } from '../../../src/machines/plenary';
import { nextAiEvent } from '../../../src/model/ai';
import type { SessionEvent, SessionInput } from '../../../src/model/session';
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

/**
 * The toy meeting on the floor with RA speaking, and an exchange RA can offer MA that the model accepts
 * (the first by issue order): where the caucus tests start.
 */
export function raHoldsTheFloorWithADeal(humans: Record<string, string>) {
  const actor = onTheFloor({ humans });
  const ctxOf = () => actor.getSnapshot().context;
  for (let n = ctxOf().item!.speakers.length; n > 0 && ctxOf().item!.speakers[0] !== 'RA'; n--)
    actor.send({ type: 'SKIP_SPEAKER' });
  const deal = ISSUE_IDS.flatMap((give) => ISSUE_IDS.map((ask) => [give, ask] as const)).find(
    ([give, ask]) => give !== ask && evaluateExchange(toyLibrary, ctxOf(), 'RA', 'MA', give, ask).ok,
  );
  return { actor, ctxOf, deal };
}

type Actor = ReturnType<typeof onTheFloor>;
type Snap = ReturnType<Actor['getSnapshot']>;

/**
 * Plays the toy meeting on: the computer's moves, and where it waits for a person, `person`'s (null:
 * stop). Stops before the first move once `until` holds; every move must stand.
 */
export function playOn(
  actor: Actor,
  until: (snap: Snap) => boolean,
  person: (snap: Snap) => SessionEvent | null = () => null,
): Snap {
  for (let n = 0; n < 500; n++) {
    const snap = actor.getSnapshot();
    if (until(snap)) return snap;
    const ev = nextAiEvent(toyLibrary, factsOf(snap), snap.context) ?? person(snap);
    if (!ev) throw new Error(`Nobody moves in ${phaseOf(snap)}`);
    actor.send(ev);
    const refused = actor.getSnapshot().context.rejection;
    if (refused) throw new Error(`${ev.type} refused: ${refused.reason}`);
  }
  throw new Error('The meeting did not get there in 500 moves');
}

/** The toy meeting from its opening, played by the computer but for `humans`. */
export function toyMeeting(humans: Record<string, string> = {}, seed = 7) {
  const actor = createActor(createPlenaryMachine(toyLibrary), {
    input: { scenarioId: 'free-play', rule: 'consensus', seed, humans },
  }).start();
  actor.send({ type: 'START' });
  actor.send({ type: 'BEGIN' });
  return actor;
}
