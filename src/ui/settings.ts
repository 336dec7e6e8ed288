// Player preferences, persisted in localStorage. A tiny typed store with change listeners.
// Anything unreadable in storage (missing, corrupt JSON, wrong types, out of range) falls back to the
// defaults field by field: a bad stored value never crashes the game.

export interface Settings {
  /** Master volume, 0..1. */
  readonly volume: number;
  readonly muted: boolean;
  /** Multiplies every font size: one of TEXT_SCALES. */
  readonly textScale: number;
  readonly highContrast: boolean;
  /** The hall's stance colours and the pass / fail marks: the standard set, or one for red–green colour blindness. */
  readonly colours: ColourSet;
  /** No tweens, no moving decorations. */
  readonly reducedMotion: boolean;
  /** How to play was played through or skipped (it is no longer offered at the first meeting). */
  readonly tutorialSeen: boolean;
}

export type ColourSet = 'standard' | 'red-green';

/** The colour sets offered in Settings, with their names. */
export const COLOUR_SETS: readonly { readonly value: ColourSet; readonly label: string }[] = [
  { value: 'standard', label: 'Standard' },
  { value: 'red-green', label: 'Red–green safe' },
];

export const SETTINGS_KEY = 'roughConsensus.settings';

/** The text sizes offered in Settings, with their names. */
export const TEXT_SCALES: readonly { readonly value: number; readonly label: string }[] = [
  { value: 1, label: 'Normal' },
  { value: 1.15, label: 'Large' },
  { value: 1.3, label: 'Largest' },
];

export const DEFAULT_SETTINGS: Settings = {
  volume: 0.8,
  muted: false,
  textScale: 1,
  highContrast: false,
  colours: 'standard',
  reducedMotion: false,
  tutorialSeen: false,
};

/** The minimal storage the store needs (localStorage fits; tests pass a Map-backed fake). */
export interface SettingsStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export type SettingsListener = (next: Settings, prev: Settings) => void;

function prefersReducedMotion(): boolean {
  try {
    return (
      typeof window !== 'undefined' &&
      window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true
    );
  } catch {
    return false;
  }
}

/** Coerces anything into valid settings, keeping each valid field and defaulting the rest. */
export function sanitize(raw: unknown, defaults: Settings = DEFAULT_SETTINGS): Settings {
  const o = raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
  const num = (v: unknown): number | undefined =>
    typeof v === 'number' && Number.isFinite(v) ? v : undefined;
  const bool = (v: unknown, d: boolean): boolean => (typeof v === 'boolean' ? v : d);
  const volume = num(o.volume);
  const scale = num(o.textScale);
  const knownScale = TEXT_SCALES.find((s) => scale !== undefined && Math.abs(s.value - scale) < 1e-6);
  return {
    volume: volume === undefined ? defaults.volume : Math.min(1, Math.max(0, Math.round(volume * 100) / 100)),
    muted: bool(o.muted, defaults.muted),
    textScale: knownScale ? knownScale.value : defaults.textScale,
    highContrast: bool(o.highContrast, defaults.highContrast),
    colours: COLOUR_SETS.find((c) => c.value === o.colours)?.value ?? defaults.colours,
    reducedMotion: bool(o.reducedMotion, defaults.reducedMotion),
    tutorialSeen: bool(o.tutorialSeen, defaults.tutorialSeen),
  };
}

export class SettingsStore {
  private value: Settings;
  private readonly listeners = new Set<SettingsListener>();

  constructor(
    private readonly storage: SettingsStorage | null,
    private readonly defaults: Settings = DEFAULT_SETTINGS,
  ) {
    this.value = this.load();
  }

  private load(): Settings {
    if (!this.storage) return this.defaults;
    try {
      const text = this.storage.getItem(SETTINGS_KEY);
      if (text === null) return this.defaults;
      return sanitize(JSON.parse(text), this.defaults);
    } catch {
      return this.defaults;
    }
  }

  get(): Settings {
    return this.value;
  }

  /** Applies a change, stores it and tells the listeners (only if something changed). */
  set(patch: Partial<Settings>): Settings {
    const prev = this.value;
    const next = sanitize({ ...prev, ...patch }, this.defaults);
    const changed = (Object.keys(next) as (keyof Settings)[]).some((k) => next[k] !== prev[k]);
    if (!changed) return prev;
    this.value = next;
    try {
      this.storage?.setItem(SETTINGS_KEY, JSON.stringify(next));
    } catch {
      // Storage full or blocked (private mode): keep the setting for this visit only.
    }
    for (const l of [...this.listeners]) l(next, prev);
    return next;
  }

  /** Calls `fn` on every change; returns the function that unsubscribes. */
  subscribe(fn: SettingsListener): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
}

function browserStorage(): SettingsStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // access denied (some privacy modes throw on touch)
  }
}

/** The game's one settings store. */
export const settings = new SettingsStore(browserStorage(), {
  ...DEFAULT_SETTINGS,
  reducedMotion: prefersReducedMotion(),
});
