// The issues' names and what the ends of each issue's 0–100 scale mean, for every screen and export.
import type { IssueId } from './types';

export const ISSUE_NAME: Record<IssueId, string> = {
  definition: 'Definition scope',
  'decision-rule': 'Decision rule',
  marange: 'Marange / Zimbabwe',
  transparency: 'Transparency',
  'administrative-support': 'Administrative support',
};

/** An issue named inside a sentence ("moved 5 points on Marange"): lower case where no proper name is. */
export const ISSUE_IN_PROSE: Record<IssueId, string> = {
  definition: 'the definition',
  'decision-rule': 'the decision rule',
  marange: 'Marange',
  transparency: 'transparency',
  'administrative-support': 'administrative support',
};

/** What 0 and 100 mean on each issue's scale (DESIGN §3). */
export const ISSUE_ENDS: Record<IssueId, readonly [string, string]> = {
  definition: ['rebels only (Core Document)', 'state violence, rights, governance'],
  'decision-rule': ['consensus as now', 'voting on some decisions'],
  marange: ['trade like any other', 'keep supervision'],
  transparency: ['private statistics', 'public mine-level data'],
  'administrative-support': ['no support', 'permanent secretariat'],
};

/** A value on an issue's scale with what it means: "30 of 100 (nearer ‘rebels only (Core Document)’)". */
export function scalePlace(issue: IssueId, value: number): string {
  const [lo, hi] = ISSUE_ENDS[issue];
  const v = Math.round(value);
  const where =
    v <= 15
      ? `at ‘${lo}’`
      : v >= 85
        ? `at ‘${hi}’`
        : v < 45
          ? `nearer ‘${lo}’`
          : v > 55
            ? `nearer ‘${hi}’`
            : 'midway';
  return `${v} of 100 (${where})`;
}
