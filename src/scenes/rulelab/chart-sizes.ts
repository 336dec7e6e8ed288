// The Rule Lab's charts are figures drawn to fit the canvas. Their labels grow with the text-size setting
// like every other text, from sizes a little under the game's small type, and never below the game's
// floor (MIN_FONT_PX); a chart that no longer fits re-spaces, steps its type down toward the floor, or
// pages (Page Down / Page Up).
import { settings } from '../../ui/settings';
import { MIN_FONT_PX } from '../../ui/theme';

const scaled = (px: number) => Math.max(MIN_FONT_PX, Math.round(px * settings.get().textScale));

/** Titles, values and explanations in the charts: 18 px at Normal. */
export const chartPx = (): number => scaled(18);
/** Column heads, the figures under the bars, swing counts and notes: the floor at Normal. */
export const rowPx = (): number => scaled(15);
/** A line of text at `px` (the leading Phaser draws). */
export const lineOf = (px: number): number => Math.ceil(px * 1.25);

/** The sizes to try for a text that must fit a space, the largest first, down to the floor. */
export function fitSizes(from = chartPx()): number[] {
  const out: number[] = [];
  for (let px = from; px >= MIN_FONT_PX; px--) out.push(px);
  return out;
}
