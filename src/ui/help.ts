// The help overlay: the keys that work everywhere, plus the ones a scene registers for itself.
// '?' or F1 toggles it in every scene (the Overlay scene listens); Escape closes it.
import { GameObjects, type Game, type Scene } from 'phaser';
import { announce } from './live';
import { BASE_FONT_PX, fontPx, lineHeight, palette, textStyle } from './theme';
import { ScrollBar, wheelLines } from './scroll-bar';
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

type Entry = { readonly head: string } | Shortcut;

/** Below this the help's type is not set: the Normal size of small text, readable in a 1024×600 window. */
const HELP_FLOOR_PX = BASE_FONT_PX.small;

/**
 * The overlay itself, built inside the Overlay scene: "Everywhere" and "On this screen" in two columns.
 * When they do not fit even at the Normal small size (a screen with many keys at large text), they go in
 * one column that scrolls (↑ ↓, PgUp PgDn, Home End, the wheel) at the player's own size, rather than in
 * type too small to read.
 */
export class HelpOverlay extends GameObjects.Container {
  /** The scrolling column, when the entries did not fit: each entry's texts, and the first one shown. */
  private scrolling: {
    readonly rows: readonly { readonly texts: readonly GameObjects.Text[]; readonly h: number }[];
    readonly bar: ScrollBar;
    readonly more: GameObjects.Text;
    readonly less: GameObjects.Text;
    readonly top: number;
    readonly bottom: number;
    first: number;
  } | null = null;

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
    const entries: Entry[] = [{ head: 'Everywhere' }, ...GLOBAL_SHORTCUTS];
    if (own.length) entries.push({ head: `On this screen: ${sceneTitle}` }, ...own);

