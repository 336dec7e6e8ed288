// The chart walk (chart-walk.ts) on small charts, beside XState's own actor: what the plenary happens to
// use is played in chart-walk.test.ts; here each statechart feature the walk takes is played on its
// own (two regions, a guard reading the other region, the wildcard, a transition at an ancestor,
// eventless moves, a transition without a target), and each one it does not take is refused by name
// before any session is played, rather than walked wrongly.
import { describe, expect, it } from 'vitest';
import {
  assign,
  createActor,
  createMachine,
  fromPromise,
  log,
  not,
  setup,
  stateIn,
  type AnyStateMachine,
} from 'xstate';
import { walkerFor } from '../../src/machines/chart-walk';

interface Ctx {
  n: number;
  seen: string[];
}
type Ev =
  | { type: 'GO' }
  | { type: 'BACK' }
  | { type: 'PAUSE' }
  | { type: 'RESUME' }
  | { type: 'ADD'; k: number }
  | { type: 'NOTE'; what: string }
  | { type: 'OTHER' };

/** Two regions: a clock, and a meeting whose states read the clock and count what happens. */
const toy = () =>
  setup({
    types: { context: {} as Ctx, events: {} as Ev, input: {} as { n: number } },
    guards: {
      atLeast: ({ context }, params: { n: number }) => context.n >= params.n,
      // Over both regions: the clock runs and the meeting is in its lobby.
      open: stateIn({ clock: 'running', meeting: 'lobby' }),
      adds: ({ event }) => event.type === 'ADD' && event.k > 0,
      isVote: ({ event }) => event.type === 'NOTE' && event.what === 'vote',
    },
    actions: {
      add: assign(({ context, event }) => ({ n: context.n + (event.type === 'ADD' ? event.k : 0) })),
      note: assign(({ context, event }) => ({ seen: [...context.seen, event.type] })),
    },
  }).createMachine({
    type: 'parallel',
    context: ({ input }) => ({ n: input.n, seen: [] }),
    states: {
      clock: {
        initial: 'running',
        states: {
          running: { on: { PAUSE: 'paused' } },
          paused: { on: { RESUME: 'running' } },
        },
      },
      meeting: {
        initial: 'lobby',
        states: {
          lobby: {
            on: {
              // Only while the clock runs: a guard over the other region.
              GO: { target: 'session', guard: 'open' },
            },
          },
          session: {
            initial: 'floor',
            // Eventless at the ancestor: at 30 the session closes, from whichever of its states.
            always: { guard: { type: 'atLeast', params: { n: 30 } }, target: 'lobby' },
            // At the ancestor: every leaf of the session takes ADD and BACK.
            on: {
              // The exact event first, and the wildcard when its guard fails (ADD 0 is noted).
              ADD: { guard: 'adds', actions: 'add' },
              BACK: 'lobby',
              // The wildcard, after the exact transitions: everything else is noted.
              '*': { actions: 'note' },
            },
            states: {
              floor: {
                on: {
                  // When its guard fails, the ancestor's transitions: the wildcard.
                  NOTE: { guard: 'isVote', target: 'vote' },
                },
                // Eventless: once the count reaches 10, on to the vote and then the end.
                always: { guard: { type: 'atLeast', params: { n: 10 } }, target: 'vote' },
              },
              vote: {
                always: { guard: { type: 'atLeast', params: { n: 20 } }, target: 'end' },
              },
              end: {},
            },
          },
        },
      },
    },
  });

/** Plays the events through the walk and through an actor, and says where they part, if they do. */
function playBoth(machine: AnyStateMachine, input: unknown, events: readonly Ev[]) {
  const walk = walkerFor<Ctx, Ev, unknown>(machine);
  const actor = createActor(machine, { input }).start();
  let state = walk.start(input);
  const seen = [JSON.stringify([walk.value(state), state.context])];
  expect(walk.value(state)).toEqual(actor.getSnapshot().value);
  for (const ev of events) {
    state = walk.step(state, ev);
    actor.send(ev);
    const snap = actor.getSnapshot();
    expect({ after: ev, value: walk.value(state), context: state.context }).toEqual({
      after: ev,
      value: snap.value,
      context: snap.context,
    });
    seen.push(JSON.stringify([walk.value(state), state.context]));
  }
  actor.stop();
  return { walk, state, seen };
}

