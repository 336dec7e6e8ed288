// Scoring a delegation's objectives against what the meeting decided: one function read by the Briefing
// (what each objective needs), the Outcome, the Debrief and the exports (what happened).
//
// An objective is judged on the issue's value at the end of the meeting. Where this meeting could not
// change the issue (it was not on the agenda, or an intersessional only discussed it), the value that
// stands is what it was before the meeting: an objective it already satisfies is met (consensus stayed),
// and one it does not is left open, never counted as a failure.
import type { IssueId, Objective, RoleBriefing, ScenarioId } from '../content/types';
import { ISSUE_ENDS, scalePlace } from '../content/issues';
import { scenarioOf, type Library } from './library';
import type { ItemResult } from './session';

/** met: the value at the end satisfies it; missed: the meeting decided the issue otherwise; open: the
 * meeting could not decide the issue and what stands does not satisfy it. */
export type ObjectiveStatus = 'met' | 'missed' | 'open';

export interface ObjectiveScore {
  readonly objective: Objective;
  readonly status: ObjectiveStatus;
  /** status === 'met' (kept for counting). */
  readonly met: boolean;
  /** Whether this meeting could decide the issue: a decision item on it was on the agenda. */
  readonly decidable: boolean;
  /** The issue's value at the end: the adopted draft's, or what stands; null where the game cannot say. */
  readonly value: number | null;
}

/** The part of a session an objective is judged by. */
export interface ObjectiveSource {
  readonly scenarioId: ScenarioId;
  /** The agenda this session played (item ids). */
  readonly agenda: readonly string[];
  readonly results: readonly ItemResult[];
}

/** Final value per issue: the last result on it. */
export function finalValues(results: readonly ItemResult[]): Partial<Record<IssueId, number>> {
  const out: Partial<Record<IssueId, number>> = {};
  for (const r of results) out[r.issue] = r.value;
  return out;
}

/** Does a value satisfy an objective's test? */
export function satisfies(o: Objective, value: number): boolean {
  return o.test.op === 'atLeast' ? value >= o.test.value : value <= o.test.value;
}

/** What the objective needs, in words: "at least 20" / "at most 10". */
export function neededText(o: Objective): string {
  return `${o.test.op === 'atLeast' ? 'at least' : 'at most'} ${o.test.value}`;
}

/**
 * Where an issue stands as a meeting opens: the status quo of its own agenda item on the issue; else
 * from the record of the meetings around it (the last earlier meeting's historical result, or the next
 * meeting's status quo); null if no meeting takes the issue up.
 */
export function standingValue(lib: Library, scenarioId: ScenarioId, issue: IssueId): number | null {
  const sc = scenarioOf(lib, scenarioId);
  const own = sc.agenda.find((a) => a.issue === issue);
  if (own) return own.statusQuo;
  const dated = lib.scenarios
    .filter((s) => s.kind !== 'free' && s.id !== sc.id)
    .flatMap((s) => s.agenda.filter((a) => a.issue === issue).map((item) => ({ date: s.date, item })));
  const before = dated.filter((d) => d.date <= sc.date).sort((a, b) => b.date.localeCompare(a.date))[0];
  if (before)
    return before.item.history.result === 'adopted' ? before.item.history.value : before.item.statusQuo;
  const after = dated.filter((d) => d.date > sc.date).sort((a, b) => a.date.localeCompare(b.date))[0];
  return after ? after.item.statusQuo : null;
}

/** Whether the session's agenda lets it decide an issue (a decision item on it). */
export function decidesIssue(lib: Library, src: Omit<ObjectiveSource, 'results'>, issue: IssueId): boolean {
  const sc = scenarioOf(lib, src.scenarioId);
  return sc.agenda.some((a) => a.issue === issue && a.decides && src.agenda.includes(a.id));
}

/** Whether the session's agenda takes the issue up at all (to decide it, or only to discuss it). */
export function discussesIssue(lib: Library, src: Omit<ObjectiveSource, 'results'>, issue: IssueId): boolean {
  const sc = scenarioOf(lib, src.scenarioId);
  return sc.agenda.some((a) => a.issue === issue && src.agenda.includes(a.id));
}

export function scoreObjective(lib: Library, src: ObjectiveSource, o: Objective): ObjectiveScore {
  const decidable = decidesIssue(lib, src, o.issue);
  const value = finalValues(src.results)[o.issue] ?? standingValue(lib, src.scenarioId, o.issue);
  const status: ObjectiveStatus =
    value !== null && satisfies(o, value) ? 'met' : decidable ? 'missed' : 'open';
  return { objective: o, status, met: status === 'met', decidable, value };
}

export function scoreObjectives(
  lib: Library,
  src: ObjectiveSource,
  briefing: RoleBriefing,
): ObjectiveScore[] {
  return briefing.objectives.map((o) => scoreObjective(lib, src, o));
}

/**
 * A delegation's objectives as the meeting opens (the Briefing): the same scoring with nothing decided
 * yet, so which ones this meeting can decide and where each issue stands are what the Outcome will use.
 */
export function objectivesAtStart(
  lib: Library,
  meeting: Omit<ObjectiveSource, 'results'>,
  briefing: RoleBriefing,
): ObjectiveScore[] {
  return scoreObjectives(lib, { ...meeting, results: [] }, briefing);
}

/** Where an objective stands before the meeting, in words: what it needs and where the issue is now. */
export function objectiveStakeNote(s: ObjectiveScore): string {
  // The same words for the scale as the Outcome's note (objectiveNote) will use.
  const [lo, hi] = ISSUE_ENDS[s.objective.issue];
  const needed = `needs ${neededText(s.objective)} of 100, toward ‘${s.objective.test.op === 'atLeast' ? hi : lo}’`;
  if (s.value === null) return `${needed}; no meeting has set it yet`;
  return `${needed}; it stands at ${scalePlace(s.objective.issue, s.value)}${s.status === 'met' ? ', which meets it already' : ''}`;
}

export const OBJECTIVE_MARK: Record<ObjectiveStatus, string> = {
  met: '✓ met',
  missed: '✕ not met',
  open: '○ not decided here',
};

/** What it needed and what happened, in words: one sentence for every screen and export. */
export function objectiveNote(s: ObjectiveScore): string {
  // Values with what they mean on the issue's scale: a bare "ended at 22" told a newcomer nothing.
  const [lo, hi] = ISSUE_ENDS[s.objective.issue];
  const toward = s.objective.test.op === 'atLeast' ? hi : lo;
  const needed = `needed ${neededText(s.objective)} of 100, toward ‘${toward}’`;
  if (s.value === null) return `${needed}; this meeting could not decide it`;
  const v = scalePlace(s.objective.issue, s.value);
  if (s.decidable) return `${needed}; ended at ${v}`;
  return `${needed}; not decided at this meeting, it stands at ${v}`;
}

/** "2 of 3 met (1 not decided here)". */
export function objectivesSummary(scores: readonly ObjectiveScore[]): string {
  const met = scores.filter((s) => s.status === 'met').length;
  const open = scores.filter((s) => s.status === 'open').length;
  return `${met} of ${scores.length} objective${scores.length === 1 ? '' : 's'} met${open ? ` (${open} not decided here)` : ''}.`;
}
