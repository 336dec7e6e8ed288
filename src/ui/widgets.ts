// Keyboard-first widgets built from Phaser game objects: Button, Menu, FocusGroup, Panel, TextBlock, Notice.
//
// Focus model: each scene has a stack of FocusGroups; only the top one handles keys (a modal Notice pushes
// its own group and pops it on close). In the top group Tab / Shift+Tab and the arrow keys of its axis move
// focus, Enter / Space activate, Left / Right adjust a focused slider-like item, Escape calls `onEscape`.
// Focus is drawn as a thick gold ring plus a ▶ marker (shape as well as colour). Pointers work too:
// hovering focuses, clicking activates; a row with a value that Left / Right change shows ◀ ▶ beside the
// value, and clicking or tapping those arrows changes it (clicking the rest of such a row with nothing
// else to do steps the value forward).
import { GameObjects, Scenes, type Scene, type Input } from 'phaser';
import { addBox, addPanel, restyleBox, type BoxStyle } from './box';
import { announce } from './live';
import { Wrapper } from './wrap';
import { BASE_FONT_PX, fontPx, lineHeight, MIN_FONT_PX, palette, textStyle, type FontRole } from './theme';

/** Anything that can take keyboard focus. */
export interface Focusable {
  /** What the live region says when the item gets focus. */
  readonly spoken: string;
  readonly enabled: boolean;
  setFocused(on: boolean): void;
  activate(): void;
  /** Left/Right on a focused item (slider, cycle); return true if handled. */
  adjust?(dir: -1 | 1): boolean;
}

/** True while the player types into a DOM text field: scenes and global shortcuts then leave keys alone. */
export function typingInField(): boolean {
  if (typeof document === 'undefined') return false;
  const el = document.activeElement;
  if (!el) return false;
  const tag = el.tagName;
  return (
    tag === 'INPUT' ||
    tag === 'TEXTAREA' ||
    tag === 'SELECT' ||
    (el as HTMLElement).isContentEditable === true
  );
}

/** Key events a modal part of a scene (a list, a dialog) has already acted on. */
const consumed = new WeakSet<KeyboardEvent>();

/**
 * Marks a key event as handled, so no FocusGroup acts on it too. A list that closes on Escape would
 * otherwise hand the same Escape to the menu beneath it, which closes as well: one key, two levels.
 */
export function consumeKey(ev: KeyboardEvent): void {
  consumed.add(ev);
}

const stacks = new WeakMap<Scene, FocusGroup[]>();

/**
 * Lines to scroll for a wheel turn of `dy` px: the distance the browser asks for, in lines of `linePx`
 * (a notch of about 100 px is three lines of body text; a fast flick, many), at least one.
 */
export function wheelLines(dy: number, linePx: number): number {
  if (!dy) return 0;
  return Math.sign(dy) * Math.max(1, Math.round(Math.abs(dy) / Math.max(1, linePx)));
}

export interface FocusGroupOptions {
  /** Which arrow keys move focus. Tab always does. Default 'vertical'. */
  readonly axis?: 'vertical' | 'horizontal' | 'grid';
  /** Columns, for axis 'grid'. */
  readonly columns?: number;
  /** Wrap from last to first. Default true. */
  readonly wrap?: boolean;
  /** Called on Escape while this group is on top. */
  readonly onEscape?: () => void;
  /** Called after focus moves. */
  readonly onFocus?: (item: Focusable, index: number) => void;
  /** Home / End jump to the first / last item. Default true (turn off if the scene scrolls with them). */
  readonly homeEnd?: boolean;
}

/** A keyboard focus ring over a list of Focusables. */
export class FocusGroup {
  readonly items: Focusable[] = [];
  private index = -1;
  private destroyed = false;
  private readonly onKey = (ev: KeyboardEvent) => this.handleKey(ev);

  constructor(
    readonly scene: Scene,
    private readonly opts: FocusGroupOptions = {},
  ) {
    const stack = stacks.get(scene) ?? [];
    stack.push(this);
    stacks.set(scene, stack);
    scene.input.keyboard?.on('keydown', this.onKey);
    scene.events.once(Scenes.Events.SHUTDOWN, () => this.destroy());
  }

