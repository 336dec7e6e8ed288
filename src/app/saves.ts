// Save files: a session is (input, event log), so a save is that plus a version and a checksum.
// Restoring replays the log, which gives back the exact snapshot. Pure: storage is passed in.
// The file's shape is declared once, with the events and the input, in model/schema.ts.
import { checkSaveFields, SAVE_FORMAT, SAVE_VERSION, type SaveFile } from '../model/schema';
import type { SessionEvent, SessionInput } from '../model/session';

export { SAVE_FORMAT, SAVE_VERSION, type SaveFile };
export const CURRENT_KEY = 'roughConsensus.save';
export const PREVIOUS_KEY = 'roughConsensus.save.previous';

/** What the player reads when a file is not a save at all (any JSON, however deep). */
export const NOT_A_SAVE = 'This file is not a save file: it was not written by Rough Consensus.';

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

/**
 * Reads a save file's text and checks all of it (fields, input, every logged event) before anything
 * uses it: every way it can be wrong gets its own message. Does not replay; see restoreSession.
 */
export function parseSave(
  text: string,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): SaveFile {
  try {
    return readSave(text, migrations);
  } catch (e) {
    if (e instanceof SaveError) throw e;
    // JSON nested thousands deep, or anything else no save can be: never a stack trace for the player.
    throw new SaveError('not-a-save', NOT_A_SAVE);
  }
}

function readSave(text: string, migrations: Readonly<Record<number, Migration>>): SaveFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    if (e instanceof RangeError) throw e;
    throw new SaveError(
      'unreadable',
      'This file cannot be read: it is damaged or not a save file (it is not valid JSON).',
    );
  }
  if (
    typeof raw !== 'object' ||
    raw === null ||
    Array.isArray(raw) ||
    (raw as { format?: unknown }).format !== SAVE_FORMAT
  )
    throw new SaveError('not-a-save', NOT_A_SAVE);
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
  // Every field and every logged event through the boundary: what opens is the normalised copy.
  const checked = checkSaveFields({ ...obj, version: SAVE_VERSION, checksum: '' });
  if (!checked.ok) throw new SaveError('incomplete', `This save cannot be opened. ${checked.reason}`);
  return { ...checked.value, checksum: checksum(body(checked.value)) };
}

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Why the autosave could not be written: the storage is full, or it refuses all writes. */
export class AutosaveFailed extends Error {
  constructor(readonly problem: 'full' | 'refused') {
    super(
      problem === 'full'
        ? 'Autosave failed: storage is full. Export a save file to keep your work.'
        : 'Autosave failed: this browser does not let the game store anything (private browsing?). Export a save file to keep your work.',
    );
  }
}

function isQuotaError(e: unknown): boolean {
  const { name, code } = (e ?? {}) as { name?: unknown; code?: unknown };
  return (
    name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014
  );
}

/** The text this page last wrote as the current save, per store: known good without reading it again. */
const lastWritten = new WeakMap<KeyValueStore, string>();

/**
 * Writes the autosave; the save it replaces becomes the previous one only if it was good. When the
 * storage is full, the previous save makes room for the current one. Throws AutosaveFailed when it
 * cannot write; whatever was stored before is then left as it was (the last good save stays).
 */
export function autosave(store: KeyValueStore, save: SaveFile): void {
  const text = JSON.stringify(save);
  try {
    const current = store.getItem(CURRENT_KEY);
    if (current !== null && current !== text && (current === lastWritten.get(store) || isGood(current)))
      store.setItem(PREVIOUS_KEY, current);
  } catch (e) {
    // The previous copy could not be made: the current one still holds the last good save.
    if (!isQuotaError(e)) throw new AutosaveFailed('refused');
  }
  try {
    store.setItem(CURRENT_KEY, text);
  } catch (e) {
    if (!isQuotaError(e)) throw new AutosaveFailed('refused');
    try {
      store.removeItem(PREVIOUS_KEY);
      store.setItem(CURRENT_KEY, text);
    } catch {
      throw new AutosaveFailed('full');
    }
  }
  lastWritten.set(store, text);
}

function isGood(text: string): boolean {
  try {
    parseSave(text);
    return true;
  } catch {
    // A damaged current save is not promoted: the previous good one stays.
    return false;
  }
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
