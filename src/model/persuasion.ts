// Anchored bounded confidence (decision-models.md §3.3, §6.1): a listener hears an argument only
// within its openness, moves toward it by a weight from the speaker's clout and the argument's fit
// with what it cares about, and is pulled back to its anchor by its salience (λ = 1 − s).

export interface Listener {
  readonly x: number;
  readonly anchor: number;
  readonly salience: number;
  /** Confidence bound, share of the 0..100 scale. */
  readonly openness: number;
  /** Mean of the listener's interests the argument appeals to, 0..1. */
  readonly fit: number;
  /** Mean of the listener's interests the argument offends, 0..1. */
  readonly offence: number;
  /** Trust in the speaker, 0..1 (same bloc higher). */
  readonly trust: number;
}

export interface Argument {
  readonly position: number;
  readonly strength: number;
  readonly speakerClout: number;
}

/** Largest share of the distance one speech can move a fully open, fully fitting listener. */
export const MAX_PULL = 0.6;
/** How strongly an offending argument pushes a listener away, relative to the pull. */
export const BACKLASH = 0.5;

export function heard(l: Listener, a: Argument): boolean {
  return Math.abs(a.position - l.x) <= l.openness * 100;
}

/** The listener's new position after hearing the argument (unchanged if it falls outside its openness). */
export function persuade(l: Listener, a: Argument): number {
  if (!heard(l, a)) return l.x;
  const w = MAX_PULL * a.strength * (0.5 + 0.5 * a.speakerClout) * l.trust;
  const net = w * (l.fit - BACKLASH * l.offence);
  const target = l.x + net * (a.position - l.x);
  const lambda = 1 - l.salience;
  const next = lambda * target + (1 - lambda) * l.anchor;
  return next < 0 ? 0 : next > 100 ? 100 : next;
}
