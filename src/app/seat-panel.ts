// The Seat panel in words (pointing at a seat, or browsing the hall with H): who holds it, its stance on
// the draft (a person's seat: their call, with what the model expects), its position on the item's issue
// named as content spells it, why it last moved and, for the AI, its last move's reason.
import { ISSUE_NAME } from '../content/issues';
import type { Library } from '../model/library';
import type { SessionContext } from '../model/session';
import { draftView, STANCE_LABEL, STANCE_SYMBOL, type Seat } from './view-model';

export interface SeatPanel {
  readonly title: string;
  readonly lines: readonly string[];
  /** The AI's last move for this seat and why ("Its last move: …"), or null. */
  readonly lastMove: string | null;
}

/** What the Seat panel and the hall's browsing say of `seat`; `lastReason` is the AI's latest move's why. */
export function seatPanel(
  lib: Library,
  ctx: SessionContext,
  seat: Seat,
  lastReason: string | null = null,
): SeatPanel {
  const issue = draftView(lib, ctx)?.issue ?? 'definition';
  const who = seat.human ? `played by ${seat.human}` : 'played by the AI';
  const stance = `${STANCE_SYMBOL[seat.stance]} ${STANCE_LABEL[seat.stance]}`;
  const lines = [
    seat.theirCall ? `Their call. The model expects: ${stance}.` : `${stance}.`,
    `Position on ${ISSUE_NAME[issue]}: ${seat.position.toFixed(0)} of 100.`,
    seat.why ?? 'Has not moved yet this session.',
  ];
  if (seat.speaking) lines.unshift('Has the floor now.');
  return {
    title: `${seat.name} (${seat.id}), ${seat.kind}, ${who}`,
    lines,
    lastMove: !seat.human && lastReason ? `Its last move: ${lastReason}` : null,
  };
}
