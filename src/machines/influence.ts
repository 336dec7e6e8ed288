// Who moved whom, on which issue and by what means: the session's log replayed move by move, each
// delegation's change of position credited to whoever caused it (a speech's speaker, a deal's partner,
// the delegation that pressed). The same credit as the session's own influence table (ctx.influence),
// split by issue and means; events from outside the room (event cards) move delegations but are no
// delegation's doing, so they are left out, as in that table.
import { ISSUE_NAME } from '../content/issues';
import { ISSUE_IDS, type IssueId } from '../content/types';
import type { Library } from '../model/library';
import { rosterOf } from '../model/roster';
import type { SessionContext, SessionEvent, SessionInput } from '../model/session';
import type { PlenaryMachine } from './plenary';
import { startSession } from './runner';

export type Means = 'speech' | 'deal' | 'pressure';

export const MEANS_WORDS: Record<Means, string> = {
  speech: 'speeches',
  deal: 'a deal',
  pressure: 'pressure',
};

/** For a column beside the issue: "Definition scope · deal". */
export const MEANS_SHORT: Record<Means, string> = {
  speech: 'speeches',
  deal: 'deal',
  pressure: 'pressure',
};

export interface InfluenceRow {
  readonly from: string;
  readonly to: string;
  readonly issue: IssueId;
  readonly means: Means;
  /** Scale points moved, to a tenth. */
  readonly points: number;
}

/** A move's cause as the model notes it: 'caucus', 'pressure', an event card's id or an argument's. */
function meansOf(cause: string, ev: SessionEvent): Means | null {
  if (cause === 'caucus') return 'deal';
  if (cause === 'pressure') return 'pressure';
  return ev.type === 'SPEAK' ? 'speech' : null;
}

/**
 * Every (persuader, persuaded, issue, means) with the points moved, largest first. Replays `log` from
 * `input` (as opening a save does), so it needs no more than the session's own record.
 */
export function influenceByIssue(
  machine: PlenaryMachine,
  lib: Library,
  input: SessionInput,
  log: readonly SessionEvent[],
): InfluenceRow[] {
  const roster = rosterOf(lib, input.scenarioId);
  const totals = new Map<string, number>();
  const actor = startSession(machine, input);
  let before: SessionContext = actor.getSnapshot().context;
  for (const ev of log) {
    actor.send(ev);
    const after = actor.getSnapshot().context;
    for (const issue of ISSUE_IDS) {
      const was = before.pos[issue];
      const now = after.pos[issue];
      if (was === now) continue;
      for (let i = 0; i < now.length; i++) {
        const points = Math.abs(now[i]! - was[i]!);
        if (points === 0) continue;
        // The model notes who moved a seat (a speech notes only moves of half a point or more: a
        // smaller one is the speaker's too).
        const note = after.lastMove[i] !== before.lastMove[i] ? after.lastMove[i] : null;
        const by = note && note.issue === issue ? note.by : 'by' in ev ? ev.by : undefined;
        const means = meansOf(note && note.issue === issue ? note.cause : '', ev);
        if (by === undefined || roster.index[by] === undefined || !means) continue;
        const key = `${by}\u0000${roster.ids[i]}\u0000${issue}\u0000${means}`;
        totals.set(key, (totals.get(key) ?? 0) + points);
      }
    }
    before = after;
  }
  actor.stop();
  return [...totals]
    .map(([key, points]) => {
      const [from, to, issue, means] = key.split('\u0000') as [string, string, IssueId, Means];
      return { from, to, issue, means, points: Math.round(points * 10) / 10 };
    })
    .filter((r) => r.points > 0) // under a twentieth of a point: nothing to show
    .sort((a, b) => b.points - a.points || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}

/** Per issue: the points moved in all and by each means, for a line above the chart. */
export function influenceTotals(
  rows: readonly InfluenceRow[],
): { issue: IssueId; points: number; byMeans: Partial<Record<Means, number>> }[] {
  return ISSUE_IDS.map((issue) => {
    const on = rows.filter((r) => r.issue === issue);
    const byMeans: Partial<Record<Means, number>> = {};
    for (const r of on) byMeans[r.means] = (byMeans[r.means] ?? 0) + r.points;
    return { issue, points: on.reduce((t, r) => t + r.points, 0), byMeans };
  }).filter((t) => t.points > 0);
}

/** "speeches 40.1, a deal 2.0, pressure 3.2": an issue's points by means, largest first. */
export function meansSummary(byMeans: Partial<Record<Means, number>>): string {
  return (Object.entries(byMeans) as [Means, number][])
    .sort((a, b) => b[1] - a[1])
    .map(([m, p]) => `${m === 'deal' ? 'deals' : MEANS_WORDS[m]} ${p.toFixed(1)}`)
    .join(', ');
}

/** The Markdown report's section: per issue, its total by means, then who moved whom on it. */
export function influenceMarkdown(rows: readonly InfluenceRow[], name: (id: string) => string): string[] {
  const out: string[] = [];
  for (const t of influenceTotals(rows)) {
    out.push(
      `### ${ISSUE_NAME[t.issue]}: ${t.points.toFixed(1)} points moved (${meansSummary(t.byMeans)})`,
      '',
    );
    for (const r of rows.filter((r) => r.issue === t.issue && r.points >= 0.5).slice(0, 8))
      out.push(`- ${name(r.from)} → ${name(r.to)}: ${r.points} points, by ${MEANS_WORDS[r.means]}`);
    out.push('');
  }
  if (!out.length) out.push('Nobody moved anybody by more than a point.');
  return out;
}