describe('the walk takes each statechart feature as XState does', () => {
  it('two regions, a guard on the other region, the wildcard, an ancestor’s transitions, eventless moves', () => {
    const { walk, state } = playBoth(toy(), { n: 0 }, [
      { type: 'PAUSE' },
      { type: 'GO' }, // refused: the clock is paused
      { type: 'RESUME' },
      { type: 'GO' },
      { type: 'OTHER' }, // the wildcard
      { type: 'NOTE', what: 'remark' }, // the exact transition's guard fails: the wildcard
      { type: 'ADD', k: 4 }, // the ancestor's transition, no target
      { type: 'ADD', k: 0 }, // its guard fails: the wildcard
      { type: 'PAUSE' }, // both regions take it: the clock stops and the meeting notes it
      { type: 'RESUME' },
      { type: 'ADD', k: 7 }, // 11: eventless to the vote, which stays (under 20)
      { type: 'NOTE', what: 'vote' }, // not at the floor: the wildcard
      { type: 'BACK' },
      { type: 'GO' }, // 11: the floor moves on to the vote at once
      { type: 'ADD', k: 10 }, // 21: the vote moves on to the end
      { type: 'BACK' },
    ]);
    expect(walk.leafKeys(state)).toEqual({ clock: 'running', meeting: 'lobby' });
    expect(state.context).toEqual({ n: 21, seen: ['OTHER', 'NOTE', 'ADD', 'PAUSE', 'RESUME', 'NOTE'] });
  });

  it('reaches the end on eventless moves after one event, through two states', () => {
    const { walk, state } = playBoth(toy(), { n: 19 }, [
      { type: 'GO' }, // 19: on to the vote at once, which stays
      { type: 'ADD', k: 1 }, // 20: the vote ends the session
    ]);
    expect(walk.leafKeys(state)).toEqual({ clock: 'running', meeting: 'end' });
    expect(walk.value(state)).toEqual({ clock: 'running', meeting: { session: 'end' } });
  });

  it('takes an ancestor’s eventless move after its leaf’s own: the session closes at 30', () => {
    const { walk, state } = playBoth(toy(), { n: 19 }, [
      { type: 'GO' },
      { type: 'ADD', k: 15 }, // 34: the vote, the end, and the session's own move back to the lobby
      { type: 'GO' }, // and at once back again
    ]);
    expect(walk.leafKeys(state)).toEqual({ clock: 'running', meeting: 'lobby' });
  });

  it('starts from the machine’s own context, and a start whose eventless moves apply at once', () => {
    const machine = setup({
      types: { context: {} as { n: number; by?: string }, input: {} as number },
      guards: { many: ({ context }) => context.n > 1 },
    }).createMachine({
      type: 'parallel',
      context: ({ input }) => ({ n: input }),
      states: {
        a: {
          initial: 'x',
          states: {
            // The move at the start is taken on XState's own first event.
            x: {
              always: { guard: 'many', target: 'y', actions: assign(({ event }) => ({ by: event.type })) },
            },
            y: {},
          },
        },
      },
    });
    const walk = walkerFor<{ n: number }, Ev, number>(machine);
    expect(walk.leafKeys(walk.start(1))).toEqual({ a: 'x' });
    expect(walk.leafKeys(walk.start(2))).toEqual({ a: 'y' });
    expect(walk.start(2).context).toEqual({ n: 2, by: 'xstate.init' });
    const actor = createActor(machine, { input: 2 }).start();
    expect(actor.getSnapshot().context).toEqual(walk.start(2).context);
    actor.stop();
  });

  it('leaves a state it has reached as it was: stepping on from it changes only the new one', () => {
    const walk = walkerFor<Ctx, Ev, unknown>(toy());
    const lobby = walk.start({ n: 0 });
    const session = walk.step(lobby, { type: 'GO' });
    const paused = walk.step(session, { type: 'PAUSE' });
    expect(walk.leafKeys(lobby)).toEqual({ clock: 'running', meeting: 'lobby' });
    expect(walk.leafKeys(session)).toEqual({ clock: 'running', meeting: 'floor' });
    expect(walk.leafKeys(paused)).toEqual({ clock: 'paused', meeting: 'floor' });
    expect(walk.value(lobby)).toEqual({ clock: 'running', meeting: 'lobby' });
    // An event nothing takes leaves the very same state.
    expect(walk.step(lobby, { type: 'BACK' })).toBe(lobby);
  });

  it('takes an eventless transition that changes nothing once, as XState does: no target, or its own state', () => {
    for (const always of [{ guard: 'yes' }, { guard: 'yes', target: 'x' }]) {
      const machine = setup({ guards: { yes: () => true } }).createMachine({
        type: 'parallel',
        context: () => ({ n: 0, seen: [] }),
        states: {
          a: { initial: 'x', states: { x: { always, on: { GO: 'y' } }, y: { on: { BACK: 'x' } } } },
        },
      } as never) as unknown as AnyStateMachine;
      const { walk, state } = playBoth(machine, undefined, [{ type: 'GO' }, { type: 'BACK' }]);
      expect(walk.leafKeys(state)).toEqual({ a: 'x' });
    }
  });

  it('is made once per machine', () => {
    const machine = toy();
    expect(walkerFor(machine)).toBe(walkerFor(machine));
    expect(walkerFor(toy())).not.toBe(walkerFor(machine));
  });

  it('stops a chart whose eventless moves never settle, naming the limit', () => {
    const machine = setup({ types: { context: {} as { n: number } } }).createMachine({
      type: 'parallel',
      context: () => ({ n: 0 }),
      states: {
        a: {
          initial: 'x',
          states: {
            x: { always: { actions: assign(({ context }) => ({ n: context.n + 1 })) } },
          },
        },
      },
    });
    expect(() => walkerFor(machine).start(undefined)).toThrow(
      'The chart took 100 eventless transitions after one event without settling.',
    );
  });

  it('plays a chart that settles after 99 eventless moves, and refuses one that needs 100', () => {
    const upTo = (limit: number) =>
      setup({
        types: { context: {} as { n: number } },
        guards: { under: ({ context }) => context.n < limit },
      }).createMachine({
        type: 'parallel',
        context: () => ({ n: 0 }),
        states: {
          a: {
            initial: 'x',
            states: {
              x: {
                always: {
                  guard: 'under',
                  actions: assign(({ context }) => ({ n: context.n + 1 })),
                },
              },
            },
          },
        },
      });
    expect(walkerFor<{ n: number }, Ev, undefined>(upTo(99)).start(undefined).context.n).toBe(99);
    expect(() => walkerFor(upTo(100)).start(undefined)).toThrow(/took 100 eventless/);
  });
});

