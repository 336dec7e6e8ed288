// The meeting's clocks: the speech timer and the session's time limit tick once a second while the
// meeting is in session and not paused.
import { phaseFacts } from '../machines/plenary';
import type { Phase } from '../model/phase';
import type { SessionContext } from '../model/session';

/** Whether the meeting sits in this state (the AI moves, the clocks run): the chart's 'sitting' tag. */
export function inSession(phase: Phase): boolean {
  return phaseFacts(phase).sitting;
}

/** What the room's clock settings are (the facilitator's). */
export interface ClockSettings {
  /** Session time limit in minutes; null: none. */
  readonly sessionMinutes: number | null;
  /** Whether the facilitator lets the clocks run. */
  readonly clockRunning: boolean;
}

/** Whether a TICK is due: some clock is set, it runs, and the meeting sits unpaused. */
export function clocksRun(phase: Phase, ctx: SessionContext, clocks: ClockSettings): boolean {
  const timed = ctx.speechSeconds !== null || clocks.sessionMinutes !== null;
  return timed && clocks.clockRunning && !ctx.paused && inSession(phase);
}

/** Seconds left of the session's time limit, or null when there is none. */
export function sessionSecondsLeft(ctx: SessionContext, sessionMinutes: number | null): number | null {
  return sessionMinutes ? sessionMinutes * 60 - ctx.elapsed : null;
}

/** Whether the session's time limit has run out. */
export function timeIsUp(ctx: SessionContext, sessionMinutes: number | null): boolean {
  const left = sessionSecondsLeft(ctx, sessionMinutes);
  return left !== null && left <= 0;
}

/** mm:ss */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}
