// Hot seat: a full-screen cover that hides the previous player's hand until the next player presses Enter.
// Launched over the Plenary (or the Briefing); tells the scene below through HANDOVER_DONE.
import { Scene, Scenes } from 'phaser';
import { addPanel } from '../ui/box';
import { registerHelp } from '../ui/help';
import { announce } from '../ui/live';
import { palette, textStyle } from '../ui/theme';
import { typingInField } from '../ui/focus';
import { HANDOVER_DONE } from './plenary/classroom';
import { KeyButton } from '../ui/key-button';
import { ts } from '../ui/text';

export interface HandoverData {
  readonly delegation: string;
  readonly delegationName: string;
  readonly player: string;
  /** What they are wanted for: "It is your turn to speak." */
  readonly reason?: string;
}

registerHelp('Handover', [{ keys: 'Enter', action: 'I am the next player: show my seat' }]);

export default class Handover extends Scene {
  private data0!: HandoverData;
  private done = false;

  constructor() {
    super({ key: 'Handover' });
  }

  init(data: HandoverData): void {
    this.data0 = data;
    this.done = false;
  }

  create(): void {
    const pal = palette();
    const { width: W, height: H } = this.scale;
    // Opaque: nothing of the previous hand shows through.
    this.add.rectangle(0, 0, W, H, pal.bg, 1).setOrigin(0, 0).setInteractive();
    addPanel(this, 80, 90, W - 160, H - 180, { edge: pal.goldNum, edgeWidth: 4, radius: 24 });
    const d = this.data0;
    this.add
      .text(W / 2, 150, 'Hot seat', textStyle('h2', { color: pal.muted, align: 'center' }))
      .setOrigin(0.5, 0);
    this.add
      .text(
        W / 2,
        215,
        `Pass the keyboard to ${d.player}`,
        textStyle('h1', { color: pal.gold, align: 'center', wrap: W - 240 }),
      )
      .setOrigin(0.5, 0);
    this.add
      .text(W / 2, 300, `(${d.delegationName})`, textStyle('h2', { align: 'center', wrap: W - 240 }))
      .setOrigin(0.5, 0);
    if (d.reason)
      this.add
        .text(W / 2, 370, d.reason, ts(24, { color: pal.text, align: 'center', wrap: W - 280 }))
        .setOrigin(0.5, 0);
    this.add
      .text(
        W / 2,
        430,
        'The previous player’s cards are hidden. Nobody else should look at the screen until you are ready.',
        ts(20, { color: pal.muted, align: 'center', wrap: W - 320 }),
      )
      .setOrigin(0.5, 0);
    const btn = new KeyButton(this, W / 2 - 230, 520, {
      label: `I am ${d.player}: show my seat`,
      key: 'Enter',
      width: 460,
      size: 22,
      onActivate: () => this.finish(),
    });
    btn.setFocused(true);
    const onKey = (ev: KeyboardEvent & { stopPropagation?: () => void }) => {
      if (typingInField()) return;
      // Nothing reaches the scene below while the cover is up.
      ev.stopPropagation?.();
      if ((ev.key === 'Enter' || ev.key === ' ') && !ev.repeat) this.finish();
    };
    this.input.keyboard?.on('keydown', onKey);
    this.events.once(Scenes.Events.SHUTDOWN, () => this.input.keyboard?.off('keydown', onKey));
    announce(
      `Hot seat. Pass the keyboard to ${d.player}, ${d.delegationName}. ${d.reason ?? ''} Press Enter when ready.`,
    );
  }

  private finish(): void {
    if (this.done) return;
    this.done = true;
    const d = this.data0;
    this.game.events.emit(HANDOVER_DONE, d.delegation);
    this.scene.stop();
  }
}
