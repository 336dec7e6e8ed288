// "Would it pass?" as the panel and the projector lay it out: one line per rule (its verdict and the figure
// it counts by), then who stands where, each side named once in full under the rules it applies to, rather
// than five tally lines each cut short. Built from the same meter rows (tally.ts) every screen reads.
import type { Library } from '../model/library';
import { RULE_IDS, RULES, type RuleId } from '../model/rules';
import { namesList, type Tally } from '../model/tally';
import type { SessionContext } from '../model/session';
import { meter, type MeterRow } from './view-model';

export interface MeterLine {
  readonly row: MeterRow;
  /** "✓ passes" or "✕ fails". */
  readonly verdict: string;
  /** "▶ Consensus (the KP rule): 3 objections", "Simple majority: 39 for, 15 against". */
  readonly text: string;
  /** The rule this session is played under. */
  readonly mine: boolean;
}

export interface MeterSide {
  /** "Would object under both consensus rules", "Would vote no under Simple majority". */
  readonly lead: string;
  /** Every name, in a sentence. */
  readonly names: string;
}

export interface MeterView {
  readonly lines: readonly MeterLine[];
  readonly sides: readonly MeterSide[];
  readonly note: string;
}

const pct = (x: number) => `${Math.round(100 * x)}%`;

/** The figure a rule counts by, in words short enough for one line beside the rule's name. */
export function meterFigure(t: Tally): string {
  if (t.counts === 'objections') {
    const n = t.objecting.length;
    return n === 0 ? 'no objection' : `${n} objection${n === 1 ? '' : 's'}`;
  }
  // The weighted rule's label says it counts production: its line gives the shares.
  if (t.counts === 'weight') return `${pct(t.forShare)} for, ${pct(1 - t.forShare)} against`;
  return `${t.for.length} for, ${t.against.length} against`;
}

/** "both consensus rules", "all three votes", or the rules by name. */
function rulesWords(rules: readonly MeterRow[], kind: 'objections' | 'votes'): string {
  const ofKind = RULE_IDS.filter((r) =>
    kind === 'objections' ? RULES[r].counts === 'objections' : RULES[r].counts !== 'objections',
  );
  if (rules.length === ofKind.length && rules.length > 1)
    return kind === 'objections'
      ? `${rules.length === 2 ? 'both' : `all ${rules.length}`} consensus rules`
      : `all ${rules.length === 3 ? 'three' : rules.length} votes`;
  const labels = rules.map((r) => r.label);
  return labels.length <= 1 ? labels.join('') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
}

/** The meter laid out for reading, or null when no draft is up for decision. */
export function meterView(lib: Library, ctx: SessionContext): MeterView | null {
  return meterLayout(lib, meter(lib, ctx), ctx.rule, ctx.item?.call?.objections ?? []);
}

/**
 * Meter rows (the forecast's, or a recorded call's) laid out for reading; `rule` is the session's,
 * `voiced` the objections already made at the open call: those seats are named once as having objected,
 * and the forecast's lists name only the seats expected to object besides (each rule's count is the
 * call's, both together).
 */
export function meterLayout(
  lib: Library,
  rows: readonly MeterRow[],
  rule: RuleId,
  voiced: readonly string[] = [],
): MeterView | null {
  if (!rows.length) return null;
  const lines = rows.map((row) => {
    const mine = row.rule === rule;
    return {
      row,
      verdict: row.passes ? '✓ passes' : '✕ fails',
      text: `${mine ? '▶ ' : ''}${row.label}: ${meterFigure(row.tally)}`,
      mine,
    };
  });
  // Who objects (consensus rules) and who votes against (the votes), each list said once for the rules
  // that share it; an objection already made is a fact, not a forecast, and is said apart.
  const sides: MeterSide[] = [];
  const objectionRows = rows.filter((row) => row.tally.counts === 'objections');
  const made = voiced.filter((id) => objectionRows.some((row) => row.tally.objecting.includes(id)));
  if (made.length) sides.push({ lead: 'Objected at this call', names: namesList(lib, made, Infinity) });
  for (const kind of ['objections', 'votes'] as const) {
    const groups = new Map<string, MeterRow[]>();
    for (const row of rows) {
      if ((row.tally.counts === 'objections') !== (kind === 'objections')) continue;
      const ids =
        kind === 'objections' ? row.tally.objecting.filter((id) => !made.includes(id)) : row.tally.against;
      if (!ids.length) continue;
      const key = ids.join(' ');
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    for (const [key, group] of groups)
      sides.push({
        lead: `${kind === 'objections' ? 'Would object' : 'Would vote no'} under ${rulesWords(group, kind)}`,
        names: namesList(lib, key.split(' '), Infinity),
      });
  }
  return { lines, sides, note: '▶ the rule of this session. Live: if the Chair called it now.' };
}

/** “Would it pass?” spoken: each rule, whether the draft passes under it and the figure it counts by. */
export function meterSpoken(rows: readonly MeterRow[]): string {
  return rows.map((r) => `${r.label}: ${r.passes ? 'passes' : 'fails'}, ${r.detail}.`).join(' ');
}
