// A key to the player's colours: each stance's seat drawn small (its colour and shape) with its symbol and
// word, then a pass and a fail mark, one to a line from (x, y). Settings shows it, so that choosing a colour
// set or high contrast shows at once what the hall and the results will look like.
import type { GameObjects, Scene } from 'phaser';
import { STANCE_SYMBOL } from '../app/view-model';
import { addBox } from './box';
import { failInk, passInk, stanceLook } from './stance';
import { lh, ts } from './text';
import { palette } from './theme';

const STANCES = [
  ['supports', 'supports the draft'],
  ['opposes', 'prefers the status quo'],
  ['objects', 'would object'],
  ['observer', 'observer'],
] as const;

const SIZE = 18;

/** The key's height in px at the current text size. */
export function colourKeyHeight(): number {
  return (STANCES.length + 2) * lh(SIZE);
}

export function colourKey(scene: Scene, x: number, y: number): GameObjects.GameObject[] {
  const pal = palette();
  const sw = { w: 34, h: 20 };
  const out: GameObjects.GameObject[] = [];
  let top = y;
  for (const [st, word] of STANCES) {
    const look = stanceLook(st, pal.name === 'high-contrast', sw.h);
    out.push(addBox(scene, x, top + (lh(SIZE) - sw.h) / 2, sw.w, sw.h, look));
    out.push(
      scene.add.text(x + sw.w + 10, top, `${STANCE_SYMBOL[st]} ${word}`, ts(SIZE, { color: pal.text })),
    );
    top += lh(SIZE);
  }
  for (const [text, color] of [
    ['✓ passes, met', passInk()],
    ['✗ fails, missed', failInk()],
  ] as const) {
    out.push(scene.add.text(x + sw.w + 10, top, text, ts(SIZE, { color, bold: true })));
    top += lh(SIZE);
  }
  return out;
}
