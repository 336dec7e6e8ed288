// The decision rules the game compares, and who passes what under each.
// Domain: positions and the status quo on 0..100, saliences and shares in 0..1 (clamped); NaN throws.
import { scale, unit } from './domain';
import { prefers } from './spatial';

export const RULE_IDS = ['consensus', 'consensus-minus-one', 'two-thirds', 'majority', 'weighted'] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface RuleInfo {
  readonly id: RuleId;
  readonly label: string;
  /** How the rule counts: formal objections, or votes (heads or production weight). */
  readonly counts: 'objections' | 'heads' | 'weight';
  readonly explain: string;
}

export const RULES: Readonly<Record<RuleId, RuleInfo>> = {
  consensus: {
    id: 'consensus',
    label: 'Consensus (the KP rule)',
    counts: 'objections',
    explain: 'Adopted unless a participant formally objects. This is how the Kimberley Process decides.',
  },
  'consensus-minus-one': {
    id: 'consensus-minus-one',
    label: 'Consensus minus one',
    counts: 'objections',
    explain: 'Adopted unless two or more participants formally object (the OSCE device of 1992).',
  },
  'two-thirds': {
    id: 'two-thirds',
    label: 'Two-thirds majority',
    counts: 'heads',
    explain: 'Adopted if at least two-thirds of participants support it against the status quo.',
  },
  majority: {
    id: 'majority',
    label: 'Simple majority',
    counts: 'heads',
    explain: 'Adopted if more than half of participants support it against the status quo.',
  },
  weighted: {
    id: 'weighted',
    label: 'Weighted by production',
    counts: 'weight',
    explain: 'Adopted if supporters hold more than half of the 2012 production value.',
  },
};

export function isRuleId(v: unknown): v is RuleId {
  return typeof v === 'string' && (RULE_IDS as readonly string[]).includes(v);
}

/** Weight a proposal needs under the rule, for the spatial pivots (heads count 1, or production weight). */
export function ruleThreshold(rule: RuleId, heads: number, totalWeight: number): number {
  switch (rule) {
    case 'consensus':
      return heads;
    case 'consensus-minus-one':
      return Math.max(1, heads - 1);
    case 'two-thirds':
      return Math.ceil((2 * heads) / 3);
    case 'majority':
      return Math.floor(heads / 2) + 1;
    case 'weighted':
      return totalWeight / 2 + 1e-6;
  }
}

// Blocking cost (decision-models.md §2.5): objecting alone is costly; in company it is cheap.
export const KAPPA_BASE = 2;
export const KAPPA_ISOLATION = 8;

/**
 * The cost of a formal objection, from KAPPA_BASE + KAPPA_ISOLATION (objecting alone) down to
 * KAPPA_BASE (everyone else objects too). A share outside 0..1 is read as its nearest end.
 */
export function blockingCost(othersObjectingShare: number): number {
  return KAPPA_BASE + KAPPA_ISOLATION * (1 - unit(othersObjectingShare, 'the share of others objecting'));
}

/** Salience-weighted loss of moving from the status quo to y (negative: a gain). */
export function lossFromChange(x: number, s: number, y: number, sq: number): number {
  const at = scale(x, 'a position');
  return (
    unit(s, 'a salience') *
    (Math.abs(scale(y, 'the draft') - at) - Math.abs(scale(sq, 'the status quo') - at))
  );
}

/**
 * What pushes a participant to object to y, before the others are counted: an objection comes when it
 * exceeds blockingCost(share of others objecting). Under the objection rules, its loss from the change;
 * under the vote rules it votes no whatever the others do (Infinity) unless it prefers y (-Infinity).
 */
export function objectionPull(rule: RuleId, x: number, s: number, y: number, sq: number): number {
  if (RULES[rule].counts === 'objections') return lossFromChange(x, s, y, sq);
  return prefers(scale(y, 'the draft'), scale(sq, 'the status quo'), scale(x, 'a position'))
    ? -Infinity
    : Infinity;
}

