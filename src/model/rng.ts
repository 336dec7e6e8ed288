// Seeded PRNG whose whole state is one uint32, so it lives in the serialisable snapshot.
// mulberry32 (Tommy Ettinger, public domain): six lines, fast, good enough for game choices.

export type RngState = number;

export function seedRng(seed: number | string): RngState {
  let h = 2166136261 >>> 0;
  const s = String(seed);
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/** Advances the state and returns [value in [0,1), next state]. */
export function nextRng(state: RngState): [number, RngState] {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return [((t ^ (t >>> 14)) >>> 0) / 4294967296, next];
}

/** A value in [0,1) from the state without advancing it (the machine advances it once per event). */
export function peekRng(state: RngState, salt = 0): number {
  return nextRng((state ^ Math.imul(salt + 1, 0x9e3779b9)) >>> 0)[0];
}
