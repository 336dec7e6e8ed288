// Type at any size ≥ 16 px (the theme's roles start at 22 px, too big for dense panels), and measuring and
// cutting a line to fit a width.
import type { Scene, Types } from 'phaser';
import { settings } from './settings';
import { MIN_FONT_PX, textStyle, type TextOptions } from './theme';

/** A font size in px at the design size, scaled by the player's text-size setting, never below 16 px. */
export function px(base: number): number {
  return Math.max(MIN_FONT_PX, Math.round(base * settings.get().textScale));
}

/** Line height for a px size. */
export function lh(base: number): number {
  return Math.round(px(base) * 1.3);
}

/** A text style at any size (≥ 16 px), with the theme's fonts and colours. */
export function ts(base: number, o: TextOptions = {}): Types.GameObjects.Text.TextStyle {
  const size = o.px ?? px(base);
  return textStyle('small', { ...o, px: size });
}

let measurer: CanvasRenderingContext2D | null | undefined;

/** Width of a line of text in px, measured on a shared off-screen canvas (cheap: no game object). */
export function textWidth(text: string, base: number, o: TextOptions = {}): number {
  if (measurer === undefined)
    measurer = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  const st = ts(base, o);
  if (!measurer) return text.length * (o.px ?? px(base)) * 0.55;
  measurer.font = `${st.fontStyle ?? ''} ${st.fontSize} ${st.fontFamily}`.trim();
  return measurer.measureText(text).width;
}

/** Cuts a string to fit `maxW` px in a given style, adding an ellipsis. */
export function fit(
  _scene: Scene | null,
  text: string,
  maxW: number,
  base: number,
  o: TextOptions = {},
): string {
  if (textWidth(text, base, o) <= maxW) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(text.slice(0, mid) + '…', base, o) <= maxW) lo = mid;
    else hi = mid - 1;
  }
  return text.slice(0, lo).trimEnd() + '…';
}

/**
 * A label in `maxW` px: whole if it fits, else without its bracketed aside ("rebels only (Core Document)" →
 * "rebels only"; where it is shown in full elsewhere), else cut with an ellipsis.
 */
export function fitShort(text: string, maxW: number, base: number, o: TextOptions = {}): string {
  if (textWidth(text, base, o) <= maxW) return text;
  const short = text.replace(/\s*\([^)]*\)/g, '');
  return fit(null, short || text, maxW, base, o);
}

/**
 * Two labels on one line, one at each end of `room` px (a scale's two ends), at least `gap` apart: whole
 * where the two fit together (the room shared by need, not halved: a short end leaves the long one its
 * room), else without their bracketed asides, else in smaller type (never below the Normal size, nor
 * 16 px), and only then each cut to half the room.
 */
export function fitEnds(
  lo: string,
  hi: string,
  room: number,
  base: number,
  o: TextOptions = {},
  gap = 16,
): { lo: string; hi: string; px: number } {
  const bare = (t: string) => t.replace(/\s*\([^)]*\)/g, '') || t;
  const pairs: [string, string][] = [
    [lo, hi],
    [bare(lo), hi],
    [lo, bare(hi)],
    [bare(lo), bare(hi)],
  ];
  const fits = ([a, b]: [string, string], p: number) =>
    textWidth(a, base, { ...o, px: p }) + gap + textWidth(b, base, { ...o, px: p }) <= room;
  const floor = Math.max(MIN_FONT_PX, Math.round(base));
  for (let p = px(base); p >= floor; p--) {
    const pair = pairs.find((x) => fits(x, p));
    if (pair) return { lo: pair[0], hi: pair[1], px: p };
  }
  const half = (room - gap) / 2;
  const cut = (t: string) => fit(null, bare(t), half, base, { ...o, px: floor });
  return { lo: cut(lo), hi: cut(hi), px: floor };
}

/**
 * A button's label in `maxW` px and the size to draw it at: whole at the player's text size if it fits,
 * else without its bracketed aside, else in smaller type (never below the Normal text size's, nor 16 px),
 * and only then cut.
 */
export function fitLabel(
  text: string,
  maxW: number,
  base: number,
  o: TextOptions = {},
): { text: string; px: number } {
  const size = px(base);
  if (textWidth(text, base, o) <= maxW) return { text, px: size };
  const short = text.replace(/\s*\([^)]*\)/g, '') || text;
  if (textWidth(short, base, o) <= maxW) return { text: short, px: size };
  const floor = Math.max(MIN_FONT_PX, Math.round(base));
  for (let p = size - 1; p >= floor; p--)
    if (textWidth(short, base, { ...o, px: p }) <= maxW) return { text: short, px: p };
  return { text: fit(null, short, maxW, base, { ...o, px: floor }), px: floor };
}