/** Would an AI participant formally object (or vote no) to y? */
export function wouldObject(
  rule: RuleId,
  x: number,
  s: number,
  y: number,
  sq: number,
  othersObjectingShare: number,
): boolean {
  return objectionPull(rule, x, s, y, sq) > blockingCost(othersObjectingShare);
}

/** One participant at the decision. Humans say for themselves; AI preferences come from positions. */
export interface Ballot {
  readonly id: string;
  readonly human: boolean;
  readonly objects: boolean;
  /** Prefers the draft to the status quo by its current position. */
  readonly prefers: boolean;
  /** Positive: how much it gains from the draft; used to find the pivot. */
  readonly margin: number;
  readonly weight: number;
}

export interface Verdict {
  readonly rule: RuleId;
  readonly passed: boolean;
  readonly supporters: readonly string[];
  readonly opponents: readonly string[];
  readonly objectors: readonly string[];
  readonly yesWeight: number;
  readonly totalWeight: number;
  /** Heads (or weight) needed. */
  readonly needed: number;
  /** The delegation at the rule's threshold: the blocker, or the last supporter needed. */
  readonly pivot: string | null;
}

function supports(b: Ballot): boolean {
  return !b.objects && (b.human || b.prefers);
}

/**
 * `rank` may be passed in when several rules decide the same ballots, to rank them at most once.
 * With no deciders at all nothing can be decided, under any rule: the status quo stands (a vacuous
 * "no objection" is not consent).
 */
export function decide(
  rule: RuleId,
  ballots: readonly Ballot[],
  rank: () => readonly Ballot[] = () => rankBallots(ballots),
): Verdict {
  const supporters: string[] = [];
  const opponents: string[] = [];
  const objectors: string[] = [];
  let totalWeight = 0;
  let yesWeight = 0;
  for (const b of ballots) {
    totalWeight += b.weight;
    if (supports(b)) {
      supporters.push(b.id);
      yesWeight += b.weight;
    } else opponents.push(b.id);
    if (b.objects) objectors.push(b.id);
  }
  const heads = ballots.length;
  if (heads === 0)
    return {
      rule,
      passed: false,
      supporters,
      opponents,
      objectors,
      yesWeight,
      totalWeight,
      needed: 0,
      pivot: null,
    };
  let passed: boolean;
  let needed: number;
  let pivot: string | null = null;
  // Rank from the keenest supporter down; the pivot is where the rule's threshold falls.
  switch (rule) {
    case 'consensus':
    case 'consensus-minus-one': {
      const allowed = rule === 'consensus' ? 0 : 1;
      passed = objectors.length <= allowed;
      needed = heads - allowed;
      if (passed) pivot = rank().at(-1 - allowed)?.id ?? null;
      else pivot = ballots.filter((b) => b.objects).sort((a, b) => a.margin - b.margin)[allowed]?.id ?? null;
      break;
    }
    case 'two-thirds':
    case 'majority': {
      needed = ruleThreshold(rule, heads, totalWeight);
      passed = supporters.length >= needed;
      pivot = rank()[needed - 1]?.id ?? null;
      break;
    }
    case 'weighted': {
      needed = totalWeight / 2;
      passed = yesWeight > needed;
      let acc = 0;
      for (const b of rank()) {
        acc += b.weight;
        if (acc > needed) {
          pivot = b.id;
          break;
        }
      }
      break;
    }
  }
  return { rule, passed, supporters, opponents, objectors, yesWeight, totalWeight, needed, pivot };
}

/** Ballots from the keenest supporter down (a stable sort: ties keep their order). */
export function rankBallots(ballots: readonly Ballot[]): Ballot[] {
  // Scores worked out once, not at each of the sort's comparisons.
  const scores = ballots.map(score);
  const order = ballots.map((_, k) => k);
  order.sort((a, b) => scores[b]! - scores[a]! || a - b);
  return order.map((k) => ballots[k]!);
}

function score(b: Ballot): number {
  if (b.objects) return -1e6 + b.margin;
  if (b.human) return 1e6;
  return b.margin;
}
