// The emblem: a faceted brilliant in a gold ring, drawn with Graphics (same geometry as assets/emblem.svg).
import type { GameObjects, Scene } from 'phaser';
import { palette } from './theme';

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

/** Draws the emblem centred on (cx, cy) with the given ring radius. Returns the Graphics object. */
export function drawEmblem(scene: Scene, cx: number, cy: number, radius: number): GameObjects.Graphics {
  const pal = palette();
  const hc = pal.name === 'high-contrast';
  const g = scene.add.graphics();
  g.fillStyle(pal.bg, 1);
  g.fillCircle(cx, cy, radius);
  g.lineStyle(Math.max(3, radius * 0.06), pal.goldNum, 1);
  g.strokeCircle(cx, cy, radius);
  const size = radius * 1.3;
  const top = cy - size * 0.5;
  const P = (p: Pt): [number, number] => [cx + p[0] * size, top + p[1] * size];
  for (const [a, b, c, t] of FACETS) {
    const [ax, ay] = P(a);
    const [bx, by] = P(b);
    const [qx, qy] = P(c);
    g.fillStyle(shade(t, hc), 1);
    g.fillTriangle(ax, ay, bx, by, qx, qy);
  }
  g.lineStyle(Math.max(1.5, radius * 0.025), pal.goldNum, 1);
  for (const [a, b, c] of FACETS) {
    const [ax, ay] = P(a);
    const [bx, by] = P(b);
    const [qx, qy] = P(c);
    g.strokeTriangle(ax, ay, bx, by, qx, qy);
  }
  return g;
}
