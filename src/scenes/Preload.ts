// Opens the Title at once: nothing it needs has to be waited for. What the rest of the game needs loads
// behind it. The sounds (Howler and three WAV files) are not needed on the title, and no browser plays a
// sound before the first key or click: they start loading a moment after the title is up, or at the first
// key or click if that comes sooner, so they never compete with its first frames. A sound asked for before
// then starts the load itself, and its caption shows at once (see audio/audio.ts). The later scenes load on
// demand (see registry.ts); the service worker caches everything for offline use after the first visit.
import { Scene } from 'phaser';
import { audio } from '../audio/audio';

const SOUNDS_AFTER_MS = 1000;

export default class Preload extends Scene {
  constructor() {
    super({ key: 'Preload' });
  }

  create(): void {
    const start = () => {
      clearTimeout(timer);
      window.removeEventListener('keydown', start, true);
      window.removeEventListener('pointerdown', start, true);
      void audio.load();
    };
    const timer = setTimeout(start, SOUNDS_AFTER_MS);
    window.addEventListener('keydown', start, true);
    window.addEventListener('pointerdown', start, true);
    this.scene.start('Title');
  }
}