  /** The group that handles keys in a scene now, if any. */
  static top(scene: Scene): FocusGroup | undefined {
    const stack = stacks.get(scene);
    return stack?.[stack.length - 1];
  }

  get isTop(): boolean {
    return FocusGroup.top(this.scene) === this;
  }

  add(...items: Focusable[]): this {
    this.items.push(...items);
    for (const item of items) {
      if (item instanceof Button) item.attach(this);
    }
    return this;
  }

  get focused(): Focusable | undefined {
    return this.items[this.index];
  }

  get focusIndex(): number {
    return this.index;
  }

  /** Moves focus to an item (by index or reference). Announces it unless `silent`. */
  focus(target: number | Focusable, silent = false): void {
    const i = typeof target === 'number' ? target : this.items.indexOf(target);
    if (i < 0 || i >= this.items.length) return;
    if (i !== this.index) this.focused?.setFocused(false);
    this.index = i;
    const item = this.items[i]!;
    item.setFocused(true);
    if (!silent) announce(item.spoken);
    this.opts.onFocus?.(item, i);
  }

  next(step = 1): void {
    const n = this.items.length;
    if (!n) return;
    let i = this.index + step;
    if (this.opts.wrap === false) i = Math.max(0, Math.min(n - 1, i));
    else i = ((i % n) + n) % n;
    this.focus(i);
  }

  private handleKey(ev: KeyboardEvent): void {
    if (this.destroyed || !this.isTop || typingInField() || !this.items.length || consumed.has(ev)) return;
    const axis = this.opts.axis ?? 'vertical';
    const cols = axis === 'grid' ? Math.max(1, this.opts.columns ?? 1) : 1;
    const item = this.focused;
    switch (ev.key) {
      case 'Tab':
        this.next(ev.shiftKey ? -1 : 1);
        break;
      case 'ArrowDown':
        if (axis === 'vertical') this.next(1);
        else if (axis === 'grid') this.next(cols);
        break;
      case 'ArrowUp':
        if (axis === 'vertical') this.next(-1);
        else if (axis === 'grid') this.next(-cols);
        break;
      case 'ArrowRight':
      case 'ArrowLeft': {
        const dir = ev.key === 'ArrowRight' ? 1 : -1;
        if (axis === 'vertical') item?.adjust?.(dir);
        else this.next(dir);
        break;
      }
      case 'Home':
        if (this.opts.homeEnd === false) return;
        this.focus(0);
        break;
      case 'End':
        if (this.opts.homeEnd === false) return;
        this.focus(this.items.length - 1);
        break;
      case 'Enter':
      case ' ':
        if (!ev.repeat) item?.activate();
        break;
      case 'Escape':
        if (!ev.repeat) this.opts.onEscape?.();
        break;
      default:
        return;
    }
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.scene.input?.keyboard?.off('keydown', this.onKey);
    const stack = stacks.get(this.scene);
    if (stack) {
      const i = stack.indexOf(this);
      if (i >= 0) stack.splice(i, 1);
    }
  }
}

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
      // A reason longer than the room beside the label wraps, and shrinks to the box if it must.
      const room = this.boxW / 2 - padX - (this.labelText.x + this.labelText.width + 16);
      if (room > 40 && this.reasonText.width > room) {
        this.reasonText.setWordWrapWidth(room).setAlign('right');
        if (this.reasonText.height > this.boxH - 4)
          this.reasonText.setScale((this.boxH - 4) / this.reasonText.height);
      }
    }
    this.keepApart();
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
    const gap = 12;
    const collides = () => {
      const labelEnd = label.x + (1 - label.originX) * label.width;
      const rightStart = this.arrows ? this.arrows[0].x - this.arrows[0].width : right.x - right.width;
      return labelEnd + gap > rightStart;
    };
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

export interface MenuItem {
  readonly label: string;
  readonly onActivate?: () => void;
  readonly disabledReason?: string;
  readonly hint?: string;
  readonly value?: string;
  readonly onAdjust?: (dir: -1 | 1) => boolean;
  readonly onValue?: () => void;
}

