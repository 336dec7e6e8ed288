// What is on screen, as boxes: every visible text of the running scenes with its bounds, and every boxed
// control (a container with boxW / boxH: buttons, key buttons, seats) with the texts inside it. Browser
// tests read it to check that no label is cut ("…") or runs out of its box, at every text size and window.
import { GameObjects, type Game, type Scene } from 'phaser';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

export interface ShownText extends Rect {
  readonly scene: string;
  readonly text: string;
  /** Font size in px. */
  readonly size: number;
  /** The depth it is drawn at in its scene (its outermost container's): a modal list or dialog is 1000 up. */
  readonly depth: number;
}

export interface ShownControl extends Rect {
  readonly scene: string;
  /** The texts drawn inside the control (label, value, reason…). */
  readonly texts: readonly (Rect & { readonly text: string })[];
  /** Why the control is unavailable, if it is (whether or not the box shows it). */
  readonly reason?: string;
}

export interface ShownLayout {
  readonly texts: readonly ShownText[];
  readonly controls: readonly ShownControl[];
}

function shown(o: GameObjects.GameObject): boolean {
  let cur: GameObjects.GameObject | null = o;
  while (cur) {
    const v = cur as unknown as { visible?: boolean; alpha?: number };
    if (v.visible === false || v.alpha === 0) return false;
    cur = cur.parentContainer;
  }
  return true;
}

function rectOf(o: { getBounds(): { x: number; y: number; width: number; height: number } }): Rect {
  const b = o.getBounds();
  return { x: Math.round(b.x), y: Math.round(b.y), w: Math.round(b.width), h: Math.round(b.height) };
}

function boxed(o: GameObjects.GameObject): o is GameObjects.Container & { boxW: number; boxH: number } {
  const c = o as unknown as { boxW?: unknown; boxH?: unknown };
  return o instanceof GameObjects.Container && typeof c.boxW === 'number' && typeof c.boxH === 'number';
}

/** The visible texts and boxed controls of every running scene, in canvas (design) pixels. */
export function shownLayout(game: Game): ShownLayout {
  const texts: ShownText[] = [];
  const controls: ShownControl[] = [];
  const visit = (scene: Scene, list: readonly GameObjects.GameObject[], outer?: number) => {
    for (const o of list) {
      if (!shown(o)) continue;
      const depth = outer ?? (o as unknown as { depth?: number }).depth ?? 0;
      if (o instanceof GameObjects.Text) {
        if (o.text.trim())
          texts.push({
            scene: scene.scene.key,
            text: o.text,
            // As drawn: a text shrunk to fit its box reads at its scaled size.
            size: parseFloat(String(o.style.fontSize)) * Math.abs(o.scaleY),
            depth,
            ...rectOf(o),
          });
      } else if (o instanceof GameObjects.Container) {
        // The box is the control's first child (its background), whatever the container's origin.
        const bg = o.list[0];
        if (boxed(o) && bg && !(bg instanceof GameObjects.Container) && 'getBounds' in bg) {
          const inner = o.list.filter(
            (c): c is GameObjects.Text => c instanceof GameObjects.Text && shown(c) && c.text.trim() !== '',
          );
          const reason = (o as unknown as { reason?: unknown }).reason;
          controls.push({
            scene: scene.scene.key,
            ...rectOf(bg as unknown as GameObjects.NineSlice),
            texts: inner.map((t) => ({ text: t.text, ...rectOf(t) })),
            ...(typeof reason === 'string' ? { reason } : {}),
          });
        }
        visit(scene, o.list, depth);
      }
    }
  };
  for (const scene of game.scene.getScenes(true) as Scene[]) visit(scene, scene.children.list);
  return { texts, controls };
}
