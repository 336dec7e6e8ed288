// The classroom pace, measured: each scenario played at classroom pace with 0, 1 and 3 simulated people
// on a virtual clock, as a one-lesson agenda in 45 minutes and as the full agenda in 90; the meeting's
// length printed against the lesson chosen.
import { simulateLesson } from '../../src/app/lesson-sim';
import { BRIEFINGS, SCENARIOS } from '../../src/content/index';
import type { Scenario } from '../../src/content/types';
import { LIBRARY, plenaryMachine } from '../../src/machines/default';
import { rosterOf } from '../../src/model/roster';

const PEOPLE = [0, 1, 3] as const;
/** Setup's defaults: a 120-second speech timer. */
const SPEECH_SECONDS = 120;

/** Setup's players, in its order: delegations with a role card first, the chair left out. */
function people(sc: Scenario, n: number): Record<string, string> {
  const r = rosterOf(LIBRARY, sc.id);
  const seats = BRIEFINGS.map((b) => b.delegation).filter((d) => r.index[d] !== undefined && d !== r.chair);
  return Object.fromEntries(seats.slice(0, n).map((d, i) => [d, `Player ${i + 1}`]));
}

const LESSONS = [
  {
    label: 'one lesson',
    minutes: 45,
    items: (sc: Scenario) => [(sc.agenda.find((a) => a.issue === 'definition') ?? sc.agenda[0]!).id],
  },
  { label: 'full agenda', minutes: 90, items: () => undefined },
] as const;

/** Adds a row per scenario and lesson to `rows`; returns the figures (meeting ÷ lesson, per case). */
export function paceFigures(rows: [string, string][]): Record<string, number> {
  const figures: Record<string, number> = {};
  let worst = 0;
  for (const lesson of LESSONS)
    for (const sc of SCENARIOS) {
      const cells = PEOPLE.map((n) => {
        const items = lesson.items(sc);
        const run = simulateLesson(
          plenaryMachine,
          LIBRARY,
          {
            scenarioId: sc.id,
            rule: 'consensus',
            seed: 2012,
            humans: people(sc, n),
            speechSeconds: SPEECH_SECONDS,
            ...(items ? { items } : {}),
          },
          'classroom',
          lesson.minutes * 60_000,
          n,
        );
        const ratio = run.meetingMs / (lesson.minutes * 60_000);
        figures[`pace.${sc.id}.${lesson.minutes}min.${n}people`] = ratio;
        worst = Math.max(worst, Math.abs(ratio - 1));
        return `${n}: ${(run.meetingMs / 60_000).toFixed(1)} min${run.finished ? '' : ' (unfinished)'}`;
      });
      rows.push([
        `classroom pace, ${sc.id}, ${lesson.label} of ${lesson.minutes} min, by people`,
        cells.join(' · '),
      ]);
    }
  figures.paceWorstDeviation = worst;
  rows.push(['classroom pace: largest distance from the lesson length', `${(100 * worst).toFixed(1)}%`]);
  return figures;
}
