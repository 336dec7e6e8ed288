// The Rule Lab's explanations: voting power under each rule and the issue line with its pivots.
import type { IssueId, ScenarioId } from '../content/types';
import { banzhaf } from '../model/banzhaf';
import type { Library } from '../model/library';
import { scenarioOf } from '../model/library';
import { rosterOf } from '../model/roster';
import { RULE_IDS, ruleThreshold, type RuleId } from '../model/rules';
import { gridlockInterval, pivots, type Voter } from '../model/spatial';

export interface PowerRow {
  readonly id: string;
  readonly name: string;
  readonly power: Readonly<Record<RuleId, number>>;
}

/** Normalised Banzhaf power of every participant under every rule. */
export function powerTable(lib: Library, scenarioId: ScenarioId): PowerRow[] {
  const roster = rosterOf(lib, scenarioId);
  const idx = roster.participants;
  const n = idx.length;
  const heads = idx.map(() => 1);
  const weights = idx.map((i) => roster.weight[i]!);
  const total = weights.reduce((a, b) => a + b, 0);
  const byRule = {} as Record<RuleId, number[]>;
  for (const rule of RULE_IDS) {
    byRule[rule] =
      rule === 'weighted'
        ? banzhaf(weights, Math.floor(total / 2) + 1)
        : banzhaf(heads, Math.ceil(ruleThreshold(rule, n, n)));
  }
  return idx.map((i, k) => ({
    id: roster.ids[i]!,
    name: roster.names[i]!,
    power: Object.fromEntries(RULE_IDS.map((r) => [r, byRule[r][k]!])) as Record<RuleId, number>,
  }));
}

export interface IssueLine {
  readonly issue: IssueId;
  readonly statusQuo: number;
  readonly positions: readonly { id: string; name: string; x: number }[];
  /** Upper pivot per rule: the most reluctant supporter a reform needs. */
  readonly pivot: Readonly<Record<RuleId, number>>;
  /** Consensus gridlock interval: from the least to the most reform-minded participant. */
  readonly gridlock: readonly [number, number];
  readonly explanation: string;
}

/** The definition line at the start of a meeting: where everyone stands and why consensus holds. */
export function issueLine(lib: Library, scenarioId: ScenarioId, issue: IssueId = 'definition'): IssueLine {
  const roster = rosterOf(lib, scenarioId);
  const sc = scenarioOf(lib, scenarioId);
  const sq = sc.agenda.find((a) => a.issue === issue)?.statusQuo ?? 0;
  const positions = roster.participants.map((i) => ({
    id: roster.ids[i]!,
    name: roster.names[i]!,
    x: roster.anchor[issue][i]!,
  }));
  const n = positions.length;
  const heads: Voter[] = positions.map((p) => ({ x: p.x, w: 1 }));
  const weights: Voter[] = roster.participants.map((i) => ({
    x: roster.anchor[issue][i]!,
    w: roster.weight[i]!,
  }));
  const total = weights.reduce((a, v) => a + v.w, 0);
  const pivot = {} as Record<RuleId, number>;
  for (const rule of RULE_IDS) {
    const p =
      rule === 'weighted' ? pivots(weights, total / 2 + 1e-6) : pivots(heads, ruleThreshold(rule, n, n));
    pivot[rule] = p?.upper ?? sq;
  }
  const gridlock = gridlockInterval(heads, n) ?? [sq, sq];
  const lowest = [...positions].sort((a, b) => a.x - b.x)[0]!;
  const highest = [...positions].sort((a, b) => b.x - a.x)[0]!;
  const inside = sq >= gridlock[0] && sq <= gridlock[1];
  const explanation = inside
    ? `Under consensus every participant can block. The status quo (${sq}) lies inside the range from the least reform-minded participant (${lowest.name}, ${lowest.x}) to the most (${highest.name}, ${highest.x}), so any change leaves someone worse off, and one objection keeps the old text. A simple majority needs only the median participant (at ${pivot.majority.toFixed(0)}), so it can move far further.`
    : `The status quo (${sq}) lies outside the range of participants' positions (${gridlock[0]}–${gridlock[1]}), so even under consensus everyone gains from some change: the reluctant edge of the room (${lowest.name}) sets how far it goes.`;
  return { issue, statusQuo: sq, positions, pivot, gridlock: [gridlock[0], gridlock[1]], explanation };
}
