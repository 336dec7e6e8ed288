// The plenary as a statechart (DESIGN §4). The states say *when* an event may be heard; the model's
// checks say *whether* (rights, turns) and its effects say *what* happens. Anything else is rejected
// visibly in `context.rejection`, never thrown.
import { assign, setup, stateIn, type SnapshotFrom } from 'xstate';
import { notAtThisStage } from '../model/event-words';
import type { Library } from '../model/library';
import {
  applyEvent,
  endForTime,
  endSession,
  passes,
  nextStop,
  problemWith,
  tickSpeech,
  timeRunsOut,
  type NextStop,
} from '../model/ops';
import { PHASES, type Phase, type PhaseFacts } from '../model/phase';
import {
  initialContext,
  type SessionContext,
  type SessionEvent,
  type SessionEventType,
  type SessionInput,
} from '../model/session';
import { CONTEXT_KEYS } from '../model/context-copy';
import { record, withRejection } from '../model/session-record';

type Target = `#plenary.${string}` | undefined;

const STOP_TARGETS = {
  agendaDone: '#plenary.communique',
  dayOver: '#plenary.adjourned',
  nextItem: '#plenary.session.opening',
} as const satisfies Record<NextStop, Target>;

/**
 * A speed hint for XState's assign, which makes every new context with Object.assign({}, context,
 * update), adding the keys one by one along a chain of V8 hidden classes. Left to Object.assign, V8
 * stops extending that chain after about 17 keys and makes the object a slow dictionary; copying a
 * dictionary-mode context then costs about 10 µs an event. Giving one object the context's keys in
 * order with defineProperty (which may extend the chain to any length) lays the chain down, and
 * holding on to that object keeps the chain alive. Nothing reads it: without it the machine computes
 * the same, slower.
 */
let contextShape: object | undefined;

function layDownContextShape(): object {
  const shape = {};
  for (const key of CONTEXT_KEYS)
    Object.defineProperty(shape, key, { value: null, writable: true, enumerable: true, configurable: true });
  return shape;
}

/** A state's own facts (its meta); the chart's tags and transitions give the rest of PhaseFacts. */
type StateMeta = Omit<PhaseFacts, 'sitting' | 'ended' | 'hears'>;

const meta = (m: Partial<StateMeta> & Pick<StateMeta, 'label'>): StateMeta => ({
  awaits: 'nobody',
  chairMoves: [],
  round: null,
  roundOpeners: [],
  screen: 'Plenary',
  ...m,
});

