// Which scenes exist, and lazy loading for the ones not needed at start.
// Convention: a scene lives in src/scenes/<Key>.ts (capitalised file name = scene key) and exports its class
// as `default` (or as a named export equal to the key). Boot, Preload, Title and Overlay are bundled with
// main.ts; every other scene file is picked up here automatically and loaded on first use, in its own chunk.
import type { Game, Scene } from 'phaser';

type SceneClass = new (...args: never[]) => Scene;
type SceneModule = Record<string, unknown> & { default?: unknown };

const LAZY = import.meta.glob<SceneModule>([
  './[A-Z]*.ts',
  '!./Boot.ts',
  '!./Preload.ts',
  '!./Title.ts',
  '!./Overlay.ts',
]);

function loaderFor(key: string): (() => Promise<SceneModule>) | undefined {
  return LAZY[`./${key}.ts`];
}

/** Keys of the scenes that can be loaded on demand. */
export function lazySceneKeys(): string[] {
  return Object.keys(LAZY).map((p) => p.slice(2, -3));
}

function registered(game: Game, key: string): boolean {
  try {
    return Boolean(game.scene.getScene(key));
  } catch {
    return false;
  }
}

/** Is there a scene by this key, loaded or loadable? */
export function hasScene(game: Game, key: string): boolean {
  return registered(game, key) || loaderFor(key) !== undefined;
}

/** Loads and registers a scene if needed. Resolves false if there is no such scene or it failed to load. */
export async function ensureScene(game: Game, key: string): Promise<boolean> {
  if (registered(game, key)) return true;
  const load = loaderFor(key);
  if (!load) return false;
  try {
    const mod = await load();
    const cls = (mod.default ?? mod[key]) as SceneClass | undefined;
    if (typeof cls !== 'function') return false;
    if (!registered(game, key)) game.scene.add(key, cls as unknown as typeof Scene, false);
    return true;
  } catch (err) {
    console.warn(`Scene ${key} failed to load`, err);
    return false;
  }
}

/** Starts a scene (loading it first if needed) in place of `from`. Resolves false if it does not exist. */
export async function goTo(from: Scene, key: string, data?: object): Promise<boolean> {
  if (!(await ensureScene(from.game, key))) return false;
  from.scene.start(key, data);
  return true;
}
