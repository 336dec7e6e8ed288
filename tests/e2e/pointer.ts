// Pointer helpers for the browser tests: find a control by what it says (window.roughConsensus.layout())
// and click or tap its parts in canvas coordinates, as a mouse or a finger would.
import type { Page } from 'playwright-core';
import { canvasBox, frames } from './harness';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface ShownText extends Rect {
  scene: string;
  text: string;
  size: number;
  /** Its depth in the scene: 1000 and up is a modal list or dialog, over a scrim. */
  depth: number;
}
export interface ShownControl extends Rect {
  scene: string;
  texts: (Rect & { text: string })[];
  /** Why it is unavailable, if it is. */
  reason?: string;
}
export interface ShownLayout {
  texts: ShownText[];
  controls: ShownControl[];
}

export function layout(page: Page): Promise<ShownLayout> {
  return page.evaluate(() => window.roughConsensus.layout() as ShownLayout);
}

/** The control one of whose texts matches `re` (the first, top to bottom). */
export async function control(page: Page, re: RegExp): Promise<ShownControl> {
  const found = (await layout(page)).controls.filter((c) => c.texts.some((t) => re.test(t.text)));
  if (!found.length) throw new Error(`no control says ${re}`);
  return found.sort((a, b) => a.y - b.y || a.x - b.x)[0]!;
}

/** The centre of a text inside a control (e.g. its ▶), or of the control itself. */
export function centre(c: ShownControl, text?: RegExp): { x: number; y: number } {
  const t = text ? c.texts.find((x) => text.test(x.text)) : undefined;
  if (text && !t) throw new Error(`control has no text ${text}: ${c.texts.map((x) => x.text).join(' | ')}`);
  const r = t ?? c;
  return { x: r.x + r.w / 2, y: r.y + r.h / 2 };
}

/** Canvas (design) coordinates → page coordinates. */
async function toPage(page: Page, p: { x: number; y: number }): Promise<{ x: number; y: number }> {
  const box = await canvasBox(page);
  const s = box.width / 1280;
  return { x: box.x + p.x * s, y: box.y + p.y * s };
}

/** A mouse click at a canvas point (moving there first, as a hand would). */
export async function clickAt(page: Page, p: { x: number; y: number }): Promise<void> {
  const q = await toPage(page, p);
  await page.mouse.move(q.x, q.y, { steps: 2 });
  await frames(page, 1);
  await page.mouse.down();
  await page.mouse.up();
  await frames(page, 3);
}

/** A finger's tap at a canvas point (the page needs a context made with hasTouch). */
export async function tapAt(page: Page, p: { x: number; y: number }): Promise<void> {
  const q = await toPage(page, p);
  await page.touchscreen.tap(q.x, q.y);
  await frames(page, 3);
}

/** The wheel turned at a canvas point by `dy` px. */
export async function wheelAt(page: Page, p: { x: number; y: number }, dy: number): Promise<void> {
  const q = await toPage(page, p);
  await page.mouse.move(q.x, q.y);
  await page.mouse.wheel(0, dy);
  await frames(page, 3);
}
