// A button or a settings row: a box with a label, and optionally a value with ◀ ▶. Focus is drawn as a
// thick gold ring plus a ▶ marker (shape as well as colour). Pointers work too: hovering focuses, clicking
// activates; a row with a value that Left / Right change shows ◀ ▶ beside the value, and clicking or
// tapping those arrows changes it (clicking the rest of such a row with nothing else to do steps the
// value forward).
import { GameObjects, type Scene, type Input } from 'phaser';
import { addBox, restyleBox, type BoxStyle } from './box';
import type { Focusable, FocusGroup } from './focus';
import { announce } from './live';
import { BASE_FONT_PX, fontPx, lineHeight, MIN_FONT_PX, palette, textStyle, type FontRole } from './theme';

export interface ButtonOptions {
  readonly label: string;
  /** Width in px; 0 fits the label (with room for the focus marker on both sides). */
  readonly width: number;
  /** Default: fits one line of the font role plus padding. */
  readonly height?: number;
  readonly onActivate?: () => void;
  /** Label alignment. Default 'center'. */
  readonly align?: 'left' | 'center';
  /** A value shown at the right, e.g. "80 %" (settings rows). */
  readonly value?: string;
  /** Left/Right handler; makes the row a slider or a cycle. Return true if it changed something. */
  readonly onAdjust?: (dir: -1 | 1) => boolean;
  /** Clicking the value itself (between the arrows), e.g. to choose it from a list. */
  readonly onValue?: () => void;
  /** Unavailable: still focusable (so its reason can be read), shown dimmed with the reason beside it. */
  readonly disabledReason?: string;
  /** Font role of the label. Default 'body'. */
  readonly role?: FontRole;
  /** Extra words for screen readers, e.g. the key that also triggers it. */
  readonly hint?: string;
}

/** A button: a Container centred on (x, y). */
export class Button extends GameObjects.Container implements Focusable {
  private readonly bg: GameObjects.NineSlice;
  /** The focus ring and ▶ marker, made the first time the button takes focus (most never do). */
  private ring: GameObjects.NineSlice | null = null;
  private marker: GameObjects.Text | null = null;
  /** The gold bar under a chosen tab, made the first time it is chosen. */
  private bar: GameObjects.NineSlice | null = null;
  private readonly markerX: number;
  private readonly role: FontRole;
  private readonly labelText: GameObjects.Text;
  private readonly valueText: GameObjects.Text | undefined;
  /** ◀ and ▶ beside the value of a row that Left / Right change. */
  private readonly arrows: readonly [GameObjects.Text, GameObjects.Text] | undefined;
  private readonly reasonText: GameObjects.Text | undefined;
  /** The value as shown when it had to be cut to fit beside the label (said whole). */
  private cutValue: string | undefined;
  private focusedNow = false;
  private selectedNow = false;
  private hovered = false;
  private group: FocusGroup | undefined;
  readonly boxW: number;
  readonly boxH: number;

  constructor(
    scene: Scene,
    x: number,
    y: number,
    private opts: ButtonOptions,
  ) {
    super(scene, x, y);
    const role = opts.role ?? 'body';
    this.role = role;
    const pal = palette();
    const padX = 22;
    const markerRoom = padX + fontPx(role) + 10;
    const disabled = opts.disabledReason !== undefined;
    const labelColor = disabled ? pal.disabled : pal.text;
    this.labelText = scene.add
      .text(0, 0, opts.label, textStyle(role, { color: labelColor, bold: true }))
      .setOrigin(0.5, 0.5);
    this.boxW = opts.width > 0 ? opts.width : Math.ceil(this.labelText.width + 2 * markerRoom);
    this.boxH = opts.height ?? Math.max(56, lineHeight(role) + 22);
    this.bg = addBox(scene, -this.boxW / 2, -this.boxH / 2, this.boxW, this.boxH, this.bgStyle());
    this.markerX = -this.boxW / 2 + padX;
    const leftX = -this.boxW / 2 + markerRoom;
    // Left-align when asked, or when a centred label would run into the focus marker.
    if (opts.align === 'left' || this.labelText.width > this.boxW - 2 * markerRoom) {
      this.labelText.setX(leftX).setOrigin(0, 0.5);
    }
    this.add([this.bg, this.labelText]);
    if (opts.value !== undefined) {
      this.valueText = scene.add
        .text(this.boxW / 2 - padX, 0, opts.value, textStyle(role, { color: pal.gold, bold: true }))
        .setOrigin(1, 0.5);
      this.add(this.valueText);
      if (opts.onAdjust && !disabled) {
        const arrow = (glyph: string) =>
          scene.add.text(0, 0, glyph, textStyle(role, { color: pal.gold, bold: true })).setOrigin(1, 0.5);
        this.arrows = [arrow('◀'), arrow('▶')];
        this.add([...this.arrows]);
      }
    }
    if (disabled) {
      this.reasonText = scene.add
        .text(
          this.boxW / 2 - padX,
          0,
          opts.disabledReason ?? '',
          textStyle('small', { color: pal.disabled, italic: true }),
        )
        .setOrigin(1, 0.5);
      this.add(this.reasonText);
      // Keep the label clear of the reason.
      if (opts.align !== 'left') this.labelText.setX(leftX).setOrigin(0, 0.5);
      // A reason longer than the room beside the label gives up its bracketed aside ("not now (Opening
      // statements (1 of 4))" → "not now": the focused row says it whole), then wraps if it fits the row so.
      const room = this.boxW / 2 - padX - (this.labelText.x + this.labelText.width + 16);
      const bare = (opts.disabledReason ?? '').replace(/\s*\(.*\)\s*$/, '');
      if (room > 40 && this.reasonText.width > room && bare) this.reasonText.setText(bare);
      if (room > 40 && this.reasonText.width > room) {
        this.reasonText.setWordWrapWidth(room).setAlign('right');
        if (this.reasonText.height > this.boxH - 4) this.reasonText.setWordWrapWidth(null);
      }
    }
    this.keepApart();
    if (this.reasonText && this.meetsRight()) this.squeezeReason();
    this.setSize(this.boxW, this.boxH);
    this.setInteractive({ useHandCursor: !disabled });
    this.on('pointerover', () => {
      this.hovered = true;
      if (this.group) this.group.focus(this, true);
      else this.redraw();
      this.showValue();
    });
    this.on('pointerout', () => {
      this.hovered = false;
      this.redraw();
      this.showValue();
    });
    this.on('pointerup', (_p: Input.Pointer, localX: number) => {
      if (this.group) this.group.focus(this, true);
      this.click(localX - this.boxW / 2);
    });
    this.showValue();
    this.redraw();
    scene.add.existing(this);
  }

