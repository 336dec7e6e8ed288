// Stance colours that are colour-blind safe (always shown with their symbol and a shape too), and the red
// and green of pass / fail marks. tests/core/colour-vision.test.ts checks them under simulated protanopia,
// deuteranopia and tritanopia.
import type { SeatStance } from '../app/view-model';
import type { BoxStyle } from './box';
import { cssColor } from './theme';

/**
 * Okabe–Ito colours: sky blue, yellow and vermilion differ in lightness as well as hue, so they stay apart
 * with the common colour-vision deficiencies (the orange and vermilion used before merged under
 * deuteranopia).
 */
export const STANCE_COLOR: Record<SeatStance, number> = {
  supports: 0x56b4e9,
  opposes: 0xf0e442,
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

/** Fail and pass marks: a darker red beside a light green, apart in lightness for red–green deficiencies. */
export const RED = '#ff7a5c';
export const GREEN = '#8fe3b0';

/**
 * How a seat of a stance is drawn in the hall: its colour and a shape, so that the stance reads without
 * colour (a round capsule supports, a square prefers the status quo, a square with a heavy frame would
 * object). High contrast frames every seat in white on the black hall.
 */
export function stanceLook(stance: SeatStance, highContrast: boolean, h: number): BoxStyle {
  const radius =
    stance === 'supports' ? Math.floor(h / 2) : stance === 'opposes' || stance === 'objects' ? 0 : 6;
  const fillAlpha = stance === 'absent' ? 0.5 : 1;
  if (stance === 'objects')
    return { fill: STANCE_COLOR.objects, edge: highContrast ? 0xffffff : 0x0b1733, edgeWidth: 4, radius };
  if (highContrast) return { fill: STANCE_COLOR[stance], fillAlpha, edge: 0xffffff, edgeWidth: 2, radius };
  return { fill: STANCE_COLOR[stance], fillAlpha, radius };
}

/** The colour of a seat's code on its fill. */
export function stanceInk(highContrast: boolean): string {
  return highContrast ? '#000000' : '#0b1733';
}