export interface MenuOptions extends FocusGroupOptions {
  readonly width: number;
  /** Vertical gap between buttons. Default 14. */
  readonly gap?: number;
  readonly align?: 'left' | 'center';
  readonly role?: FontRole;
  readonly itemHeight?: number;
}

/** A vertical menu of Buttons, centred on x and starting at y (top edge). */
export class Menu {
  readonly buttons: Button[] = [];
  readonly group: FocusGroup;
  readonly height: number;

  constructor(scene: Scene, x: number, y: number, items: readonly MenuItem[], opts: MenuOptions) {
    this.group = new FocusGroup(scene, opts);
    const gap = opts.gap ?? 14;
    let top = y;
    for (const it of items) {
      const probeH = opts.itemHeight ?? Math.max(56, lineHeight(opts.role ?? 'body') + 22);
      const b = new Button(scene, x, top + probeH / 2, {
        label: it.label,
        width: opts.width,
        height: probeH,
        ...(it.onActivate ? { onActivate: it.onActivate } : {}),
        ...(it.disabledReason !== undefined ? { disabledReason: it.disabledReason } : {}),
        ...(it.hint ? { hint: it.hint } : {}),
        ...(it.value !== undefined ? { value: it.value } : {}),
        ...(it.onAdjust ? { onAdjust: it.onAdjust } : {}),
        ...(it.onValue ? { onValue: it.onValue } : {}),
        ...(opts.align ? { align: opts.align } : {}),
        ...(opts.role ? { role: opts.role } : {}),
      });
      this.buttons.push(b);
      top += probeH + gap;
    }
    this.height = top - gap - y;
    this.group.add(...this.buttons);
  }

  focus(i: number, silent = false): void {
    this.group.focus(i, silent);
  }
}

export interface PanelOptions {
  readonly title?: string;
  readonly fill?: number;
  readonly alpha?: number;
}

/** A rounded panel with an optional gold title; a Container whose origin is its top-left corner. */
export class Panel extends GameObjects.Container {
  readonly boxW: number;
  readonly boxH: number;
  /** y (local) where content below the title starts. */
  readonly contentTop: number;

  constructor(scene: Scene, x: number, y: number, w: number, h: number, opts: PanelOptions = {}) {
    super(scene, x, y);
    const pal = palette();
    this.boxW = w;
    this.boxH = h;
    this.add(
      addPanel(scene, 0, 0, w, h, {
        fill: opts.fill ?? pal.panel,
        fillAlpha: opts.alpha ?? 1,
        edge: pal.panelEdge,
        radius: 14,
      }),
    );
    let top = 20;
    if (opts.title) {
      const t = scene.add.text(28, top, opts.title, textStyle('h2', { color: pal.gold, bold: true }));
      this.add(t);
      top += t.height + 12;
    }
    this.contentTop = top;
    scene.add.existing(this);
  }
}

/**
 * A scroll bar at (x, 0) beside a view `height` px tall: a track, and a gold thumb whose size and place
 * show which part of the content is in view. Hidden while everything fits.
 */
export class ScrollBar extends GameObjects.Container {
  private readonly thumb: GameObjects.NineSlice;
  private readonly inset: number;

  constructor(
    scene: Scene,
    x: number,
    readonly barW: number,
    readonly viewH: number,
    private readonly minThumb = 36,
  ) {
    super(scene, x, 0);
    const pal = palette();
    // A track wide enough for it gets an edge, and the thumb sits a little inside.
    const edged = barW >= 12;
    this.inset = edged ? 2 : 1;
    const track = addBox(scene, 0, 0, barW, viewH, {
      fill: pal.button,
      radius: barW / 2,
      ...(edged ? { edge: pal.panelEdge, edgeWidth: 1 } : {}),
    });
    this.thumb = addBox(scene, this.inset, 0, barW - 2 * this.inset, minThumb, {
      fill: pal.goldNum,
      radius: 4,
    });
    this.add([track, this.thumb]);
    this.setVisible(false);
  }

