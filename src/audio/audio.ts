// Sound through Howler (Phaser's own audio is off). Every sound also raises a caption: a line the Overlay
// scene shows on screen and the live region reads out. If the browser blocks audio, the game goes on
// silently and the captions still appear.
// The files' bytes download from start-up (soundFiles, shown by the Preload scene's bar). Howler is its own
// chunk: it (with its AudioContext) loads and decodes them a moment after the title is up, or at the first
// key or click (see Preload). A sound played earlier starts that and plays when it is ready; its caption
// shows at once.
import type { Howl } from 'howler';
import gavelUrl from '../../assets/audio/gavel.wav?url';
import murmurUrl from '../../assets/audio/murmur.wav?url';
import chimeUrl from '../../assets/audio/chime.wav?url';
import { announce } from '../ui/live';
import { FilePrefetch } from './prefetch';
import { settings, type Settings } from '../ui/settings';

export type SfxKey = 'gavel' | 'murmur' | 'chime';

export const SFX_KEYS: readonly SfxKey[] = ['gavel', 'murmur', 'chime'];

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

/** The sound files' bytes, downloaded from the start (main.ts) with progress for the Preload scene's bar. */
export const soundFiles = new FilePrefetch<SfxKey>(URLS);
const AMBIENCE_GAIN = 0.35;
const LOAD_TIMEOUT_MS = 10_000;

export class HowlerAudio implements AudioService {
  private readonly howls = new Map<SfxKey, Howl>();
  private howler: typeof import('howler').Howler | undefined;
  private ambienceOn = false;
  private ambienceId: number | undefined;
  private created: Promise<void> | undefined;
  private loaded: Promise<void> | undefined;

  constructor() {
    settings.subscribe((next) => this.apply(next));
  }

  private apply(s: Settings): void {
    if (!this.howler) return; // applied when Howler arrives
    try {
      this.howler.volume(s.volume);
      this.howler.mute(s.muted);
    } catch {
      // No audio in this browser: nothing to apply.
    }
  }

  /**
   * Loads Howler and every sound. Resolves when all sounds have loaded or failed, or after a timeout: a
   * missing sound (or a missing Howler chunk, offline before it was cached) never holds the game up.
   */
  load(): Promise<void> {
    if (this.loaded) return this.loaded;
    let settle!: () => void;
    this.loaded = new Promise<void>((resolve) => {
      let done = 0;
      const timer = setTimeout(resolve, LOAD_TIMEOUT_MS);
      settle = () => {
        done += 1;
        if (done === SFX_KEYS.length) {
          clearTimeout(timer);
          resolve();
        }
      };
    });
    // The files' bytes first (already on their way since start-up), then Howler decodes them from memory.
    const howler = import('howler');
    this.created = Promise.all([howler, soundFiles.start()]).then(
      ([{ Howl, Howler }]) => {
        this.howler = Howler;
        this.apply(settings.get());
        for (const key of SFX_KEYS) {
          try {
            const howl = new Howl({
              src: [soundFiles.url(key)],
              format: ['wav'],
              loop: key === 'murmur',
              volume: key === 'murmur' ? AMBIENCE_GAIN : 1,
              onload: settle,
              onloaderror: settle,
              // Played before the first gesture: Howler queues it until it unlocks.
              onplayerror: (id) => howl.once('unlock', () => howl.play(id)),
            });
            this.howls.set(key, howl);
          } catch {
            settle();
          }
        }
        // The murmur may have been asked for while Howler was on its way.
        if (this.ambienceOn) this.startAmbience();
      },
      () => SFX_KEYS.forEach(() => settle()),
    );
    return this.loaded;
  }

  play(key: SfxKey): void {
    caption(key);
    if (key === 'murmur') {
      this.ambience(true);
      return;
    }
    if (this.howls.size) {
      this.playNow(key);
      return;
    }
    // Howler is still on its way: play once it is here (Howler itself waits for the file to load).
    void this.load();
    void this.created?.then(() => this.playNow(key));
  }

  private playNow(key: SfxKey): void {
    try {
      this.howls.get(key)?.play();
    } catch {
      // Audio blocked or broken: the caption has been shown, carry on.
    }
  }

  ambience(on: boolean): void {
    if (on === this.ambienceOn) return;
    this.ambienceOn = on;
    if (on) {
      caption('murmur');
      if (this.howls.size) this.startAmbience();
      else void this.load();
      return;
    }
    const howl = this.howls.get('murmur');
    try {
      howl?.stop();
    } catch {
      // Audio blocked: ignore.
    }
    this.ambienceId = undefined;
  }

  private startAmbience(): void {
    const howl = this.howls.get('murmur');
    try {
      if (howl && !howl.playing(this.ambienceId)) this.ambienceId = howl.play();
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
