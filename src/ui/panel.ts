// Panels and tabs for dense screens: a rounded panel in the panel colours, and a tab of a tab strip.
import type { GameObjects, Scene } from 'phaser';
import { addBox, addPanel, type BoxStyle } from './box';
import { palette } from './theme';

export interface PanelBoxOptions {
  readonly fill?: number;
  readonly edge?: number;
  readonly alpha?: number;
  readonly radius?: number;
  readonly lineWidth?: number;
}

/** A tab of a tab strip (top-left at x, y); the chosen one is lit and edged in gold. */
export function tabBox(
  scene: Scene,
  x: number,
  y: number,
  w: number,
  h: number,
  on: boolean,
): GameObjects.NineSlice {
  const pal = palette();
  return addBox(scene, x, y, w, h, {
    fill: on ? pal.buttonFocus : pal.button,
    edge: on ? pal.goldNum : pal.buttonEdge,
    radius: 8,
  });
}

/** The look of a panel: the panel colours unless told otherwise. */
export function panelStyle(opts: PanelBoxOptions = {}): BoxStyle {
  const pal = palette();
  return {
    fill: opts.fill ?? pal.panel,
    fillAlpha: opts.alpha ?? 1,
    edge: opts.edge ?? pal.panelEdge,
    edgeWidth: opts.lineWidth ?? 2,
    radius: opts.radius ?? 12,
  };
}

/** A rounded panel, filled and outlined (top-left at x, y). */
export function drawBox(
  scene: Scene,
  x: number,
  y: number,
  w: number,
  h: number,
  opts: PanelBoxOptions = {},
): GameObjects.Rectangle {
  return addPanel(scene, x, y, w, h, panelStyle(opts));
}
