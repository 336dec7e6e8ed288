// Scoring a delegation's objectives against what the meeting decided: one function read by the Briefing
// (what each objective needs), the Outcome, the Debrief and the exports (what happened).
//
// An objective is judged on the issue's value at the end of the meeting, where this meeting could decide
// the issue. Where it could not (the issue was not on the agenda, or an intersessional only discussed it),
// the objective is neutral: never a failure, and never a success either (a delegation gains nothing from
// an issue nobody took up); its note says where the issue stands.
import type { IssueId, Objective, RoleBriefing, ScenarioId } from '../content/types';
import { ISSUE_ENDS, scalePlace } from '../content/issues';
import { draftValue } from './draft';
import { clausesOf } from './items';
import { scenarioOf, type Library } from './library';
import type { ItemResult } from './session';

/** met: the meeting could decide the issue and the value at the end satisfies it; missed: it could and the
 * value does not; open: the meeting could not decide the issue (neutral, whatever stands). */
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
    // The meeting's own item on the issue was found above: it holds none here.
    .filter((s) => s.kind !== 'free')
    .flatMap((s) => s.agenda.filter((a) => a.issue === issue).map((item) => ({ date: s.date, item })));
  const before = dated.filter((d) => d.date <= sc.date).sort((a, b) => b.date.localeCompare(a.date))[0];
  if (before)
    return before.item.history.result === 'adopted' ? before.item.history.value : before.item.statusQuo;
  // Stryker disable next-line EqualityOperator: a meeting on the same date is one `before` would have found
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
  const status: ObjectiveStatus = !decidable
    ? 'open'
    : value !== null && satisfies(o, value)
      ? 'met'
      : 'missed';
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

/**
 * An objective as the meeting opens: its scoring with nothing decided (what stands if nothing is adopted),
 * and the value of the draft the meeting opens with on the issue (the Chair's groundwork text), if any.
 */
export interface ObjectiveStake {
  readonly score: ObjectiveScore;
  /** The value of the draft tabled when the issue's item opens; null when none is tabled or it is the status quo. */
  readonly tabled: number | null;
  /** Whether the tabled draft, adopted as it stands, would meet the objective (the Outcome's test). */
  readonly tabledMeets: boolean | null;
}

export function objectiveStakes(
  lib: Library,
  meeting: Omit<ObjectiveSource, 'results'>,
  briefing: RoleBriefing,
): ObjectiveStake[] {
  const sc = scenarioOf(lib, meeting.scenarioId);
  return objectivesAtStart(lib, meeting, briefing).map((score) => {
    const item = score.decidable
      ? sc.agenda.find((a) => a.issue === score.objective.issue && a.decides && meeting.agenda.includes(a.id))
      : undefined;
    const draft = item?.initialClauses.length ? draftValue(item, clausesOf(lib, item.initialClauses)) : null;
    const tabled = draft !== null && draft !== score.value ? draft : null;
    return { score, tabled, tabledMeets: tabled === null ? null : satisfies(score.objective, tabled) };
  });
}

/**
 * Where an objective stands before the meeting, in words that say what is compared: what stays if
 * nothing is adopted, and the draft on the table (a status quo that meets it is no promise while a draft
 * that would not is tabled). Neutral where the meeting cannot decide the issue.
 */
export function objectiveStakeNote(k: ObjectiveStake): string {
  // The same words for the scale as the Outcome's note (objectiveNote) will use.
  const s = k.score;
  const [lo, hi] = ISSUE_ENDS[s.objective.issue];
  const needed = `needs ${neededText(s.objective)} of 100, toward ‘${s.objective.test.op === 'atLeast' ? hi : lo}’`;
  if (s.value === null) return `${needed}; no meeting has set it yet`;
  const place = scalePlace(s.objective.issue, s.value);
  if (!s.decidable) return `${needed}; it stands at ${place}`;
  const stays = `if nothing is adopted it stays at ${place}, which ${s.status === 'met' ? 'meets it' : 'falls short'}`;
  if (k.tabled === null) return `${needed}; ${stays}`;
  return `${needed}; ${stays}; the draft on the table is at ${scalePlace(s.objective.issue, k.tabled)}, which ${k.tabledMeets ? 'would meet it' : 'would not'}`;
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

/**
 * "1 of 2 objectives met; 1 more not decided at this meeting.": counted over the objectives the meeting
 * could decide, so one nobody took up weighs neither way.
 */
export function objectivesSummary(scores: readonly ObjectiveScore[]): string {
  const met = scores.filter((s) => s.status === 'met').length;
  const decided = scores.filter((s) => s.status !== 'open').length;
  const open = scores.length - decided;
  if (!decided)
    return `${scores.length === 1 ? 'The objective was not' : `None of the ${scores.length} objectives was`} decided at this meeting.`;
  return `${met} of ${decided} objective${decided === 1 ? '' : 's'} met${open ? `; ${open} more not decided at this meeting` : ''}.`;
}
