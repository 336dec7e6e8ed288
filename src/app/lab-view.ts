// The Rule Lab's explanations: voting power under each rule and the issue line with its pivots.
import type { IssueId, ScenarioId } from '../content/types';
import { banzhafPower } from '../model/banzhaf';
import type { Library } from '../model/library';
import { scenarioOf } from '../model/library';
import { rosterOf } from '../model/roster';
import {
  KAPPA_BASE,
  KAPPA_ISOLATION,
  RULE_IDS,
  ruleThreshold,
  wouldObject,
  type RuleId,
} from '../model/rules';
import { gridlockInterval, pivots, type Voter } from '../model/spatial';

export interface PowerRow {
  readonly id: string;
  readonly name: string;
  readonly power: Readonly<Record<RuleId, number>>;
  /** Raw swing counts: the coalitions of the others this member turns from losing to winning. */
  readonly swings: Readonly<Record<RuleId, number>>;
}

/** Normalised Banzhaf power of every participant under every rule, with the swing counts behind it. */
export function powerTable(lib: Library, scenarioId: ScenarioId): PowerRow[] {
  const roster = rosterOf(lib, scenarioId);
  const idx = roster.participants;
  const n = idx.length;
  const heads = idx.map(() => 1);
  const weights = idx.map((i) => roster.weight[i]!);
  const total = weights.reduce((a, b) => a + b, 0);
  const byRule = {} as Record<RuleId, ReturnType<typeof banzhafPower>>;
  for (const rule of RULE_IDS) {
    byRule[rule] =
      rule === 'weighted'
        ? banzhafPower(weights, Math.floor(total / 2) + 1)
        : banzhafPower(heads, Math.ceil(ruleThreshold(rule, n, n)));
  }
  return idx.map((i, k) => ({
    id: roster.ids[i]!,
    name: roster.names[i]!,
    power: Object.fromEntries(RULE_IDS.map((r) => [r, byRule[r].index[k]!])) as Record<RuleId, number>,
    swings: Object.fromEntries(RULE_IDS.map((r) => [r, byRule[r].swings[k]!])) as Record<RuleId, number>,
  }));
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A swing count as people read it: 12,870 in full, 1.23×10¹⁵ when large (counts that big are approximate). */
export function swingCount(n: number): string {
  if (n < 1e6) return Math.round(n).toLocaleString('en');
  let e = Math.floor(Math.log10(n));
  if ((n / 10 ** e).toFixed(2) === '10.00') e++;
  const m = n / 10 ** e;
  return `${m.toFixed(2)}×10${[...String(e)].map((d) => SUPERSCRIPT[Number(d)]).join('')}`;
}

export interface IssueLine {
  readonly issue: IssueId;
  readonly statusQuo: number;
  readonly positions: readonly { id: string; name: string; x: number }[];
  /** Upper pivot per rule: the most reluctant supporter a reform needs. */
  readonly pivot: Readonly<Record<RuleId, number>>;
  /** Participants who would object alone to a draft at the majority pivot (the game's consensus). */
  readonly blockers: readonly string[];
  /** Strict-unanimity gridlock interval: from the least to the most reform-minded participant. */
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
  // Who would object, alone, to a draft at the majority pivot: the game's consensus at work.
  const y = pivot.majority;
  const alone = roster.participants.filter((i) =>
    wouldObject('consensus', roster.anchor[issue][i]!, roster.salience[issue][i]!, y, sq, 0),
  );
  const names = alone.map((i) => roster.names[i]!);
  const lone = KAPPA_BASE + KAPPA_ISOLATION;
  const rule = `The game's consensus is no formal objection, not a unanimous yes: silence lets the draft pass. Objecting alone costs ${lone} points of salience-weighted loss, falling to ${KAPPA_BASE} as everyone else objects too, so a participant with salience s accepts up to ${lone}/s points of loss before it blocks alone (${lone} at s = 1, ${2 * lone} at s = 0.5), and each objection makes the next cheaper.`;
  const here =
    names.length > 0
      ? ` Here a draft at the majority pivot (${y.toFixed(0)}) would meet ${names.length === 1 ? 'an objection' : `${names.length} objections`} from ${listOf(names)}, so consensus keeps the status quo (${sq}) while a simple majority would move to ${y.toFixed(0)}.`
      : ` Here nobody would object alone to a draft at the majority pivot (${y.toFixed(0)}), so consensus can move as far as a majority.`;
  // Under unanimity any status quo between the two outermost participants is locked in: every move
  // from it leaves one of them worse off, and each holds a veto.
  const locked = sq >= gridlock[0] && sq <= gridlock[1];
  const departs = ` Under strict unanimity everyone would hold a veto: a status quo anywhere from ${lowest.name} (${lowest.x}) to ${highest.name} (${highest.x}), the shaded stretch, could never be moved, since any change leaves one of them worse off${locked ? `, and this one (${sq}) lies in it, so nothing at all would pass` : ''}. The game's rule lets those who lose little or care little stay silent.`;
  const explanation = `${rule}${here}${departs}`;
  const blockers = alone.map((i) => roster.ids[i]!);
  return {
    issue,
    statusQuo: sq,
    positions,
    pivot,
    blockers,
    gridlock: [gridlock[0], gridlock[1]],
    explanation,
  };
}

function listOf(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  const shown = names.slice(0, 5);
  const rest = names.length - shown.length;
  const head = shown.slice(0, -1).join(', ');
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : `${head} and ${shown.at(-1)}`;
}
