// The full name of the seat under the pointer (or browsed with H), in a small box beside it: the hall's seats
// carry two-letter codes ('CG', 'SZ') that a newcomer cannot read as delegations.
import { GameObjects, type Scene } from 'phaser';
import { addBox } from '../../ui/box';
import { palette } from '../../ui/theme';
import { ts } from '../../ui/text';
import type { HallBox, SeatToken } from './hall';

export class SeatNameTag extends GameObjects.Container {
  private readonly bg: GameObjects.NineSlice;
  private readonly label: GameObjects.Text;

  constructor(
    scene: Scene,
    private readonly hall: HallBox,
  ) {
    super(scene, 0, 0);
    const pal = palette();
    this.bg = addBox(scene, 0, 0, 10, 10, { fill: pal.bg, edge: pal.goldNum, edgeWidth: 2, radius: 6 });
    this.label = scene.add.text(0, 0, '', ts(18, { bold: true })).setOrigin(0.5, 0.5);
    this.add([this.bg, this.label]);
    this.setVisible(false);
  }

  /** Names `tok`'s delegation above it (below it at the hall's top edge), or hides the tag. */
  show(tok: SeatToken | undefined): void {
    if (!tok) {
      this.setVisible(false);
      return;
    }
    this.label.setText(tok.seat.name);
    const w = Math.min(this.hall.w - 8, this.label.width + 20);
    const h = this.label.height + 8;
    const above = tok.y - tok.h / 2 - 8 - h;
    const y = above >= this.hall.y + 4 ? above : tok.y + tok.h / 2 + 8;
    const x = Math.max(this.hall.x + 4, Math.min(this.hall.x + this.hall.w - 4 - w, tok.x - w / 2));
    this.bg.setPosition(x, y).setSize(w, h);
    this.label.setPosition(x + w / 2, y + h / 2);
    this.setVisible(true);
  }
}
