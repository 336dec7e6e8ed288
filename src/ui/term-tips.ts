// Words explained where they appear: a term in a panel's text is underlined, and pointing at it (or
// stepping to it with U) opens a small box with its definition and source. The panel says where its terms
// are (TermMark); this draws the underline, takes the pointer and shows the one tip a scene has.
import { Scenes, type GameObjects, type Scene } from 'phaser';
import { addBox } from './box';
import { announce } from './live';
import { ts } from './text';
import { palette } from './theme';

/** A term found in a line of text (character offsets) and what its tip says. */
export interface TermMark {
  readonly at: number;
  readonly length: number;
  readonly term: string;
  readonly tip: string;
  /** Something the mark opens when clicked, or by Enter right after U (a citation's paragraph). */
  readonly link?: unknown;
}

/** Finds the terms in a line; `seen` holds the terms already marked in this view (each is marked once). */
export type TermFinder = (text: string, seen: Set<string>) => readonly TermMark[];

/** The key that steps through the terms on screen. */
export const TERM_KEY = 'U';

const TIP_W = 420;
const tips = new WeakMap<Scene, TermTip>();

/** The scene's one tip box. */
export function termTip(scene: Scene): TermTip {
  let t = tips.get(scene);
  if (!t) {
    t = new TermTip(scene);
    tips.set(scene, t);
    scene.events.once(Scenes.Events.SHUTDOWN, () => tips.delete(scene));
  }
  return t;
}

export class TermTip {
  private layer: GameObjects.Container;
  /** The term shown now, so a pointer leaving another term does not close it. */
  private showing: string | null = null;

  constructor(private readonly scene: Scene) {
    this.layer = scene.add.container(0, 0).setDepth(900).setVisible(false);
  }

  get shownTerm(): string | null {
    return this.showing;
  }

  /** Shows the tip for `mark` beside a box in canvas pixels (below it, or above where there is no room). */
  show(mark: TermMark, at: { x: number; y: number; w: number; h: number }, speak = false): void {
    const pal = palette();
    this.layer.removeAll(true);
    const pad = 10;
    const head = this.scene.add.text(pad, pad, mark.term, ts(17, { color: pal.gold, bold: true }));
    const body = this.scene.add.text(pad, pad + head.height + 2, mark.tip, ts(16, { wrap: TIP_W - 2 * pad }));
    const h = body.y + body.height + pad;
    const box = addBox(this.scene, 0, 0, TIP_W, h, {
      fill: pal.scrim,
      fillAlpha: 0.98,
      edge: pal.goldNum,
      edgeWidth: 2,
      radius: 8,
    });
    this.layer.add([box, head, body]);
    const x = Math.max(4, Math.min(1276 - TIP_W, at.x));
    const below = at.y + at.h + 4;
    const y = below + h <= 716 ? below : Math.max(4, at.y - h - 4);
    this.layer.setPosition(x, y).setVisible(true);
    this.showing = mark.term;
    if (speak) announce(`${mark.term}: ${mark.tip}`);
  }

  hide(term?: string): void {
    if (term !== undefined && term !== this.showing) return;
    this.showing = null;
    this.layer.setVisible(false);
  }
}