    // Lay out at body size, each list in its column; if that overflows (large text settings, a screen with
    // many keys), flowed on from one column into the next, then the same at the small size, then in smaller
    // type down to the Normal small size; past that, one scrolling column.
    const sizes = [fontPx('body'), fontPx('small')];
    for (let p = fontPx('small') - 2; p > HELP_FLOOR_PX; p -= 2) sizes.push(p);
    if (fontPx('small') > HELP_FLOOR_PX) sizes.push(HELP_FLOOR_PX);
    const tries = sizes.flatMap((size) => [
      { size, flow: false },
      { size, flow: true },
    ]);
    const entryTexts = (e: Entry, cx: number, cy: number, size: number, keyW: number, textW: number) =>
      'head' in e
        ? [
            scene.add.text(
              cx,
              cy,
              e.head,
              textStyle('small', { color: pal.muted, italic: true, wrap: textW, px: size }),
            ),
          ]
        : [
            scene.add.text(
              cx,
              cy,
              e.keys,
              textStyle('small', { color: pal.gold, bold: true, wrap: keyW - 12, px: size }),
            ),
            scene.add.text(cx + keyW, cy, e.action, textStyle('small', { wrap: textW - keyW, px: size })),
          ];
    let placed = false;
    for (const { size, flow } of tries) {
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
        const texts = entryTexts(e, cx(), cy, size, keyW, colW);
        made.push(...texts);
        const eh = Math.max(...texts.map((t) => t.height));
        // Unflowed, the right-hand column is this screen's: "Everywhere" spilling into it would run into
        // its heading, so that try fails and the flowed one follows.
        if (cy + eh > bottom && col === 0 && (flow || !own.length)) {
          // On into the right-hand column (a heading there starts afresh at the top).
          col = 1;
          cy = top;
          texts[0]!.setPosition(cx(), cy);
          texts[1]?.setPosition(cx() + keyW, cy);
        } else if (cy + eh > bottom) fits = false;
        cy += eh + 10;
      }
      if (fits) {
        this.add(made);
        placed = true;
        break;
      }
      for (const t of made) t.destroy();
    }
    if (!placed) {
      // One column the panel's width, at the player's size, scrolled an entry at a time.
      const barW = 12;
      const textW = w - 80 - barW - 16;
      const keyW = Math.round(textW * 0.3);
      const rows = entries.map((e) => {
        const texts = entryTexts(e, x + 40, top, fontPx('small'), keyW, textW);
        this.add(texts);
        return { texts, h: Math.max(...texts.map((t) => t.height)) };
      });
      const bar = new ScrollBar(scene, x + w - 40 - barW, barW, bottom - top);
      bar.setY(top);
      const cue = (text: string, cy: number, originY: number) =>
        scene.add
          .text(x + w - 40 - barW - 8, cy, text, textStyle('small', { color: pal.gold, px: HELP_FLOOR_PX }))
          .setOrigin(1, originY)
          .setInteractive({ useHandCursor: true });
      const more = cue('▼ more (↓ PgDn)', bottom + 4, 0).on('pointerup', () => this.scroll('page', 1));
      const less = cue('▲ more (↑ PgUp)', top - 4, 1).on('pointerup', () => this.scroll('page', -1));
      this.add([bar, more, less]);
      const zone = scene.add
        .zone(x, top, w, bottom - top)
        .setOrigin(0, 0)
        .setInteractive();
      // A wheel notch (about 100 px) moves one entry, a fast flick several.
      zone.on('wheel', (_p: unknown, _dx: number, dy: number) => {
        const n = wheelLines(dy, 100);
        if (n) this.scroll('line', n > 0 ? 1 : -1, Math.abs(n));
      });
      this.addAt(zone, 2);
      this.scrolling = { rows, bar, more, less, top, bottom, first: 0 };
      this.showRows();
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
    const keys = this.scrolling ? ' Up and down arrows, Page Up and Page Down scroll the list.' : '';
    announce(`Help. ${here}Everywhere: ${list(GLOBAL_SHORTCUTS)}${keys} Press Escape to close.`);
  }

  /** Keys while help is open (other than the ones that close it): they scroll a list that does not fit. */
  key(key: string): void {
    const step: Record<string, ['line' | 'page' | 'end', -1 | 1]> = {
      ArrowDown: ['line', 1],
      ArrowUp: ['line', -1],
      PageDown: ['page', 1],
      PageUp: ['page', -1],
      End: ['end', 1],
      Home: ['end', -1],
    };
    const s = step[key];
    if (s) this.scroll(...s);
  }

  /** The first entry that still fills the column to its end. */
  private get lastFirst(): number {
    const sc = this.scrolling;
    if (!sc) return 0;
    let used = 0;
    for (let i = sc.rows.length - 1; i >= 0; i--) {
      used += sc.rows[i]!.h + 10;
      if (used - 10 > sc.bottom - sc.top) return i + 1;
    }
    return 0;
  }

  private scroll(by: 'line' | 'page' | 'end', dir: -1 | 1, lines = 1): void {
    const sc = this.scrolling;
    if (!sc) return;
    const shown = sc.rows.slice(sc.first).filter((r) => r.texts[0]!.visible).length;
    const n = by === 'line' ? lines : by === 'page' ? Math.max(1, shown - 1) : sc.rows.length;
    const next = Math.max(0, Math.min(this.lastFirst, sc.first + dir * n));
    if (next === sc.first) return;
    sc.first = next;
    this.showRows();
  }

  /** Places the entries that fit from the first one shown; hides the rest. */
  private showRows(): void {
    const sc = this.scrolling;
    if (!sc) return;
    let cy = sc.top;
    let total = 0;
    let before = 0;
    sc.rows.forEach((r, i) => {
      if (i < sc.first) before += r.h + 10;
      total += r.h + 10;
      const show = i >= sc.first && cy + r.h <= sc.bottom;
      for (const t of r.texts) t.setVisible(show).setY(cy);
      if (i >= sc.first) cy += r.h + 10;
    });
    sc.bar.show(total - 10, before);
    sc.less.setVisible(sc.first > 0);
    sc.more.setVisible(sc.first < this.lastFirst);
  }
}
