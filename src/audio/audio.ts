// Sound through Howler (Phaser's own audio is off). Every sound also raises a caption: a line the Overlay
// scene shows on screen and the live region reads out. If the browser blocks audio, the game goes on
// silently and the captions still appear.
import { Howl, Howler } from 'howler';
import gavelUrl from '../../assets/audio/gavel.wav?url';
import murmurUrl from '../../assets/audio/murmur.wav?url';
import chimeUrl from '../../assets/audio/chime.wav?url';
import { announce } from '../ui/live';
import { settings, type Settings } from '../ui/settings';

export type SfxKey = 'gavel' | 'murmur' | 'chime';

export const SFX_KEYS: readonly SfxKey[] = ['gavel', 'murmur', 'chime'];
/** The sounds the title waits for; the hall's murmur, the largest file, loads on behind it. */
export const TITLE_SOUNDS: readonly SfxKey[] = SFX_KEYS.filter((k) => k !== 'murmur');

/** What each sound says to someone who cannot hear it. */
export const CAPTIONS: Readonly<Record<SfxKey, string>> = {
  gavel: '[gavel strikes]',
  murmur: '[murmur in the hall]',
  chime: '[consensus chime]',
};

export interface AudioService {
  /** Plays a one-shot sound and shows its caption. */
  play(key: SfxKey): void;
  /** Starts or stops the looping murmur of the hall. */
  ambience(on: boolean): void;
  /** 0..1; persisted. */
  setVolume(v: number): void;
  /** Persisted. */
  setMuted(m: boolean): void;
}

export type CaptionListener = (text: string, key: SfxKey) => void;

const captionListeners = new Set<CaptionListener>();

/** Subscribes to captions (the Overlay scene renders them). Returns the unsubscribe function. */
export function onCaption(fn: CaptionListener): () => void {
  captionListeners.add(fn);
  return () => captionListeners.delete(fn);
}

/** Shows and announces the caption of a sound. */
export function caption(key: SfxKey): void {
  const text = CAPTIONS[key];
  for (const l of [...captionListeners]) l(text, key);
  announce(text);
}

const URLS: Readonly<Record<SfxKey, string>> = { gavel: gavelUrl, murmur: murmurUrl, chime: chimeUrl };
const AMBIENCE_GAIN = 0.35;
const LOAD_TIMEOUT_MS = 10_000;

export class HowlerAudio implements AudioService {
  private readonly howls = new Map<SfxKey, Howl>();
  private ambienceOn = false;
  private ambienceId: number | undefined;
  private loading: Promise<void> | undefined;

  constructor() {
    this.apply(settings.get());
    settings.subscribe((next) => this.apply(next));
  }

  private apply(s: Settings): void {
    try {
      Howler.volume(s.volume);
      Howler.mute(s.muted);
    } catch {
      // No audio in this browser: nothing to apply.
    }
  }

  /**
   * Loads every sound. Resolves when all have loaded or failed, or after a timeout: a missing sound never
   * holds the game up. `onProgress(done, total)` is called as each one settles.
   */
  load(onProgress?: (done: number, total: number) => void): Promise<void> {
    if (this.loading) return this.loading;
    this.loading = new Promise<void>((resolve) => {
      let done = 0;
      const total = TITLE_SOUNDS.length;
      const timer = setTimeout(resolve, LOAD_TIMEOUT_MS);
      const settle = (key: SfxKey) => () => {
        if (!TITLE_SOUNDS.includes(key)) return;
        done += 1;
        onProgress?.(done, total);
        if (done === total) {
          clearTimeout(timer);
          resolve();
        }
      };
      for (const key of SFX_KEYS) {
        try {
          const howl = new Howl({
            src: [URLS[key]],
            format: ['wav'],
            loop: key === 'murmur',
            volume: key === 'murmur' ? AMBIENCE_GAIN : 1,
            onload: settle(key),
            onloaderror: settle(key),
            // Played before the first gesture: Howler queues it until it unlocks.
            onplayerror: (id) => howl.once('unlock', () => howl.play(id)),
          });
          this.howls.set(key, howl);
        } catch {
          settle(key)();
        }
      }
    });
    return this.loading;
  }

  play(key: SfxKey): void {
    caption(key);
    if (key === 'murmur') {
      this.ambience(true);
      return;
    }
    try {
      this.howls.get(key)?.play();
    } catch {
      // Audio blocked or broken: the caption has been shown, carry on.
    }
  }

  ambience(on: boolean): void {
    if (on === this.ambienceOn) return;
    this.ambienceOn = on;
    const howl = this.howls.get('murmur');
    try {
      if (on) {
        caption('murmur');
        if (howl && !howl.playing(this.ambienceId)) this.ambienceId = howl.play();
      } else if (howl) {
        howl.stop();
        this.ambienceId = undefined;
      }
    } catch {
      // Audio blocked: ignore.
    }
  }

  get ambiencePlaying(): boolean {
    return this.ambienceOn;
  }

  setVolume(v: number): void {
    settings.set({ volume: v });
  }

  setMuted(m: boolean): void {
    settings.set({ muted: m });
  }

  /** Flips mute, announces the new state and returns it. */
  toggleMute(): boolean {
    const muted = !settings.get().muted;
    this.setMuted(muted);
    announce(muted ? 'Sound off.' : 'Sound on.');
    return muted;
  }
}

/** Records what was played; for tests and for running without sound. Captions still show. */
export class NullAudio implements AudioService {
  readonly played: SfxKey[] = [];
  ambienceOn = false;
  play(key: SfxKey): void {
    this.played.push(key);
    caption(key);
  }
  ambience(on: boolean): void {
    if (on && !this.ambienceOn) caption('murmur');
    this.ambienceOn = on;
  }
  setVolume(v: number): void {
    settings.set({ volume: v });
  }
  setMuted(m: boolean): void {
    settings.set({ muted: m });
  }
}

/** The game's audio. Scenes call `audio.play('gavel')`, `audio.ambience(true)` and so on. */
export const audio = new HowlerAudio();
