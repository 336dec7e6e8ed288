// A modal question with two answers (the safe one first and focused): "Replace the running session?".
// Like Notice it takes the keys and the clicks of its scene until answered; Escape gives the safe answer.
import type { GameObjects, Scene } from 'phaser';
import { announce } from './live';
import { lineHeight, palette, textStyle } from './theme';
import { Button } from './button';
import { FocusGroup } from './focus';
import { Panel } from './panel';

export interface ConfirmOptions {
  readonly title: string;
  /** The safe answer (first, focused, and what Escape picks). */
  readonly keep: string;
  /** The answer that acts. */
  readonly act: string;
  readonly onAnswer: (act: boolean) => void;
  readonly width?: number;
}

export class Confirm {
  private readonly objects: GameObjects.GameObject[] = [];
  private readonly group: FocusGroup;
  private closed = false;

  constructor(
    readonly scene: Scene,
    text: string,
    private readonly opts: ConfirmOptions,
  ) {
    const pal = palette();
    const { width: W, height: H } = scene.scale;
    const scrim = scene.add.rectangle(0, 0, W, H, pal.scrim, pal.scrimAlpha).setOrigin(0, 0).setInteractive();
    const w = opts.width ?? 820;
    const body = scene.add.text(0, 0, text, textStyle('body', { wrap: w - 64 }));
    const btnH = Math.max(56, lineHeight('body') + 22);
    const h = 20 + lineHeight('h2') + 12 + body.height + 32 + btnH + 28;
    const x = (W - w) / 2;
    const y = (H - h) / 2;
    const panel = new Panel(scene, x, y, w, h, { title: opts.title });
    body.setPosition(x + 32, y + panel.contentTop + 4);
    const by = y + h - 28 - btnH / 2;
    const bw = (w - 96) / 2;
    const keep = new Button(scene, x + 32 + bw / 2, by, {
      label: opts.keep,
      width: bw,
      onActivate: () => this.answer(false),
    });
    const act = new Button(scene, x + w - 32 - bw / 2, by, {
      label: opts.act,
      width: bw,
      onActivate: () => this.answer(true),
    });
    scrim.setDepth(1000);
    panel.setDepth(1001);
    for (const o of [body, keep, act]) o.setDepth(1002);
    this.objects.push(scrim, panel, body, keep, act);
    this.group = new FocusGroup(scene, { axis: 'horizontal', onEscape: () => this.answer(false) });
    this.group.add(keep, act);
    this.group.focus(0, true);
    announce(`${opts.title} ${text} ${keep.spoken} Or ${opts.act}.`);
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  private answer(act: boolean): void {
    if (this.closed) return;
    this.closed = true;
    this.group.destroy();
    for (const o of this.objects) o.destroy();
    this.opts.onAnswer(act);
  }
}
