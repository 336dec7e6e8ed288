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
 * Where the captions of sounds go in the Plenary: the top of the hall between the Chair's seat and the
 * observers' heading, above the first row of seats, where nothing is written at any text size. At the foot
 * of the screen they covered the footer and the tab panel's last lines; in the open middle of the hall, the
 * seats beside it and the PAUSED banner.
 */
export const CAPTIONS: Rect = { x: 362, y: HALL.y + 3, w: 232, h: 68 };