export function createPlenaryMachine(lib: Library) {
  /**
   * A facilitator's event (or one written after the meeting): heard while the session is paused too;
   * applied if the model allows it, otherwise rejected with the reason.
   */
  const facilitator = (target?: Target) => [
    { guard: 'allowed' as const, actions: 'apply' as const, ...(target ? { target } : {}) },
    { actions: 'reject' as const },
  ];
  /** A move of the meeting (a delegation's, the Chair's, the clock's): it waits while the session is paused. */
  const hear = (target?: Target) => [
    { guard: 'paused' as const, actions: 'waitForResume' as const },
    ...facilitator(target),
  ];
  const heardWhilePaused = <T extends SessionEventType>(types: readonly T[]) =>
    Object.fromEntries(types.map((t) => [t, facilitator()])) as Record<T, ReturnType<typeof facilitator>>;
  const heard = <T extends SessionEventType>(types: readonly T[], target?: Target) =>
    Object.fromEntries(types.map((t) => [t, hear(target)])) as Record<T, ReturnType<typeof hear>>;
  /** An event that settles the item: the meeting goes on to the next item, the day's end or the communiqué. */
  const settles = () => [
    { guard: 'paused' as const, actions: 'waitForResume' as const },
    ...(['agendaDone', 'dayOver', 'nextItem'] as const).map((stop) => ({
      guard: { type: 'settlesTo' as const, params: { stop } },
      actions: 'apply' as const,
      target: STOP_TARGETS[stop],
    })),
    { actions: 'reject' as const },
  ];

  /**
   * A tick that reaches the session's time limit ends the meeting, from any phase of it, overnight
   * included; other ticks go on to `rest`.
   */
  const ticks = (...rest: ({ actions: 'tickSpeech' } | ReturnType<typeof hear>[number])[]) => [
    { guard: 'paused' as const, actions: 'waitForResume' as const },
    { guard: 'timeRunsOut' as const, actions: 'endForTime' as const, target: '#plenary.communique' as const },
    ...rest,
  ];

  /** The facilitator ends the meeting, from any phase of it, overnight included. */
  const ends = () => [
    { guard: 'allowed' as const, actions: 'endMeeting' as const, target: '#plenary.communique' as const },
    { actions: 'reject' as const },
  ];

  return setup({
    types: {
      context: {} as SessionContext,
      events: {} as SessionEvent,
      input: {} as SessionInput,
    },
    guards: {
      /** The facilitator has paused the session: the chart's pause region says so. */
      paused: stateIn({ clock: 'paused' }),
      running: stateIn({ clock: 'running' }),
      allowed: ({ context, event }) => problemWith(lib, context, event) === null,
      /** The call just closed adopted the draft: read from the verdict CLOSE_CALL recorded. */
      callAdopted: ({ context }) => passes(context),
      timeRunsOut: ({ context, event }) =>
        event.type === 'TICK' &&
        problemWith(lib, context, event) === null &&
        timeRunsOut(context, event.seconds),
      offerLapsed: ({ context }) => context.caucus === null,
      settlesTo: ({ context, event }, { stop }: { stop: NextStop }) =>
        nextStop(lib, context) === stop && problemWith(lib, context, event) === null,
    },
    actions: {
      apply: assign(({ context, event }) => applyEvent(lib, record(context, event), event)),
      reject: assign(({ context, event }) =>
        withRejection(context, event, problemWith(lib, context, event) ?? 'Not allowed.'),
      ),
      waitForResume: assign(({ context, event }) =>
        withRejection(context, event, 'The facilitator has paused the session.'),
      ),
      alreadyPaused: assign(({ context, event }) =>
        withRejection(context, event, 'The session is already paused.'),
      ),
      notPaused: assign(({ context, event }) => withRejection(context, event, 'The session is not paused.')),
      notNow: assign(({ context, event }) => withRejection(context, event, notAtThisStage(event.type))),
      tickSpeech: assign(({ context, event }) =>
        event.type === 'TICK' && problemWith(lib, context, event) === null
          ? tickSpeech(lib, applyEvent(lib, record(context, event), event), event.seconds)
          : withRejection(context, event, problemWith(lib, context, event) ?? 'Not allowed.'),
      ),
      endMeeting: assign(({ context, event }) => endSession(lib, record(context, event))),
      endForTime: assign(({ context, event }) =>
        endForTime(lib, applyEvent(lib, record(context, event), event)),
      ),
    },
  }).createMachine({
    id: 'chart',
    context: ({ input }) => {
      contextShape ??= layDownContextShape();
      return initialContext(lib, input);
    },
    // Two regions: the meeting's states, and whether the facilitator has paused it. Every move of the
    // meeting (and the clocks' tick) asks the pause region first; the facilitator's events do not.
    type: 'parallel',
    states: {
      clock: {
        initial: 'running',
        states: {
          running: { on: { PAUSE: { guard: 'allowed', target: 'paused' } } },
          paused: { tags: ['paused'], on: { RESUME: { guard: 'allowed', target: 'running' } } },
        },
      },
      // The meeting region keeps the id its states have always been reached by.
      meeting: {
        id: 'plenary',
        initial: 'setup',
        on: {
          ...heardWhilePaused([
            'INJECT',
            'SET_CONTROL',
            'SET_SPEECH_TIMER',
            'SET_TIME_LIMIT',
            'SET_ROUNDS',
            'OPEN_ROUND',
          ]),
          // The pause region moves; the meeting records the event and says it in the transcript.
          PAUSE: [{ guard: 'running', actions: 'apply' }, { actions: 'alreadyPaused' }],
          RESUME: [{ guard: 'paused', actions: 'apply' }, { actions: 'notPaused' }],
          TICK: hear(),
          '*': { actions: 'notNow' },
        },
        states: {
          setup: {
            meta: meta({ label: 'Setting up', screen: 'Setup' }),
            on: { ...heard(['CHOOSE_ROLE', 'RELEASE_ROLE']), START: hear('#plenary.briefing') },
          },
          briefing: {
            meta: meta({ label: 'Briefing', screen: 'Briefing' }),
            on: { BEGIN: hear('#plenary.session') },
          },
          session: {
            tags: ['sitting'],
            initial: 'opening',
            on: {
              END: ends(),
              TICK: ticks(...hear()),
              ...heard(['WALK_OUT']),
            },
            states: {
              opening: {
                meta: meta({
                  label: 'Opening the item',
                  awaits: 'chair',
                  chairMoves: ['OPEN_FLOOR'],
                  round: 'statements',
                  opens: 'statements',
                  roundOpeners: ['OPEN_FLOOR'],
                }),
                on: { OPEN_FLOOR: hear('#plenary.session.floor'), ADJOURN: hear('#plenary.adjourned') },
              },
              floor: {
                meta: meta({
                  label: 'Floor open',
                  awaits: 'speaker',
                  round: 'byList',
                  roundOpeners: ['TABLE_DRAFT', 'CONCLUDE', 'DEFER'],
                }),
                on: {
                  ...heard(['SPEAK', 'AMEND', 'YIELD', 'REQUEST_FLOOR', 'PRESSURE']),
                  SKIP_SPEAKER: facilitator(),
                  TICK: ticks({ actions: 'tickSpeech' }),
                  CAUCUS_OFFER: hear('#plenary.session.caucus'),
                  TABLE_DRAFT: hear('#plenary.session.chairDraft'),
                  FORCE_CALL: facilitator('#plenary.session.consensusCall'),
                  CONCLUDE: settles(),
                  DEFER: settles(),
                },
              },
              caucus: {
                meta: meta({ label: 'Caucus', awaits: 'addressee', round: 'debate' }),
                // An offer whose maker or addressee leaves the room lapses: the floor takes up again.
                always: { guard: 'offerLapsed', target: '#plenary.session.floor' },
                on: {
                  CAUCUS_ACCEPT: hear('#plenary.session.floor'),
                  CAUCUS_REFUSE: hear('#plenary.session.floor'),
                },
              },
              chairDraft: {
                meta: meta({
                  label: 'Chair’s draft tabled',
                  awaits: 'chair',
                  chairMoves: ['CALL_CONSENSUS'],
                  round: 'draft',
                  roundOpeners: ['CALL_CONSENSUS'],
                }),
                on: {
                  CALL_CONSENSUS: hear('#plenary.session.consensusCall'),
                  FORCE_CALL: facilitator('#plenary.session.consensusCall'),
                  DEFER: settles(),
                },
              },
              consensusCall: {
                meta: meta({ label: 'Call for consensus', awaits: 'answers', round: 'call' }),
                on: {
                  ...heard(['OBJECT', 'WITHDRAW_OBJECTION', 'CONCUR']),
                  CLOSE_CALL: hear('#plenary.session.callClosed'),
                },
              },
              // Passed through at once: the gavel records the verdict, then the chart reads it.
              callClosed: {
                always: [{ guard: 'callAdopted', target: 'adopted' }, { target: 'noConsensus' }],
              },
              adopted: {
                meta: meta({ label: 'Adopted', awaits: 'chair', chairMoves: ['NEXT_ITEM'], round: 'call' }),
                on: { NEXT_ITEM: settles() },
              },
              noConsensus: {
                meta: meta({
                  label: 'No consensus',
                  awaits: 'chair',
                  chairMoves: ['CONSULT', 'REFER', 'DEFER'],
                  round: 'call',
                }),
                on: {
                  CONSULT: hear('#plenary.session.floor'),
                  REFER: settles(),
                  DEFER: settles(),
                },
              },
            },
          },
          adjourned: {
            tags: ['sitting'],
            meta: meta({ label: 'Adjourned', awaits: 'chair', chairMoves: ['NEXT_DAY'] }),
            on: { NEXT_DAY: hear('#plenary.session'), END: ends(), TICK: ticks(...hear()) },
          },
          communique: {
            tags: ['ended'],
            meta: meta({ label: 'Communiqué', screen: 'Outcome' }),
            // The players' exit tickets are written once the meeting has ended: before the debrief, or during
            // it (a class that went to the debrief first, or a player finishing theirs later).
            on: { DEBRIEF: facilitator('#plenary.debrief'), EXIT_TICKET: facilitator() },
          },
          debrief: {
            tags: ['ended'],
            meta: meta({ label: 'Debrief', screen: 'Debrief' }),
            on: { EXIT_TICKET: facilitator() },
          },
        },
      },
    },
  });
}

