// "Watch history": the record of one meeting told as a walk, step by step, each step cited: the meeting
// and its setting, for each agenda item what was on the table, who pushed for it and who held out (by
// their documented stances), what was decided; then what happened before the next meeting.
import type { Citation, ScenarioId, TimelineEntry } from '../content/types';
import { draftText, draftValue } from '../model/draft';
import { clausesOf } from '../model/items';
import { scenarioOf, type Library } from '../model/library';
import { rosterOf } from '../model/roster';
import { prefers } from '../model/spatial';
import { interlude } from './campaign-store';

export type WalkStepKind = 'meeting' | 'proposed' | 'pushed' | 'held-out' | 'decided' | 'between';

export interface WalkStep {
  readonly kind: WalkStepKind;
  /** A short heading: "On the table", "Held out", "Decided"… */
  readonly heading: string;
  readonly text: string;
  readonly cite: readonly Citation[];
}

const HEADING: Record<WalkStepKind, string> = {
  meeting: 'The meeting',
  proposed: 'On the table',
  pushed: 'Pushed for it (documented stances)',
  'held-out': 'Held out (documented stances)',
  decided: 'Decided',
  between: 'Before the next meeting',
};

/** Only stances that cared this much are named as pushing or holding out. */
const NAMED_SALIENCE = 0.5;
/** At most this many names per step, the most committed first. */
const MOST_NAMES = 5;

/** The walk through one meeting's record; `next` adds what happened up to the next meeting. */
export function historyWalk(
  lib: Library,
  scenarioId: ScenarioId,
  timeline: readonly TimelineEntry[],
  next?: ScenarioId,
): WalkStep[] {
  const sc = scenarioOf(lib, scenarioId);
  const roster = rosterOf(lib, scenarioId);
  const step = (kind: WalkStepKind, text: string, cite: readonly Citation[], heading = HEADING[kind]) => ({
    kind,
    heading,
    text,
    cite,
  });
  const out: WalkStep[] = [
    step('meeting', `${sc.title}, ${sc.place}, ${sc.dates}. ${sc.context}`, sc.contextCite),
  ];
  for (const item of sc.agenda) {
    const clauses = clausesOf(lib, item.initialClauses);
    const value = draftValue(item, clauses);
    const tabled = Math.abs(value - item.statusQuo) >= 0.5;
    out.push(
      step(
        'proposed',
        tabled
          ? `${item.title}. The text on the table: “${draftText(item, clauses)}” If nothing is agreed: ${item.statusQuoText}`
          : `${item.title}, for discussion. As things stand: ${item.statusQuoText}`,
        clauses.flatMap((c) => c.cite),
        `On the table: ${item.title}`,
      ),
    );
    if (tabled) {
      // Documented stances only: who stood nearer the text than the status quo, and who the reverse.
      const named = roster.participants
        .map((i) => {
          const d = lib.delegations.find((x) => x.id === roster.ids[i])!;
          return { name: roster.names[i]!, stance: d.stances[item.issue] };
        })
        .filter((x) => x.stance.confidence === 'documented' && x.stance.salience >= NAMED_SALIENCE)
        .sort((a, b) => b.stance.salience - a.stance.salience);
      const pushed = named.filter((x) => prefers(value, item.statusQuo, x.stance.anchor));
      const held = named.filter(
        (x) => !prefers(value, item.statusQuo, x.stance.anchor) && x.stance.anchor !== value,
      );
      const list = (xs: typeof named) =>
        xs
          .slice(0, MOST_NAMES)
          .map((x) => x.name)
          .join(', ');
      const cites = (xs: typeof named) => xs.slice(0, MOST_NAMES).flatMap((x) => x.stance.cite);
      if (pushed.length) out.push(step('pushed', `${list(pushed)}.`, cites(pushed)));
      if (held.length) out.push(step('held-out', `${list(held)}.`, cites(held)));
    }
    out.push(step('decided', item.history.summary, item.history.cite, `Decided: ${item.title}`));
  }
  if (next)
    for (const t of interlude(lib, timeline, scenarioId, next))
      out.push(step('between', `${t.date}${t.uncertain ? ' (uncertain)' : ''}: ${t.text}`, t.cite));
  return out;
}
