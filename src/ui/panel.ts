// Panels and tabs: a rounded panel in the panel colours, a tab of a tab strip, and a Panel container with
// an optional gold title.
import { GameObjects, type Scene } from 'phaser';
import { addBox, addPanel, type BoxStyle } from './box';
import { palette, textStyle } from './theme';

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

export interface PanelOptions {
  readonly title?: string;
  readonly fill?: number;
  readonly alpha?: number;
}

/** A rounded panel with an optional gold title; a Container whose origin is its top-left corner. */
export class Panel extends GameObjects.Container {
  readonly boxW: number;
  readonly boxH: number;
  /** y (local) where content below the title starts. */
  readonly contentTop: number;

  constructor(scene: Scene, x: number, y: number, w: number, h: number, opts: PanelOptions = {}) {
    super(scene, x, y);
    const pal = palette();
    this.boxW = w;
    this.boxH = h;
    this.add(
      addPanel(scene, 0, 0, w, h, {
        fill: opts.fill ?? pal.panel,
        fillAlpha: opts.alpha ?? 1,
        edge: pal.panelEdge,
        radius: 14,
      }),
    );
    let top = 20;
    if (opts.title) {
      const t = scene.add.text(28, top, opts.title, textStyle('h2', { color: pal.gold, bold: true }));
      this.add(t);
      top += t.height + 12;
    }
    this.contentTop = top;
    scene.add.existing(this);
  }
}
