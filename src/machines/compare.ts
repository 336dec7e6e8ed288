// The same session under every rule, side by side: the Outcome screen's comparison and its export.
import type { IssueId } from '../content/types';
import { draftText } from '../model/draft';
import { clausesOf } from '../model/items';
import { scenarioOf, type Library } from '../model/library';
import { RULE_IDS, RULES, type RuleId } from '../model/rules';
import { nameOf, type ItemOutcome, type SessionContext, type SessionInput } from '../model/session';
import { namesList, tallyFigure, tallyOf, type Tally } from '../model/tally';
import type { PlenaryMachine } from './plenary';
import { replayUnder } from './runner';

export interface RuleRow {
  readonly rule: RuleId;
  readonly outcome: ItemOutcome;
  readonly adopted: boolean;
  readonly value: number;
  /** The text adopted, or null when the status quo stands. */
  readonly text: string | null;
  /** The item's last call under this rule (tally.ts), or null when no call was held on it. */
  readonly tally: Tally | null;
  /** How far the result lies from the room's compromise point, in scale points. */
  readonly fromCompromise: number | null;
  /**
   * The call this row's tally is from: the item's last in this rule's own course (which call on the item,
   * and the draft's value then), or null when no call was held. Courses part where a rule settles an
   * item at a call another does not, so rows may be from different calls, on different drafts.
   */
  readonly call: { readonly number: number; readonly draftValue: number } | null;
}

export interface ItemComparison {
  readonly itemId: string;
  readonly title: string;
  readonly issue: IssueId;
  readonly rows: Readonly<Record<RuleId, RuleRow>>;
  readonly summary: string;
}

function rowFor(lib: Library, ctx: SessionContext, rule: RuleId, itemId: string): RuleRow | null {
  const r = ctx.results.find((x) => x.itemId === itemId);
  if (!r) return null;
  const item = scenarioOf(lib, ctx.scenarioId).agenda.find((a) => a.id === itemId)!;
  // The verdict, the tally and the text all come from the item's last call in this rule's own course: a
  // draft that call adopted stays adopted even if the meeting was ended before the chair moved on.
  const d = r.decision;
  const v = d?.verdicts[rule];
  const adopted = v?.passed ?? false;
  const value = d && adopted ? d.draftValue : r.value;
  return {
    rule,
    outcome: adopted ? 'adopted' : r.outcome,
    adopted,
    value,
    text: d && adopted ? draftText(item, clausesOf(lib, d.clauses)) : null,
    tally: v ? tallyOf(rule, v) : null,
    fromCompromise: d ? Math.abs(value - d.compromise) : null,
    call: d ? { number: d.call, draftValue: d.draftValue } : null,
  };
}

const ORDINAL = ['first', 'second', 'third', 'fourth', 'fifth'];

/** "at the first call, on a draft at 25 of 100": which call a rule's row counts, and on what. */
export function callWords(call: { readonly number: number; readonly draftValue: number }): string {
  const nth = ORDINAL[call.number - 1] ?? `${call.number}th`;
  return `at the ${nth} call, on a draft at ${Math.round(call.draftValue)} of 100`;
}

/**
 * What the rows of the comparison are, said once above them: without it a teacher reads two rows' counts
 * for the same item (consensus 49–5, two-thirds 39–15) as a contradiction.
 */
export const COMPARISON_NOTE =
  'Each rule’s row replays the meeting under that rule with the same moves. Once a rule settles an item at a call where another does not, the meeting goes its own way under each, on later items too: rows may count different calls, on different drafts, in a room whose delegations were moved differently. Under consensus only a formal objection stops a draft: a seat that does not want the draft but loses too little to block counts against without objecting.';

/** One sentence a class can read aloud: where a vote would have gone otherwise, say so plainly. */
export function summarise(lib: Library, title: string, rows: Readonly<Record<RuleId, RuleRow>>): string {
  const kp = rows.consensus;
  const votes = (['two-thirds', 'majority', 'weighted'] as const).map((r) => rows[r]);
  const tally = (r: RuleRow) => (r.tally ? tallyFigure(r.tally) : '');
  const blockedBy = kp.tally?.blockedBy ?? [];
  if (kp.outcome === 'discussed')
    return `“${title}” was discussed only: an intersessional takes no decisions.`;
  if (kp.fromCompromise === null)
    return kp.outcome === 'not-reached'
      ? `“${title}” was not reached: the meeting closed before any call on it.`
      : `“${title}” was set aside before any call on it, so no rule decided it.`;
  if (!kp.adopted) {
    const passing = votes.find((r) => r.adopted);
    const stop = blockedBy.length
      ? `under consensus ${objectionsStop(lib, blockedBy)} it`
      : 'under consensus it was not agreed';
    if (passing)
      return `Under ${RULES[passing.rule].label.toLowerCase()} this text passes ${tally(passing)}; ${stop}.`;
    return `No rule adopts it: ${stop}, and no vote carries it either.`;
  }
  const failing = votes.find((r) => !r.adopted);
  if (failing)
    return `Adopted by consensus, yet under ${RULES[failing.rule].label.toLowerCase()} it would fail ${tally(failing)}.`;
  return `Adopted by consensus: no participant objected${kp.tally?.for.length ? `, and every vote carries it too` : ''}.`;
}

/**
 * Replays a session's log under every rule and lines up what each decided, item by item. It needs the
 * input the session started from: the context does not keep positions carried in from an earlier meeting,
 * nor the speech timer it opened with.
 */
export function compareRules(
  machine: PlenaryMachine,
  lib: Library,
  ctx: SessionContext,
  input: SessionInput,
): ItemComparison[] {
  // Every item settled (the machine's own test for the communiqué): the replays play on to the end too.
  const reachedCommunique = ctx.itemIndex >= ctx.agenda.length;
  const byRule = {} as Record<RuleId, SessionContext>;
  for (const rule of RULE_IDS)
    byRule[rule] =
      rule === ctx.rule
        ? ctx
        : replayUnder(machine, lib, input, ctx.log, ctx.logItem, rule, reachedCommunique).context;
  const sc = scenarioOf(lib, ctx.scenarioId);
  return ctx.agenda.flatMap((itemId) => {
    const item = sc.agenda.find((a) => a.id === itemId)!;
    const rows = {} as Record<RuleId, RuleRow>;
    for (const rule of RULE_IDS) {
      const row = rowFor(lib, byRule[rule], rule, itemId);
      if (!row) return [];
      rows[rule] = row;
    }
    return [
      { itemId, title: item.title, issue: item.issue, rows, summary: summarise(lib, item.title, rows) },
    ];
  });
}

/**
 * Who stopped a draft under consensus, in words that read right for one or many: "China’s objection
 * stops", "the objections of China and Russia stop", "the objections of China, Russia, Zimbabwe and
 * 2 other delegations stop" (one past `max` is named, not counted).
 */
export function objectionsStop(lib: Library, blockedBy: readonly string[], max = 3): string {
  if (blockedBy.length === 1) return `${namesList(lib, blockedBy)}’s objection stops`;
  const rest = blockedBy.length - max;
  const names =
    rest > 1
      ? `${blockedBy
          .slice(0, max)
          .map((id) => nameOf(lib, id))
          .join(', ')} and ${rest} other delegations`
      : namesList(lib, blockedBy);
  return `the objections of ${names} stop`;
}
