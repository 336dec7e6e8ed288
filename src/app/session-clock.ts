// The meeting's clocks: the speech timer and the session's time limit (both in the session) tick once a
// second while the meeting is in session and not paused.
import { isPaused, phaseFacts, phaseOf, type PlenarySnapshot } from '../machines/plenary';
import type { Phase } from '../model/phase';
import type { SessionContext } from '../model/session';

/** Whether the meeting sits in this state (the AI moves, the clocks run): the chart's 'sitting' tag. */
export function inSession(phase: Phase): boolean {
  return phaseFacts(phase).sitting;
}

/** What the room's clock settings are (the facilitator's). */
export interface ClockSettings {
  /** Whether the facilitator lets the clocks run. */
  readonly clockRunning: boolean;
}

/**
 * Whether a TICK is due: some clock is set (a speech timer, the session's time limit), it runs, and
 * the chart says the meeting sits and is not paused. The chart ends the meeting when a tick reaches
 * the limit (and refuses a tick while paused).
 */
export function clocksRun(snapshot: PlenarySnapshot, clocks: ClockSettings): boolean {
  const ctx = snapshot.context;
  const timed = ctx.speechSeconds !== null || ctx.timeLimit !== null;
  return timed && clocks.clockRunning && !isPaused(snapshot) && inSession(phaseOf(snapshot));
}

/** Seconds left of the session's time limit, or null when there is none. */
export function sessionSecondsLeft(ctx: SessionContext): number | null {
  return ctx.timeLimit !== null ? ctx.timeLimit * 60 - ctx.elapsed : null;
}

/** mm:ss */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
