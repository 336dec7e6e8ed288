// The domains of the model's numbers, in one place. Every public model function states which of these
// its inputs live in: values outside a bounded domain are clamped to it (a salience of 1.2 is read as
// 1), and a number that is not a number at all (NaN) is rejected, because it can only come from a
// fault upstream and a silent NaN would spread through every stance it touches.

/** Throws a RangeError naming the input when `v` is NaN; returns it otherwise. */
export function checked(v: number, what: string): number {
  if (Number.isNaN(v)) throw new RangeError(`The model got NaN for ${what}.`);
  return v;
}

/** A share, probability or weight in [0, 1] (salience, openness, trust, strength, clout, shares). */
export function unit(v: number, what: string): number {
  checked(v, what);
  return v < 0 ? 0 : v > 1 ? 1 : v;
}

/** A place on an issue scale, [0, 100]. */
export function scale(v: number, what: string): number {
  checked(v, what);
  return v < 0 ? 0 : v > 100 ? 100 : v;
}

/** A weight or clout that may be any size but not negative: [0, ∞). */
export function nonNegative(v: number, what: string): number {
  checked(v, what);
  return v < 0 ? 0 : v;
}
