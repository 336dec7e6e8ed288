// The help overlay: the keys that work everywhere, plus the ones a scene registers for itself.
// '?' or F1 toggles it in every scene (the Overlay scene listens); Escape closes it.
import { GameObjects, type Game, type Scene } from 'phaser';
import { announce } from './live';
import { lineHeight, palette, textStyle } from './theme';
import { Button, Panel } from './widgets';

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
    const columns: [string, readonly Shortcut[]][] = [['Everywhere', GLOBAL_SHORTCUTS]];
    if (own.length) columns.push([`On this screen: ${sceneTitle}`, own]);

    // Lay out at body size; if that overflows (large text settings), fall back to the small size.
    for (const role of ['body', 'small'] as const) {
      const made: GameObjects.Text[] = [];
      let lowest = 0;
      columns.forEach(([title, list], c) => {
        const cx = x + 40 + c * (colW + 40);
        let cy = y + panel.contentTop + 4;
        const ht = scene.add.text(
          cx,
          cy,
          title,
          textStyle(role, { color: pal.muted, italic: true, wrap: colW }),
        );
        made.push(ht);
        cy += ht.height + 10;
        const keyW = Math.round(colW * 0.42);
        for (const sc of list) {
          const k = scene.add.text(
            cx,
            cy,
            sc.keys,
            textStyle(role, { color: pal.gold, bold: true, wrap: keyW - 12 }),
          );
          const a = scene.add.text(cx + keyW, cy, sc.action, textStyle(role, { wrap: colW - keyW }));
          made.push(k, a);
          cy += Math.max(k.height, a.height) + 10;
        }
        lowest = Math.max(lowest, cy);
      });
      if (lowest <= bottom || role === 'small') {
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
