// The action panel: the shown seat's actions as key buttons in two columns, a line saying what the focused
// one does or why it is not possible now.
import type { GameObjects, Input, Scene } from 'phaser';
import type { SeatActions } from '../../app/seat-actions';
import type { Action } from '../../app/view-model';
import { FocusList, KeyButton } from '../../ui/key-button';
import { drawBox } from '../../ui/panel';
import { fit, ts } from '../../ui/text';
import { palette } from '../../ui/theme';
import { ACT } from './layout';

/** Moves that must be chosen on purpose: the panel never gives them the focus by itself. */
const NEVER_BY_DEFAULT: ReadonlySet<string> = new Set(['object', 'walkout']);

export class ActionPanel {
  private readonly title: GameObjects.Text;
  private readonly layer: GameObjects.Container;
  private readonly why: GameObjects.Text;
  readonly focus: FocusList;
  /** The actions on the buttons, in order. */
  actions: readonly Action[] = [];
  private sig = '';

  constructor(
    private readonly scene: Scene,
    private readonly onAct: (a: Action) => void,
  ) {
    const pal = palette();
    drawBox(scene, ACT.x, ACT.y, ACT.w, ACT.h);
    // A pointer zone under the buttons, made once. The buttons are redrawn whenever a snapshot changes
    // them, and a game object made in one frame takes the pointer only from the next: a click that came in
    // between fell through to nothing (a player's "Make an argument" then opened nothing). This zone has
    // the pointer all along; it hears only the releases that no button above it took, and gives each to
    // the button under the pointer.
    scene.add
      .zone(ACT.x, ACT.y, ACT.w, ACT.h)
      .setOrigin(0, 0)
      .setInteractive()
      .on('pointerup', (p: Input.Pointer) => this.buttonAt(p.worldX, p.worldY)?.activate());
    this.title = scene.add.text(ACT.x + 14, ACT.y + 8, '', ts(20, { color: pal.gold, bold: true }));
    this.layer = scene.add.container(0, 0);
    this.focus = new FocusList((item) => this.showWhy(item as KeyButton));
    this.why = scene.add.text(ACT.x + 14, ACT.y + ACT.h - 30, '', ts(16, { color: pal.muted, italic: true }));
  }

  /** Draws the buttons when they changed; `idle` is what to say when there are none. */
  render({ title, actions: all }: SeatActions, idle: string): void {
    const scene = this.scene;
    const pal = palette();
    const sig = JSON.stringify([title, all.map((a) => [a.id, a.label, a.enabled, a.why])]);
    if (sig === this.sig) return;
    this.sig = sig;
    this.actions = all;
    this.title.setText(fit(scene, title, ACT.w - 28, 20, { bold: true }));
    this.layer.removeAll(true);
    const colW = (ACT.w - 14 * 2 - 10) / 2;
    const buttons = all.map((a, i) => {
      const col = i % 2;
      const row = Math.floor(i / 2);
      const b = new KeyButton(scene, ACT.x + 14 + col * (colW + 10), ACT.y + 40 + row * 46, {
        label: a.label,
        key: a.key,
        width: colW,
        height: 40,
        size: 18,
        why: a.enabled ? null : (a.why ?? 'not now'),
        onActivate: () => this.onAct(a),
        onFocus: (btn) => this.focus.focus(buttons.indexOf(btn), true),
      });
      this.layer.add(b);
      return b;
    });
    if (!all.length)
      this.layer.add(
        scene.add.text(ACT.x + 14, ACT.y + 48, idle, ts(18, { color: pal.muted, wrap: ACT.w - 30 })),
      );
    // The first move open to the seat has the focus, but never one that blocks or walks out: a stray
    // Enter at a consensus call must not object formally.
    const safe = buttons.findIndex((b, i) => b.enabled && !NEVER_BY_DEFAULT.has(all[i]!.id));
    this.focus.set(buttons, false);
    if (safe > 0) this.focus.focus(safe, true);
    else if (safe < 0 && all[0] && NEVER_BY_DEFAULT.has(all[0].id)) {
      this.focus.blur();
      this.focus.index = -1;
    }
    if (!buttons.length) this.why.setText('');
  }

  /** The button drawn at a point of the screen, if any. */
  private buttonAt(x: number, y: number): KeyButton | undefined {
    return this.focus.items.find(
      (b): b is KeyButton =>
        b instanceof KeyButton && b.active && x >= b.x && x < b.x + b.boxW && y >= b.y && y < b.y + b.boxH,
    );
  }

  private showWhy(b: KeyButton | undefined): void {
    if (!b) return;
    const pal = palette();
    this.why.setText(b.enabled ? `${b.opts.key}: ${b.opts.label}` : `✕ Not now: ${b.opts.why}`);
    this.why.setColor(b.enabled ? pal.muted : pal.gold);
    this.why.setText(fit(this.scene, this.why.text, ACT.w - 28, 16, { italic: true }));
  }
}