export type PlenaryMachine = ReturnType<typeof createPlenaryMachine>;
export type PlenarySnapshot = SnapshotFrom<PlenaryMachine>;

/** The meeting region's leaf state as a phase name. */
export function phaseOf(snapshot: { value: unknown }): Phase {
  const v = (snapshot.value as { meeting: unknown }).meeting;
  if (typeof v === 'string') return v as Phase;
  const inner = (v as { session?: string }).session;
  return (inner ?? 'opening') as Phase;
}

/** Whether the facilitator has paused the session: the chart's pause region, read from a snapshot. */
export function isPaused(snapshot: { hasTag(tag: string): boolean }): boolean {
  return snapshot.hasTag('paused');
}

/**
 * The chart's shape does not depend on the library its guards consult: facts are read from a machine
 * over an empty one.
 */
const SHAPE = createPlenaryMachine({
  delegations: [],
  clauses: [],
  arguments: [],
  events: [],
  scenarios: [],
});

interface ChartNode {
  readonly key: string;
  readonly meta?: unknown;
  readonly tags: readonly string[];
  readonly parent?: ChartNode;
  readonly states: Record<string, ChartNode>;
  readonly ownEvents: readonly string[];
}

function leafNode(phase: Phase): ChartNode {
  const root = (SHAPE.root as unknown as ChartNode).states.meeting!;
  const node = root.states[phase] ?? root.states.session!.states[phase];
  if (!node) throw new Error(`The chart has no state “${phase}”.`);
  return node;
}

