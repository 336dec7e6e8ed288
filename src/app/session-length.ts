// The session timer's lengths: one list, offered by Setup before a meeting and by the facilitator console
// during it, so a length chosen on one screen is a step on the other.

/** Session timer lengths in minutes; null is no timer. */
export const SESSION_MINUTES = [null, 15, 20, 30, 45, 60, 90] as const;
export type SessionMinutes = (typeof SESSION_MINUTES)[number];

/**
 * The session timer one step left (dir −1) or right (+1) of `limit`. The meeting closes when the timer
 * runs out, so a length the clock has already passed is never offered (before a meeting, none has).
 */
export function nextSessionMinutes(
  limit: number | null,
  elapsedSeconds: number,
  dir: 1 | -1,
): SessionMinutes {
  const choices = SESSION_MINUTES.filter((m) => m === null || m * 60 > elapsedSeconds);
  const i = choices.indexOf(limit as SessionMinutes);
  return choices[(Math.max(0, i) + dir + choices.length) % choices.length]!;
}
