// Loads the sounds (through Howler) with a real progress bar, then opens the Title.
// A sound that fails or is blocked does not stop the game: it goes on without it.
import { GameObjects, Scene } from 'phaser';
import { audio, TITLE_SOUNDS } from '../audio/audio';
import { drawEmblem } from '../ui/emblem';
import { announce } from '../ui/live';
import { palette, textStyle } from '../ui/theme';

export default class Preload extends Scene {
  private bar!: GameObjects.Graphics;
  private label!: GameObjects.Text;

  constructor() {
    super({ key: 'Preload' });
  }

  create(): void {
    const pal = palette();
    const { width: W, height: H } = this.scale;
    this.cameras.main.setBackgroundColor(pal.bg);
    drawEmblem(this, W / 2, H / 2 - 120, 70);
    this.add
      .text(W / 2, H / 2 - 10, 'Rough Consensus', textStyle('h1', { color: pal.gold, serif: true }))
      .setOrigin(0.5, 0);
    this.bar = this.add.graphics();
    this.label = this.add
      .text(W / 2, H / 2 + 130, '', textStyle('body', { color: pal.muted }))
      .setOrigin(0.5, 0);
    this.progress(0, TITLE_SOUNDS.length);
    announce('Loading Rough Consensus.');
    void audio
      .load((done, total) => this.progress(done, total))
      .then(() => {
        if (this.scene.isActive()) this.scene.start('Title');
      });
  }

  private progress(done: number, total: number): void {
    const pal = palette();
    const { width: W, height: H } = this.scale;
    const w = 640;
    const h = 28;
    const x = (W - w) / 2;
    const y = H / 2 + 80;
    const f = total ? done / total : 0;
    this.bar.clear();
    this.bar.lineStyle(3, pal.goldNum, 1);
    this.bar.strokeRoundedRect(x - 4, y - 4, w + 8, h + 8, 8);
    this.bar.fillStyle(pal.goldNum, 1);
    if (f > 0) this.bar.fillRoundedRect(x, y, Math.max(12, w * f), h, 5);
    this.label.setText(`Loading sounds: ${done} of ${total} (${Math.round(f * 100)} %)`);
  }
}
