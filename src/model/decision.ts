// Judging a draft at a consensus call: who objects, who supports, and what every rule would decide.
import { agendaItemOf, draftValueOf } from './items';
import type { Library } from './library';
import { rosterOf, type Roster } from './roster';
import {
  blockingCost,
  decide,
  objectionPull,
  rankBallots,
  RULE_IDS,
  RULES,
  type Ballot,
  type RuleId,
} from './rules';
import { compromisePoint, type Bargainer } from './spatial';
import { hasHumans, isHuman, type DecisionRecord, type SessionContext, type VerdictSummary } from './session';

/** Present participants' indices (observers never decide). */
export function deciders(lib: Library, ctx: SessionContext): number[] {
  return rosterOf(lib, ctx.scenarioId).participants.filter((i) => ctx.present[i]);
}

/** A present participant as the call sees it, read once per judgement. */
interface Decider {
  readonly i: number;
  readonly id: string;
  readonly human: boolean;
  readonly x: number;
  readonly s: number;
}

function room(lib: Library, ctx: SessionContext): Decider[] {
  const roster = rosterOf(lib, ctx.scenarioId);
  const issue = ctx.item!.issue;
  const pos = ctx.pos[issue];
  const sal = ctx.sal[issue];
  const people = hasHumans(ctx);
  return deciders(lib, ctx).map((i) => {
    const id = roster.ids[i]!;
    return { i, id, human: people && isHuman(ctx, id), x: pos[i]!, s: sal[i]! };
  });
}

/**
 * AI objectors under a rule, given humans' standing objections: a fixed point, because the cost of
 * objecting falls as others object.
 */
export function predictedObjectors(
  lib: Library,
  ctx: SessionContext,
  rule: RuleId,
  y: number,
  sq: number,
  fixed: readonly string[],
): Set<string> {
  const humans = fixed.filter((id) => isHuman(ctx, id));
  const added: string[] = [];
  objectorsIn(room(lib, ctx), humans, rule, y, sq, added);
  return new Set([...humans, ...added]);
}

/**
 * Which deciders object (by position in `deciding`), from the fixed point above. `humans` are the
 * people's standing objections; they count toward the share even when their seat no longer decides.
 * The AI objectors are also pushed to `added`, if given, in the order they join.
 */
function objectorsIn(
  deciding: readonly Decider[],
  humans: readonly string[],
  rule: RuleId,
  y: number,
  sq: number,
  added?: string[],
): boolean[] {
  const standing = new Set(humans);
  const flags = deciding.map((d) => d.human && standing.has(d.id));
  let count = standing.size;
  const n = deciding.length;
  // wouldObject, with what does not depend on the others worked out once.
  const pull = deciding.map((d) => objectionPull(rule, d.x, d.s, y, sq));
  for (let changed = true; changed;) {
    changed = false;
    for (let k = 0; k < n; k++) {
      const d = deciding[k]!;
      if (d.human || flags[k]) continue;
      const share = n > 1 ? count / (n - 1) : 0;
      if (pull[k]! > blockingCost(share)) {
        flags[k] = true;
        added?.push(d.id);
        count++;
        changed = true;
      }
    }
  }
  return flags;
}

export function ballots(
  lib: Library,
  ctx: SessionContext,
  y: number,
  sq: number,
  objectors: ReadonlySet<string>,
): Ballot[] {
  const deciding = room(lib, ctx);
  const flags = deciding.map((d) => objectors.has(d.id));
  return ballotsIn(rosterOf(lib, ctx.scenarioId), deciding, y, sq, flags);
}

function ballotsIn(
  roster: Roster,
  deciding: readonly Decider[],
  y: number,
  sq: number,
  objects: readonly boolean[],
): Ballot[] {
  return deciding.map(({ i, id, human, x }, k) => {
    const margin = Math.abs(sq - x) - Math.abs(y - x);
    return { id, human, objects: objects[k]!, prefers: margin > 0, margin, weight: roster.weight[i]! };
  });
}

export function roomCompromise(lib: Library, ctx: SessionContext): number {
  return compromiseIn(rosterOf(lib, ctx.scenarioId), room(lib, ctx));
}