  /**
   * At large text a row's label and its value (with ◀ ▶) or its reason can meet: the row's type shrinks
   * toward the Normal size until they stand apart, and only then is the value cut.
   */
  private keepApart(): void {
    const right = this.valueText ?? this.reasonText;
    if (!right) return;
    this.showValue();
    const label = this.labelText;
    const collides = () => this.meetsRight();
    // A centred label beside a value moves to the left, where a row's label sits.
    if (label.originX !== 0 && collides())
      label.setX(-this.boxW / 2 + 22 + fontPx(this.role) + 10).setOrigin(0, 0.5);
    const parts = [label, right, ...(this.arrows ?? [])];
    const sizeOf = (t: GameObjects.Text) => parseFloat(String(t.style.fontSize));
    const floor = Math.max(MIN_FONT_PX, BASE_FONT_PX[this.role]);
    for (let guard = 0; collides() && guard < 40; guard++) {
      const big = parts.filter((t) => sizeOf(t) > (t === this.reasonText ? MIN_FONT_PX : floor));
      if (!big.length) break;
      for (const t of big) t.setFontSize(sizeOf(t) - 1);
      this.showValue();
    }
    if (!collides() || !this.valueText || this.opts.value === undefined) return;
    // Still too long: the value is cut, whole in what is said aloud.
    const v = this.opts.value;
    let keep = v.length;
    while (keep > 1 && collides()) {
      keep--;
      this.cutValue = `${v.slice(0, keep).trimEnd()}…`;
      this.showValue();
    }
  }

  /** Whether the label runs into the value (with its arrows) or the reason at the right. */
  private meetsRight(): boolean {
    const right = this.valueText ?? this.reasonText;
    if (!right) return false;
    const label = this.labelText;
    const labelEnd = label.x + (1 - label.originX) * label.width;
    const rightStart = this.arrows ? this.arrows[0].x - this.arrows[0].width : right.x - right.width;
    return labelEnd + 12 > rightStart;
  }

  /**
   * Label and reason at their smallest still meet: the reason wraps into the room left beside the label
   * and shrinks to the row. Shrunk past reading (it was drawn at 5 px beside a long label), it is left to
   * the row's spoken words and to pressing it, which both say it; the row stays dimmed.
   */
  private squeezeReason(): void {
    const reason = this.reasonText!;
    const label = this.labelText;
    const room = reason.x - (label.x + (1 - label.originX) * label.width + 12);
    if (room < 40) {
      reason.setVisible(false);
      return;
    }
    reason.setWordWrapWidth(room).setAlign('right');
    const scale = Math.min(1, (this.boxH - 4) / reason.height, room / reason.width);
    const px = parseFloat(String(reason.style.fontSize));
    if (px * scale < MIN_FONT_PX) reason.setVisible(false);
    else reason.setScale(scale);
  }

  /** Called by FocusGroup.add. */
  attach(group: FocusGroup): void {
    this.group = group;
  }

  get enabled(): boolean {
    return this.opts.disabledReason === undefined;
  }

  get label(): string {
    return this.opts.label;
  }

