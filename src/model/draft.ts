// A draft is its item's preamble plus clauses; its place on the issue scale is base + Σ effects.
import { ILLUSTRATION_TAG, type AgendaItem, type Clause } from '../content/types';
import { joinWords, tagged } from './prose';

export function clamp(v: number, lo = 0, hi = 100): number {
  return v < lo ? lo : v > hi ? hi : v;
}

export function draftValue(item: AgendaItem, clauses: readonly Clause[]): number {
  let v = item.base;
  for (const c of clauses) v += c.effect;
  return clamp(v);
}

/**
 * The words of a draft: the preamble, then each clause. A clause that continues the sentence (", provided …") attaches
 * without a space, and a clause the game made up carries its illustration tag in the text itself, so every screen
 * that quotes the draft (the draft panel, the outcome, the debrief) says so.
 */
export function draftText(item: AgendaItem, clauses: readonly Clause[]): string {
  if (clauses.length === 0) return joinWords([item.preamble, item.statusQuoText]);
  return joinWords([
    item.preamble,
    ...clauses.map((c) => (c.illustration ? tagged(c.text, ILLUSTRATION_TAG) : c.text)),
  ]);
}

/** Why adding or removing a clause is not allowed, or null. */
export function amendmentProblem(
  item: AgendaItem,
  current: readonly string[],
  op: 'add' | 'remove',
  clause: Clause | undefined,
  clauseOf: (id: string) => Clause | undefined,
): string | null {
  if (!clause) return 'There is no such clause.';
  if (clause.issue !== item.issue) return `That clause belongs to another issue (${clause.issue}).`;
  if (op === 'remove') return current.includes(clause.id) ? null : 'That clause is not in the draft.';
  if (current.includes(clause.id)) return 'That clause is already in the draft.';
  for (const id of current) {
    const other = clauseOf(id);
    if (clause.excludes?.includes(id) || other?.excludes?.includes(clause.id))
      return `It cannot stand beside "${other?.label ?? id}".`;
  }
  return null;
}