function factsFromChart(phase: Phase): PhaseFacts {
  const node = leafNode(phase);
  const tags = new Set<string>();
  const hears = new Set<string>();
  for (let n: ChartNode | undefined = node; n; n = n.parent) {
    n.tags.forEach((t) => tags.add(t));
    n.ownEvents.forEach((e) => e !== '*' && hears.add(e));
  }
  return {
    ...(node.meta as StateMeta),
    sitting: tags.has('sitting'),
    ended: tags.has('ended'),
    hears: hears as ReadonlySet<SessionEventType>,
  };
}

const FACTS = new Map<Phase, PhaseFacts>(PHASES.map((p) => [p, factsFromChart(p)]));

/** What the chart says of a state: whose move it waits for, its round, its name, what it hears. */
export function phaseFacts(phase: Phase): PhaseFacts {
  return FACTS.get(phase)!;
}

/** The chart's state value for a leaf state of the meeting, the clocks running (the inverse of phaseOf). */
export function stateValueOf(phase: Phase): {
  readonly meeting: Phase | { readonly session: Phase };
  readonly clock: 'running';
} {
  return {
    meeting: leafNode(phase).parent?.key === 'session' ? { session: phase } : phase,
    clock: 'running',
  };
}

/** What the chart says of the state a snapshot is in. */
export function factsOf(snapshot: { value: unknown }): PhaseFacts {
  return phaseFacts(phaseOf(snapshot));
}
