// The tally of a call under a rule: who was for, against and formally objecting, and the figure each rule
// counts by (objections, heads, or a share of production for the weighted rule). Every screen and export
// that shows a tally reads it from here: the Plenary's "Would it pass?" panel, the projector, the
// Outcome's comparison, the Debrief and the Markdown, CSV and JSON reports.
import type { Library } from './library';
import { RULE_IDS, RULES, type RuleId } from './rules';
import { nameOf, type DecisionRecord, type VerdictSummary } from './session';

export interface Tally {
  readonly rule: RuleId;
  /** What the rule counts: formal objections, heads, or production weight. */
  readonly counts: 'objections' | 'heads' | 'weight';
  readonly passed: boolean;
  /** Delegation ids of the deciders for the draft, against it, and formally objecting (or voting no). */
  readonly for: readonly string[];
  readonly against: readonly string[];
  readonly objecting: readonly string[];
  /** Share of the deciders' production value held by those for, 0..1. */
  readonly forShare: number;
  /** The delegation at the rule's threshold: the blocker, or the last supporter needed. */
  readonly pivot: string | null;
  /** Whose objection stopped the draft (objection rules, not adopted), else empty. */
  readonly blockedBy: readonly string[];
  /** Who voted against and lost (vote rules, adopted), else empty. */
  readonly outvoted: readonly string[];
}

export function tallyOf(rule: RuleId, v: VerdictSummary): Tally {
  const counts = RULES[rule].counts;
  const objectionRule = counts === 'objections';
  return {
    rule,
    counts,
    passed: v.passed,
    for: v.supporters,
    against: v.opponents,
    objecting: v.objectors,
    forShare: v.totalWeight > 0 ? v.yesWeight / v.totalWeight : 0,
    pivot: v.pivot,
    blockedBy: objectionRule && !v.passed ? v.objectors : [],
    outvoted: !objectionRule && v.passed ? v.opponents : [],
  };
}

/** The tally of a recorded call under every rule. */
export function talliesOf(decision: DecisionRecord): Record<RuleId, Tally> {
  const out = {} as Record<RuleId, Tally>;
  for (const rule of RULE_IDS) out[rule] = tallyOf(rule, decision.verdicts[rule]);
  return out;
}

const pct = (x: number) => `${Math.round(100 * x)}%`;

/**
 * The figure the rule counts by, short enough for a table cell: "49–5" (heads), "59%–41% of production"
 * (weighted), "2 objections" or "no objection" (consensus rules).
 */
export function tallyFigure(t: Tally): string {
  if (t.counts === 'weight') return `${pct(t.forShare)}–${pct(1 - t.forShare)} of production`;
  if (t.counts === 'heads') return `${t.for.length}–${t.against.length}`;
  const n = t.objecting.length;
  return n === 0 ? 'no objection' : `${n} objection${n === 1 ? '' : 's'}`;
}

/**
 * Names in a sentence, the first `max` of them: "China, Russia and 2 more". One past the limit is named
 * rather than counted: "and 1 more" would hide a name in the space it takes.
 */
export function namesList(lib: Library, ids: readonly string[], max = 4): string {
  const shown = ids.slice(0, ids.length > max + 1 ? max : ids.length).map((id) => nameOf(lib, id));
  if (ids.length > max + 1) return `${shown.join(', ')} and ${ids.length - max} more`;
  return shown.length <= 1 ? shown.join('') : `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}

/**
 * The tally in a line, with the names that matter, in words that read the same before the gavel (the
 * forecast) and after it (the record): "2 objections: China and Russia (50 for, 4 against)", "59% of
 * production for, 41% against (50 for, 4 against); against: …", "39 for, 15 against; against: …".
 */
export function tallyLine(lib: Library, t: Tally, max = 4): string {
  const heads = `${t.for.length} for, ${t.against.length} against`;
  if (t.counts === 'objections')
    return t.objecting.length
      ? `${tallyFigure(t)}: ${namesList(lib, t.objecting, max)} (${heads})`
      : `no objection (${heads})`;
  const figure =
    t.counts === 'weight'
      ? `${pct(t.forShare)} of production for, ${pct(1 - t.forShare)} against (${heads})`
      : heads;
  return t.against.length ? `${figure}; against: ${namesList(lib, t.against, max)}` : figure;
}
