// The Briefing's "your objectives" section in words: which of them this meeting can decide and where each
// stands, read from the one scoring of objectives (model/objectives.ts) with nothing decided yet, so the
// Briefing cannot promise what the Outcome will not score.
import { ISSUE_NAME } from '../content/issues';
import type { RoleBriefing } from '../content/types';
import type { Library } from '../model/library';
import {
  discussesIssue,
  objectiveStakeNote,
  objectiveStakes,
  type ObjectiveSource,
} from '../model/objectives';

export interface BriefingObjective {
  readonly text: string;
  /** This meeting can decide it (the Outcome scores it as met or not met, never "not decided here"). */
  readonly decidable: boolean;
}

export interface BriefingObjectives {
  readonly lines: readonly BriefingObjective[];
  /** What the player can work on here, in a sentence. */
  readonly summary: string;
}

export function briefingObjectives(
  lib: Library,
  meeting: Omit<ObjectiveSource, 'results'>,
  briefing: RoleBriefing,
): BriefingObjectives {
  const stakes = objectiveStakes(lib, meeting, briefing);
  const scores = stakes.map((k) => k.score);
  const lines = stakes.map((k) => {
    const s = k.score;
    const where = s.decidable
      ? '☑ Decided at this meeting'
      : discussesIssue(lib, meeting, s.objective.issue)
        ? '☐ Discussed here, decided at a later meeting'
        : '☐ Not on this meeting’s agenda';
    return { text: `${where}: ${s.objective.text} (${objectiveStakeNote(k)})`, decidable: s.decidable };
  });
  const here = scores.filter((s) => s.decidable);
  const issues = [...new Set(here.map((s) => ISSUE_NAME[s.objective.issue]))].join(', ');
  const summary = here.length
    ? `This meeting can decide ${here.length === 1 ? 'one of your objectives' : `${here.length} of your objectives`}: ${issues}. The others wait for a later meeting.`
    : 'This meeting decides none of your objectives: listen, make friends and trade for later.';
  return { lines, summary };
}
