// How to play in the Plenary: a gold-edged box over the foot of the draft panel saying the tutorial's step
// (what to do, by mouse and by key), with Skip. It sits there because no step asks for the draft: the
// hall, the actions, the tabs, pickers and the footer's key hints stay in view. Which step it is comes
// from src/app/tutorial.ts; this only shows it, tells the screen reader when it changes, offers the call
// at the last step, and remembers in Settings that the tutorial was seen.
import type { GameObjects, Scene } from 'phaser';
import {
  CALL_NOW_KEY,
  TUTORIAL_TEXT,
  tutorialHeading,
  tutorialStep,
  type CallStep,
  type TutorialSession,
  type TutorialStep,
} from '../../app/tutorial';
import { addBox } from '../../ui/box';
import { KeyButton } from '../../ui/key-button';
import { announce } from '../../ui/live';
import { settings } from '../../ui/settings';
import { lh, ts } from '../../ui/text';
import { palette } from '../../ui/theme';
import { DRAFT } from './layout';

const BOX = { x: DRAFT.x, w: DRAFT.w, bottom: DRAFT.y + DRAFT.h };

/** What the coach reads from the room. */
export interface CoachRoom {
  readonly session: TutorialSession;
  /** The call step's words and offer, as the room stands. */
  readonly call: CallStep;
  /** The player's aim at this meeting and the way to it (tutorialAim), shown above every step. */
  readonly aim: string | null;
}

export class Coach {
  private seen = { seatLooked: false, changesOpened: false };
  private step: TutorialStep | null = null;
  /** What the box says now (the call step's words change with the room). */
  private said = '';
  private callButton: KeyButton | null = null;
  private readonly layer: GameObjects.Container;
  private on = false;

  constructor(
    private readonly scene: Scene,
    private readonly room: () => CoachRoom | null,
    private readonly callNow: () => void,
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
    this.said = '';
    this.render();
  }

  /** The call step's key: brings the call on when the box offers it; false when it does not (key unused). */
  key(k: string): boolean {
    if (k.toUpperCase() !== CALL_NOW_KEY || !this.callButton) return false;
    this.callButton.activate();
    return true;
  }

  /** Skip or close: hidden, and not offered at the next meeting. */
  stop(): void {
    if (!this.on) return;
    this.on = false;
    this.callButton = null;
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
    const r = this.room();
    return r ? tutorialStep(r.session, this.seen) : null;
  }

  /** Brings the box up to date with the session (after every snapshot). */
  render(): void {
    if (!this.on) return;
    const r = this.room();
    if (!r) return;
    const step = tutorialStep(r.session, this.seen);
    const call = step === 'call' ? r.call : null;
    const text = call ? call.text : TUTORIAL_TEXT[step].text;
    if (step === this.step && `${r.aim}|${text}` === this.said) return;
    this.step = step;
    this.said = `${r.aim}|${text}`;
    if (step === 'done') settings.set({ tutorialSeen: true });
    this.draw(step, r.aim, text, call?.offerCall ?? false);
    announce(`${tutorialHeading(step)}. ${text}${r.aim ? ` ${r.aim}` : ''}`);
  }

  private draw(step: TutorialStep, aim: string | null, text: string, offerCall: boolean): void {
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
    const body = scene.add.text(BOX.x + pad, 0, text, ts(16, { wrap: BOX.w - 2 * pad }));
    this.callButton = offerCall
      ? new KeyButton(scene, BOX.x + pad, 0, {
          label: 'Call it now',
          key: CALL_NOW_KEY,
          width: 240,
          size: 18,
          onActivate: () => this.callNow(),
        })
      : null;
    const buttonH = this.callButton ? this.callButton.boxH + 8 : 0;
    // The aim first, so that each step reads as a way to it; it gives way where the step's own words need
    // the panel's height (the call, with its button).
    const aimText = scene.add.text(
      BOX.x + pad,
      0,
      aim ?? '',
      ts(16, { color: pal.gold, wrap: BOX.w - 2 * pad }),
    );
    const room = DRAFT.h - 8 - (2 * pad + head.height + 4 + body.height + buttonH);
    const showAim = aim !== null && aimText.height + 4 <= room;
    aimText.setVisible(showAim);
    const aimH = showAim ? aimText.height + 4 : 0;
    const h = pad + head.height + 4 + aimH + body.height + buttonH + pad;
    const top = BOX.bottom - h;
    head.setY(top + pad);
    skip.setY(top + pad);
    aimText.setY(head.y + head.height + 4);
    body.setY(aimText.y + aimH);
    this.callButton?.setY(body.y + body.height + 8);
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
    this.layer.add([blocker, box, head, aimText, body, skip, zone]);
    if (this.callButton) this.layer.add(this.callButton);
    this.layer.setVisible(true);
  }
}
