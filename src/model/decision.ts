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
  const issue = ctx.item?.issue ?? agendaItemOf(lib, ctx).issue;
  const pos = ctx.pos[issue];
  const sal = ctx.sal[issue];
  const people = hasHumans(ctx);
  return deciders(lib, ctx).map((i) => {
    const id = roster.ids[i]!;
    return { i, id, human: people && isHuman(ctx, id), x: pos[i]!, s: sal[i]! };
  });
}

/** The answers given at the call so far: objections standing, and who has answered. */
export interface CallAnswers {
  readonly objections: readonly string[];
  readonly responded: readonly string[];
}

const NO_ANSWERS: CallAnswers = { objections: [], responded: [] };

/** The answers at the open call, or none before a call. */
export function answersOf(ctx: SessionContext): CallAnswers {
  return ctx.item?.call ?? NO_ANSWERS;
}

/**
 * Who objects at a call under a rule: every objection voiced stands; a person who concurred does not
 * object (nor does a Chair played by a person, who runs the call); every other seat objects when its pull
 * beats the blocking cost, which falls as others object: a fixed point, reached whatever the order. A
 * person who has not answered yet is expected to do what the model would do in their place. The live
 * forecast, the seats' stances and the verdict at the gavel all read this one function.
 */
export function callObjectors(
  lib: Library,
  ctx: SessionContext,
  rule: RuleId,
  y: number,
  sq: number,
  answers: CallAnswers = answersOf(ctx),
): Set<string> {
  const deciding = room(lib, ctx);
  const flags = objectorsIn(deciding, answers, rosterOf(lib, ctx.scenarioId).chair, rule, y, sq);
  return new Set([...answers.objections, ...deciding.filter((_, k) => flags[k]).map((d) => d.id)]);
}

/** Kept for the history tests' wording: the objectors the call would end with, given `fixed` objections. */
export function predictedObjectors(
  lib: Library,
  ctx: SessionContext,
  rule: RuleId,
  y: number,
  sq: number,
  fixed: readonly string[],
): Set<string> {
  return callObjectors(lib, ctx, rule, y, sq, { objections: fixed, responded: answersOf(ctx).responded });
}

