// One event through the chart without an actor or a log: for looking ahead (the pace's forecast of
// the rest of a meeting, the preview of a move before it is made), never for playing a session. The
// chart says where the event leads, as it does for the session itself.
import { transition } from 'xstate';
import type { Library } from '../model/library';
import { problemWith } from '../model/ops';
import type { Phase } from '../model/phase';
import type { SessionContext, SessionEvent } from '../model/session';
import { createPlenaryMachine, phaseFacts, phaseOf, stateValueOf, type PlenaryMachine } from './plenary';

const machines = new WeakMap<Library, PlenaryMachine>();

/** The chart over a library, made once. */
export function machineFor(lib: Library): PlenaryMachine {
  let m = machines.get(lib);
  // Stryker disable next-line ConditionalExpression: a cache: a chart made afresh leads every event to the same place
  if (!m) machines.set(lib, (m = createPlenaryMachine(lib)));
  return m;
}

/** The state and context after one event, or null if the chart or the rules would refuse it. */
export function stepChart(
  lib: Library,
  phase: Phase,
  ctx: SessionContext,
  ev: SessionEvent,
): { phase: Phase; context: SessionContext } | null {
  if (!phaseFacts(phase).hears.has(ev.type) || problemWith(lib, ctx, ev)) return null;
  const machine = machineFor(lib);
  const [next] = transition(machine, machine.resolveState({ value: stateValueOf(phase), context: ctx }), ev);
  return { phase: phaseOf(next), context: next.context };
}
