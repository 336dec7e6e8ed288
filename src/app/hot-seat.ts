// Hot seat: several people share one screen, each holding one or more delegations. Whose hand is on
// screen, whether it must be hidden, and when the keyboard must pass to someone else. Pure: the Plenary
// scene asks, and draws the cover when told to.
import type { Library } from '../model/library';
import type { PhaseFacts } from '../model/phase';
import { nameOf, type SessionContext } from '../model/session';

/** The person playing a delegation now, or who played it at the start (a seat handed to the AI). */
export function playerOf(ctx: SessionContext, id: string): string {
  return ctx.humans[id] ?? ctx.startHumans[id] ?? 'Player';
}

/**
 * The delegation whose hand and actions are on screen: the one last shown if a person holds or held it,
 * else the only human seat, else null (watching, or behind the hand-over cover).
 */
export function shownDelegation(
  ctx: SessionContext,
  shown: string | null,
  covering: string | null,
): string | null {
  if (covering) return null;
  if (shown && (shown in ctx.humans || shown in ctx.startHumans)) return shown;
  const humans = Object.keys(ctx.humans);
  return humans.length === 1 ? humans[0]! : null;
}

/**
 * How many different people have sat at this keyboard in the session: those holding seats now and those
 * who held one at the start. A player who hands their seat to the AI is still in the room, so the screen
 * must not show the last remaining player's hand to them.
 */
export function peopleInRoom(ctx: SessionContext): number {
  return new Set([...Object.values(ctx.startHumans), ...Object.values(ctx.humans)]).size;
}

/** A person's hand shows only on their own move, never while the AI or anyone else plays. */
export function handHidden(ctx: SessionContext, awaiting: readonly string[], me: string): boolean {
  return peopleInRoom(ctx) > 1 && !awaiting.includes(me);
}

/** What the screen must do for the awaited seats: nothing, show another seat of the same person, or pass
 * the keyboard to another person (behind a cover). */
export type TurnStep =
  | { readonly kind: 'stay' }
  | { readonly kind: 'show'; readonly delegation: string }
  | { readonly kind: 'handover'; readonly delegation: string };

export function nextTurnStep(
  ctx: SessionContext,
  awaiting: readonly string[],
  shown: string | null,
): TurnStep {
  if (!awaiting.length) return { kind: 'stay' };
  const target = shown && awaiting.includes(shown) ? shown : awaiting[0]!;
  if (target === shown) return { kind: 'stay' };
  const samePlayer = shown !== null && playerOf(ctx, shown) === playerOf(ctx, target);
  if (peopleInRoom(ctx) > 1 && !samePlayer) return { kind: 'handover', delegation: target };
  return { kind: 'show', delegation: target };
}

/**
 * Why the meeting waits for this delegation, in a line for the hand-over cover and the screen reader:
 * from what the chart's state waits for (the answers to a call, a deal's addressee, the speaker).
 */
export function turnReason(lib: Library, at: PhaseFacts, ctx: SessionContext, id: string): string {
  if (at.awaits === 'answers') return 'The Chair calls for consensus: answer the call.';
  if (at.awaits === 'addressee') return `${nameOf(lib, ctx.caucus?.by ?? '')} offers you a deal.`;
  if (at.awaits === 'speaker' && ctx.item?.speakers[0] === id) return 'You have the floor.';
  return 'The meeting waits for you.';
}
