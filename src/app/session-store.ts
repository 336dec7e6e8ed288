// The one session the browser is playing, shared by the scenes that show it.
import { registerSession } from '../automation';
import { LIBRARY, plenaryMachine } from '../machines/default';
import type { SessionInput } from '../model/session';
import { SessionController } from './controller';
import { loadLatest, parseSave, restoreSession, type KeyValueStore, type SaveFile } from './saves';

declare const __APP_VERSION__: string | undefined;
declare const __APP_BUILD__: string | undefined;
/** The build a save was written by: the version, and the build after a "+" when known ("0.1.0+3f2a9c1"). */
export const GAME_VERSION =
  (typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0') +
  (typeof __APP_BUILD__ === 'string' && __APP_BUILD__ ? `+${__APP_BUILD__}` : '');

let current: SessionController | null = null;
let unplug: (() => void) | null = null;
const autosaveListeners = new Set<(problem: string | null) => void>();

/** Makes `c` the running session, for the scenes and for window.roughConsensus. */
export function adoptSession(c: SessionController): SessionController {
  if (current === c) return c;
  current?.stop();
  unplug?.();
  current = c;
  const unregister = registerSession({
    // The meeting's state as its value (the chart's meeting region), whether it is paused (its pause
    // region), and the session's context.
    snapshot: () => {
      const s = c.snapshot;
      return {
        value: (s.value as { meeting: unknown }).meeting,
        paused: c.paused,
        status: s.status,
        context: s.context,
      };
    },
    send: (e) => c.receive(e),
  });
  const unwatch = c.onAutosave((problem) => {
    for (const l of autosaveListeners) l(problem);
  });
  unplug = () => {
    unregister();
    unwatch();
  };
  for (const l of autosaveListeners) l(c.autosaveProblem);
  return c;
}

/**
 * Hears when the running session's autosave starts failing (the message to show) and when it works
 * again (null), including across a change of session.
 */
export function onAutosaveProblem(fn: (problem: string | null) => void): () => void {
  autosaveListeners.add(fn);
  return () => autosaveListeners.delete(fn);
}

function storage(): KeyValueStore | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** Starts a new session (replacing any current one) and returns its controller. */
export function newSession(input: SessionInput, title: string): SessionController {
  const store = storage();
  return adoptSession(
    new SessionController(plenaryMachine, LIBRARY, input, {
      game: GAME_VERSION,
      title,
      ...(store ? { store } : {}),
    }),
  );
}

/**
 * A save replayed to the end of its log in a session that is not running yet: nothing is replaced
 * or written until adoptSession (so a dialog can ask first). Throws SaveError with a message for the
 * player when the save would not open into a working session.
 */
export function prepareSave(save: SaveFile): SessionController {
  const store = storage();
  return restoreSession(save, () =>
    SessionController.fromSave(plenaryMachine, LIBRARY, save, {
      game: GAME_VERSION,
      ...(store ? { store } : {}),
    }),
  );
}

/** Reads and checks an imported file completely (fields, every event, a trial replay). Throws SaveError. */
export function prepareImport(text: string): {
  readonly save: SaveFile;
  readonly session: SessionController;
} {
  const save = parseSave(text);
  return { save, session: prepareSave(save) };
}

/** Opens a save (Continue or an imported file). Throws SaveError with a message for the player. */
export function openSave(save: SaveFile): SessionController {
  return adoptSession(prepareSave(save));
}

export function currentSession(): SessionController | null {
  return current;
}

/** What Continue on the title screen would open. */
export function latestSave() {
  const store = storage();
  return store ? loadLatest(store) : ({ kind: 'none' } as const);
}
