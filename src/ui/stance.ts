// Stance colours that are colour-blind safe (always shown with their symbol and a shape too), and the
// colours of pass / fail marks, in two sets the player chooses between in Settings: the standard one, and
// one for red–green colour blindness that keeps them further apart under protanopia and deuteranopia.
// tests/core/colour-vision.test.ts checks both under simulated protanopia, deuteranopia and tritanopia.
import type { SeatStance } from '../app/view-model';
import type { BoxStyle } from './box';
import { settings, type ColourSet, type Settings } from './settings';

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

/**
 * For red–green colour blindness: a bluer blue, a paler yellow and a grey observer differ from each other and
 * from the vermilion mostly in lightness and in blue–yellow, the contrasts protanopia and deuteranopia keep
 * (the standard sky blue and pink observer come within ΔE 21 of each other under protanopia).
 */
export const RED_GREEN_STANCE_COLOR: Record<SeatStance, number> = {
  ...STANCE_COLOR,
  supports: 0x648fff,
  opposes: 0xfff0a0,
  observer: 0x8c8c8c,
};

/** The stance colours of a colour set (the player's, unless given). */
export function stanceColours(set: ColourSet = settings.get().colours): Record<SeatStance, number> {
  return set === 'red-green' ? RED_GREEN_STANCE_COLOR : STANCE_COLOR;
}

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
 * Fail and pass for red–green colour blindness: pink and blue, apart in blue–yellow as well as lightness, and
 * each apart from the gold of undecided marks and from white text (the standard green comes within ΔE 22 of
 * white under deuteranopia, the red within 21 of gold).
 */
export const RED_GREEN_FAIL = '#ff5c8a';
export const RED_GREEN_PASS = '#6cb8ff';

/** The colour of a good mark (passes, met, support grew) in the player's colour set. */
export function passInk(s: Settings = settings.get()): string {
  return s.colours === 'red-green' ? RED_GREEN_PASS : GREEN;
}

/** The colour of a bad mark (fails, missed, an objection) in the player's colour set. */
export function failInk(s: Settings = settings.get()): string {
  return s.colours === 'red-green' ? RED_GREEN_FAIL : RED;
}

/**
 * How a seat of a stance is drawn in the hall: its colour and a shape, so that the stance reads without
 * colour (a round capsule supports, a square prefers the status quo, a square with a heavy frame would
 * object). High contrast frames every seat in white on the black hall.
 */
export function stanceLook(
  stance: SeatStance,
  highContrast: boolean,
  h: number,
  colours: Record<SeatStance, number> = stanceColours(),
): BoxStyle {
  const radius =
    stance === 'supports' ? Math.floor(h / 2) : stance === 'opposes' || stance === 'objects' ? 0 : 6;
  const fillAlpha = stance === 'absent' ? 0.5 : 1;
  if (stance === 'objects')
    return { fill: colours.objects, edge: highContrast ? 0xffffff : 0x0b1733, edgeWidth: 4, radius };
  if (highContrast) return { fill: colours[stance], fillAlpha, edge: 0xffffff, edgeWidth: 2, radius };
  return { fill: colours[stance], fillAlpha, radius };
}

/** The colour of a seat's code on its fill. */
export function stanceInk(highContrast: boolean): string {
  return highContrast ? '#000000' : '#0b1733';
}
