// The game draws a frame only when something on screen changed. The screens are text and boxes that stand
// still most of the time, yet Phaser draws every frame: where WebGL runs in software (many school
// computers, and headless browsers) each frame of 1280×720 costs about 20 ms of CPU, so an idle screen
// kept a whole core busy. Logic, timers, tweens and input still run every frame; only the drawing waits
// for a change. `npm run bench` prints the idle cost drawn both ways.
import { Core, Scenes, type Game } from 'phaser';

/** Drawn at least this often whatever the signature says, so a change it cannot see shows soon. */
const MAX_GAP_MS = 500;
/** After a key or a pointer press, every frame is drawn for this long. */
const AFTER_INPUT_MS = 300;

/** Values of the last frame drawn, compared with this frame's as they are read. */
class Signature {
  private prev: unknown[] = [];
  private cur: unknown[] = [];
  private n = 0;
  private differs = false;

  add(v: unknown): void {
    const value = typeof v === 'number' && Number.isNaN(v) ? null : v;
    if (!this.differs && this.prev[this.n] !== value) this.differs = true;
    this.cur[this.n++] = value;
  }

  /** Whether anything differed from the last call's values; starts the next frame's reading. */
  finish(): boolean {
    const changed = this.differs || this.n !== this.prev.length;
    this.cur.length = this.n;
    [this.prev, this.cur] = [this.cur, this.prev];
    this.n = 0;
    this.differs = false;
    return changed;
  }
}

/** Properties that change how a game object is drawn, where the object has them. */
const DRAWN = [
  'visible',
  'alpha',
  'x',
  'y',
  'scaleX',
  'scaleY',
  'rotation',
  'depth',
  'originX',
  'originY',
  'width',
  'height',
  'flipX',
  'flipY',
  'blendMode',
  'scrollFactorX',
  'scrollFactorY',
  'tintTopLeft',
  'tintTopRight',
  'tintBottomLeft',
  'tintBottomRight',
  'tintMode',
  'fillColor',
  'fillAlpha',
  'strokeColor',
  'strokeAlpha',
  'lineWidth',
  'isFilled',
  'isStroked',
  'radius',
  'startAngle',
  'endAngle',
  'isCropped',
  'text',
] as const;

const STYLE = [
  'color',
  'backgroundColor',
  'fontSize',
  'fontStyle',
  'fontFamily',
  'stroke',
  'strokeThickness',
  'align',
  'wordWrapWidth',
] as const;

type Loose = Record<string, unknown>;

function readObject(sig: Signature, o: Loose): void {
  sig.add(o.type);
  for (const p of DRAWN) sig.add(o[p]);
  const texture = o.texture as Loose | undefined;
  const frame = o.frame as Loose | undefined;
  sig.add(texture?.key);
  sig.add(frame?.name);
  if (o.isCropped) {
    const crop = o._crop as Loose | undefined;
    sig.add(crop?.x);
    sig.add(crop?.y);
    sig.add(crop?.width);
    sig.add(crop?.height);
  }
  const style = o.style as Loose | undefined;
  if (style && typeof o.text === 'string') for (const p of STYLE) sig.add(style[p]);
  // A Graphics object's drawing is its list of commands and their numbers.
  const commands = o.commandBuffer as unknown[] | undefined;
  if (commands) {
    sig.add(commands.length);
    for (const c of commands) sig.add(c);
  }
  const children = o.list as Loose[] | undefined;
  if (Array.isArray(children)) {
    sig.add(children.length);
    for (const c of children) readObject(sig, c);
  }
}

const CAMERA = [
  'x',
  'y',
  'width',
  'height',
  'scrollX',
  'scrollY',
  'zoom',
  'rotation',
  'alpha',
  'visible',
] as const;
const EFFECTS = [
  'fadeEffect',
  'flashEffect',
  'shakeEffect',
  'panEffect',
  'zoomEffect',
  'rotateToEffect',
] as const;

/** Reads what the next frame would draw; true when it may differ from the last frame drawn. */
function readScreen(sig: Signature, game: Game): boolean {
  let moving = false;
  for (const scene of game.scene.scenes) {
    const settings = scene.sys.settings;
    const drawn = settings.visible && settings.status >= Scenes.LOADING && settings.status < Scenes.SLEEPING;
    sig.add(scene.sys.settings.key);
    sig.add(drawn);
    if (!drawn) continue;
    for (const camera of scene.cameras.cameras) {
      const c = camera as unknown as Loose;
      for (const p of CAMERA) sig.add(c[p]);
      sig.add((c.backgroundColor as Loose | undefined)?.color32);
      for (const e of EFFECTS) if ((c[e] as Loose | undefined)?.isRunning) moving = true;
    }
    const list = scene.sys.displayList.list as unknown as Loose[];
    sig.add(list.length);
    for (const o of list) readObject(sig, o);
  }
  return sig.finish() || moving;
}

/**
 * Makes `game` draw a frame only when the screen would change: a game object's drawn properties, a
 * text, a Graphics drawing, a camera, which scenes show; and always for a moment after input, after a
 * resize, and at least every MAX_GAP_MS. Call once, right after `new Game(…)` (before it starts).
 */
export function drawOnlyOnChange(game: Game): void {
  const sig = new Signature();
  let lastDrawn = -Infinity;
  let drawUntil = 0;
  const soon = () => {
    drawUntil = performance.now() + AFTER_INPUT_MS;
  };
  for (const type of ['keydown', 'keyup', 'pointerdown', 'pointerup', 'wheel'] as const)
    window.addEventListener(type, soon, { capture: true, passive: true });
  game.events.once(Core.Events.READY, () => game.scale.on('resize', soon));

  const g = game as unknown as {
    pendingDestroy: boolean;
    isPaused: boolean;
    runDestroy(): void;
    step(time: number, delta: number): void;
  };
  g.step = (time: number, delta: number): void => {
    if (g.pendingDestroy) return g.runDestroy();
    if (g.isPaused) return;
    const events = game.events;
    events.emit(Core.Events.PRE_STEP, time, delta);
    events.emit(Core.Events.STEP, time, delta);
    game.scene.update(time, delta);
    events.emit(Core.Events.POST_STEP, time, delta);
    const changed = readScreen(sig, game);
    if (!changed && time >= drawUntil && time - lastDrawn < MAX_GAP_MS) {
      // The scene manager marks itself busy during update and free at the end of drawing.
      (game.scene as unknown as { isProcessing: boolean }).isProcessing = false;
      return;
    }
    lastDrawn = time;
    const renderer = game.renderer;
    renderer.preRender();
    events.emit(Core.Events.PRE_RENDER, renderer, time, delta);
    game.scene.render(renderer);
    renderer.postRender();
    events.emit(Core.Events.POST_RENDER, renderer, time, delta);
  };
}
