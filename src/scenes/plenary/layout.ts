// Where the Plenary's panels sit on the 1280×720 design.
export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export const HALL: Rect = { x: 8, y: 52, w: 700, h: 376 };
export const DRAFT: Rect = { x: 716, y: 52, w: 556, h: 262 };
export const NOW: Rect = { x: 716, y: 320, w: 556, h: 108 };
export const TABP: Rect = { x: 8, y: 434, w: 700, h: 240 };
export const ACT: Rect = { x: 716, y: 434, w: 556, h: 240 };
/** The tab and action panels together: where pickers and the caucus flow open. */
export const LOWER: Rect = { x: 8, y: 434, w: 1264, h: 240 };

/**
 * The open middle of the hall, between the seat blocks and above the phase's name: where the captions of
 * sounds go in the Plenary (at the foot of the screen they covered the footer and the tab panel's last lines).
 */
export const CAPTIONS: Rect = { x: 212, y: 124, w: 264, h: 72 };
