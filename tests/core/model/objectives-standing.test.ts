// Where an objective stands before and after a meeting (objectives.ts): an issue not on the meeting's
// agenda stands where the record of the meetings around it leaves it (the last earlier meeting's result,
// else the next one's status quo; free play is no record), the Briefing shows a draft as tabled only when
// the meeting opens with one that differs from what stands, and the notes and summaries say so in words.
import { describe, expect, it } from 'vitest';
import type { AgendaItem, Objective, Scenario, ScenarioId } from '../../../src/content/types';
import type { Library } from '../../../src/model/library';
import {
  discussesIssue,
  objectiveNote,
  objectiveStakeNote,
  objectiveStakes,
  objectivesSummary,
  scoreObjective,
  standingValue,
  type ObjectiveScore,
} from '../../../src/model/objectives';
import { scenario, toyLibrary } from '../fixtures';

const [definition, marange] = scenario.agenda as [AgendaItem, AgendaItem];
const adopted = (value: number) => ({ result: 'adopted' as const, value, summary: 'x', cite: [] });
const notAdopted = { result: 'not-adopted' as const, summary: 'x', cite: [] };
const marangeAt = (statusQuo: number, history: AgendaItem['history']): AgendaItem => ({
  ...marange,
  statusQuo,
  history,
});
const meeting = (
  id: ScenarioId,
  date: string,
  agenda: AgendaItem[],
  kind: Scenario['kind'] = 'plenary',
): Scenario => ({
  ...scenario,
  id,
  date,
  kind,
  agenda,
});
const libraryOf = (...scenarios: Scenario[]): Library => ({ ...toyLibrary, scenarios });

// The meeting asked about: Johannesburg (dated June 2012 here) takes up only the definition.
const asked = meeting('johannesburg-plenary-2013', '2012-06', [definition]);
const earlier = [
  meeting('washington-intersessional-2012', '2011-06', [marangeAt(80, adopted(20))]),
  meeting('washington-plenary-2012', '2011-11', [marangeAt(70, notAdopted)]),
];
const freePlay = meeting('free-play', '2012-05', [marangeAt(80, adopted(99))], 'free');

describe('where an issue stands when the meeting does not take it up', () => {
  it('the last earlier meeting leaves it: at its status quo when nothing was adopted', () => {
    expect(standingValue(libraryOf(...earlier, freePlay, asked), asked.id, 'marange')).toBe(70);
    expect(standingValue(libraryOf(asked, freePlay, ...[...earlier].reverse()), asked.id, 'marange')).toBe(
      70,
    );
  });

  it('a meeting on the same date counts as earlier, and what it adopted stands', () => {
    const sameDay = meeting('kimberley-intersessional-2013', '2012-06', [marangeAt(70, adopted(33))]);
    expect(standingValue(libraryOf(...earlier, sameDay, asked), asked.id, 'marange')).toBe(33);
  });

  it('with no earlier meeting, the next one’s status quo; with none at all, nothing', () => {
    const first = meeting('washington-intersessional-2012', '2011-06', [definition]);
    const later = [
      meeting('kimberley-intersessional-2013', '2013-06', [marangeAt(60, notAdopted)]),
      meeting('washington-plenary-2012', '2011-11', [marangeAt(70, notAdopted)]),
    ];
    expect(standingValue(libraryOf(first, freePlay, ...later), first.id, 'marange')).toBe(70);
    expect(standingValue(libraryOf(first, ...later), first.id, 'transparency')).toBeNull();
  });
});

describe('what a meeting takes up', () => {
  it('only the items it plays', () => {
    expect(discussesIssue(toyLibrary, { scenarioId: 'free-play', agenda: ['def'] }, 'marange')).toBe(false);
    expect(discussesIssue(toyLibrary, { scenarioId: 'free-play', agenda: ['def', 'mar'] }, 'marange')).toBe(
      true,
    );
  });
});

const wants = (issue: Objective['issue'], op: 'atLeast' | 'atMost', value: number): Objective => ({
  text: 'x',
  issue,
  test: { op, value },
});
const briefing = (...objectives: Objective[]) => ({
  delegation: 'RA',
  whoYouAre: 'x',
  objectives,
  redLines: [],
  allies: [],
  opponents: [],
  read: [],
});

describe('the draft the Briefing shows as tabled', () => {
  it('is none when the opening draft is what stands already, or when the item opens with no clauses', () => {
    // The definition's opening draft ("state forces", +50 on a base of 0) at a status quo of 50.
    const atStatusQuo = meeting('free-play', '2012-11', [{ ...definition, statusQuo: 50 }]);
    const [def] = objectiveStakes(
      libraryOf(atStatusQuo),
      { scenarioId: 'free-play', agenda: ['def'] },
      briefing(wants('definition', 'atLeast', 40)),
    );
    expect(def!.score.value).toBe(50);
    expect(def!.tabled).toBeNull();
    // Marange with no opening clauses (its empty draft at 80, supervision as it stands at 70).
    const bare = meeting('free-play', '2012-11', [{ ...marange, initialClauses: [], statusQuo: 70 }]);
    const [mar] = objectiveStakes(
      libraryOf(bare),
      { scenarioId: 'free-play', agenda: ['mar'] },
      briefing(wants('marange', 'atLeast', 75)),
    );
    expect(mar!.tabled).toBeNull();
    expect(mar!.tabledMeets).toBeNull();
  });
});

describe('objectives in words', () => {
  const transparency = wants('transparency', 'atLeast', 35);
  const open = scoreObjective(
    toyLibrary,
    { scenarioId: 'free-play', agenda: ['def', 'mar'], results: [] },
    transparency,
  );

  it('an issue no meeting has set: the Briefing and the Outcome say so', () => {
    expect(open.value).toBeNull();
    const stake = objectiveStakes(
      toyLibrary,
      { scenarioId: 'free-play', agenda: ['def', 'mar'] },
      briefing(transparency),
    )[0]!;
    expect(objectiveStakeNote(stake)).toBe(
      'needs at least 35 of 100, toward ‘public mine-level data’; no meeting has set it yet',
    );
    expect(objectiveNote(open)).toBe(
      'needed at least 35 of 100, toward ‘public mine-level data’; this meeting could not decide it',
    );
  });

  it('the summary: one objective not decided, or several counted', () => {
    expect(objectivesSummary([open])).toBe('The objective was not decided at this meeting.');
    const met = { ...open, status: 'met', met: true, decidable: true, value: 40 } as ObjectiveScore;
    const missed = { ...met, status: 'missed', met: false } as ObjectiveScore;
    expect(objectivesSummary([met, missed])).toBe('1 of 2 objectives met.');
  });
});
