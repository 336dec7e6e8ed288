// Composition root: the Phaser game (1280×720 design size, scaled to fit), the first scenes, and the
// automation hook. Later scenes load on demand (see scenes/registry.ts) so the title comes up fast.
import { AUTO, Core, Display, Game, Scale } from 'phaser';
import { soundFiles } from './audio/audio';
import { installAutomation, registerLayout } from './automation';
import Boot from './scenes/Boot';
import Overlay from './scenes/Overlay';
import Preload from './scenes/Preload';
import Title from './scenes/Title';
import { drawOnlyOnChange } from './ui/draw-on-change';
import { shownLayout } from './ui/inspect';
import { settings } from './ui/settings';
import { typingInField } from './ui/focus';
import { cssColor, DESIGN_HEIGHT, DESIGN_WIDTH, palette } from './ui/theme';

performance.mark('rc:main');
installAutomation();
// The sound files download beside the engine's start-up; the Preload scene shows their progress.
void soundFiles.start();

const bg = cssColor(palette().bg);
// The page around the canvas (letterbox bars) follows the contrast setting.
document.body.style.backgroundColor = bg;

export const game = new Game({
  type: AUTO,
  parent: 'game',
  width: DESIGN_WIDTH,
  height: DESIGN_HEIGHT,
  backgroundColor: bg,
  banner: false,
  audio: { noAudio: true },
  render: {
    // One texture per draw: Phaser compiles a shader for each count of textures it batches together, and
    // every Text is its own texture, so multi-texture batches would compile new shaders as screens change
    // (slow on software GL, a stall on the title's first frame) for little saving in draw calls.
    maxTextures: 1,
    // No multisampling: it multiplies the work of every pixel where WebGL runs in software (as on many school
    // computers), while nearly everything drawn is text (smoothed by the 2D canvas it is painted on) and
    // upright boxes; the emblem, the one large curved shape, is painted on a 2D canvas too (ui/emblem.ts).
    antialiasGL: false,
  },
  scale: {
    mode: Scale.FIT,
    autoCenter: Scale.CENTER_BOTH,
    parent: 'game',
    width: DESIGN_WIDTH,
    height: DESIGN_HEIGHT,
  },
  scene: [Boot, Preload, Title, Overlay],
});

registerLayout(() => shownLayout(game));

// A frame is drawn only when the screen changes (ui/draw-on-change.ts); `?bench=every-frame` draws every
// frame, for `npm run bench` to measure what that saves.
if (new URLSearchParams(location.search).get('bench') !== 'every-frame') drawOnlyOnChange(game);

// The canvas is cleared to the palette's background every frame, following the contrast setting, so the
// scenes need no camera background: that would be a full-screen fill on every frame (costly where WebGL
// runs in software, as on many school computers).
settings.subscribe((next) => {
  document.body.style.backgroundColor = cssColor(palette(next).bg);
  game.config.backgroundColor.setFromRGB(Display.Color.IntegerToRGB(palette(next).bg));
});

// Phaser hands each key event to the scenes as it happens, from a queue it empties once a frame, and skips a
// repeat only when it matches the event just before: with three key events inside one frame (a quick
// Shift+Tab on a slow machine, a switch device, a test driver) the earlier ones would act a second time. Keep
// only the event at hand in the queue (these capture listeners run before Phaser's own).
for (const type of ['keydown', 'keyup'] as const) {
  window.addEventListener(
    type,
    () => {
      // (`queue` is not in Phaser's type declarations.)
      const kb = game.input.keyboard as unknown as { queue?: KeyboardEvent[] } | null;
      if (kb?.queue) kb.queue.length = 0;
    },
    true,
  );
}

// Tab would move browser focus out of the page and F1 opens the browser's help: keep both for the game
// (unless the player is typing in a text field). Added once the game is up, so that Phaser's own window
// listener runs first: Phaser ignores key events whose default was already prevented.
game.events.once(Core.Events.READY, () => {
  window.addEventListener('keydown', (ev) => {
    if ((ev.key === 'Tab' || ev.key === 'F1') && !typingInField()) ev.preventDefault();
  });
});

// Offline play and news of a new version (the production build has a service worker; dev has none).
if (import.meta.env.PROD) void import('./app/sw-register').then((m) => m.registerServiceWorker());

// `?bench` exposes the Rule Lab's worker run for `npm run bench` (loaded only then).
if (new URLSearchParams(location.search).has('bench')) {
  void import('./app/bench-hook').then((m) => m.installBenchHook());
}
