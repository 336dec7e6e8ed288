// A new version of the game has been deployed while this page runs. The page never switches by itself:
// an open lesson keeps the code it started with (its service worker keeps serving it, lazy scenes
// included). The player is told a new version is ready; it starts the next time the game opens, or now
// if the player asks (unless autosaving is failing, when a reload could lose the meeting).

type Listener = (ready: boolean) => void;

let switchNow: (() => void) | null = null;
const listeners = new Set<Listener>();

/** The service worker found a new version waiting; `activate` switches to it and reloads the page. */
export function offerUpdate(activate: () => void): void {
  const was = switchNow !== null;
  switchNow = activate;
  if (!was) for (const l of listeners) l(true);
}

/** Whether a new version waits for the player's word. */
export function updateReady(): boolean {
  return switchNow !== null;
}

/** Told (now, and on every change) whether a new version waits. */
export function onUpdateReady(fn: Listener): () => void {
  listeners.add(fn);
  fn(updateReady());
  return () => listeners.delete(fn);
}

/** Why the page cannot switch now, or null once it has asked for the new version (the page reloads). */
export function applyUpdate(saveProblem: string | null): string | null {
  if (!switchNow) return 'No new version is waiting.';
  if (saveProblem)
    return 'Not now: autosaving is failing, so a reload could lose the meeting. Export a save file first (Ctrl+S).';
  switchNow();
  return null;
}

/** What the live region says when a new version is ready. */
export const UPDATE_NOTICE =
  'A new version of the game is ready. It starts the next time the game opens; to switch now, press Ctrl+U or click the notice (the meeting is saved and continues).';
/** The notice on screen: short, in a corner, so that it covers little of a lesson. */
export const UPDATE_NOTICE_SHORT =
  'New version ready: it starts next time.\nSwitch now: Ctrl+U or click here.';
