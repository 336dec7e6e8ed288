// Anchored bounded confidence: a listener hears an argument only within its openness (Deffuant–
// Weisbuch / Hegselmann–Krause), moves toward it by a weight from the speaker's clout, its trust in
// the speaker and the argument's fit with what it cares about, and is pulled back to its anchor by
// its salience (Friedkin–Johnsen, susceptibility λ = 1 − s).
//
// When the pull to the anchor applies: at every speech the listener hears. Each speech a listener
// hears is one Friedkin–Johnsen step with time-varying weights (the speaker has weight w, the
// listener's own view 1 − w):  x' = λ·((1 − w)·x + w·z) + (1 − λ)·x0.  The game has no fixed
// debate rounds (speakers' lists differ in length, people ask for the floor, consultations reopen it
// to objectors only), and what a student sees is each speech moving its listeners; so the speech is
// the round. Consequences, by design: a listener that hears many speeches is reminded of its
// interests many times, and the order of speeches matters (a speech heard last counts most), as in
// any sequential influence process. A speech out of earshot is not a step: the listener keeps its
// place. Repeating one argument converges to the Friedkin–Johnsen fixed point
// x* = (λ·w·z + (1 − λ)·x0) / (1 − λ + λ·w).
import { checked, scale, unit } from './domain';

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

/**
 * Whether the argument falls within the listener's openness. Domain (here and in persuade): positions
 * and anchors on 0..100, every other field in 0..1; values outside are clamped, NaN throws.
 */
export function heard(l: Listener, a: Argument): boolean {
  const x = scale(l.x, "the listener's position");
  return Math.abs(scale(a.position, "the argument's position") - x) <= unit(l.openness, 'openness') * 100;
}

/** The listener's new position after hearing the argument (unchanged if it falls outside its openness). */
export function persuade(l: Listener, a: Argument): number {
  checked(l.anchor, 'the anchor');
  // Stryker disable next-line StringLiteral: never shown, heard() or the line above has already refused a NaN here
  if (!heard(l, a)) return scale(l.x, "the listener's position");
  // Stryker disable next-line StringLiteral: never shown, heard() or the line above has already refused a NaN here
  const x = scale(l.x, "the listener's position");
  const w =
    MAX_PULL *
    unit(a.strength, 'argument strength') *
    (0.5 + 0.5 * unit(a.speakerClout, 'speaker clout')) *
    unit(l.trust, 'trust');
  const net = w * (unit(l.fit, 'fit') - BACKLASH * unit(l.offence, 'offence'));
  // Stryker disable next-line StringLiteral: never shown, heard() or the line above has already refused a NaN here
  const target = x + net * (scale(a.position, "the argument's position") - x);
  const lambda = 1 - unit(l.salience, 'salience');
  // Stryker disable next-line StringLiteral: never shown, heard() or the line above has already refused a NaN here
  const next = lambda * target + (1 - lambda) * scale(l.anchor, 'the anchor');
  return next < 0 ? 0 : next > 100 ? 100 : next;
}
