// How sure the game is of each stance, and stances drawn within that uncertainty for the Rule Lab.
//
// Every stance says where it comes from (Stance.confidence). A documented stance rests on a cited
// statement, so its uncertainty is only the reading of that statement onto a 0–100 scale: ±5 points.
// A stance inferred from the delegation's bloc says only that it sits near the bloc's profile; the
// delegations whose stances are documented sit a mean 6.5 points (median 5, 27 stances) from their own
// bloc's profile, so an inferred one gets ±15, room for it to stand wherever documented neighbours do
// and somewhat beyond. Draws are triangular (most weight at the stated anchor, none past the band).
import type { Confidence, IssueId } from '../content/types';
import { ISSUE_IDS } from '../content/types';
import type { Library } from './library';
import { nextRng, seedRng } from './rng';
import { rosterOf } from './roster';

/** Half-width of a stance's uncertainty band on the 0..100 scale, by where the stance comes from. */
export const STANCE_BAND: Readonly<Record<Confidence, number>> = { documented: 5, bloc: 15 };

export interface StanceRange {
  readonly id: string;
  readonly issue: IssueId;
  readonly anchor: number;
  readonly low: number;
  readonly high: number;
  readonly confidence: Confidence;
}

/** Every seated delegation's uncertainty band on every issue, in seat order. */
export function stanceRanges(lib: Library, scenarioId: string): StanceRange[] {
  const roster = rosterOf(lib, scenarioId);
  const byId = new Map(lib.delegations.map((d) => [d.id, d]));
  const out: StanceRange[] = [];
  roster.ids.forEach((id, i) => {
    for (const issue of ISSUE_IDS) {
      const confidence = byId.get(id)!.stances[issue].confidence;
      const anchor = roster.anchor[issue][i]!;
      const band = STANCE_BAND[confidence];
      out.push({
        id,
        issue,
        anchor,
        low: Math.max(0, anchor - band),
        high: Math.min(100, anchor + band),
        confidence,
      });
    }
  });
  return out;
}

/**
 * Opening positions drawn within each stance's band from `seed`, as a session's `carry`: the same
 * seed gives the same draw in the browser and in the CLI.
 */
export function drawStances(
  lib: Library,
  scenarioId: string,
  seed: number | string,
): Record<string, Partial<Record<IssueId, number>>> {
  let rng = seedRng(`stances/${seed}`);
  const next = () => {
    const [v, s] = nextRng(rng);
    rng = s;
    return v;
  };
  const out: Record<string, Partial<Record<IssueId, number>>> = {};
  for (const r of rangesOf(lib, scenarioId)) {
    const band = STANCE_BAND[r.confidence];
    const x = r.anchor + (next() + next() - 1) * band;
    (out[r.id] ??= {})[r.issue] = Math.round(10 * Math.min(r.high, Math.max(r.low, x))) / 10;
  }
  return out;
}

const ranges = new WeakMap<Library, Map<string, readonly StanceRange[]>>();

/** stanceRanges, worked out once per meeting: a lab run draws thousands of sessions from them. */
function rangesOf(lib: Library, scenarioId: string): readonly StanceRange[] {
  let byScenario = ranges.get(lib);
  // Stryker disable next-line ConditionalExpression: a cache: worked out afresh, the ranges are the same
  if (!byScenario) ranges.set(lib, (byScenario = new Map()));
  let r = byScenario.get(scenarioId);
  // Stryker disable next-line ConditionalExpression: a cache: worked out afresh, the ranges are the same
  if (!r) byScenario.set(scenarioId, (r = stanceRanges(lib, scenarioId)));
  return r;
}
