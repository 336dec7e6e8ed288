// The emblem: a faceted brilliant in a gold ring (same geometry as assets/emblem.svg), and the glint the title
// plays on it. Both are painted once on a 2D canvas, so their edges are smooth whatever WebGL's antialiasing.
import type { GameObjects, Scene } from 'phaser';
import { cssColor as css, palette } from './theme';

type Pt = readonly [number, number];

/** Facet triangles in a unit box (width 1, height 1, x centred on 0) with their shade 0 (dark) .. 1 (light). */
const T1: Pt = [-0.25, 0];
const T2: Pt = [0.25, 0];
const G: Pt[] = [-0.5, -0.25, 0, 0.25, 0.5].map((x) => [x, 0.3] as const);
const C: Pt = [0, 1];
const FACETS: readonly (readonly [Pt, Pt, Pt, number])[] = [
  [G[0]!, T1, G[1]!, 0.7],
  [T1, G[1]!, G[2]!, 0.92],
  [T1, T2, G[2]!, 1],
  [T2, G[2]!, G[3]!, 0.82],
  [T2, G[3]!, G[4]!, 0.55],
  [G[0]!, G[1]!, C, 0.42],
  [G[1]!, G[2]!, C, 0.8],
  [G[2]!, G[3]!, C, 0.6],
  [G[3]!, G[4]!, C, 0.3],
];

const DARK = [0x7c, 0x97, 0xc6];
const LIGHT = [0xff, 0xff, 0xff];
function shade(t: number, highContrast: boolean): number {
  if (highContrast) return t > 0.75 ? 0xffffff : t > 0.5 ? 0xd0d0d0 : 0xa0a0a0;
  const c = DARK.map((d, i) => Math.round(d + (LIGHT[i]! - d) * t));
  return (c[0]! << 16) | (c[1]! << 8) | c[2]!;
}

/** A square texture painted once on a 2D canvas, then reused. */
function painted(
  scene: Scene,
  key: string,
  size: number,
  paint: (ctx: CanvasRenderingContext2D) => void,
): string {
  if (!scene.textures.exists(key)) {
    const tex = scene.textures.createCanvas(key, size, size);
    const ctx = tex?.getContext();
    if (tex && ctx) {
      ctx.lineJoin = 'round';
      paint(ctx);
      tex.refresh();
    }
  }
  return key;
}

/** Draws the emblem centred on (cx, cy) with the given ring radius. */
export function drawEmblem(scene: Scene, cx: number, cy: number, radius: number): GameObjects.Image {
  const pal = palette();
  const hc = pal.name === 'high-contrast';
  const r = Math.round(radius);
  const ring = Math.max(3, r * 0.06);
  const half = r + Math.ceil(ring);
  const key = painted(scene, `emblem:${pal.name}:${r}`, 2 * half, (ctx) => {
    ctx.beginPath();
    ctx.arc(half, half, r, 0, 2 * Math.PI);
    ctx.fillStyle = css(pal.bg);
    ctx.fill();
    ctx.lineWidth = ring;
    ctx.strokeStyle = css(pal.goldNum);
    ctx.stroke();
    const size = r * 1.3;
    const top = half - size * 0.5;
    const tri = (a: Pt, b: Pt, c: Pt) => {
      ctx.beginPath();
      for (const [x, y] of [a, b, c]) ctx.lineTo(half + x * size, top + y * size);
      ctx.closePath();
    };
    for (const [a, b, c, t] of FACETS) {
      tri(a, b, c);
      ctx.fillStyle = css(shade(t, hc));
      ctx.fill();
    }
    ctx.lineWidth = Math.max(1.5, r * 0.025);
    for (const [a, b, c] of FACETS) {
      tri(a, b, c);
      ctx.stroke();
    }
  });
  return scene.add.image(cx, cy, key);
}

/** A four-pointed white glint, `s` px from its centre to each tip. */
export function drawGlint(scene: Scene, x: number, y: number, s: number): GameObjects.Image {
  const half = Math.ceil(s) + 1;
  const key = painted(scene, `glint:${half}`, 2 * half, (ctx) => {
    // Two thin rhombi across each other (half-width 0.18 s); w: where their edges cross.
    const w = (s * 0.18 * s) / (s + s * 0.18);
    ctx.beginPath();
    ctx.moveTo(half - s, half);
    ctx.lineTo(half - w, half - w);
    ctx.lineTo(half, half - s);
    ctx.lineTo(half + w, half - w);
    ctx.lineTo(half + s, half);
    ctx.lineTo(half + w, half + w);
    ctx.lineTo(half, half + s);
    ctx.lineTo(half - w, half + w);
    ctx.closePath();
    ctx.fillStyle = '#ffffff';
    ctx.fill();
  });
  return scene.add.image(x, y, key);
}
