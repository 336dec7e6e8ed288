// Driving the plenary: AI delegations act through the machine's own events, and a session is
// (input, event log), so replaying the log — under the same rule or another — is just sending it again.
import { createActor, type Snapshot } from 'xstate';
import { absentPlayerMove, nextAiEvent } from '../model/ai';
import { awaitedHumans } from '../model/turns';
import type { Library } from '../model/library';
import type { PhaseFacts } from '../model/phase';
import { RULES, type RuleId, type RuleInfo } from '../model/rules';
import { checkEvent } from '../model/schema';
import { type ItemResult, type SessionContext, type SessionEvent, type SessionInput } from '../model/session';
import { CONTEXT_KEYS, update } from '../model/context-copy';
import { replayingInPlace } from '../model/session-record';
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

function playToDebrief<S>(lib: Library, session: SessionActor, final: () => S): S {
  playAi(lib, session);
  const snap = session.getSnapshot();
  if (!factsOf(snap).ended) throw new Error(`AI-only session stopped in ${phaseOf(snap)}`);
  session.send({ type: 'DEBRIEF' });
  return final();
}

/** A call for consensus is open: the chart's state waits for the answers. */
const calling = (at: PhaseFacts) => at.awaits === 'answers';

/**
 * Lets the AI act until its next move would open a call for consensus (or it stops, as playAi).
 * Whether a call is next: false when the AI has stopped (at the communiqué, say) or a move was refused.
 */
function playUntilTheNextCall(lib: Library, session: WalkingSession): boolean {
  for (let sent = 0; sent < MAX_EVENTS; sent++) {
    const snap = session.getSnapshot();
    const ev = nextAiEvent(lib, factsOf(snap), snap.context);
    if (!ev) return false;
    if (!session.sendUnlessItEnters(ev, calling)) return true;
    if (session.getSnapshot().context.rejection) return false;
  }
  throw new Error(`The AI sent ${MAX_EVENTS} events without reaching a decision point`);
}

/** Lets the AI open the call and answer it until the Chair closes it (or the AI stops, as playAi). */
function playTheCall(lib: Library, session: WalkingSession): void {
  for (let sent = 0; sent < MAX_EVENTS; sent++) {
    const snap = session.getSnapshot();
    if (sent > 0 && !calling(factsOf(snap))) return;
    const ev = nextAiEvent(lib, factsOf(snap), snap.context);
    if (!ev) return;
    session.send(ev);
    if (session.getSnapshot().context.rejection) return;
  }
  throw new Error(`The AI sent ${MAX_EVENTS} events without closing the call`);
}

/**
 * Lets the AI open the call and answer it, up to the Chair's closing it: whether it stopped there
 * (false when the AI stopped, a move was refused or the call ended otherwise).
 */
function answerTheCall(lib: Library, session: WalkingSession): boolean {
  for (let sent = 0; sent < MAX_EVENTS; sent++) {
    const snap = session.getSnapshot();
    const at = factsOf(snap);
    if (sent > 0 && !calling(at)) return false;
    const ev = nextAiEvent(lib, at, snap.context);
    if (!ev) return false;
    if (ev.type === 'CLOSE_CALL') return true;
    session.send(ev);
    if (session.getSnapshot().context.rejection) return false;
  }
  throw new Error(`The AI sent ${MAX_EVENTS} events without closing the call`);
}

/**
 * Each rule's session after a call, in the order of `of`. A call is answered alike under the rules
 * that count the same way (the AI objects, or votes no, as the way of counting makes it, whatever the
 * rule's threshold), so it is answered once per way of counting and only the Chair's closing it, where
 * the rule's verdict is read, is played under each rule. Where the answering stops short of the gavel
 * (never seen) each rule plays the call alone.
 */
function playTheCallUnder(
  lib: Library,
  session: WalkingSession,
  rules: readonly RuleId[],
  of: readonly number[],
): WalkingSession[] {
  const answered = new Map<RuleInfo['counts'], WalkingSession | null>();
  return of.map((k) => {
    const rule = rules[k]!;
    const how = RULES[rule].counts;
    // Stryker disable next-line ConditionalExpression,BooleanLiteral,BlockStatement: a cache: answering the call again, or not at all and playing it from the session, ends alike
    if (!answered.has(how)) {
      const fork = session.forkUnder(rule);
      answered.set(how, answerTheCall(lib, fork) ? fork : null);
    }
    // Stryker disable next-line LogicalOperator: the same cache: playing the call from the session ends alike
    const fork = (answered.get(how) ?? session).forkUnder(rule);
    playTheCall(lib, fork);
    return fork;
  });
}

/** What a Rule Lab run reads of a session under one rule: its results, and the events that led there. */
export interface RuleCourse {
  readonly results: readonly ItemResult[];
  readonly log: readonly SessionEvent[];
}

