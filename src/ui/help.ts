// The help overlay: the keys that work everywhere, plus the ones a scene registers for itself.
// '?' or F1 toggles it in every scene (the Overlay scene listens); Escape closes it.
import { GameObjects, type Game, type Scene } from 'phaser';
import { announce } from './live';
import { fontPx, lineHeight, MIN_FONT_PX, palette, textStyle } from './theme';
import { Button } from './button';
import { Panel } from './panel';

export interface Shortcut {
  /** The keys, as printed: 'Tab / Shift+Tab', '← →', 'Esc'. */
  readonly keys: string;
  readonly action: string;
}

export const GLOBAL_SHORTCUTS: readonly Shortcut[] = [
  { keys: 'Tab / Shift+Tab', action: 'Move to the next / previous control' },
  { keys: '↑ ↓', action: 'Move up and down a list' },
  { keys: 'Enter / Space', action: 'Choose the highlighted control' },
  { keys: 'Esc', action: 'Go back, or close this help' },
  { keys: 'M', action: 'Sound on / off' },
  { keys: '? or F1', action: 'Show / hide this help' },
];

const sceneHelp = new Map<string, readonly Shortcut[]>();

/** A scene lists its own keys here (call once, e.g. at module load or in create()). */
export function registerHelp(sceneKey: string, shortcuts: readonly Shortcut[]): void {
  sceneHelp.set(sceneKey, shortcuts);
}

export function helpFor(sceneKey: string): readonly Shortcut[] {
  return sceneHelp.get(sceneKey) ?? [];
}

export const HELP_TOGGLE_EVENT = 'help:toggle';

/** Opens or closes the help overlay from anywhere (e.g. a Help button). */
export function toggleHelp(game: Game): void {
  game.events.emit(HELP_TOGGLE_EVENT);
}

/** The overlay itself, built inside the Overlay scene: two columns, "Everywhere" and "On this screen". */
export class HelpOverlay extends GameObjects.Container {
  constructor(scene: Scene, sceneKey: string, sceneTitle: string, onClose: () => void) {
    super(scene, 0, 0);
    const pal = palette();
    const { width: W, height: H } = scene.scale;
    const scrim = scene.add.rectangle(0, 0, W, H, pal.scrim, pal.scrimAlpha).setOrigin(0, 0).setInteractive();
    this.add(scrim);
    const w = 1200;
    const h = 680;
    const x = (W - w) / 2;
    const y = (H - h) / 2;
    const panel = new Panel(scene, x, y, w, h, { title: 'Help: keys and controls' });
    this.add(panel);
    const btnH = Math.max(56, lineHeight('body') + 22);
    const bottom = y + h - 24 - btnH - 16;
    const own = helpFor(sceneKey);
    const colW = (w - 40 * 3) / 2;
    const top = y + panel.contentTop + 4;
    // "Everywhere", then this screen's own keys, flowed down the left column and on into the right one.
    type Entry = { head: string } | Shortcut;
    const entries: Entry[] = [{ head: 'Everywhere' }, ...GLOBAL_SHORTCUTS];
    if (own.length) entries.push({ head: `On this screen: ${sceneTitle}` }, ...own);

    // Lay out at body size, each list in its column; if that overflows (large text settings, a screen with
    // many keys), flowed on from one column into the next, then the same at the small size, then in smaller
    // type down to the smallest the game draws.
    const sizes = [fontPx('body'), fontPx('small')];
    for (let p = fontPx('small') - 2; p > MIN_FONT_PX; p -= 2) sizes.push(p);
    sizes.push(MIN_FONT_PX);
    const tries = sizes.flatMap((size) => [
      { size, flow: false },
      { size, flow: true },
    ]);
    for (const [n, { size, flow }] of tries.entries()) {
      const last = n === tries.length - 1;
      const made: GameObjects.Text[] = [];
      const keyW = Math.round(colW * 0.42);
      let col = 0;
      let cy = top;
      let fits = true;
      for (const [i, e] of entries.entries()) {
        // This screen's keys have the right-hand column to themselves, unless they only fit flowed on.
        if (!flow && i > 0 && 'head' in e) {
          col = 1;
          cy = top;
        }
        const cx = () => x + 40 + col * (colW + 40);
        const texts =
          'head' in e
            ? [
                scene.add.text(
                  cx(),
                  cy,
                  e.head,
                  textStyle('small', { color: pal.muted, italic: true, wrap: colW, px: size }),
                ),
              ]
            : [
                scene.add.text(
                  cx(),
                  cy,
                  e.keys,
                  textStyle('small', { color: pal.gold, bold: true, wrap: keyW - 12, px: size }),
                ),
                scene.add.text(
                  cx() + keyW,
                  cy,
                  e.action,
                  textStyle('small', { wrap: colW - keyW, px: size }),
                ),
              ];
        made.push(...texts);
        const eh = Math.max(...texts.map((t) => t.height));
        if (cy + eh > bottom && col === 0) {
          // On into the right-hand column (a heading there starts afresh at the top).
          col = 1;
          cy = top;
          texts[0]!.setPosition(cx(), cy);
          texts[1]?.setPosition(cx() + keyW, cy);
        } else if (cy + eh > bottom) fits = false;
        cy += eh + 10;
      }
      if (fits || last) {
        this.add(made);
        break;
      }
      for (const t of made) t.destroy();
    }
    const close = new Button(scene, W / 2, y + h - 24 - btnH / 2, {
      label: 'Close help (Esc)',
      width: 0,
      onActivate: onClose,
    });
    close.setFocused(true);
    this.add(close);
    this.setDepth(2000);
    scene.add.existing(this);
    const list = (l: readonly Shortcut[]) => l.map((sc) => `${sc.keys}: ${sc.action}.`).join(' ');
    // Like the columns: this screen's own keys (named), then the ones that work everywhere.
    const here = own.length ? `On this screen, ${sceneTitle}: ${list(own)} ` : `${sceneTitle}. `;
    announce(`Help. ${here}Everywhere: ${list(GLOBAL_SHORTCUTS)} Press Escape to close.`);
  }
}
