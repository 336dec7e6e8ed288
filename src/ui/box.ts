// Rounded boxes. Graphics would re-tessellate every rounded corner on every frame, a real cost where WebGL
// runs in software (as on many school computers), so:
// - small boxes (buttons, seats, focus rings, captions) are nine-slices of small pictures painted once on a
//   2D canvas: drawn like any image or text, by the one shader the game already uses (the title needs no
//   other, and a second is slow to compile in software). The pictures share atlas pages, so boxes side by
//   side draw in one batch whatever their colours;
// - panels are shapes: their outline is worked out once, and a flat fill costs less than a texture over a
//   large area in software.
import { Core, Textures, type GameObjects, type Scene } from 'phaser';
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

/** Side of an atlas page, and the gap kept around each picture. */
const PAGE = 256;
const GAP = 2;

interface Page {
  readonly tex: Textures.CanvasTexture;
  readonly ctx: CanvasRenderingContext2D;
  /** Shelf packing: the next free spot and the height of the current shelf. */
  x: number;
  y: number;
  shelf: number;
  /** Painted since the last upload. */
  dirty: boolean;
}

interface Atlas {
  readonly pages: Page[];
  /** Style key → where its picture is. */
  readonly frames: Map<string, { readonly texture: string; readonly frame: string }>;
}

/** One atlas per game (its texture manager outlives the scenes). */
const atlases = new WeakMap<Textures.TextureManager, Atlas>();

function edgeWidthOf(style: BoxStyle): number {
  return style.edge === undefined ? 0 : (style.edgeWidth ?? 2);
}

/** The corner slice: the radius plus the edge, which is drawn inside the box's bounds (at least 1 px: a
 * nine-slice with no corners would be taken for a three-slice). */
function cornerOf(style: BoxStyle): number {
  return Math.max(1, Math.ceil(style.radius + edgeWidthOf(style)));
}

function keyOf(s: BoxStyle): string {
  return `${s.fill ?? '-'}:${s.fillAlpha ?? 1}:${s.edge ?? '-'}:${s.edgeAlpha ?? 1}:${edgeWidthOf(s)}:${s.radius}`;
}

function newPage(scene: Scene, atlas: Atlas): Page | null {
  const tex = scene.textures.createCanvas(`boxes:${atlas.pages.length}`, PAGE, PAGE);
  const ctx = tex?.getContext();
  if (!tex || !ctx) return null;
  const page: Page = { tex, ctx, x: GAP, y: GAP, shelf: 0, dirty: false };
  atlas.pages.push(page);
  return page;
}

/** A free spot for a size × size picture: on the last page's shelf, a new shelf, or a new page. */
function place(scene: Scene, atlas: Atlas, size: number): { page: Page; x: number; y: number } | null {
  let page = atlas.pages[atlas.pages.length - 1] ?? newPage(scene, atlas);
  if (!page) return null;
  if (page.x + size + GAP > PAGE) {
    page.x = GAP;
    page.y += page.shelf + GAP;
    page.shelf = 0;
  }
  if (page.y + size + GAP > PAGE) {
    page = newPage(scene, atlas);
    if (!page) return null;
  }
  const spot = { page, x: page.x, y: page.y };
  page.x += size + GAP;
  page.shelf = Math.max(page.shelf, size);
  return spot;
}

function paint(ctx: CanvasRenderingContext2D, x: number, y: number, size: number, style: BoxStyle): void {
  const lw = edgeWidthOf(style);
  const path = () => {
    ctx.beginPath();
    ctx.roundRect(x + lw / 2, y + lw / 2, size - lw, size - lw, Math.max(0, style.radius));
  };
  ctx.save();
  if (style.fill !== undefined) {
    path();
    ctx.globalAlpha = style.fillAlpha ?? 1;
    ctx.fillStyle = cssColor(style.fill);
    ctx.fill();
  }
  if (style.edge !== undefined) {
    path();
    ctx.globalAlpha = style.edgeAlpha ?? 1;
    ctx.lineWidth = lw;
    ctx.strokeStyle = cssColor(style.edge);
    ctx.stroke();
  }
  ctx.restore();
}

/** Where a style's picture is, painted the first time it is asked for. */
function boxFrame(scene: Scene, style: BoxStyle): { readonly texture: string; readonly frame: string } {
  let atlas = atlases.get(scene.textures);
  if (!atlas) {
    atlas = { pages: [], frames: new Map() };
    atlases.set(scene.textures, atlas);
  }
  const key = keyOf(style);
  const known = atlas.frames.get(key);
  if (known) return known;
  // Two corners and a 2 px middle that the nine-slice stretches.
  const size = 2 * cornerOf(style) + 2;
  const spot = place(scene, atlas, size);
  if (!spot) return { texture: '__WHITE', frame: '__BASE' };
  const { page } = spot;
  paint(page.ctx, spot.x, spot.y, size, style);
  page.tex.add(key, 0, spot.x, spot.y, size, size);
  // Upload the page once before the next frame is drawn, however many pictures were painted meanwhile.
  if (!page.dirty) {
    page.dirty = true;
    scene.game.events.once(Core.Events.PRE_RENDER, () => {
      page.dirty = false;
      // Corners are drawn 1:1 and the middles are one colour along their stretch, so nearest-pixel sampling
      // looks the same as smoothing, costs less where WebGL runs in software, and never bleeds a neighbour
      // in. (Set after each upload: an upload resets it to smoothing.)
      page.tex.refresh().setFilter(Textures.FilterMode.NEAREST);
    });
  }
  const where = { texture: page.tex.key, frame: key };
  atlas.frames.set(key, where);
  return where;
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
  const { texture, frame } = boxFrame(scene, style);
  return scene.add
    .nineslice(x, y, texture, frame, Math.max(w, 2 * c), Math.max(h, 2 * c), c, c, c, c)
    .setOrigin(0, 0);
}

/** A panel (a large box; top-left at x, y), filled flat. Its edge is centred on its outline. */
export function addPanel(
  scene: Scene,
  x: number,
  y: number,
  w: number,
  h: number,
  style: BoxStyle,
): GameObjects.Rectangle {
  const panel = scene.add.rectangle(x, y, w, h).setOrigin(0, 0).setRounded(style.radius);
  return restylePanel(panel, style);
}

/** Recolours a panel made by addPanel. */
export function restylePanel(panel: GameObjects.Rectangle, style: BoxStyle): GameObjects.Rectangle {
  if (style.fill === undefined) panel.setFillStyle();
  else panel.setFillStyle(style.fill, style.fillAlpha ?? 1);
  if (style.edge === undefined) panel.setStrokeStyle();
  else panel.setStrokeStyle(edgeWidthOf(style), style.edge, style.edgeAlpha ?? 1);
  return panel;
}

/** Repaints a box in another style, keeping its size. */
export function restyleBox(box: GameObjects.NineSlice, style: BoxStyle): void {
  const { texture, frame } = boxFrame(box.scene, style);
  if (box.texture.key === texture && box.frame.name === frame) return;
  box.setTexture(texture, frame);
  const c = cornerOf(style);
  if (box.leftWidth !== c) box.setSlices(box.width, box.height, c, c, c, c);
}
