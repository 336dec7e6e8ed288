// Stance colours that are colour-blind safe (always shown with their symbol too), and the red and green of
// pass / fail marks.
import type { SeatStance } from '../app/view-model';
import { cssColor } from './theme';

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const STANCE_COLOR: Record<SeatStance, number> = {
  supports: 0x56b4e9,
  opposes: 0xe69f00,
  objects: 0xd55e00,
  observer: 0xcc79a7,
  absent: 0x56627c,
  chair: 0xf2c14e,
};

export const STANCE_CSS: Record<SeatStance, string> = Object.fromEntries(
  Object.entries(STANCE_COLOR).map(([k, v]) => [k, cssColor(v)]),
) as Record<SeatStance, string>;

/** Short stance words for legends. */
export const STANCE_SHORT: Record<SeatStance, string> = {
  supports: 'supports',
  opposes: 'prefers status quo',
  objects: 'would object',
  observer: 'observer',
  absent: 'absent',
  chair: 'Chair',
};

export const RED = '#ff9b85';
export const GREEN = '#8fe3b0';
