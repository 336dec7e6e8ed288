// The automation hook: window.roughConsensus, for end-to-end tests, teachers' tooling and debugging.
//   version    the game's version (package.json)
//   build      which build of it is running (the commit, or the deploy's label; empty if unknown)
//   ready      true once the Title screen takes input
//   scene      key of the active top scene (kept up to date by the Overlay scene)
//   snapshot() the running session: { value (the meeting's state), paused, status, context }, or null
//   send(ev)   sends an event to the running session and returns { accepted } or { accepted: false, reason }
//              (anything that is not a well-formed event is refused and the session goes on);
//              throws Error('no session running') when none runs
//   layout()   the visible texts and boxed controls with their bounds (ui/inspect.ts), for layout tests
// The session controller plugs in with registerSession({ snapshot, send }).
import { version as pkgVersion } from '../package.json';
import { announcements } from './ui/live';

export const VERSION: string = pkgVersion;
declare const __APP_BUILD__: string | undefined;
export const BUILD: string = typeof __APP_BUILD__ === 'string' ? __APP_BUILD__ : '';

export interface SessionHooks {
  snapshot(): unknown;
  send(event: unknown): unknown;
}

export interface RoughConsensusApi {
  readonly version: string;
  readonly build: string;
  readonly ready: boolean;
  readonly scene: string;
  snapshot(): unknown;
  send(event: unknown): unknown;
  /** What the live region has announced (last 50 lines), oldest first. */
  readonly announcements: readonly string[];
  /** What is drawn where, in design pixels (empty until the game plugs it in). */
  layout(): unknown;
}

declare global {
  interface Window {
    roughConsensus: RoughConsensusApi;
  }
}

let session: SessionHooks | null = null;
let ready = false;
let scene = '';
let layoutOf: () => unknown = () => ({ texts: [], controls: [] });

/** Plugs in the function that reads the screen's layout (main.ts, once the game exists). */
export function registerLayout(fn: () => unknown): void {
  layoutOf = fn;
}

/** Plugs the running session into the hook. Returns a function that unplugs it (if still the current one). */
export function registerSession(hooks: SessionHooks): () => void {
  session = hooks;
  return () => {
    if (session === hooks) session = null;
  };
}

export function setReady(value: boolean): void {
  ready = value;
}

export function setActiveScene(key: string): void {
  scene = key;
}

export const api: RoughConsensusApi = {
  version: VERSION,
  build: BUILD,
  get ready() {
    return ready;
  },
  get scene() {
    return scene;
  },
  snapshot() {
    return session ? session.snapshot() : null;
  },
  send(event: unknown) {
    if (!session) throw new Error('no session running');
    return session.send(event);
  },
  get announcements() {
    return announcements();
  },
  layout() {
    return layoutOf();
  },
};

/** Puts the hook on window (called once by main.ts). */
export function installAutomation(): RoughConsensusApi {
  if (typeof window !== 'undefined') window.roughConsensus = api;
  return api;
}
