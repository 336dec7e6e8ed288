// Driving the plenary: AI delegations act through the machine's own events, and a session is
// (input, event log), so replaying the log — under the same rule or another — is just sending it again.
import { createActor, type Snapshot } from 'xstate';
import { absentPlayerMove, nextAiEvent } from '../model/ai';
import { awaitedHumans } from '../model/turns';
import type { Library } from '../model/library';
import type { Phase } from '../model/phase';
import type { RuleId } from '../model/rules';
import { checkEvent } from '../model/schema';
import {
  replayingInPlace,
  update,
  type SessionContext,
  type SessionEvent,
  type SessionInput,
} from '../model/session';
import { walkerFor, type ChartState } from './chart-walk';
import { factsOf, phaseOf, type PlenaryMachine, type PlenarySnapshot } from './plenary';

/** A session that has not finished after this many events is a bug, not a long debate. */
export const MAX_EVENTS = 20_000;

/** What the AI needs of a session: to read its state and context, and to send it an event. */
export interface SessionActor {
  send(ev: SessionEvent): void;
  getSnapshot(): Pick<PlenarySnapshot, 'value' | 'context'>;
}

/**
 * Lets the AI act until a person must move, the meeting reaches its communiqué, or `steps` events
 * have been sent. Returns the number sent.
 */
export function playAi(lib: Library, actor: SessionActor, steps = Infinity): number {
  let sent = 0;
  while (sent < steps) {
    const snap = actor.getSnapshot();
    const ev = nextAiEvent(lib, factsOf(snap), snap.context);
    if (!ev) return sent;
    actor.send(ev);
    // A refused AI move would be proposed again forever: stop and leave it to people.
    if (actor.getSnapshot().context.rejection) return sent;
    if (++sent >= MAX_EVENTS)
      throw new Error(`The AI sent ${MAX_EVENTS} events without reaching a decision point`);
  }
  return sent;
}

/** Starts an actor, turning a failure to build the session (an unknown scenario, say) into a thrown Error. */
export function startSession(machine: PlenaryMachine, input: SessionInput) {
  const actor = createActor(machine, { input });
  actor.subscribe({ error: () => {} });
  actor.start();
  const snap = actor.getSnapshot();
  if (snap.status === 'error') throw snap.error instanceof Error ? snap.error : new Error(String(snap.error));
  return actor;
}

/**
 * Plays a whole AI-only session from setup to debrief. The chart is walked without an actor
 * (chart-walk.ts: the machine's own transitions, guards and actions, XState's snapshot at the end),
 * since a Rule Lab run plays thousands; `runAiSessionInActor` plays the same through an actor.
 */
export function runAiSession(machine: PlenaryMachine, lib: Library, input: SessionInput): PlenarySnapshot {
  const session = walkingSession(machine, input);
  begin(session);
  return playToDebrief(lib, session, () => session.finalSnapshot());
}

/**
 * The AI-only session of one input under each of several rules, each ending exactly where
 * runAiSession under that rule ends. Nothing a meeting does before its first call for consensus
 * depends on the rule (the rule is read only at a call: how it is put, who objects, the verdict), so
 * the course up to that call is played once and forks there, one session per rule: a Rule Lab run
 * plays each session under five rules, and about half a session's work comes before the first call.
 */
export function runAiSessionsUnder(
  machine: PlenaryMachine,
  lib: Library,
  input: SessionInput,
  rules: readonly RuleId[],
): PlenarySnapshot[] {
  const shared = walkingSession(machine, input);
  begin(shared);
  playUntilTheFirstCall(lib, shared);
  return rules.map((rule) => {
    const session = shared.forkUnder(rule);
    return playToDebrief(lib, session, () => session.finalSnapshot());
  });
}

/** runAiSession through an XState actor, event by event: the reference the walk is tested against. */
export function runAiSessionInActor(
  machine: PlenaryMachine,
  lib: Library,
  input: SessionInput,
): PlenarySnapshot {
  const actor = startSession(machine, input);
  begin(actor);
  const snap = playToDebrief(lib, actor, () => actor.getSnapshot());
  actor.stop();
  return snap;
}

function begin(session: SessionActor): void {
  session.send({ type: 'START' });
  session.send({ type: 'BEGIN' });
}

function playToDebrief(lib: Library, session: SessionActor, final: () => PlenarySnapshot): PlenarySnapshot {
  playAi(lib, session);
  const phase = phaseOf(session.getSnapshot());
  if (phase !== 'communique') throw new Error(`AI-only session stopped in ${phase}`);
  session.send({ type: 'DEBRIEF' });
  return final();
}

/** Lets the AI act until its next move would open a call for consensus (or it stops, as playAi). */
function playUntilTheFirstCall(lib: Library, session: WalkingSession): void {
  for (let sent = 0; sent < MAX_EVENTS; sent++) {
    const snap = session.getSnapshot();
    const ev = nextAiEvent(lib, factsOf(snap), snap.context);
    if (!ev || !session.sendUnlessItEnters(ev, 'consensusCall')) return;
    if (session.getSnapshot().context.rejection) return;
  }
}