function compromiseIn(roster: Roster, deciding: readonly Decider[]): number {
  const actors: Bargainer[] = deciding.map(({ i, x, s }) => ({ x, s, c: roster.clout[i]! }));
  return compromisePoint(actors);
}

/** Objectors under each rule: one blocking-cost fixed point serves both objection rules; in a vote an AI says no when it prefers the status quo. */
function objectorsByRule(
  deciding: readonly Decider[],
  ctx: SessionContext,
  y: number,
  sq: number,
  standing: readonly string[],
): Record<RuleId, readonly boolean[]> {
  const humans = standing.filter((id) => isHuman(ctx, id));
  const objecting = objectorsIn(deciding, humans, 'consensus', y, sq);
  const voting = objectorsIn(deciding, humans, 'majority', y, sq);
  const out = {} as Record<RuleId, readonly boolean[]>;
  for (const rule of RULE_IDS) out[rule] = RULES[rule].counts === 'objections' ? objecting : voting;
  return out;
}

/**
 * The verdict under every rule, each from its own objectors (flags by decider). Rules with the same
 * objectors (usually the objection rules, and the vote rules) share their ballots, ranked at most once.
 */
function verdictsFor(
  roster: Roster,
  deciding: readonly Decider[],
  y: number,
  sq: number,
  objectorsUnder: (rule: RuleId) => readonly boolean[],
): Record<RuleId, VerdictSummary> {
  const cast: { objectors: readonly boolean[]; ballots: Ballot[]; ranked?: readonly Ballot[] }[] = [];
  const out = {} as Record<RuleId, VerdictSummary>;
  for (const rule of RULE_IDS) {
    const objectors = objectorsUnder(rule);
    let c = cast.find((x) => sameFlags(x.objectors, objectors));
    if (!c) cast.push((c = { objectors, ballots: ballotsIn(roster, deciding, y, sq, objectors) }));
    const shared = c;
    out[rule] = summary(decide(rule, shared.ballots, () => (shared.ranked ??= rankBallots(shared.ballots))));
  }
  return out;
}

function sameFlags(a: readonly boolean[], b: readonly boolean[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

function summary(v: ReturnType<typeof decide>): VerdictSummary {
  return {
    passed: v.passed,
    supporters: v.supporters.length,
    opponents: v.opponents.length,
    objectors: v.objectors,
    pivot: v.pivot,
    yesWeight: v.yesWeight,
    totalWeight: v.totalWeight,
  };
}

/** The current draft judged under every rule: the actual rule uses the objections on the floor. */
export function judge(lib: Library, ctx: SessionContext): DecisionRecord {
  const roster = rosterOf(lib, ctx.scenarioId);
  const item = agendaItemOf(lib, ctx);
  const y = draftValueOf(lib, ctx);
  const clauses = ctx.item!.clauses;
  const standing = ctx.item!.call?.objections ?? [];
  const deciding = room(lib, ctx);
  const predicted = objectorsByRule(deciding, ctx, y, item.statusQuo, standing);
  const actual = deciding.map((d) => standing.includes(d.id));
  const verdicts = verdictsFor(roster, deciding, y, item.statusQuo, (rule) =>
    rule === ctx.rule ? actual : predicted[rule],
  );
  return { draftValue: y, clauses, verdicts, compromise: compromiseIn(roster, deciding) };
}

/** Would the draft pass now under each rule, if the call were made this moment? (the live meter) */
export function liveMeter(lib: Library, ctx: SessionContext): Record<RuleId, VerdictSummary> | null {
  if (!ctx.item) return null;
  const item = agendaItemOf(lib, ctx);
  if (!item.decides) return null;
  const y = draftValueOf(lib, ctx);
  const deciding = room(lib, ctx);
  const predicted = objectorsByRule(deciding, ctx, y, item.statusQuo, ctx.item.call?.objections ?? []);
  return verdictsFor(rosterOf(lib, ctx.scenarioId), deciding, y, item.statusQuo, (rule) => predicted[rule]);
}
