// The footer: the key hints, or for nine seconds after a refusal the reason, white on red so it is seen
// from the back of the room.
import type { GameObjects, Scene } from 'phaser';
import { drawBox } from '../../ui/panel';
import { fit, ts } from '../../ui/text';
import { palette } from '../../ui/theme';

const REFUSAL_BOX = { fill: 0x5a1a10, edge: 0xff9b85, lineWidth: 3, radius: 8 } as const;
const HINTS =
  '1–6 panels · H hall · Space/F fast-forward · I AI takes seat · V projector · F2 facilitator · Esc leave · ? help';

export interface Refusal {
  readonly seq: number;
  readonly reason: string;
  /** Scene time until which it shows. */
  readonly until: number;
}

export class Footer {
  private readonly box: GameObjects.Rectangle;
  private readonly text: GameObjects.Text;
  private sig = '';
  private current: Refusal | null = null;

  constructor(private readonly scene: Scene) {
    this.box = drawBox(scene, 8, 680, 1264, 36, REFUSAL_BOX).setVisible(false);
    this.text = scene.add.text(14, 698, '', ts(18, { color: palette().muted })).setOrigin(0, 0.5);
  }

  render(r: Refusal | null): void {
    const scene = this.scene;
    this.current = r;
    const live = r !== null && r.until > scene.time.now;
    const sig = live ? `r${r.seq}` : 'hints';
    if (sig === this.sig) return;
    this.sig = sig;
    this.box.setVisible(live);
    if (r && live) {
      this.text
        .setText(fit(scene, `✕ Refused: ${r.reason}`, 1240, 20, { bold: true }))
        .setStyle(ts(20, { color: '#ffffff', bold: true }));
      scene.time.delayedCall(r.until - scene.time.now + 50, () => this.render(this.current));
      return;
    }
    this.text.setStyle(ts(18, { color: palette().muted })).setText(HINTS);
  }
}

/** A banner across the hall, hidden until shown: a large gold title over a line or two. */
export function hallBanner(
  scene: Scene,
  hall: { x: number; y: number; w: number },
  title: string,
  text: string,
): GameObjects.Container {
  const pal = palette();
  const cx = hall.x + hall.w / 2;
  const top = hall.y + 120;
  const head = scene.add.text(cx, top + 18, title, ts(40, { color: pal.gold, bold: true })).setOrigin(0.5, 0);
  const body = scene.add
    .text(cx, head.y + head.height + 6, text, ts(20, { align: 'center', wrap: hall.w - 200 }))
    .setOrigin(0.5, 0);
  const h = body.y + body.height + 18 - top;
  const box = drawBox(scene, hall.x + 80, top, hall.w - 160, h, {
    fill: pal.scrim,
    alpha: 0.94,
    edge: pal.goldNum,
    lineWidth: 4,
    radius: 16,
  });
  return scene.add.container(0, 0, [box, head, body]).setVisible(false).setDepth(10);
}