  /** Shows `before` px of `total` scrolled past; hides the bar if the content fits the view. */
  show(total: number, before: number): void {
    const h = this.viewH;
    this.setVisible(total > h);
    if (total <= h) return;
    const thumbH = Math.max(this.minThumb, (h * h) / total);
    const thumbY = (before / Math.max(1, total - h)) * (h - thumbH);
    this.thumb.setPosition(this.inset, Math.min(h - thumbH, thumbY));
    this.thumb.setSize(this.barW - 2 * this.inset, thumbH);
  }
}

/** One paragraph of a TextBlock. */
export interface Para {
  readonly text: string;
  readonly role?: FontRole;
  readonly color?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Left indent in px. */
  readonly indent?: number;
  /** Space after, in px. Default: half a line. */
  readonly gap?: number;
}

interface Line {
  readonly text: string;
  readonly role: FontRole;
  readonly color: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly indent: number;
  readonly height: number;
}

/**
 * Long text in a fixed box, scrolled a line at a time. Only the lines that fit are drawn, so nothing spills
 * out of the box and no mask is needed. Call scrollBy / page / home / end from key handlers; the mouse
 * wheel over the box scrolls too. A scrollbar and "more below" cue show the position.
 */
export class TextBlock extends GameObjects.Container {
  private lines: Line[] = [];
  private top = 0;
  private readonly content: GameObjects.Container;
  private readonly bar: ScrollBar;
  private readonly moreText: GameObjects.Text;
  private readonly barW = 12;
  private readonly wrapper = new Wrapper(this.scene);

  constructor(
    scene: Scene,
    x: number,
    y: number,
    readonly boxW: number,
    readonly boxH: number,
    paras: readonly Para[] = [],
  ) {
    super(scene, x, y);
    this.content = scene.add.container(0, 0);
    this.bar = new ScrollBar(scene, boxW - this.barW, this.barW, boxH);
    const pal = palette();
    this.moreText = scene.add
      .text(boxW - this.barW - 8, boxH + 6, '▼ more below (↓ PgDn)', textStyle('small', { color: pal.gold }))
      .setOrigin(1, 0);
    this.add([this.content, this.bar, this.moreText]);
    const zone = scene.add.zone(0, 0, boxW, boxH).setOrigin(0, 0).setInteractive();
    this.add(zone);
    zone.on('wheel', (_p: Input.Pointer, _dx: number, dy: number) =>
      this.scrollBy(wheelLines(dy, lineHeight('body'))),
    );
    scene.add.existing(this);
    this.once(GameObjects.Events.DESTROY, () => this.wrapper.destroy());
    this.setParas(paras);
  }

  /** Replaces the text and scrolls to the top. */
  setParas(paras: readonly Para[]): void {
    const pal = palette();
    const textW = this.boxW - this.barW - 20;
    const lines: Line[] = [];
    for (const p of paras) {
      const role = p.role ?? 'body';
      const indent = p.indent ?? 0;
      const style = textStyle(role, { wrap: textW - indent, bold: p.bold, italic: p.italic });
      const wrapped = this.wrapper.wrap(p.text, style);
      for (const t of wrapped) {
        lines.push({
          text: t,
          role,
          color: p.color ?? pal.text,
          bold: p.bold ?? false,
          italic: p.italic ?? false,
          indent,
          height: lineHeight(role),
        });
      }
      const gap = p.gap ?? Math.round(lineHeight(role) / 2);
      if (gap > 0)
        lines.push({ text: '', role, color: pal.text, bold: false, italic: false, indent, height: gap });
    }
    this.lines = lines;
    this.top = 0;
    this.render();
  }

  /** The first line index that still fills the box to the end. */
  get maxTop(): number {
    let used = 0;
    for (let i = this.lines.length - 1; i >= 0; i--) {
      used += this.lines[i]!.height;
      if (used > this.boxH) return Math.min(this.lines.length - 1, i + 1);
    }
    return 0;
  }

  get scrollTop(): number {
    return this.top;
  }

  get atEnd(): boolean {
    return this.top >= this.maxTop;
  }

