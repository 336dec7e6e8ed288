// The look: dark navy, diamond-white and gold, in large type readable from the back of a classroom.
// Every size is given for the 1280×720 design canvas; nothing is drawn smaller than MIN_FONT_PX.
import type { Types } from 'phaser';
import { settings, type Settings } from './settings';

export const DESIGN_WIDTH = 1280;
export const DESIGN_HEIGHT = 720;
export const MIN_FONT_PX = 16;

export interface Palette {
  readonly name: 'standard' | 'high-contrast';
  /** Scene background. */
  readonly bg: number;
  /** Panels and cards. */
  readonly panel: number;
  readonly panelEdge: number;
  /** Buttons at rest, and under focus or pointer. */
  readonly button: number;
  readonly buttonFocus: number;
  readonly buttonEdge: number;
  /** Diamond-white body text. */
  readonly text: string;
  /** Secondary text; still at least 7:1 against bg. */
  readonly muted: string;
  /** Gold, for headings and the focus ring. */
  readonly gold: string;
  readonly goldNum: number;
  /** Text of unavailable actions (always paired with a word or symbol, never colour alone). */
  readonly disabled: string;
  /** Background shade for overlays. */
  readonly scrim: number;
  readonly scrimAlpha: number;
}

export const STANDARD: Palette = {
  name: 'standard',
  bg: 0x0b1733,
  panel: 0x13244a,
  panelEdge: 0x3a5691,
  button: 0x182d5c,
  buttonFocus: 0x274684,
  buttonEdge: 0x4d6aa6,
  text: '#f4f7fb',
  muted: '#c6d1e6',
  gold: '#f2c14e',
  goldNum: 0xf2c14e,
  disabled: '#a3afc8',
  scrim: 0x050b1a,
  scrimAlpha: 0.86,
};

export const HIGH_CONTRAST: Palette = {
  name: 'high-contrast',
  bg: 0x000000,
  panel: 0x000000,
  panelEdge: 0xffffff,
  button: 0x000000,
  buttonFocus: 0x2a2600,
  buttonEdge: 0xffffff,
  text: '#ffffff',
  muted: '#ffffff',
  gold: '#ffd400',
  goldNum: 0xffd400,
  disabled: '#d9d9d9',
  scrim: 0x000000,
  scrimAlpha: 0.94,
};

export type FontRole = 'title' | 'h1' | 'h2' | 'body' | 'small';

/** Sizes at text scale 1; `small` is the floor for anything a player needs to read. */
export const BASE_FONT_PX: Readonly<Record<FontRole, number>> = {
  title: 72,
  h1: 44,
  h2: 32,
  body: 26,
  small: 22,
};

export const FONT_SANS = '"Segoe UI", "Helvetica Neue", "Liberation Sans", "DejaVu Sans", Arial, sans-serif';
export const FONT_SERIF = 'Georgia, "Liberation Serif", "DejaVu Serif", "Times New Roman", serif';

export function palette(s: Settings = settings.get()): Palette {
  return s.highContrast ? HIGH_CONTRAST : STANDARD;
}

export function fontPx(role: FontRole, s: Settings = settings.get()): number {
  return Math.max(MIN_FONT_PX, Math.round(BASE_FONT_PX[role] * s.textScale));
}

/** Line height used for layout of a role (font size plus leading). */
export function lineHeight(role: FontRole, s: Settings = settings.get()): number {
  return Math.round(fontPx(role, s) * 1.3);
}

export interface TextOptions {
  readonly color?: string;
  readonly wrap?: number;
  readonly align?: 'left' | 'center' | 'right';
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly serif?: boolean;
  /** A size in px instead of the role's (the caller has applied the text scale). */
  readonly px?: number;
}

type FontMetrics = Types.GameObjects.Text.TextMetrics;

/** Phaser's default test string for a font's ascent and descent (TextStyle.testString). */
const METRICS_TEST_STRING = '|MÃ‰qgy';
const metricsCache = new Map<string, FontMetrics | null>();
let measureContext: CanvasRenderingContext2D | null | undefined;

/**
 * A font's ascent and descent, measured once per font the way Phaser measures them (Phaser would measure
 * again for every Text object, a noticeable part of building a screen full of text). Undefined where the
 * browser cannot tell (Phaser then measures itself) or outside a browser.
 */
function fontMetrics(font: string): FontMetrics | undefined {
  const hit = metricsCache.get(font);
  if (hit !== undefined) return hit ?? undefined;
  if (measureContext === undefined) {
    measureContext =
      typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  }
  let metrics: FontMetrics | null = null;
  if (measureContext) {
    measureContext.font = font;
    const m = measureContext.measureText(METRICS_TEST_STRING);
    if ('actualBoundingBoxAscent' in m) {
      const ascent = m.actualBoundingBoxAscent;
      const descent = m.actualBoundingBoxDescent;
      metrics = { ascent, descent, fontSize: ascent + descent };
    }
  }
  metricsCache.set(font, metrics);
  return metrics ?? undefined;
}

/** A Phaser text style for a role, honouring text scale and contrast settings. */
export function textStyle(role: FontRole, o: TextOptions = {}): Types.GameObjects.Text.TextStyle {
  const s = settings.get();
  const px = o.px ?? fontPx(role, s);
  const style = [o.italic ? 'italic' : '', o.bold || role === 'title' || role === 'h1' ? 'bold' : '']
    .filter(Boolean)
    .join(' ');
  const fontFamily = o.serif || role === 'title' ? FONT_SERIF : FONT_SANS;
  // The font string as Phaser builds it (TextStyle.update).
  const metrics = fontMetrics([style, `${px}px`, fontFamily].join(' ').trim());
  return {
    fontFamily,
    fontSize: `${px}px`,
    fontStyle: style,
    ...(metrics ? { metrics } : {}),
    color: o.color ?? palette(s).text,
    align: o.align ?? 'left',
    lineSpacing: role === 'title' ? 0 : Math.round(px * 0.3),
    ...(o.wrap ? { wordWrap: { width: o.wrap, useAdvancedWrap: true } } : {}),
  };
}

/** 0xrrggbb → '#rrggbb'. */
export function cssColor(n: number): string {
  return `#${n.toString(16).padStart(6, '0')}`;
}

/** '#rrggbb' → 0xrrggbb. */
export function hex(css: string): number {
  return parseInt(css.replace('#', ''), 16);
}

/** Whether tweens and moving decorations are allowed. */
export function motionAllowed(): boolean {
  return !settings.get().reducedMotion;
}
