// Scoring a delegation's objectives against what the meeting decided.
import type { IssueId, Objective, RoleBriefing } from '../content/types';
import type { ItemResult } from './session';

export interface ObjectiveScore {
  readonly objective: Objective;
  readonly met: boolean;
  /** The issue's value at the end of the meeting (the status quo where nothing was adopted). */
  readonly value: number | null;
}

/** Final value per issue: the last result on it. */
export function finalValues(results: readonly ItemResult[]): Partial<Record<IssueId, number>> {
  const out: Partial<Record<IssueId, number>> = {};
  for (const r of results) out[r.issue] = r.value;
  return out;
}

export function scoreObjectives(briefing: RoleBriefing, results: readonly ItemResult[]): ObjectiveScore[] {
  const values = finalValues(results);
  return briefing.objectives.map((o) => {
    const v = values[o.issue];
    if (v === undefined) return { objective: o, met: false, value: null };
    return { objective: o, met: o.test.op === 'atLeast' ? v >= o.test.value : v <= o.test.value, value: v };
  });
}
