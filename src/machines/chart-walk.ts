// The plenary chart walked without an actor: for playing thousands of AI-only sessions (the Rule Lab,
// `npm run simulate`), where XState's general interpreter (a snapshot object, its state nodes and
// state value rebuilt, every state node searched for eventless transitions, at each of about sixty
// events a session) cost more than the rules themselves.
//
// Nothing of the chart is written again here: the walk reads the machine's own resolved state nodes,
// and for each event takes the transition XState would (per region, the active state's first candidate
// whose guard passes, else its ancestors'), calls the machine's own guards and assign actions, moves
// to the target's initial leaf, then takes eventless transitions as XState does after every event.
// It walks only the statechart features the plenary uses, and `walkerFor` refuses a chart with any
// other (entry or exit actions, invoked or delayed actors, history or final states, actions other
// than assign, a target outside its transition's region): tests/core/chart-walk.test.ts checks that
// it gives XState's snapshot, state and context, after every event of many sessions.
import type { AnyStateMachine } from 'xstate';

/** A resolved state node, as much of it as the walk reads (XState's StateNode). */
interface ChartNode {
  readonly key: string;
  readonly id: string;
  readonly type: string;
  readonly parent?: ChartNode;
  readonly states: Readonly<Record<string, ChartNode>>;
  readonly transitions: ReadonlyMap<string, readonly ChartTransition[]>;
  readonly always?: readonly ChartTransition[];
  readonly initial?: { readonly target: readonly ChartNode[] };
  readonly entry: readonly unknown[];
  readonly exit: readonly unknown[];
  readonly invoke: readonly unknown[];
  readonly config: { readonly after?: unknown; readonly history?: unknown; readonly onDone?: unknown };
}

interface ChartTransition {
  readonly guard?: unknown;
  readonly actions: readonly unknown[];
  readonly target?: readonly ChartNode[];
  readonly reenter?: boolean;
  readonly source: ChartNode;
}

type Context = object;
type Event = { readonly type: string };
/** The chart's active leaf in each of the root's regions, in document order. */
type Leaves = readonly ChartNode[];
type Check = (context: Context, event: Event, leaves: Leaves) => boolean;
type Assigner = (args: { context: Context; event: Event }) => Context;

/** A transition made ready to take: its guard and actions resolved, its target's leaf found. */
interface Step {
  readonly check: Check | null;
  readonly assigners: readonly Assigner[];
  /** The leaf entered (the target's initial descendant), or null for a targetless transition. */
  readonly leaf: ChartNode | null;
}

/** Where a walk stands: the leaf of each region and the context. */
export interface ChartState<C extends Context> {
  readonly leaves: Leaves;
  readonly context: C;
}

/** The most eventless transitions taken after one event before the walk calls it a loop. */
const MAX_EVENTLESS = 100;

export interface ChartWalker<C extends Context, E extends Event, I> {
  /** The state the machine starts in for `input` (the machine's own context factory). */
  start(input: I): ChartState<C>;
  /** The state after one event, as the machine's actor would reach it. */
  step(state: ChartState<C>, event: E): ChartState<C>;
  /** The region's leaf key, by region key: `{ clock: 'running', meeting: 'floor' }`. */
  leafKeys(state: ChartState<C>): Readonly<Record<string, string>>;
  /** The state value XState gives this state (`{ clock: 'running', meeting: { session: 'floor' } }`), frozen. */
  value(state: ChartState<C>): Record<string, unknown>;
}

const walkers = new WeakMap<AnyStateMachine, ChartWalker<never, never, never>>();

/** The walker over a machine, made once; throws when the machine uses a feature the walk does not. */
export function walkerFor<C extends Context, E extends Event, I>(
  machine: AnyStateMachine,
): ChartWalker<C, E, I> {
  let w = walkers.get(machine);
  if (!w) walkers.set(machine, (w = makeWalker(machine) as ChartWalker<never, never, never>));
  return w as unknown as ChartWalker<C, E, I>;
}

