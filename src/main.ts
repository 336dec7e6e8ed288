// Composition root: the Phaser game (1280×720 design size, scaled to fit), the first scenes, and the
// automation hook. Later scenes load on demand (see scenes/registry.ts) so the title comes up fast.
import { AUTO, Core, Game, Scale } from 'phaser';
import { installAutomation } from './automation';
import Boot from './scenes/Boot';
import Overlay from './scenes/Overlay';
import Preload from './scenes/Preload';
import Title from './scenes/Title';
import { settings } from './ui/settings';
import { typingInField } from './ui/widgets';
import { DESIGN_HEIGHT, DESIGN_WIDTH, palette } from './ui/theme';

installAutomation();

const css = (n: number) => `#${n.toString(16).padStart(6, '0')}`;
const bg = css(palette().bg);
// The page around the canvas (letterbox bars) follows the contrast setting.
document.body.style.backgroundColor = bg;
settings.subscribe((next) => {
  document.body.style.backgroundColor = css(palette(next).bg);
});

export const game = new Game({
  type: AUTO,
  parent: 'game',
  width: DESIGN_WIDTH,
  height: DESIGN_HEIGHT,
  backgroundColor: bg,
  banner: false,
  audio: { noAudio: true },
  scale: {
    mode: Scale.FIT,
    autoCenter: Scale.CENTER_BOTH,
    parent: 'game',
    width: DESIGN_WIDTH,
    height: DESIGN_HEIGHT,
  },
  scene: [Boot, Preload, Title, Overlay],
});

// Tab would move browser focus out of the page and F1 opens the browser's help: keep both for the game
// (unless the player is typing in a text field). Added once the game is up, so that Phaser's own window
// listener runs first: Phaser ignores key events whose default was already prevented.
game.events.once(Core.Events.READY, () => {
  window.addEventListener('keydown', (ev) => {
    if ((ev.key === 'Tab' || ev.key === 'F1') && !typingInField()) ev.preventDefault();
  });
});

// `?bench` exposes the Rule Lab's worker run for `npm run bench` (loaded only then).
if (new URLSearchParams(location.search).has('bench')) {
  void import('./app/bench-hook').then((m) => m.installBenchHook());
}
