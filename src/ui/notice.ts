// A modal message with one button.
import type { Scene, GameObjects } from 'phaser';
import { Button } from './button';
import { FocusGroup } from './focus';
import { announce } from './live';
import { Panel } from './panel';
import { lineHeight, palette, textStyle } from './theme';

export interface NoticeOptions {
  readonly title?: string;
  readonly button?: string;
  readonly onClose?: () => void;
  readonly width?: number;
}

/** A modal message with one OK button; takes focus, Enter / Space / Escape close it. */
export class Notice {
  private readonly objects: GameObjects.GameObject[] = [];
  private readonly group: FocusGroup;
  private closed = false;

  constructor(
    readonly scene: Scene,
    text: string,
    private readonly opts: NoticeOptions = {},
  ) {
    const pal = palette();
    const { width: W, height: H } = scene.scale;
    const scrim = scene.add.rectangle(0, 0, W, H, pal.scrim, pal.scrimAlpha).setOrigin(0, 0).setInteractive();
    const w = opts.width ?? 760;
    const body = scene.add.text(0, 0, text, textStyle('body', { wrap: w - 64 }));
    const btnH = Math.max(56, lineHeight('body') + 22);
    const titleH = opts.title ? lineHeight('h2') + 12 : 0;
    const h = 20 + titleH + body.height + 32 + btnH + 28;
    const x = (W - w) / 2;
    const y = (H - h) / 2;
    const panel = new Panel(scene, x, y, w, h, opts.title ? { title: opts.title } : {});
    body.setPosition(x + 32, y + panel.contentTop + 4);
    const ok = new Button(scene, W / 2, y + h - 28 - btnH / 2, {
      label: opts.button ?? 'OK',
      width: 220,
      onActivate: () => this.close(),
    });
    scrim.setDepth(1000);
    panel.setDepth(1001);
    body.setDepth(1002);
    ok.setDepth(1002);
    this.objects.push(scrim, panel, body, ok);
    this.group = new FocusGroup(scene, { onEscape: () => this.close() });
    this.group.add(ok);
    this.group.focus(0, true);
    announce([opts.title, text, `Press Enter to ${opts.button ?? 'close'}.`].filter(Boolean).join(' '));
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.group.destroy();
    for (const o of this.objects) o.destroy();
    this.opts.onClose?.();
  }
}
