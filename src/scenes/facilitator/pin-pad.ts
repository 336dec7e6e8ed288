// The PIN a facilitator types before the console opens: four digits shown as dots, Backspace, Enter to
// check, Esc to leave. A wrong PIN clears the dots and shakes the screen.
import type { GameObjects, Scene } from 'phaser';
import { announce } from '../../ui/live';
import { palette, textStyle } from '../../ui/theme';
import { ts } from '../../ui/text';

export type PinOutcome = 'accepted' | 'cancelled' | null;

export class PinPad {
  private pin = '';
  private readonly dots: GameObjects.Text;
  private readonly shown: GameObjects.GameObject[];

  constructor(
    private readonly scene: Scene,
    private readonly expected: string,
  ) {
    const pal = palette();
    const W = scene.scale.width;
    const title = scene.add
      .text(W / 2, 200, 'Enter the facilitator PIN', textStyle('h2', { align: 'center' }))
      .setOrigin(0.5, 0);
    this.dots = scene.add
      .text(W / 2, 280, this.dotsText(), ts(48, { color: pal.gold, bold: true }))
      .setOrigin(0.5, 0);
    const hint = scene.add
      .text(
        W / 2,
        380,
        'Type the 4 digits chosen at setup, then Enter. Esc closes.',
        ts(20, { color: pal.muted, align: 'center' }),
      )
      .setOrigin(0.5, 0);
    this.shown = [title, this.dots, hint];
    announce('Facilitator console. Enter the 4-digit PIN, then press Enter. Escape closes.');
  }

  /** Takes a key; says when the PIN was accepted or the facilitator left. */
  handleKey(key: string): PinOutcome {
    if (/^\d$/.test(key) && this.pin.length < 4) this.pin += key;
    else if (key === 'Backspace') this.pin = this.pin.slice(0, -1);
    else if (key === 'Escape') return 'cancelled';
    else if (key === 'Enter') {
      if (this.pin === this.expected) {
        announce('PIN accepted.');
        return 'accepted';
      }
      this.pin = '';
      announce('Wrong PIN. Try again, or press Escape.');
      this.scene.cameras.main.shake(150, 0.004);
    }
    this.dots.setText(this.dotsText());
    return null;
  }

  destroy(): void {
    this.shown.forEach((o) => o.destroy());
  }

  private dotsText(): string {
    return [0, 1, 2, 3].map((i) => (i < this.pin.length ? '●' : '○')).join('  ');
  }
}