/** A parallel root with one region `a` whose state `x` is configured as given. */
const oneState = (x: object, more: object = {}) =>
  createMachine({
    type: 'parallel',
    context: () => ({}),
    states: { a: { initial: 'x', states: { x, y: {} }, ...more } },
  } as never);

describe('the walk refuses a chart it does not take, naming what', () => {
  it('entry, exit, invoked and delayed actions, and a done transition', () => {
    const refused = /does not run entry, exit, invoked or delayed actions \(state \(machine\)\.a\.x\)/;
    expect(() => walkerFor(oneState({ exit: assign({}) }))).toThrow(refused);
    expect(() => walkerFor(oneState({ invoke: { src: fromPromise(() => Promise.resolve(1)) } }))).toThrow(
      refused,
    );
    expect(() => walkerFor(oneState({ after: { 100: 'y' } }))).toThrow(refused);
    expect(() => walkerFor(oneState({ initial: 'p', states: { p: {} }, onDone: 'y' }))).toThrow(refused);
  });

  it('a final, history or inner parallel state', () => {
    expect(() => walkerFor(oneState({ type: 'final' }))).toThrow(
      'The walk does not enter a final state below the root (state (machine).a.x).',
    );
    expect(() => walkerFor(oneState({ initial: 'p', states: { p: {}, h: { type: 'history' } } }))).toThrow(
      /does not enter a history state/,
    );
    expect(() => walkerFor(oneState({ type: 'parallel', states: { p: {}, q: {} } }))).toThrow(
      /does not enter a parallel state below the root/,
    );
  });

  it('transitions on the root itself', () => {
    const withRoot = (config: object) =>
      createMachine({
        type: 'parallel',
        context: () => ({}),
        states: { a: { initial: 'x', states: { x: {} } } },
        ...config,
      } as never);
    expect(() => walkerFor(withRoot({ on: { GO: { actions: assign({}) } } }))).toThrow(
      'The walk needs the root without transitions of its own.',
    );
    expect(() => walkerFor(withRoot({ always: { actions: assign({}) } }))).toThrow(
      'The walk needs the root without transitions of its own.',
    );
    // Without them it is taken.
    expect(() => walkerFor(withRoot({}))).not.toThrow();
  });

  it('a machine whose context is not made by a function of its input', () => {
    const fixed = createMachine({
      type: 'parallel',
      context: { n: 0 },
      states: { a: { initial: 'x', states: { x: {} } } },
    });
    expect(() => walkerFor(fixed).start(undefined)).toThrow('The walk needs a context factory.');
  });

  it('guards it cannot call: missing, built-in but stateIn, params made by a function, stateIn of an id', () => {
    expect(() => walkerFor(oneState({ on: { GO: { guard: 'nowhere', target: 'y' } } }))).toThrow(
      'Guard nowhere is not implemented.',
    );
    const withGuards = (guard: unknown) =>
      setup({ guards: { big: () => true, notBig: not('big') } }).createMachine({
        type: 'parallel',
        context: () => ({}),
        states: { a: { initial: 'x', states: { x: { on: { GO: { guard, target: 'y' } } }, y: {} } } },
      } as never) as unknown as AnyStateMachine;
    expect(() => walkerFor(withGuards('notBig'))).toThrow(
      'Guard notBig: the walk knows no built-in guard but stateIn.',
    );
    expect(() => walkerFor(withGuards({ type: 'big', params: () => ({}) }))).toThrow(
      'Guard big: the walk takes fixed params only.',
    );
    expect(() => walkerFor(withGuards({ type: 'big', params: { n: 1 } }))).not.toThrow();
    expect(() => walkerFor(withGuards(stateIn(null as never)))).toThrow(
      'The walk takes stateIn over { region: leaf } only.',
    );
    expect(() => walkerFor(withGuards(stateIn('#x')))).toThrow(
      'The walk takes stateIn over { region: leaf } only.',
    );
    expect(() => walkerFor(withGuards(stateIn({ nowhere: 'x' })))).toThrow(
      'The walk takes stateIn over { region: leaf } only.',
    );
    expect(() => walkerFor(withGuards(stateIn({ a: { x: 'y' } })))).toThrow(
      'The walk takes stateIn over { region: leaf } only.',
    );
    expect(() => walkerFor(withGuards(stateIn({ a: 'x' })))).not.toThrow();
  });

  it('actions other than assign', () => {
    expect(() => walkerFor(oneState({ on: { GO: { actions: 'nowhere' } } }))).toThrow(
      'Action nowhere: the walk takes assign actions of a whole function only.',
    );
    // assign of one value per key: the walk calls a whole function.
    expect(() => walkerFor(oneState({ on: { GO: { actions: assign({ n: 1 }) } } }))).toThrow(
      /the walk takes assign actions of a whole function only/,
    );
    expect(() => walkerFor(oneState({ on: { GO: { actions: log('hello') } } }))).toThrow(
      /the walk takes assign actions of a whole function only/,
    );
    const named = setup({ actions: { shout: () => {} } }).createMachine({
      type: 'parallel',
      context: () => ({}),
      states: { a: { initial: 'x', states: { x: { on: { GO: { actions: 'shout' } } } } } },
    });
    expect(() => walkerFor(named)).toThrow(
      'Action shout: the walk takes assign actions of a whole function only.',
    );
  });

  it('a transition with several targets, or into another region', () => {
    const twoRegions = (go: object) =>
      createMachine({
        type: 'parallel',
        context: () => ({}),
        states: {
          a: { initial: 'x', states: { x: { on: { GO: go } }, y: { id: 'ay' } } },
          b: { initial: 'p', states: { p: {}, q: { id: 'bq' } } },
        },
      } as never);
    expect(() => walkerFor(twoRegions({ target: ['#ay', '#bq'] }))).toThrow(
      'A transition of (machine).a.x has several targets.',
    );
    expect(() => walkerFor(twoRegions({ target: '#bq' }))).toThrow(
      'A transition of (machine).a.x leaves its region.',
    );
    expect(() => walkerFor(twoRegions({ target: '#ay' }))).not.toThrow();
  });

  it('a wildcard other than the whole one', () => {
    expect(() => walkerFor(oneState({ on: { 'vote.*': { target: 'y' } } }))).toThrow(
      "The walk takes the wildcard '*' only (vote.*).",
    );
  });
});