  /** Why it is unavailable (read by the layout checks: a reason the row does not show). */
  get reason(): string | undefined {
    return this.opts.disabledReason;
  }

  get spoken(): string {
    const parts = [this.opts.label];
    if (this.opts.value !== undefined) parts.push(this.opts.value);
    if (!this.enabled) parts.push(`unavailable: ${this.opts.disabledReason}`);
    if (this.opts.hint) parts.push(this.opts.hint);
    return parts.join(', ') + '.';
  }

  get isFocused(): boolean {
    return this.focusedNow;
  }

  setFocused(on: boolean): void {
    this.focusedNow = on;
    this.showValue();
    this.redraw();
  }

  /** The value at the right; with ◀ ▶ around it if Left / Right change it (dim until focused). */
  private showValue(): void {
    const v = this.opts.value;
    if (v === undefined || !this.valueText) return;
    this.valueText.setText(this.cutValue ?? v);
    if (!this.arrows) return;
    const [left, right] = this.arrows;
    const gap = Math.round(fontPx(this.role) * 0.35);
    right.setX(this.boxW / 2 - 22);
    this.valueText.setX(right.x - right.width - gap);
    left.setX(this.valueText.x - this.valueText.width - gap);
    for (const a of this.arrows) a.setAlpha(this.focusedNow || this.hovered ? 1 : 0.55);
  }

  /**
   * A click or tap at x (from the button's centre): on ◀ or ▶ it steps the value, on the value it calls
   * onValue, elsewhere it activates (or, on a row with nothing to activate, steps the value forward).
   */
  private click(x: number): void {
    if (this.arrows && this.enabled) {
      const [left, right] = this.arrows;
      const slack = 10;
      if (x >= right.x - right.width - slack) {
        this.adjust(1);
        return;
      }
      if (x >= left.x - left.width - slack && x <= left.x + slack / 2) {
        this.adjust(-1);
        return;
      }
      if (this.opts.onValue && this.valueText && x >= this.valueText.x - this.valueText.width) {
        this.opts.onValue();
        return;
      }
      if (!this.opts.onActivate) {
        this.adjust(1);
        return;
      }
    }
    this.activate();
  }

  /** Marks the button as the chosen one of a set (tabs): a gold bar under it and a gold label. */
  setSelected(on: boolean): void {
    this.selectedNow = on;
    if (this.enabled) this.labelText.setColor(on ? palette().gold : palette().text);
    this.redraw();
  }

  get isSelected(): boolean {
    return this.selectedNow;
  }

  /** Replaces the label (e.g. while its text is being typed). */
  setLabel(label: string): void {
    this.opts = { ...this.opts, label };
    this.labelText.setText(label);
  }

  /** Updates the value at the right of the row (settings). */
  setValue(value: string): void {
    this.opts = { ...this.opts, value };
    this.cutValue = undefined;
    this.showValue();
    this.keepApart();
  }

  activate(): void {
    if (!this.enabled) {
      announce(`${this.opts.label} is unavailable: ${this.opts.disabledReason}`);
      return;
    }
    this.opts.onActivate?.();
  }

  adjust(dir: -1 | 1): boolean {
    if (!this.enabled || !this.opts.onAdjust) return false;
    return this.opts.onAdjust(dir);
  }

  private bgStyle(): BoxStyle {
    const pal = palette();
    const lit = (this.focusedNow || this.hovered) && this.enabled;
    return {
      fill: lit ? pal.buttonFocus : pal.button,
      edge: pal.buttonEdge,
      edgeAlpha: this.enabled ? 1 : 0.6,
      radius: 10,
    };
  }

  private redraw(): void {
    const pal = palette();
    const w = this.boxW;
    const h = this.boxH;
    restyleBox(this.bg, this.bgStyle());
    // Layers, bottom up: box, tab bar, focus ring, marker, label.
    if (this.selectedNow && !this.bar) {
      this.bar = addBox(this.scene, -w / 2 + 14, h / 2 - 9, w - 28, 5, { fill: pal.goldNum, radius: 2 });
      this.addAt(this.bar, 1);
    }
    this.bar?.setVisible(this.selectedNow);
    if (this.focusedNow && !this.ring) {
      // A 5 px gold ring 6 px outside the box.
      const lw = 5;
      const out = 6 + lw / 2;
      this.ring = addBox(this.scene, -w / 2 - out, -h / 2 - out, w + 2 * out, h + 2 * out, {
        edge: pal.goldNum,
        edgeWidth: lw,
        radius: 14,
      });
      this.marker = this.scene.add
        .text(this.markerX, 0, '▶', textStyle(this.role, { color: pal.gold }))
        .setOrigin(0, 0.5);
      const at = this.getIndex(this.labelText);
      this.addAt([this.ring, this.marker], at);
    }
    this.ring?.setVisible(this.focusedNow);
    this.marker?.setVisible(this.focusedNow);
  }
}
