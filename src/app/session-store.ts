// The one session the browser is playing, shared by the scenes that show it.
import { registerSession } from '../automation';
import { LIBRARY, plenaryMachine } from '../machines/default';
import type { SessionInput } from '../model/session';
import { SessionController } from './controller';
import { loadLatest, restoreSession, type KeyValueStore, type SaveFile } from './saves';

declare const __APP_VERSION__: string | undefined;
export const GAME_VERSION = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '0.0.0';

let current: SessionController | null = null;
let unplug: (() => void) | null = null;

/** Makes `c` the running session, for the scenes and for window.roughConsensus. */
function adopt(c: SessionController): SessionController {
  current?.stop();
  unplug?.();
  current = c;
  unplug = registerSession({
    snapshot: () => c.snapshot,
    send: (e) => c.receive(e),
  });
  return c;
}

function storage(): KeyValueStore | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** Makes a session played elsewhere (a classroom room on the server) the running one. */
export function adoptSession(c: SessionController): SessionController {
  return adopt(c);
}

/** Starts a new session (replacing any current one) and returns its controller. */
export function newSession(input: SessionInput, title: string): SessionController {
  const store = storage();
  return adopt(
    new SessionController(plenaryMachine, LIBRARY, input, {
      game: GAME_VERSION,
      title,
      ...(store ? { store } : {}),
    }),
  );
}

/** Opens a save (Continue or an imported file). Throws SaveError with a message for the player. */
export function openSave(save: SaveFile): SessionController {
  const store = storage();
  const opened = restoreSession(save, () =>
    SessionController.fromSave(plenaryMachine, LIBRARY, save, {
      game: GAME_VERSION,
      ...(store ? { store } : {}),
    }),
  );
  return adopt(opened);
}

export function currentSession(): SessionController | null {
  return current;
}

/** What Continue on the title screen would open. */
export function latestSave() {
  const store = storage();
  return store ? loadLatest(store) : ({ kind: 'none' } as const);
}
