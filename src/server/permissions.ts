// Who may send what in a classroom room. A client never says who it is: the server knows its seat
// (or that it holds the teacher's secret) and writes `by` itself.
import type { SessionEvent } from '../model/session';

export type Role = { readonly kind: 'teacher' } | { readonly kind: 'student'; readonly seat: string };

/** The facilitator's events and the ones that move the meeting from one stage to another. */
const TEACHER_ONLY = new Set<SessionEvent['type']>([
  'CHOOSE_ROLE',
  'RELEASE_ROLE',
  'SET_CONTROL',
  'START',
  'BEGIN',
  'PAUSE',
  'RESUME',
  'INJECT',
  'SKIP_SPEAKER',
  'FORCE_CALL',
  'SET_SPEECH_TIMER',
  'SET_ROUNDS',
  'OPEN_ROUND',
  'END',
  'DEBRIEF',
]);

/** Only the server's own clock sends these. */
const SERVER_ONLY = new Set<SessionEvent['type']>(['TICK']);

export type Authorised = { ok: true; event: SessionEvent } | { ok: false; reason: string };

/**
 * Decides whether `role` may send `event` (already shape-checked), and for a student stamps the
 * seat as `by`, whatever the message said. The teacher acts as the facilitator, never for a seat.
 */
export function authorise(role: Role, event: SessionEvent): Authorised {
  if (SERVER_ONLY.has(event.type)) return { ok: false, reason: 'The room keeps its own clock.' };
  const actsForSeat = 'by' in event;
  if (role.kind === 'teacher') {
    if (actsForSeat)
      return { ok: false, reason: 'The teacher runs the meeting; delegations act from their own devices.' };
    return { ok: true, event };
  }
  if (TEACHER_ONLY.has(event.type) || !actsForSeat)
    return { ok: false, reason: 'Only the teacher can do that, from the console.' };
  return { ok: true, event: { ...event, by: role.seat } as SessionEvent };
}
