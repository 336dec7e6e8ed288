// How to play in the Plenary: a gold-edged box at the bottom right saying the tutorial's step (what to do,
// by mouse and by key), with Skip. Which step it is comes from src/app/tutorial.ts; this only shows it,
// tells the screen reader when it changes, and remembers in Settings that the tutorial was seen.
import type { GameObjects, Scene } from 'phaser';
import {
  TUTORIAL_TEXT,
  tutorialHeading,
  tutorialStep,
  type TutorialSession,
  type TutorialStep,
} from '../../app/tutorial';
import { addBox } from '../../ui/box';
import { announce } from '../../ui/live';
import { settings } from '../../ui/settings';
import { lh, ts } from '../../ui/text';
import { palette } from '../../ui/theme';

const BOX = { x: 716, w: 556, bottom: 716 };

export class Coach {
  private seen = { seatLooked: false, changesOpened: false };
  private step: TutorialStep | null = null;
  private readonly layer: GameObjects.Container;
  private on = false;

  constructor(
    private readonly scene: Scene,
    private readonly session: () => TutorialSession | null,
  ) {
    this.layer = scene.add.container(0, 0).setDepth(20).setVisible(false);
  }

  get active(): boolean {
    return this.on;
  }

  get current(): TutorialStep | null {
    return this.on ? this.step : null;
  }

  /** Starts (or restarts) the tutorial; the steps already done in this meeting stay done. */
  start(): void {
    this.on = true;
    this.step = null;
    this.render();
  }

  /** Skip or close: hidden, and not offered at the next meeting. */
  stop(): void {
    if (!this.on) return;
    this.on = false;
    this.layer.setVisible(false);
    settings.set({ tutorialSeen: true });
    announce('How to play closed. Press B to start it again; ? lists every key.');
  }

  /** Something the screen saw the player do. */
  saw(what: 'seat' | 'changes'): void {
    if (what === 'seat' && !this.seen.seatLooked) this.seen = { ...this.seen, seatLooked: true };
    else if (
      what === 'changes' &&
      !this.seen.changesOpened &&
      this.stepNow() !== 'hall' &&
      this.stepNow() !== 'argue'
    )
      this.seen = { ...this.seen, changesOpened: true };
    else return;
    this.render();
  }

  private stepNow(): TutorialStep | null {
    const s = this.session();
    return s ? tutorialStep(s, this.seen) : null;
  }

  /** Brings the box up to date with the session (after every snapshot). */
  render(): void {
    if (!this.on) return;
    const step = this.stepNow();
    if (!step || step === this.step) return;
    this.step = step;
    if (step === 'done') settings.set({ tutorialSeen: true });
    this.draw(step);
    const { text } = TUTORIAL_TEXT[step];
    announce(`${tutorialHeading(step)}. ${text}`);
  }

  private draw(step: TutorialStep): void {
    const scene = this.scene;
    const pal = palette();
    this.layer.removeAll(true);
    const pad = 12;
    const skipLabel = step === 'done' ? 'Close (B)' : 'Skip (B)';
    const skip = scene.add
      .text(BOX.x + BOX.w - pad, 0, skipLabel, ts(16, { color: pal.gold, bold: true }))
      .setOrigin(1, 0);
    const head = scene.add.text(BOX.x + pad, 0, tutorialHeading(step), {
      ...ts(18, { color: pal.gold, bold: true, wrap: BOX.w - 2 * pad - skip.width - 12 }),
    });
    const body = scene.add.text(BOX.x + pad, 0, TUTORIAL_TEXT[step].text, ts(16, { wrap: BOX.w - 2 * pad }));
    const h = pad + head.height + 4 + body.height + pad;
    const top = BOX.bottom - h;
    head.setY(top + pad);
    skip.setY(top + pad);
    body.setY(head.y + head.height + 4);
    const box = addBox(scene, BOX.x, top, BOX.w, h, {
      fill: pal.scrim,
      fillAlpha: 0.97,
      edge: pal.goldNum,
      edgeWidth: 3,
      radius: 10,
    });
    const zone = scene.add
      .zone(skip.x - skip.width - 8, skip.y - 6, skip.width + 16, Math.max(lh(16) + 12, 40))
      .setOrigin(0, 0)
      .setInteractive({ useHandCursor: true });
    zone.on('pointerup', () => this.stop());
    // The box takes the pointer so a click on it does not reach the buttons beneath.
    const blocker = scene.add.zone(BOX.x, top, BOX.w, h).setOrigin(0, 0).setInteractive();
    this.layer.add([blocker, box, head, body, skip, zone]);
    this.layer.setVisible(true);
  }
}