  /** Lines that fit in the box from the current top. */
  get visibleCount(): number {
    let used = 0;
    let n = 0;
    for (let i = this.top; i < this.lines.length; i++) {
      used += this.lines[i]!.height;
      if (used > this.boxH) break;
      n++;
    }
    return n;
  }

  scrollBy(lines: number): void {
    let next = Math.max(0, Math.min(this.maxTop, this.top + lines));
    // Never start the view on the blank space between paragraphs.
    const blank = (i: number) => this.lines[i]?.text === '';
    if (lines > 0) while (next < this.maxTop && blank(next)) next++;
    else while (next > 0 && blank(next)) next--;
    if (next === this.top) return;
    this.top = next;
    this.render();
  }

  page(dir: -1 | 1): void {
    this.scrollBy(dir * Math.max(1, this.visibleCount - 1));
  }

  home(): void {
    this.scrollBy(-this.top);
  }

  end(): void {
    this.scrollBy(this.maxTop - this.top);
  }

  /** Plain text of everything (for screen readers or tests). */
  get plainText(): string {
    return this.lines.map((l) => l.text).join('\n');
  }

  /** The first wrapped line that `match` accepts, or -1 (to scroll a paragraph into view). */
  lineIndex(match: (text: string, i: number) => boolean): number {
    return this.lines.findIndex((l, i) => match(l.text, i));
  }

  private render(): void {
    this.content.removeAll(true);
    let y = 0;
    for (let i = this.top; i < this.lines.length; i++) {
      const l = this.lines[i]!;
      if (y + l.height > this.boxH) break;
      if (l.text) {
        const t = this.scene.add.text(
          l.indent,
          y,
          l.text,
          textStyle(l.role, { color: l.color, bold: l.bold, italic: l.italic }),
        );
        this.content.add(t);
      }
      y += l.height;
    }
    const total = this.lines.reduce((s, l) => s + l.height, 0);
    const before = this.lines.slice(0, this.top).reduce((s, l) => s + l.height, 0);
    this.bar.show(total, before);
    this.moreText.setVisible(total > this.boxH && !this.atEnd);
  }
}

export interface NoticeOptions {
  readonly title?: string;
  readonly button?: string;
  readonly onClose?: () => void;
  readonly width?: number;
}

/** A modal message with one OK button; takes focus, Enter / Space / Escape close it. */
export class Notice {
  private readonly objects: GameObjects.GameObject[] = [];
  private readonly group: FocusGroup;
  private closed = false;

  constructor(
    readonly scene: Scene,
    text: string,
    private readonly opts: NoticeOptions = {},
  ) {
    const pal = palette();
    const { width: W, height: H } = scene.scale;
    const scrim = scene.add.rectangle(0, 0, W, H, pal.scrim, pal.scrimAlpha).setOrigin(0, 0).setInteractive();
    const w = opts.width ?? 760;
    const body = scene.add.text(0, 0, text, textStyle('body', { wrap: w - 64 }));
    const btnH = Math.max(56, lineHeight('body') + 22);
    const titleH = opts.title ? lineHeight('h2') + 12 : 0;
    const h = 20 + titleH + body.height + 32 + btnH + 28;
    const x = (W - w) / 2;
    const y = (H - h) / 2;
    const panel = new Panel(scene, x, y, w, h, opts.title ? { title: opts.title } : {});
    body.setPosition(x + 32, y + panel.contentTop + 4);
    const ok = new Button(scene, W / 2, y + h - 28 - btnH / 2, {
      label: opts.button ?? 'OK',
      width: 220,
      onActivate: () => this.close(),
    });
    scrim.setDepth(1000);
    panel.setDepth(1001);
    body.setDepth(1002);
    ok.setDepth(1002);
    this.objects.push(scrim, panel, body, ok);
    this.group = new FocusGroup(scene, { onEscape: () => this.close() });
    this.group.add(ok);
    this.group.focus(0, true);
    announce([opts.title, text, `Press Enter to ${opts.button ?? 'close'}.`].filter(Boolean).join(' '));
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.group.destroy();
    for (const o of this.objects) o.destroy();
    this.opts.onClose?.();
  }
}
