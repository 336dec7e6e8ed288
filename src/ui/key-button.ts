// A key-labelled button whose disabled state says why on focus, and a keyboard focus list over such buttons
// driven by the owning scene's key handler.
import { GameObjects, type Scene } from 'phaser';
import { addBox, restyleBox, type BoxStyle } from './box';
import { announce } from './live';
import { fitLabel, lh, ts } from './text';
import { palette } from './theme';

export interface Focusish {
  readonly spoken: string;
  readonly enabled: boolean;
  setFocused(on: boolean): void;
  activate(): void;
}

export interface KeyButtonOptions {
  readonly label: string;
  /** Shortcut shown in a badge at the left ('S', 'Enter', 'F2'). */
  readonly key?: string;
  readonly width: number;
  readonly height?: number;
  readonly size?: number;
  readonly onActivate?: () => void;
  /** Disabled, and why: shown and spoken when focused. */
  readonly why?: string | null;
  /** Called on focus (hover or keys), e.g. to show the reason in a status line. */
  readonly onFocus?: (b: KeyButton) => void;
  readonly selected?: boolean;
}

/** A button with its shortcut key in a badge. Origin: top-left. Disabled buttons stay focusable. */
export class KeyButton extends GameObjects.Container implements Focusish {
  private readonly bg: GameObjects.NineSlice;
  /** The focus ring and the ▶ at the right, made the first time the button takes focus. */
  private focusMarks: readonly [GameObjects.NineSlice, GameObjects.Text] | null = null;
  private readonly label: GameObjects.Text;
  private focusedNow = false;
  readonly boxW: number;
  readonly boxH: number;

  constructor(
    scene: Scene,
    x: number,
    y: number,
    readonly opts: KeyButtonOptions,
  ) {
    super(scene, x, y);
    const pal = palette();
    const size = opts.size ?? 20;
    this.boxW = opts.width;
    this.boxH = opts.height ?? Math.max(44, lh(size) + 16);
    this.bg = addBox(scene, 0, 0, this.boxW, this.boxH, this.bgStyle());
    this.add(this.bg);
    if (opts.selected)
      this.add(addBox(scene, 12, this.boxH - 7, this.boxW - 24, 4, { fill: pal.goldNum, radius: 1 }));
    let left = 12;
    const disabled = !this.enabled;
    if (opts.key) {
      const k = scene.add
        .text(
          left,
          this.boxH / 2,
          opts.key,
          ts(size - 2, { color: disabled ? pal.disabled : pal.gold, bold: true }),
        )
        .setOrigin(0, 0.5);
      // The key cap: the stroke centred on the old outline, as Graphics drew it.
      const kb = addBox(scene, left - 7, this.boxH / 2 - k.height / 2 - 4, k.width + 14, k.height + 8, {
        edge: disabled ? 0x6b7794 : pal.goldNum,
        radius: 6,
      });
      this.add([kb, k]);
      left += k.width + 16;
    }
    // At large text a long label loses its aside or shrinks toward the Normal size before it is cut. It
    // ends clear of the focus ▶ (or the ✕) at the right: 6 px in, about 16 wide, then 8 px apart.
    const shown = fitLabel(opts.label, this.boxW - left - 30, size, { bold: true });
    this.label = scene.add
      .text(
        left,
        this.boxH / 2,
        shown.text,
        ts(size, {
          color: disabled ? pal.disabled : opts.selected ? pal.gold : pal.text,
          bold: true,
          px: shown.px,
        }),
      )
      .setOrigin(0, 0.5);
    this.add(this.label);
    if (disabled) {
      // A struck-through look is hard to read; a small ✕ at the right says "not now" without colour.
      const x2 = scene.add
        .text(this.boxW - 6, this.boxH / 2, '✕', ts(16, { color: pal.disabled }))
        .setOrigin(1, 0.5);
      this.add(x2);
    }
    // A zone child takes the pointer (a Container's own hit area is centred on its origin).
    const zone = scene.add.zone(0, 0, this.boxW, this.boxH).setOrigin(0, 0);
    zone.setInteractive({ useHandCursor: !disabled });
    zone.on('pointerover', () => this.opts.onFocus?.(this));
    zone.on('pointerup', () => this.activate());
    this.add(zone);
    this.redraw();
    scene.add.existing(this);
  }

  get enabled(): boolean {
    return !this.opts.why;
  }

  get spoken(): string {
    return `${this.opts.label}${this.opts.key ? `, key ${this.opts.key}` : ''}${
      this.enabled ? '' : `, unavailable: ${this.opts.why}`
    }.`;
  }

  get isFocused(): boolean {
    return this.focusedNow;
  }

  setFocused(on: boolean): void {
    this.focusedNow = on;
    this.redraw();
  }

  activate(): void {
    if (!this.enabled) {
      announce(`${this.opts.label} is unavailable: ${this.opts.why}`);
      this.opts.onFocus?.(this);
      return;
    }
    this.opts.onActivate?.();
  }

  private bgStyle(): BoxStyle {
    const pal = palette();
    return {
      fill: this.focusedNow && this.enabled ? pal.buttonFocus : pal.button,
      edge: pal.buttonEdge,
      edgeAlpha: this.enabled ? 1 : 0.5,
      radius: 9,
    };
  }

  private redraw(): void {
    restyleBox(this.bg, this.bgStyle());
    if (this.focusedNow && !this.focusMarks) {
      const pal = palette();
      const w = this.boxW;
      const h = this.boxH;
      // A 4 px gold ring 4 px outside the box, and a ▶ at the right: shape, not only colour.
      const ring = addBox(this.scene, -6, -6, w + 12, h + 12, {
        edge: pal.goldNum,
        edgeWidth: 4,
        radius: 12,
      });
      const arrow = this.scene.add.text(w - 6, h / 2, '▶', ts(16, { color: pal.gold })).setOrigin(1, 0.5);
      this.focusMarks = [ring, arrow];
      this.add([ring, arrow]);
    }
    for (const m of this.focusMarks ?? []) m.setVisible(this.focusedNow);
  }
}

/** A keyboard focus list over KeyButtons (or any Focusish), driven by the owning scene's key handler. */
export class FocusList {
  items: Focusish[] = [];
  index = -1;

  constructor(private readonly onFocus?: (item: Focusish, index: number) => void) {}

  set(items: Focusish[], keep = true, silent = true): void {
    const prev = this.index;
    this.items = items;
    this.index = -1;
    if (!items.length) return;
    const i = keep && prev >= 0 ? Math.min(prev, items.length - 1) : 0;
    this.focus(i, silent);
  }

  get focused(): Focusish | undefined {
    return this.items[this.index];
  }

  focus(i: number, silent = false): void {
    if (i < 0 || i >= this.items.length) return;
    if (this.index !== i) this.items[this.index]?.setFocused(false);
    this.index = i;
    const it = this.items[i]!;
    it.setFocused(true);
    if (!silent) announce(it.spoken);
    this.onFocus?.(it, i);
  }

  move(step: number): void {
    const n = this.items.length;
    if (!n) return;
    this.focus((((this.index < 0 ? 0 : this.index + step) % n) + n) % n);
  }

  blur(): void {
    this.items[this.index]?.setFocused(false);
  }
}
