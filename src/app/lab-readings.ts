// What a teacher reads off a Rule Lab run, item by item: whether the rules part or agree, and why, in
// the run's own numbers (who objects, how many are against) beside what the record says happened.
import type { AgendaItem, IssueId } from '../content/types';
import { scenarioOf, type Library } from '../model/library';
import { rosterOf } from '../model/roster';
import { RULES, type RuleId } from '../model/rules';
import { shortNameOf } from '../model/session';
import { labIssues, type ItemSpread, type LabResult } from '../machines/lab';

/** Shares of sessions closer than this (five points of a hundred) are read as the same. */
export const SAME_SHARE = 0.05;

export interface ItemReading {
  readonly issue: IssueId;
  /** The agenda item's title. */
  readonly title: string;
  /** Whether every rule adopted it in (about) the same share of sessions. */
  readonly agree: boolean;
  /** "The rules part" or "The rules agree". */
  readonly verdict: string;
  /** Why, in the run's numbers, and what the record says. */
  readonly why: string;
}

/** How a rule is named inside a sentence. */
const IN_SENTENCE: Record<RuleId, string> = {
  consensus: 'consensus',
  'consensus-minus-one': 'consensus minus one',
  'two-thirds': 'two-thirds',
  majority: 'majority',
  weighted: 'weighted by production',
};

const pct = (x: number) => `${Math.round(100 * x)}%`;
const one = (x: number) => String(Math.round(x));

/** Each item of the run's agenda, read across the rules it was run under. */
export function itemReadings(lib: Library, r: LabResult): ItemReading[] {
  const sc = scenarioOf(lib, r.scenario);
  const rules = Object.keys(r.rules) as RuleId[];
  return labIssues(lib, r.scenario).issues.map((issue) => {
    const item =
      sc.agenda.find((a) => a.issue === issue && a.decides) ?? sc.agenda.find((a) => a.issue === issue)!;
    const share = (rule: RuleId) => r.rules[rule]!.adopted[issue] ?? 0;
    const spread = (rule: RuleId) => r.rules[rule]!.items[issue];
    const shares = rules.map(share);
    const agree = Math.max(...shares) - Math.min(...shares) <= SAME_SHARE;
    const why = [
      ...reasons(lib, rules, share, spread),
      ...observersAgainst(lib, r, item, rules.map(spread)),
      record(item),
    ].join(' ');
    return {
      issue,
      title: item.title,
      agree,
      verdict: rules.length < 2 ? 'One rule' : agree ? 'The rules agree' : 'The rules part',
      why,
    };
  });
}

type Share = (rule: RuleId) => number;
type Spread = (rule: RuleId) => ItemSpread | undefined;

/** Why, in the run's numbers: what those against do under the objection rules and in a vote. */
function reasons(lib: Library, rules: readonly RuleId[], share: Share, spread: Spread): string[] {
  const out: string[] = [];
  const objecting = rules.filter((r) => RULES[r].counts === 'objections');
  const voting = rules.filter((r) => RULES[r].counts !== 'objections');
  const first = objecting[0];
  const o = first && spread(first);
  const v = voting[0] && spread(voting[0]);
  const against = (o?.called ? o : v)?.against ?? 0;
  if (!o?.called && !v?.called) return ['It never came to a call.'];
  if (against < 0.05) return ['Nobody is against it: every participant prefers the draft to the status quo.'];
  if (first && o?.called) {
    if (o.objecting < 0.05)
      out.push(
        `${o.against < 0.5 ? 'Hardly anyone is' : `About ${one(o.against)} participants are`} against it, but none objects: none loses enough to block.`,
      );
    else {
      const who = o.objectors
        .filter((x) => x.share >= 0.2)
        .slice(0, 3)
        .map((x) => `${shortNameOf(lib, x.id)} (${pct(x.share)})`);
      const blocks = share(first) <= SAME_SHARE ? '; one objection blocks' : '';
      out.push(
        `Under ${IN_SENTENCE[first]}, ${who.length ? `${listOf(who)} object` : `${one(o.objecting)} object on average`}${blocks}.`,
      );
      const minusOne = objecting.find((r) => r === 'consensus-minus-one');
      if (first === 'consensus' && minusOne && Math.abs(share(minusOne) - share(first)) > SAME_SHARE)
        out.push(`Consensus minus one adopts it where only one objects.`);
    }
  }
  if (v?.called) {
    const carried = voting.filter((r) => share(r) >= 1 - SAME_SHARE);
    const stopped = voting.filter((r) => share(r) < 1 - SAME_SHARE);
    const parts: string[] = [];
    if (carried.length)
      parts.push(
        `${listOf(carried.map((r) => IN_SENTENCE[r]))} outvote ${v.against < 0.5 ? 'the rare one' : `the ${one(v.against)}`} against`,
      );
    for (const r of stopped)
      parts.push(
        r === 'weighted'
          ? `weighted by production, those against hold enough of it to stop it in ${pct(1 - share(r))}`
          : `under ${IN_SENTENCE[r]} those against stop it in ${pct(1 - share(r))}`,
      );
    const text = parts.join('; ');
    out.push(`In a vote, ${text}.`);
  }
  return out;
}

function listOf(xs: readonly string[]): string {
  return xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs.at(-1)}`;
}

/**
 * Observers who would rather keep the status quo than have the value adopted (by their stated stance):
 * they speak, but have no objection or vote to count, so the rules cannot differ on their account.
 */
function observersAgainst(
  lib: Library,
  r: LabResult,
  item: AgendaItem,
  spreads: readonly (ItemSpread | undefined)[],
): string[] {
  const adopted = spreads.flatMap((s) => (s?.value ? [s.value.p50] : []));
  if (!adopted.length) return [];
  const y = adopted.reduce((a, b) => a + b, 0) / adopted.length;
  const roster = rosterOf(lib, r.scenario);
  const against = roster.observers
    .filter((i) => {
      const x = roster.anchor[item.issue][i]!;
      return Math.abs(item.statusQuo - x) < Math.abs(y - x);
    })
    .map((i) => shortNameOf(lib, roster.ids[i]!));
  return against.length ? [`Observers against it, who can neither object nor vote: ${listOf(against)}.`] : [];
}

/** What happened at the meeting itself. */
function record(item: AgendaItem): string {
  const h = item.history;
  if (h.result === 'discussed') return 'Record: only discussed.';
  if (h.result === 'adopted') return `Record: adopted by consensus (at ${h.value}).`;
  return 'Record: not adopted.';
}