/** The fixed point of callObjectors, as flags by position in `deciding`. */
function objectorsIn(
  deciding: readonly Decider[],
  answers: CallAnswers,
  chair: string,
  rule: RuleId,
  y: number,
  sq: number,
): boolean[] {
  const objecting = new Set(answers.objections);
  const answered = new Set(answers.responded);
  const flags = deciding.map((d) => objecting.has(d.id));
  // Settled: an objection voiced, a person's answer, a Chair played by a person.
  const settled = deciding.map((d, k) => flags[k]! || (d.human && (answered.has(d.id) || d.id === chair)));
  let count = objecting.size;
  const n = deciding.length;
  // wouldObject, with what does not depend on the others worked out once.
  const pull = deciding.map((d) => objectionPull(rule, d.x, d.s, y, sq));
  for (let changed = true; changed;) {
    changed = false;
    for (let k = 0; k < n; k++) {
      if (settled[k] || flags[k]) continue;
      const share = n > 1 ? count / (n - 1) : 0;
      if (pull[k]! > blockingCost(share)) {
        flags[k] = true;
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
    // Stryker disable next-line ArrowFunction: a cache: ballots cast afresh give the same verdict
    let c = cast.find((x) => sameFlags(x.objectors, objectors));
    // Stryker disable next-line ConditionalExpression: a cache: ballots cast afresh give the same verdict
    if (!c) cast.push((c = { objectors, ballots: ballotsIn(roster, deciding, y, sq, objectors) }));
    const shared = c;
    out[rule] = summary(decide(rule, shared.ballots, () => (shared.ranked ??= rankBallots(shared.ballots))));
  }
  return out;
}

// Stryker disable next-line BlockStatement: undefined shares nothing: ballots cast afresh give the same verdict
function sameFlags(a: readonly boolean[], b: readonly boolean[]): boolean {
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BooleanLiteral: every rule's flags are by the same deciders
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  // Stryker disable next-line BooleanLiteral: sharing nothing, ballots cast afresh give the same verdict
  return true;
}

function summary(v: ReturnType<typeof decide>): VerdictSummary {
  return {
    passed: v.passed,
    supporters: v.supporters,
    opponents: v.opponents,
    objectors: v.objectors,
    pivot: v.pivot,
    yesWeight: v.yesWeight,
    totalWeight: v.totalWeight,
  };
}

/**
 * The draft judged under every rule, from the answers given at the call and what every other seat would
 * do given them. At the gavel this is the verdict; before it, the forecast: one computation for both.
 * Under the session's own rule every objection voiced stands; under the others only the people's
 * answers carry over, and the AI seats answer as that rule makes them.
 */
function verdictsNow(lib: Library, ctx: SessionContext, y: number, sq: number): CallForecast {
  const roster = rosterOf(lib, ctx.scenarioId);
  const deciding = room(lib, ctx);
  const answers = answersOf(ctx);
  const people: CallAnswers = {
    objections: answers.objections.filter((id) => isHuman(ctx, id)),
    responded: answers.responded,
  };
  // By whether the rule is the session's own, and whether it counts objections or votes.
  const cache: (readonly boolean[] | undefined)[] = [];
  const objectorsUnder = (rule: RuleId): readonly boolean[] => {
    const own = rule === ctx.rule;
    const objections = RULES[rule].counts === 'objections';
    // Stryker disable next-line ArithmeticOperator: a minus keeps the four keys apart too (1, −1, 2, 0)
    const key = (own ? 2 : 0) + (objections ? 1 : 0);
    let flags = cache[key];
    // Stryker disable next-line ConditionalExpression: a cache: worked out afresh, the objectors are the same
    if (!flags) {
      const pullRule = objections ? 'consensus' : 'majority';
      flags = objectorsIn(deciding, own ? answers : people, roster.chair, own ? rule : pullRule, y, sq);
      cache[key] = flags;
    }
    return flags;
  };
  const verdicts = verdictsFor(roster, deciding, y, sq, objectorsUnder);
  const objectors = {} as Record<RuleId, ReadonlySet<string>>;
  for (const rule of RULE_IDS) {
    const flags = objectorsUnder(rule);
    objectors[rule] = new Set(deciding.filter((_, k) => flags[k]).map((d) => d.id));
  }
  return { verdicts, objectors };
}

/** What a call would decide now: the verdict and the objecting seats under every rule. */
export interface CallForecast {
  readonly verdicts: Record<RuleId, VerdictSummary>;
  readonly objectors: Record<RuleId, ReadonlySet<string>>;
}

/** The call's forecast now, or null when no draft for decision is on the table. */
export function forecastCall(lib: Library, ctx: SessionContext): CallForecast | null {
  if (!ctx.item) return null;
  const item = agendaItemOf(lib, ctx);
  if (!item.decides) return null;
  return verdictsNow(lib, ctx, draftValueOf(lib, ctx), item.statusQuo);
}

/** The current draft judged under every rule (CLOSE_CALL records this). */
export function judge(lib: Library, ctx: SessionContext): DecisionRecord {
  const roster = rosterOf(lib, ctx.scenarioId);
  const item = agendaItemOf(lib, ctx);
  const y = draftValueOf(lib, ctx);
  const { verdicts } = verdictsNow(lib, ctx, y, item.statusQuo);
  return {
    call: (ctx.item?.decision?.call ?? 0) + 1,
    draftValue: y,
    clauses: ctx.item?.clauses ?? item.initialClauses,
    verdicts,
    compromise: compromiseIn(roster, room(lib, ctx)),
  };
}

/** Would the draft pass now under each rule, if the call were closed this moment? (the live forecast) */
export function liveMeter(lib: Library, ctx: SessionContext): Record<RuleId, VerdictSummary> | null {
  return forecastCall(lib, ctx)?.verdicts ?? null;
}
