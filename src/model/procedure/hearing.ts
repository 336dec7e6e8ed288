// Hearing a speech: AI listeners within earshot of an argument move toward it (persuasion.ts), by how
// well it fits and how much it offends their interests; people decide for themselves.
import type { ArgumentCard } from '../../content/types';
import { INTERESTS } from '../../content/types';
import { persuade } from '../persuasion';
import type { Roster } from '../roster';
import { hasHumans, isHuman, type MoveNote, type SessionContext } from '../session';
import { seatOf } from './context';

/** The room hears an argument: AI listeners within earshot move (persuasion.ts); people decide for themselves. */
export function hear(roster: Roster, ctx: SessionContext, card: ArgumentCard, by: string) {
  const sp = seatOf(roster, by);
  const issue = card.issue;
  // This issue's rows, read once: the loop visits every seat.
  const xs = ctx.pos[issue];
  const anchors = ctx.anc[issue];
  const saliences = ctx.sal[issue];
  const openness = roster.openness[issue];
  const people = hasHumans(ctx);
  const pos = xs.slice();
  let lastMove = ctx.lastMove as (MoveNote | null)[];
  const influenced: [number, number][] = [];
  const { fit, offence } = appealOf(roster, card);
  const argument = { position: card.position, strength: card.strength, speakerClout: roster.clout[sp]! };
  // Stryker disable next-line EqualityOperator: one seat past the last, ctx.present[i] is undefined and it is skipped
  for (let i = 0; i < xs.length; i++) {
    if (i === sp || !ctx.present[i]) continue;
    const x = xs[i]!;
    // Out of earshot (beyond its openness): skip before any work, as most of the room is.
    // Stryker disable next-line ConditionalExpression: never skipping, persuade() leaves a listener out of earshot where it is (this only saves the work)
    if (Math.abs(card.position - x) > openness[i]! * 100) continue;
    // Stryker disable next-line ConditionalExpression: `people` only spares isHuman, which says the same when nobody plays
    if (people && isHuman(ctx, roster.ids[i]!)) continue;
    const to = persuade(
      {
        x,
        anchor: anchors[i]!,
        salience: saliences[i]!,
        openness: openness[i]!,
        fit: fit[i]!,
        offence: offence[i]!,
        trust: roster.bloc[i] === roster.bloc[sp] ? 1 : 0.7,
      },
      argument,
    );
    if (to !== x) {
      influenced.push([i, Math.abs(to - x)]);
      if (Math.abs(to - x) >= 0.5) {
        // Stryker disable next-line ConditionalExpression: copying at every move instead of the first gives the same notes
        if (lastMove === ctx.lastMove) lastMove = lastMove.slice();
        lastMove[i] = { issue, from: x, to, by, cause: card.id };
      }
      pos[i] = to;
    }
  }
  return { pos, lastMove, influenced };
}

const appeals = new WeakMap<Roster, Map<string, { fit: number[]; offence: number[] }>>();

/** How well an argument fits, and how much it offends, each seat's interests: fixed, so worked out once. */
function appealOf(roster: Roster, card: ArgumentCard): { fit: number[]; offence: number[] } {
  let byCard = appeals.get(roster);
  // Stryker disable next-line ConditionalExpression: a cache: starting it afresh gives the same appeal
  if (!byCard) appeals.set(roster, (byCard = new Map()));
  let appeal = byCard.get(card.id);
  // Stryker disable next-line ConditionalExpression: a cache: working the appeal out again gives the same figures
  if (!appeal) {
    const moves = card.moves.map((k) => INTERESTS.indexOf(k));
    const hardens = card.hardens.map((k) => INTERESTS.indexOf(k));
    appeal = {
      fit: roster.interests.map((interests) => meanOf(interests, moves)),
      offence: roster.interests.map((interests) => meanOf(interests, hardens)),
    };
    byCard.set(card.id, appeal);
  }
  return appeal;
}

/** Mean of `values` at the given indices (0 for none). */
function meanOf(values: readonly number[], at: readonly number[]): number {
  if (at.length === 0) return 0;
  let t = 0;
  for (const k of at) t += values[k]!;
  return t / at.length;
}
