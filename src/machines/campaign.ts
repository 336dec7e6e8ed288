// The 2012–2013 campaign: four meetings in order, positions carried from one to the next, and how
// far each meeting departed from the record.
import type { IssueId, ScenarioId } from '../content/types';
import { scenarioOf, type Library } from '../model/library';
import { rosterOf } from '../model/roster';
import type { ItemOutcome, SessionContext, SessionInput } from '../model/session';

export const CAMPAIGN: readonly ScenarioId[] = [
  'washington-intersessional-2012',
  'washington-plenary-2012',
  'kimberley-intersessional-2013',
  'johannesburg-plenary-2013',
];

/** Where each delegation stood at the end of a meeting, to carry into the next. */
export function carryOver(
  lib: Library,
  ctx: SessionContext,
): Record<string, Partial<Record<IssueId, number>>> {
  const roster = rosterOf(lib, ctx.scenarioId);
  const out: Record<string, Partial<Record<IssueId, number>>> = {};
  roster.ids.forEach((id, i) => {
    out[id] = Object.fromEntries(Object.entries(ctx.pos).map(([issue, xs]) => [issue, xs[i]!]));
  });
  return out;
}

/** The input of the next meeting of the campaign, or null after the last. */
export function nextMeeting(lib: Library, ctx: SessionContext, seed: number | string): SessionInput | null {
  const k = CAMPAIGN.indexOf(ctx.scenarioId);
  const next = CAMPAIGN[k + 1];
  if (k < 0 || !next) return null;
  return { scenarioId: next, rule: ctx.rule, seed, humans: ctx.humans, carry: carryOver(lib, ctx) };
}

export interface Divergence {
  readonly itemId: string;
  readonly title: string;
  readonly issue: IssueId;
  readonly history: 'adopted' | 'not-adopted' | 'discussed';
  readonly session: ItemOutcome;
  /** The issue's value after the item in the record, and in this session. */
  readonly historicalValue: number;
  readonly sessionValue: number;
  /** Scale points between the two; zero where the session followed the record. */
  readonly points: number;
  readonly sameOutcome: boolean;
  readonly summary: string;
}

export function divergence(lib: Library, ctx: SessionContext): Divergence[] {
  const sc = scenarioOf(lib, ctx.scenarioId);
  return ctx.results.map((r) => {
    const item = sc.agenda.find((a) => a.id === r.itemId)!;
    const h = item.history;
    const historicalValue = h.result === 'adopted' ? h.value : item.statusQuo;
    const adoptedNow = r.outcome === 'adopted';
    const sameOutcome =
      h.result === 'discussed' ? r.outcome === 'discussed' : (h.result === 'adopted') === adoptedNow;
    const points = Math.abs(r.value - historicalValue);
    const summary = sameOutcome
      ? points < 0.5
        ? `As in history: ${h.summary}`
        : `The same decision as in history, but ${points.toFixed(0)} points ${r.value > historicalValue ? 'wider' : 'narrower'}.`
      : h.result === 'adopted'
        ? `History adopted this; your meeting did not (${r.outcome.replace('-', ' ')}).`
        : `History did not adopt this; your meeting did, ${points.toFixed(0)} points from the record.`;
    return {
      itemId: r.itemId,
      title: item.title,
      issue: r.issue,
      history: h.result,
      session: r.outcome,
      historicalValue,
      sessionValue: r.value,
      points,
      sameOutcome,
      summary,
    };
  });
}
