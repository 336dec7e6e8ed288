// Loading: a progress bar over the sound files, which main.ts began downloading before Phaser booted, so on
// a quick connection they are in before this scene starts and it hands over at once. On a slow one the bar
// fills by bytes; the title never waits longer than PRELOAD_WAIT_MS for sounds (it plays silently, with
// captions, until they arrive, and the download goes on behind it).
// Decoding (Howler and its AudioContext) waits until a moment after the title is up, or the first key or
// click if that comes sooner, so it never competes with the title's first frames; a sound asked for
// earlier starts it at once (see audio/audio.ts). Later scenes load on demand (see registry.ts); the
// service worker caches everything for offline use after the first visit.
import { Scene } from 'phaser';
import { audio, soundFiles } from '../audio/audio';
import type { LoadProgress } from '../audio/prefetch';
import { announce } from '../ui/live';
import { palette, textStyle } from '../ui/theme';

/** Longest the title waits for the sounds. */
export const PRELOAD_WAIT_MS = 1500;
const DECODE_AFTER_MS = 1000;
const BAR_W = 640;
const BAR_H = 32;

export default class Preload extends Scene {
  constructor() {
    super({ key: 'Preload' });
  }

  create(): void {
    if (soundFiles.progress().done) {
      Preload.toTitle(this);
      return;
    }
    const pal = palette();
    const { width: W, height: H } = this.scale;
    const cx = W / 2;
    const cy = H / 2;
    this.add
      .text(cx, cy - 130, 'Rough Consensus', textStyle('h1', { color: pal.gold, serif: true }))
      .setOrigin(0.5);
    const label = this.add
      .text(cx, cy - 48, 'Loading the sounds of the hall…', textStyle('body', { color: pal.text }))
      .setOrigin(0.5);
    this.add.rectangle(cx, cy + 10, BAR_W, BAR_H).setStrokeStyle(3, pal.goldNum);
    const fill = this.add.rectangle(cx - BAR_W / 2 + 4, cy + 10, 0, BAR_H - 8, pal.goldNum).setOrigin(0, 0.5);
    const percent = this.add.text(cx, cy + 60, '', textStyle('body', { color: pal.text })).setOrigin(0.5);
    this.add
      .text(
        cx,
        cy + 110,
        'The title opens in a moment; until the sounds arrive, their captions show.',
        textStyle('small', { color: pal.muted }),
      )
      .setOrigin(0.5);
    announce('Loading.');

    const show = (p: LoadProgress) => {
      fill.width = Math.round((BAR_W - 8) * p.fraction);
      percent.setText(`${Math.round(p.fraction * 100)}%  ·  ${p.settled} of ${p.files} files`);
      if (p.failed) label.setText('Some sounds could not load: the game plays on with captions.');
    };
    show(soundFiles.progress());
    const unsubscribe = soundFiles.subscribe((p) => {
      show(p);
      if (p.done) finish();
    });
    const timer = this.time.delayedCall(PRELOAD_WAIT_MS, () => finish());
    let finished = false;
    const finish = () => {
      if (finished) return;
      finished = true;
      unsubscribe();
      timer.remove();
      // Let the full bar be seen for a frame before the title replaces it.
      this.time.delayedCall(0, () => Preload.toTitle(this));
    };
    this.events.once('shutdown', () => {
      unsubscribe();
    });
  }

  /** Opens the title from `from`; the sounds decode a moment later, or at the first key or click. */
  static toTitle(from: Scene): void {
    const decode = () => {
      clearTimeout(timer);
      window.removeEventListener('keydown', decode, true);
      window.removeEventListener('pointerdown', decode, true);
      void audio.load();
    };
    const timer = setTimeout(decode, DECODE_AFTER_MS);
    window.addEventListener('keydown', decode, true);
    window.addEventListener('pointerdown', decode, true);
    from.scene.start('Title');
  }
}
