// "Now": who speaks, who is next, whose move it is and the clocks, edged in gold on your move.
import type { GameObjects, Scene } from 'phaser';
import type { NowLines } from '../../app/floor-text';
import { restylePanel } from '../../ui/box';
import { drawBox, panelStyle } from '../../ui/panel';
import { fit, ts } from '../../ui/text';
import { palette } from '../../ui/theme';
import { NOW } from './layout';

export class NowPanel {
  private readonly box: GameObjects.Rectangle;
  private readonly lines: GameObjects.Text[] = [];

  constructor(private readonly scene: Scene) {
    this.box = drawBox(scene, NOW.x, NOW.y, NOW.w, NOW.h);
    for (let i = 0; i < 3; i++)
      this.lines.push(
        scene.add.text(NOW.x + 14, NOW.y + 8 + i * 32, '', ts(i === 0 ? 22 : 18, { bold: i === 0 })),
      );
  }

  render(now: NowLines): void {
    const pal = palette();
    const scene = this.scene;
    restylePanel(this.box, panelStyle(now.yourMove ? { edge: pal.goldNum, lineWidth: 3 } : {}));
    this.lines[0]!.setText(fit(scene, now.headline, NOW.w - 28, 22, { bold: true }));
    this.lines[1]!.setText(fit(scene, now.next, NOW.w - 28, 18)).setColor(pal.muted);
    this.lines[2]!.setText(fit(scene, now.status, NOW.w - 28, 18)).setColor(now.urgent ? pal.gold : pal.text);
  }
}
