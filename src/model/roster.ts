// The static side of a session: who sits in the room and their fixed attributes, built once per scenario.
import { INTERESTS, ISSUE_IDS, type BlocId, type Interest, type IssueId } from '../content/types';
import { scenarioOf, type Library } from './library';

export interface Roster {
  readonly scenarioId: string;
  readonly ids: readonly string[];
  readonly index: Readonly<Record<string, number>>;
  readonly names: readonly string[];
  readonly kind: readonly ('participant' | 'observer')[];
  readonly bloc: readonly BlocId[];
  readonly clout: readonly number[];
  /** Integer production weight (share of 2012 production value, per mille) for the weighted rule. */
  readonly weight: readonly number[];
  readonly interests: readonly (readonly number[])[];
  readonly anchor: Readonly<Record<IssueId, readonly number[]>>;
  readonly salience: Readonly<Record<IssueId, readonly number[]>>;
  readonly openness: Readonly<Record<IssueId, readonly number[]>>;
  readonly chair: string;
  readonly participants: readonly number[];
  readonly observers: readonly number[];
}

const rosters = new WeakMap<Library, Map<string, Roster>>();

export function rosterOf(lib: Library, scenarioId: string): Roster {
  let byScenario = rosters.get(lib);
  if (!byScenario) rosters.set(lib, (byScenario = new Map()));
  let r = byScenario.get(scenarioId);
  if (!r) byScenario.set(scenarioId, (r = buildRoster(lib, scenarioId)));
  return r;
}

function buildRoster(lib: Library, scenarioId: string): Roster {
  const sc = scenarioOf(lib, scenarioId);
  const absent = new Set(sc.absent ?? []);
  const seated = lib.delegations.filter((d) => d.since <= sc.date && !absent.has(d.id));
  // Participants first (in content order), then observers: seat order is stable.
  const ordered = [
    ...seated.filter((d) => d.kind === 'participant'),
    ...seated.filter((d) => d.kind === 'observer'),
  ];
  if (!ordered.some((d) => d.id === sc.chair))
    throw new Error(`Scenario ${sc.id}: chair ${sc.chair} is not seated`);
  const totalValue = ordered.reduce(
    (t, d) => t + (d.kind === 'participant' ? (d.production2012?.valueUsd ?? 0) : 0),
    0,
  );
  const perIssue = (f: (d: (typeof ordered)[number], issue: IssueId) => number) =>
    Object.fromEntries(ISSUE_IDS.map((issue) => [issue, ordered.map((d) => f(d, issue))])) as Record<
      IssueId,
      number[]
    >;
  return {
    scenarioId,
    ids: ordered.map((d) => d.id),
    // No prototype: index["constructor"] or index["__proto__"] is undefined, not a seat.
    index: Object.assign(
      Object.create(null) as Record<string, number>,
      Object.fromEntries(ordered.map((d, i) => [d.id, i])),
    ),
    names: ordered.map((d) => d.name),
    kind: ordered.map((d) => d.kind),
    bloc: ordered.map((d) => d.bloc),
    clout: ordered.map((d) => d.clout),
    weight: ordered.map((d) =>
      d.kind === 'participant' && totalValue > 0
        ? Math.round((1000 * (d.production2012?.valueUsd ?? 0)) / totalValue)
        : 0,
    ),
    interests: ordered.map((d) => INTERESTS.map((k: Interest) => d.interests[k])),
    anchor: perIssue((d, i) => d.stances[i].anchor),
    salience: perIssue((d, i) => d.stances[i].salience),
    openness: perIssue((d, i) => d.stances[i].openness),
    chair: sc.chair,
    participants: ordered.flatMap((d, i) => (d.kind === 'participant' ? [i] : [])),
    observers: ordered.flatMap((d, i) => (d.kind === 'observer' ? [i] : [])),
  };
}