/**
 * What runAiSession would end with under each rule, played once for all rules as long as they agree.
 * The rule is read only at a call (how it is put and answered, the verdict the chart then follows),
 * so rules that leave a call in the same state (the same answers, the same verdicts, the same course
 * from there; only the rule and the transcript's words differ) go on as one session and part again
 * at the next call. The two objection rules give the same answers at every call, and so do the three
 * vote rules; they part where their verdicts differ (in AI-only sessions of the 2012 plenary the five
 * rules end in two to four courses). The transcript is not returned: after a merge it is in the words
 * of one of the rules.
 */
export function runAiCoursesUnder(
  machine: PlenaryMachine,
  lib: Library,
  input: SessionInput,
  rules: readonly RuleId[],
): RuleCourse[] {
  const out: RuleCourse[] = [];
  const shared = walkingSession(machine, input);
  begin(shared);
  const finish = (session: WalkingSession, of: readonly number[]) => {
    const { results, log } = playToDebrief(lib, session, () => session.getSnapshot()).context;
    for (const k of of) out[k] = { results, log };
  };
  const todo: { session: WalkingSession; rules: readonly number[] }[] = [
    { session: shared, rules: rules.map((_, k) => k) },
  ];
  for (let group = todo.pop(); group; group = todo.pop()) {
    const { session, rules: of } = group;
    if (of.length === 1) {
      finish(session.forkUnder(rules[of[0]!]!), of);
      continue;
    }
    if (!playUntilTheNextCall(lib, session)) {
      // No call ahead: the rules cannot part. A refused move (never seen) is left to each rule alone.
      if (factsOf(session.getSnapshot()).ended) finish(session, of);
      else for (const k of of) finish(session.forkUnder(rules[k]!), [k]);
      continue;
    }
    const after = playTheCallUnder(lib, session, rules, of);
    // Forks that left the call alike go on as one (the first of them); the others part.
    const joined = new Set<number>();
    after.forEach((fork, a) => {
      if (joined.has(a)) return;
      const together = [of[a]!];
      for (let b = a + 1; b < after.length; b++)
        if (!joined.has(b) && fork.agreesWith(after[b]!)) {
          joined.add(b);
          together.push(of[b]!);
        }
      todo.push({ session: fork, rules: together });
    });
  }
  return out;
}

type Seen = Pick<PlenarySnapshot, 'value' | 'context'>;

/** A session walked through the chart without an actor (chart-walk.ts), read as an actor is. */
export interface WalkingSession extends SessionActor {
  getSnapshot(): Seen;
  /** Sends the event unless it would take the meeting into a state `stop` picks; whether it was sent. */
  sendUnlessItEnters(ev: SessionEvent, stop: (at: PhaseFacts) => boolean): boolean;
  /** The same session from here on under another rule (a copy: this one goes on as it was). */
  forkUnder(rule: RuleId): WalkingSession;
  /** XState's snapshot of where the walk stands (the machine resolves the state value). */
  finalSnapshot(): PlenarySnapshot;
  /**
   * Whether the other session stands where this one does and will go on alike: the same chart state
   * and the same context but for the rule and the transcript, which only a call reads or words.
   */
  agreesWith(other: WalkingSession): boolean;
  /**
   * Where the walk stands: the chart's leaves and the context. A method, not a getter: with an
   * accessor here a lab run took more CPU than before rules were merged, despite a fifth fewer chart
   * steps (an accessor is a per-object closure, so the session objects, called at every step, likely
   * stop sharing one hidden class; measured on a loaded machine, fresh processes, median of three).
   */
  chartState(): ChartState<SessionContext>;
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
    sendUnlessItEnters(ev, stop) {
      const next = walk.step(state, ev);
      if (stop(factsOf({ value: valueOf(next) }))) return false;
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
    agreesWith(other) {
      const there = other.chartState();
      return (
        state.leaves.length === there.leaves.length &&
        state.leaves.every((leaf, r) => leaf === there.leaves[r]) &&
        sameButRuleAndWords(state.context, there.context)
      );
    },
    chartState() {
      return state;
    },
  };
}

/** Two contexts alike in every key but the rule and the transcript. */
function sameButRuleAndWords(a: SessionContext, b: SessionContext): boolean {
  for (const key of CONTEXT_KEYS)
    if (
      key !== 'rule' &&
      key !== 'transcript' &&
      !alike(a[key as keyof SessionContext], b[key as keyof SessionContext])
    )
      return false;
  return true;
}

/** Deep equality of plain data (what a context holds: numbers, strings, arrays, plain objects, null). */
function alike(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let k = 0; k < a.length; k++) if (!alike(a[k], b[k])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka)
    if (!Object.hasOwn(b, k) || !alike((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
      return false;
  return true;
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
