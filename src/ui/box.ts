// Rounded boxes (buttons, panels, the focus ring, captions) as nine-slices of small textures painted once
// on a 2D canvas. Graphics would re-tessellate every rounded corner on every frame and need a second WebGL
// shader, which is slow to compile where WebGL runs in software (as on many school computers); a nine-slice
// is drawn like any image or text, by the one shader the game already uses.
import type { GameObjects, Scene } from 'phaser';
import { cssColor } from './theme';

export interface BoxStyle {
  /** Fill colour; omitted: hollow (a ring). */
  readonly fill?: number;
  readonly fillAlpha?: number;
  /** Edge colour; omitted: no edge. */
  readonly edge?: number;
  readonly edgeAlpha?: number;
  /** Edge width in px. Default 2 when there is an edge. */
  readonly edgeWidth?: number;
  /** Corner radius in px. */
  readonly radius: number;
}

/** The corner slice: the radius plus the edge, which is drawn inside the box's bounds. */
function cornerOf(style: BoxStyle): number {
  return Math.ceil(style.radius + (style.edge === undefined ? 0 : (style.edgeWidth ?? 2)));
}

function keyOf(s: BoxStyle): string {
  const w = s.edge === undefined ? 0 : (s.edgeWidth ?? 2);
  return `box:${s.fill ?? '-'}:${s.fillAlpha ?? 1}:${s.edge ?? '-'}:${s.edgeAlpha ?? 1}:${w}:${s.radius}`;
}

/** The texture for a style, painted the first time it is asked for. */
export function boxTexture(scene: Scene, style: BoxStyle): string {
  const key = keyOf(style);
  if (scene.textures.exists(key)) return key;
  const corner = cornerOf(style);
  // Two corners and a 2 px middle that the nine-slice stretches.
  const size = 2 * corner + 2;
  const tex = scene.textures.createCanvas(key, size, size);
  const ctx = tex?.getContext();
  if (!tex || !ctx) return key;
  const lw = style.edge === undefined ? 0 : (style.edgeWidth ?? 2);
  const path = (inset: number, r: number) => {
    ctx.beginPath();
    ctx.roundRect(inset, inset, size - 2 * inset, size - 2 * inset, Math.max(0, r));
  };
  if (style.fill !== undefined) {
    path(lw / 2, style.radius);
    ctx.globalAlpha = style.fillAlpha ?? 1;
    ctx.fillStyle = cssColor(style.fill);
    ctx.fill();
  }
  if (style.edge !== undefined) {
    path(lw / 2, style.radius);
    ctx.globalAlpha = style.edgeAlpha ?? 1;
    ctx.lineWidth = lw;
    ctx.strokeStyle = cssColor(style.edge);
    ctx.stroke();
  }
  tex.refresh();
  return key;
}

/** A box of the given size; its origin is the top-left corner unless set otherwise. */
export function addBox(
  scene: Scene,
  x: number,
  y: number,
  w: number,
  h: number,
  style: BoxStyle,
): GameObjects.NineSlice {
  const c = cornerOf(style);
  return scene.add
    .nineslice(x, y, boxTexture(scene, style), undefined, Math.max(w, 2 * c), Math.max(h, 2 * c), c, c, c, c)
    .setOrigin(0, 0);
}

/** Repaints a box in another style with the same radius and edge width (the slices stay as they are). */
export function restyleBox(box: GameObjects.NineSlice, style: BoxStyle): void {
  const key = boxTexture(box.scene, style);
  if (box.texture.key !== key) box.setTexture(key);
}