function makeWalker(machine: AnyStateMachine): ChartWalker<Context, Event, unknown> {
  const root = machine.root as unknown as ChartNode;
  if (root.type !== 'parallel') throw new Error('The walk needs a chart whose root is parallel.');
  const regions = Object.values(root.states);
  const regionOf = (n: ChartNode): number => {
    let s = n;
    while (s.parent && s.parent !== root) s = s.parent;
    return regions.indexOf(s);
  };
  const nodes: ChartNode[] = [];
  const collect = (n: ChartNode) => {
    nodes.push(n);
    Object.values(n.states).forEach(collect);
  };
  collect(root);
  for (const n of nodes) {
    if (n.entry.length || n.exit.length || n.invoke.length || n.config.after || n.config.onDone)
      throw new Error(`The walk does not run entry, exit, invoked or delayed actions (state ${n.id}).`);
    if (!['atomic', 'compound', 'parallel'].includes(n.type) || (n.type === 'parallel' && n !== root))
      throw new Error(`The walk does not enter a ${n.type} state below the root (state ${n.id}).`);
    if (n === root && (n.transitions.size || n.always))
      throw new Error('The walk needs the root without transitions of its own.');
  }

  const impl = machine.implementations as {
    guards: Record<string, unknown>;
    actions: Record<string, unknown>;
  };

  /** Descends from a target through initial states to its leaf. */
  const leafOf = (n: ChartNode): ChartNode => {
    let s = n;
    while (s.type === 'compound') s = s.initial!.target[0]!;
    return s;
  };

  const compileGuard = (guard: unknown): Check => {
    if (typeof guard === 'function' && 'stateValue' in guard) return stateIn(guard.stateValue);
    const name = typeof guard === 'string' ? guard : (guard as { type: string }).type;
    const params = typeof guard === 'object' && guard && 'params' in guard ? guard.params : undefined;
    if (typeof params === 'function') throw new Error(`Guard ${name}: the walk takes fixed params only.`);
    const resolved = impl.guards[name];
    if (typeof resolved !== 'function') throw new Error(`Guard ${name} is not implemented.`);
    if ('check' in resolved) {
      if ('stateValue' in resolved) return stateIn(resolved.stateValue);
      throw new Error(`Guard ${name}: the walk knows no built-in guard but stateIn.`);
    }
    const fn = resolved as (args: { context: Context; event: Event }, params: unknown) => boolean;
    return (context, event) => fn({ context, event }, params);
  };

  /** stateIn({ region: 'leaf' }): the region's active leaf has that key. */
  const stateIn = (value: unknown): Check => {
    if (typeof value !== 'object' || value === null)
      throw new Error('The walk takes stateIn over { region: leaf } only.');
    const wants = Object.entries(value).map(([region, leaf]) => {
      const r = regions.findIndex((n) => n.key === region);
      if (r < 0 || typeof leaf !== 'string')
        throw new Error('The walk takes stateIn over { region: leaf } only.');
      return [r, leaf] as const;
    });
    return (_c, _e, leaves) => wants.every(([r, leaf]) => leaves[r]!.key === leaf);
  };

  const compileAction = (action: unknown): Assigner => {
    const resolved = typeof action === 'string' ? impl.actions[action] : action;
    const a = resolved as { type?: string; assignment?: unknown } | undefined;
    if (a?.type !== 'xstate.assign' || typeof a.assignment !== 'function')
      throw new Error(`Action ${String(action)}: the walk takes assign actions of a whole function only.`);
    return a.assignment as Assigner;
  };

  const compile = (t: ChartTransition): Step => {
    const targets = t.target ?? [];
    if (targets.length > 1) throw new Error(`A transition of ${t.source.id} has several targets.`);
    const target = targets[0];
    if (target && regionOf(target) !== regionOf(t.source))
      throw new Error(`A transition of ${t.source.id} leaves its region.`);
    return {
      check: t.guard === undefined ? null : compileGuard(t.guard),
      assigners: t.actions.map(compileAction),
      leaf: target ? leafOf(target) : null,
    };
  };

  // Every transition compiled up front, so a chart the walk cannot take is refused at once.
  const onEvent = new Map<ChartNode, Map<string, readonly Step[]>>();
  const eventless = new Map<ChartNode, readonly Step[]>();
  for (const n of nodes) {
    const byType = new Map<string, readonly Step[]>();
    for (const [type, ts] of n.transitions) {
      if (type !== '*' && type.includes('*'))
        throw new Error(`The walk takes the wildcard '*' only (${type}).`);
      byType.set(type, ts.map(compile));
    }
    onEvent.set(n, byType);
    if (n.always) eventless.set(n, n.always.map(compile));
  }

  /** XState's candidates for an event at a node: its own transitions, then the wildcard's. */
  const candidates = (n: ChartNode, type: string): readonly Step[] => {
    const byType = onEvent.get(n)!;
    const exact = byType.get(type);
    const wild = type === '*' ? undefined : byType.get('*');
    return exact && wild ? [...exact, ...wild] : (exact ?? wild ?? []);
  };

  const firstEnabled = (steps: readonly Step[], context: Context, event: Event, leaves: Leaves) => {
    for (const s of steps) if (!s.check || s.check(context, event, leaves)) return s;
    return null;
  };

  /** Takes the chosen transitions as one microstep: every action in order, then every region's move. */
  const take = (chosen: readonly (Step | null)[], state: ChartState<Context>, event: Event) => {
    let context = state.context;
    let leaves = state.leaves;
    for (const s of chosen)
      if (s)
        for (const assign of s.assigners)
          // As XState's assign: a fresh object with the context's keys, updated by what the action returns.
          context = Object.assign({}, context, assign({ context, event }));
    chosen.forEach((s, r) => {
      if (s?.leaf && s.leaf !== leaves[r]) {
        if (leaves === state.leaves) leaves = leaves.slice();
        (leaves as ChartNode[])[r] = s.leaf;
      }
    });
    return { leaves, context };
  };

  const settle = (state: ChartState<Context>, event: Event): ChartState<Context> => {
    let now = state;
    for (let n = 0; n < MAX_EVENTLESS; n++) {
      const chosen = now.leaves.map((leaf) => {
        for (let s: ChartNode | undefined = leaf; s; s = s.parent) {
          const steps = eventless.get(s);
          const t = steps && firstEnabled(steps, now.context, event, now.leaves);
          if (t) return t;
        }
        return null;
      });
      if (chosen.every((s) => s === null)) return now;
      const next = take(chosen, now, event);
      // XState selects again only after a microstep that changed the snapshot.
      if (next.context === now.context && next.leaves === now.leaves) return next;
      now = next;
    }
    throw new Error(
      `The chart took ${MAX_EVENTLESS} eventless transitions after one event without settling.`,
    );
  };

  const regionValue = (leaf: ChartNode, region: ChartNode): unknown => {
    let v: unknown = leaf.key;
    for (let s = leaf.parent; s && s !== region; s = s.parent) v = Object.freeze({ [s.key]: v });
    return v;
  };
  // A state's value depends only on its leaves, and a walk keeps its leaves array until the chart
  // moves: the value is built once per array (frozen, as it is shared) and read at every event.
  const values = new WeakMap<Leaves, Record<string, unknown>>();

  return {
    start(input) {
      const factory = (machine.config as { context?: unknown }).context;
      if (typeof factory !== 'function') throw new Error('The walk needs a context factory.');
      const made = (factory as (a: { input: unknown }) => Context)({ input });
      return settle(
        { leaves: regions.map(leafOf), context: Object.assign({}, made) },
        { type: 'xstate.init' },
      );
    },
    step(state, event) {
      const chosen = state.leaves.map((leaf) => {
        for (let s: ChartNode | undefined = leaf; s && s !== root; s = s.parent) {
          const t = firstEnabled(candidates(s, event.type), state.context, event, state.leaves);
          if (t) return t;
        }
        return null;
      });
      const next = chosen.some((s) => s !== null) ? take(chosen, state, event) : state;
      return settle(next, event);
    },
    leafKeys(state) {
      return Object.fromEntries(regions.map((r, k) => [r.key, state.leaves[k]!.key]));
    },
    value(state) {
      let v = values.get(state.leaves);
      if (!v) {
        v = Object.freeze(
          Object.fromEntries(regions.map((r, k) => [r.key, regionValue(state.leaves[k]!, r)])),
        );
        values.set(state.leaves, v);
      }
      return v;
    },
  };
}
