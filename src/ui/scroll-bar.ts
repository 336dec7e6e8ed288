// Scrolling helpers shared by long panels: the wheel's distance in lines, and a scroll bar.
import { GameObjects, type Scene } from 'phaser';
import { addBox } from './box';
import { palette } from './theme';

/**
 * Lines to scroll for a wheel turn of `dy` px: the distance the browser asks for, in lines of `linePx`
 * (a notch of about 100 px is three lines of body text; a fast flick, many), at least one.
 */
export function wheelLines(dy: number, linePx: number): number {
  if (!dy) return 0;
  return Math.sign(dy) * Math.max(1, Math.round(Math.abs(dy) / Math.max(1, linePx)));
}

/**
 * A scroll bar at (x, 0) beside a view `height` px tall: a track, and a gold thumb whose size and place
 * show which part of the content is in view. Hidden while everything fits.
 */
export class ScrollBar extends GameObjects.Container {
  private readonly thumb: GameObjects.NineSlice;
  private readonly inset: number;

  constructor(
    scene: Scene,
    x: number,
    readonly barW: number,
    readonly viewH: number,
    private readonly minThumb = 36,
  ) {
    super(scene, x, 0);
    const pal = palette();
    // A track wide enough for it gets an edge, and the thumb sits a little inside.
    const edged = barW >= 12;
    this.inset = edged ? 2 : 1;
    const track = addBox(scene, 0, 0, barW, viewH, {
      fill: pal.button,
      radius: barW / 2,
      ...(edged ? { edge: pal.panelEdge, edgeWidth: 1 } : {}),
    });
    this.thumb = addBox(scene, this.inset, 0, barW - 2 * this.inset, minThumb, {
      fill: pal.goldNum,
      radius: 4,
    });
    this.add([track, this.thumb]);
    this.setVisible(false);
  }

  /** Shows `before` px of `total` scrolled past; hides the bar if the content fits the view. */
  show(total: number, before: number): void {
    const h = this.viewH;
    this.setVisible(total > h);
    if (total <= h) return;
    const thumbH = Math.max(this.minThumb, (h * h) / total);
    const thumbY = (before / Math.max(1, total - h)) * (h - thumbH);
    this.thumb.setPosition(this.inset, Math.min(h - thumbH, thumbY));
    this.thumb.setSize(this.barW - 2 * this.inset, thumbH);
  }
}
