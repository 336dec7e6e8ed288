// Judging a draft at a consensus call: who objects, who supports, and what every rule would decide.
import { agendaItemOf, draftOf } from './items';
import type { Library } from './library';
import { rosterOf } from './roster';
import { decide, RULE_IDS, RULES, wouldObject, type Ballot, type RuleId } from './rules';
import { compromisePoint, type Bargainer } from './spatial';
import { isHuman, type DecisionRecord, type SessionContext, type VerdictSummary } from './session';

/** Present participants' indices (observers never decide). */
export function deciders(lib: Library, ctx: SessionContext): number[] {
  return rosterOf(lib, ctx.scenarioId).participants.filter((i) => ctx.present[i]);
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
  const roster = rosterOf(lib, ctx.scenarioId);
  const issue = ctx.item!.issue;
  const ids = deciders(lib, ctx);
  const out = new Set(fixed.filter((id) => isHuman(ctx, id)));
  const n = ids.length;
  for (let changed = true; changed;) {
    changed = false;
    for (const i of ids) {
      const id = roster.ids[i]!;
      if (out.has(id) || isHuman(ctx, id)) continue;
      const share = n > 1 ? out.size / (n - 1) : 0;
      if (wouldObject(rule, ctx.pos[issue][i]!, ctx.sal[issue][i]!, y, sq, share)) {
        out.add(id);
        changed = true;
      }
    }
  }
  return out;
}

export function ballots(
  lib: Library,
  ctx: SessionContext,
  y: number,
  sq: number,
  objectors: ReadonlySet<string>,
): Ballot[] {
  const roster = rosterOf(lib, ctx.scenarioId);
  const issue = ctx.item!.issue;
  return deciders(lib, ctx).map((i) => {
    const id = roster.ids[i]!;
    const x = ctx.pos[issue][i]!;
    const margin = Math.abs(sq - x) - Math.abs(y - x);
    return {
      id,
      human: isHuman(ctx, id),
      objects: objectors.has(id),
      prefers: margin > 0,
      margin,
      weight: roster.weight[i]!,
    };
  });
}

export function roomCompromise(lib: Library, ctx: SessionContext): number {
  const roster = rosterOf(lib, ctx.scenarioId);
  const issue = ctx.item!.issue;
  const actors: Bargainer[] = deciders(lib, ctx).map((i) => ({
    x: ctx.pos[issue][i]!,
    s: ctx.sal[issue][i]!,
    c: roster.clout[i]!,
  }));
  return compromisePoint(actors);
}

/** Ballots for each distinct set of objectors, built once per set (rules share sets). */
function ballotsPer(
  lib: Library,
  ctx: SessionContext,
  y: number,
  sq: number,
): (objectors: ReadonlySet<string>) => Ballot[] {
  const cache = new Map<ReadonlySet<string>, Ballot[]>();
  return (objectors) => {
    let b = cache.get(objectors);
    if (!b) cache.set(objectors, (b = ballots(lib, ctx, y, sq, objectors)));
    return b;
  };
}

/** Objectors under each rule: one blocking-cost fixed point serves both objection rules; in a vote an AI says no when it prefers the status quo. */
function objectorsByRule(
  lib: Library,
  ctx: SessionContext,
  y: number,
  sq: number,
  standing: readonly string[],
): Record<RuleId, ReadonlySet<string>> {
  const objecting = predictedObjectors(lib, ctx, 'consensus', y, sq, standing);
  const voting = predictedObjectors(lib, ctx, 'majority', y, sq, standing);
  const out = {} as Record<RuleId, ReadonlySet<string>>;
  for (const rule of RULE_IDS) out[rule] = RULES[rule].counts === 'objections' ? objecting : voting;
  return out;
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
  const item = agendaItemOf(lib, ctx);
  const { value: y, clauses } = draftOf(lib, ctx);
  const standing = ctx.item!.call?.objections ?? [];
  const predicted = objectorsByRule(lib, ctx, y, item.statusQuo, standing);
  const actual = new Set(standing);
  const verdicts = {} as Record<RuleId, VerdictSummary>;
  const cast = ballotsPer(lib, ctx, y, item.statusQuo);
  for (const rule of RULE_IDS)
    verdicts[rule] = summary(decide(rule, cast(rule === ctx.rule ? actual : predicted[rule])));
  return { draftValue: y, clauses, verdicts, compromise: roomCompromise(lib, ctx) };
}

/** Would the draft pass now under each rule, if the call were made this moment? (the live meter) */
export function liveMeter(lib: Library, ctx: SessionContext): Record<RuleId, VerdictSummary> | null {
  if (!ctx.item) return null;
  const item = agendaItemOf(lib, ctx);
  if (!item.decides) return null;
  const { value: y } = draftOf(lib, ctx);
  const predicted = objectorsByRule(lib, ctx, y, item.statusQuo, ctx.item.call?.objections ?? []);
  const out = {} as Record<RuleId, VerdictSummary>;
  const cast = ballotsPer(lib, ctx, y, item.statusQuo);
  for (const rule of RULE_IDS) out[rule] = summary(decide(rule, cast(predicted[rule])));
  return out;
}
