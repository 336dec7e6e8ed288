// Hot seat on one computer: when the meeting waits for another person, the room is covered until they take
// the keyboard. app/hot-seat.ts decides whose turn it is and why; this says whom to cover the room for.
import type { SessionController } from '../../app/controller';
import { nextTurnStep, playerOf, turnReason } from '../../app/hot-seat';
import { LIBRARY } from '../../machines/default';
import { phaseFacts } from '../../machines/plenary';
import { nameOf } from '../../model/session';
import type { HandoverData } from '../Handover';
import { classroom } from './classroom';

/**
 * Whom the cover should come up for now, or null: the seat on screen follows whose turn it is when no
 * keyboard changes hands. `busy`: something else holds the screen (the console, the projector), so the
 * cover waits.
 */
export function turnToCover(s: SessionController, busy: boolean): HandoverData | null {
  // A networked device shows its own seat only: there is no keyboard to pass.
  if (classroom.device) return null;
  const ctx = s.snapshot.context;
  const step = nextTurnStep(ctx, s.awaiting(), classroom.shown);
  if (step.kind === 'stay') return null;
  const target = step.delegation;
  if (step.kind === 'show') {
    classroom.shown = target;
    return null;
  }
  if (busy) return null;
  return {
    delegation: target,
    delegationName: nameOf(LIBRARY, target),
    player: playerOf(ctx, target),
    reason: turnReason(LIBRARY, phaseFacts(s.phase), ctx, target),
  };
}