type Seen = Pick<PlenarySnapshot, 'value' | 'context'>;

/** A session walked through the chart without an actor (chart-walk.ts), read as an actor is. */
export interface WalkingSession extends SessionActor {
  getSnapshot(): Seen;
  /** Sends the event unless it would take the meeting into `phase`; whether it was sent. */
  sendUnlessItEnters(ev: SessionEvent, phase: Phase): boolean;
  /** The same session from here on under another rule (a copy: this one goes on as it was). */
  forkUnder(rule: RuleId): WalkingSession;
  /** XState's snapshot of where the walk stands (the machine resolves the state value). */
  finalSnapshot(): PlenarySnapshot;
}

export function walkingSession(machine: PlenaryMachine, input: SessionInput): WalkingSession {
  return walkFrom(machine, walkerFor<SessionContext, SessionEvent, SessionInput>(machine).start(input));
}

function walkFrom(machine: PlenaryMachine, from: ChartState<SessionContext>): WalkingSession {
  const walk = walkerFor<SessionContext, SessionEvent, SessionInput>(machine);
  let state = from;
  let seen: Seen | null = null;
  // The value is the chart's state value, built as XState builds it from the active leaves.
  const valueOf = (at: ChartState<SessionContext>) => walk.value(at) as Seen['value'];
  return {
    send(ev) {
      state = walk.step(state, ev);
      seen = null;
    },
    sendUnlessItEnters(ev, phase) {
      const next = walk.step(state, ev);
      if (phaseOf({ value: valueOf(next) }) === phase) return false;
      state = next;
      seen = null;
      return true;
    },
    getSnapshot() {
      return (seen ??= { value: valueOf(state), context: state.context });
    },
    forkUnder(rule) {
      return walkFrom(machine, { leaves: state.leaves, context: update(state.context, { rule }) });
    },
    finalSnapshot() {
      return machine.resolveState({ value: valueOf(state), context: state.context });
    },
  };
}

/** Sends a log to a fresh actor: the same input and log give the same snapshot. */
export function replay(
  machine: PlenaryMachine,
  input: SessionInput,
  log: readonly SessionEvent[],
): PlenarySnapshot {
  const actor = startSession(machine, input);
  // Only the last snapshot is kept, so the log may grow in place (linear in the log, not quadratic).
  return replayingInPlace(() => {
    log.forEach((ev, k) => {
      actor.send(wellFormed(ev, k));
      const { status, error } = actor.getSnapshot();
      if (status === 'error')
        throw new Error(
          `The session stops at event ${k + 1} of the log: ${(error as Error)?.message ?? error}`,
        );
    });
    const snap = actor.getSnapshot();
    actor.stop();
    return snap;
  });
}

/** A logged event through the boundary (its normalised copy), or an Error naming the entry. */
function wellFormed(ev: unknown, k: number): SessionEvent {
  const checked = checkEvent(ev);
  if (!checked.ok) throw new Error(`Event ${k + 1} of the log is not valid. ${checked.reason}`);
  return checked.value;
}

/**
 * The same moves decided under another rule. Each recorded move is replayed on the agenda item it was
 * made on; where the rule changes the course (an item adopted at the first call, or one that now
 * fails), the moves of a settled item are skipped and the AI carries the procedure on to the item
 * the next move belongs to, and at the end to the communiqué if the original got there.
 * `reachedCommunique`: the original session reached its communiqué (by its last item, END or DEBRIEF),
 * so the replay plays on to its own communiqué too, whatever the log's last event.
 */
export function replayUnder(
  machine: PlenaryMachine,
  lib: Library,
  input: SessionInput,
  log: readonly SessionEvent[],
  logItem: readonly number[],
  rule: RuleId,
  reachedCommunique: boolean,
): PlenarySnapshot {
  const actor = startSession(machine, { ...input, rule });
  const catchUp = (item: number) => {
    for (let n = 0; n < MAX_EVENTS; n++) {
      const snap = actor.getSnapshot();
      if (snap.context.itemIndex >= item) return;
      const at = factsOf(snap);
      // People absent from this stretch of the course: they yield, concur and decline.
      const person = awaitedHumans(lib, at, snap.context)[0];
      const ev = person
        ? absentPlayerMove(lib, at, snap.context, person)
        : nextAiEvent(lib, at, snap.context);
      if (!ev) return;
      actor.send(ev);
      if (actor.getSnapshot().context.rejection) return;
    }
  };
  log.forEach((ev, k) => {
    const item = logItem[k] ?? 0;
    catchUp(item);
    if (actor.getSnapshot().context.itemIndex > item) return; // that item is already settled here
    actor.send(ev);
  });
  if (reachedCommunique) catchUp(Number.MAX_SAFE_INTEGER);
  const snap = actor.getSnapshot();
  actor.stop();
  return snap;
}

/** Restores an actor from a persisted snapshot (XState 5: `createActor(machine, { snapshot })`). */
export function restore(machine: PlenaryMachine, persisted: Snapshot<unknown>, input: SessionInput) {
  return createActor(machine, { snapshot: persisted, input });
}
