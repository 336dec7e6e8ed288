// Save files: a session is (input, event log), so a save is that plus a version and a checksum.
// Restoring replays the log, which gives back the exact snapshot. Pure: storage is passed in.
import type { SessionEvent, SessionInput } from '../model/session';

export const SAVE_FORMAT = 'rough-consensus-save';
export const SAVE_VERSION = 1;
export const CURRENT_KEY = 'roughConsensus.save';
export const PREVIOUS_KEY = 'roughConsensus.save.previous';

export interface SaveFile {
  readonly format: typeof SAVE_FORMAT;
  readonly version: number;
  /** The game version that wrote it. */
  readonly game: string;
  readonly savedAt: string;
  readonly title: string;
  readonly input: SessionInput;
  readonly log: readonly SessionEvent[];
  readonly checksum: string;
}

export type SaveProblem =
  'unreadable' | 'not-a-save' | 'newer-version' | 'tampered' | 'incomplete' | 'does-not-replay';

export class SaveError extends Error {
  constructor(
    readonly problem: SaveProblem,
    message: string,
  ) {
    super(message);
  }
}

/** Older formats step up one version at a time: MIGRATIONS[n] turns a version-n save into n+1. */
export type Migration = (old: Record<string, unknown>) => Record<string, unknown>;
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

/** FNV-1a over the canonical JSON: catches damage and hand edits (it is not a signature). */
export function checksum(payload: unknown): string {
  const s = JSON.stringify(payload);
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

function body(s: Omit<SaveFile, 'checksum'>) {
  return {
    format: s.format,
    version: s.version,
    game: s.game,
    savedAt: s.savedAt,
    title: s.title,
    input: s.input,
    log: s.log,
  };
}

export function makeSave(
  input: SessionInput,
  log: readonly SessionEvent[],
  game: string,
  title: string,
  now = new Date(),
): SaveFile {
  const b = {
    format: SAVE_FORMAT,
    version: SAVE_VERSION,
    game,
    savedAt: now.toISOString(),
    title,
    input,
    log,
  } as const;
  return { ...b, checksum: checksum(body(b)) };
}

/** Reads a save file's text: every way it can be wrong gets its own message. */
export function parseSave(
  text: string,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): SaveFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new SaveError(
      'unreadable',
      'This file cannot be read: it is damaged or not a save file (it is not valid JSON).',
    );
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== SAVE_FORMAT)
    throw new SaveError('not-a-save', 'This file is not a Rough Consensus save.');
  let obj = raw as Record<string, unknown>;
  const version = obj.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    throw new SaveError('incomplete', 'This save has no valid format version.');
  if (version > SAVE_VERSION)
    throw new SaveError(
      'newer-version',
      `This save was made by a newer version of the game (save format ${version}; this game reads up to ${SAVE_VERSION}). Update the game to open it.`,
    );
  // Check the checksum in the format the save was written in, then migrate.
  if (typeof obj.checksum !== 'string' || obj.checksum !== checksum(body(obj as unknown as SaveFile)))
    throw new SaveError(
      'tampered',
      'This save has been altered or damaged since it was written (its checksum does not match).',
    );
  for (let v = version; v < SAVE_VERSION; v++) {
    const step = migrations[v];
    if (!step)
      throw new SaveError(
        'incomplete',
        `Saves in format ${v} cannot be converted by this version of the game.`,
      );
    obj = { ...step(obj), version: v + 1 };
  }
  const input = obj.input as SessionInput | undefined;
  if (
    !input ||
    typeof input.scenarioId !== 'string' ||
    typeof input.rule !== 'string' ||
    !Array.isArray(obj.log)
  )
    throw new SaveError('incomplete', 'This save is missing its scenario, rule or event log.');
  const out = { ...(obj as unknown as SaveFile), version: SAVE_VERSION };
  return { ...out, checksum: checksum(body(out)) };
}

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Writes the autosave; the save it replaces becomes the previous one only if it was good. */
export function autosave(store: KeyValueStore, save: SaveFile): void {
  const current = store.getItem(CURRENT_KEY);
  if (current !== null) {
    try {
      parseSave(current);
      store.setItem(PREVIOUS_KEY, current);
    } catch {
      // A damaged current save is not promoted: the previous good one stays.
    }
  }
  store.setItem(CURRENT_KEY, JSON.stringify(save));
}

export type LoadResult =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly save: SaveFile; readonly warning?: string }
  | { readonly kind: 'error'; readonly message: string };

/** The save Continue offers: the current one, or the previous good one if the current is damaged. */
export function loadLatest(store: KeyValueStore): LoadResult {
  const current = store.getItem(CURRENT_KEY);
  const previous = store.getItem(PREVIOUS_KEY);
  if (current === null && previous === null) return { kind: 'none' };
  let problem = '';
  if (current !== null) {
    try {
      return { kind: 'ok', save: parseSave(current) };
    } catch (e) {
      problem = (e as Error).message;
    }
  }
  if (previous !== null) {
    try {
      return {
        kind: 'ok',
        save: parseSave(previous),
        warning: `The latest autosave could not be used (${problem}) The one before it was restored.`,
      };
    } catch {
      // fall through
    }
  }
  return { kind: 'error', message: problem || 'No usable save was found.' };
}

/** Rebuilds the session a save describes by replaying its log. */
export function restoreSession<S>(
  save: SaveFile,
  replayLog: (input: SessionInput, log: readonly SessionEvent[]) => S,
): S {
  try {
    return replayLog(save.input, save.log);
  } catch (e) {
    throw new SaveError(
      'does-not-replay',
      `This save does not open in this version of the game: ${(e as Error).message}`,
    );
  }
}
