// Small drawing helpers shared by the gameplay scenes: type at any size ≥ 16 px (the theme's roles start
// at 22 px, too big for the dense plenary panels), stance colours that are colour-blind safe (always shown
// with their symbol too), a key-labelled button whose disabled state says why on focus, and a scrolling
// text box at any type size.
import { GameObjects, type Scene, type Types } from 'phaser';
import type { IssueId } from '../../content/types';
import type { SeatStance } from '../../app/view-model';
import { addBox, addPanel, restyleBox, type BoxStyle } from '../../ui/box';
import { ScrollBar } from '../../ui/widgets';
import { Wrapper } from '../../ui/wrap';
import { announce } from '../../ui/live';
import { settings } from '../../ui/settings';
import { cssColor, MIN_FONT_PX, palette, textStyle, type TextOptions } from '../../ui/theme';

/** A font size in px at the design size, scaled by the player's text-size setting, never below 16 px. */
export function px(base: number): number {
  return Math.max(MIN_FONT_PX, Math.round(base * settings.get().textScale));
}

/** Line height for a px size. */
export function lh(base: number): number {
  return Math.round(px(base) * 1.3);
}

/** A text style at any size (≥ 16 px), with the theme's fonts and colours. */
export function ts(base: number, o: TextOptions = {}): Types.GameObjects.Text.TextStyle {
  const size = px(base);
  return textStyle('small', { ...o, px: size });
}

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
export const STANCE_COLOR: Record<SeatStance, number> = {
  supports: 0x56b4e9,
  opposes: 0xe69f00,
  objects: 0xd55e00,
  observer: 0xcc79a7,
  absent: 0x56627c,
  chair: 0xf2c14e,
};

export const STANCE_CSS: Record<SeatStance, string> = Object.fromEntries(
  Object.entries(STANCE_COLOR).map(([k, v]) => [k, cssColor(v)]),
) as Record<SeatStance, string>;

/** Short stance words for legends. */
export const STANCE_SHORT: Record<SeatStance, string> = {
  supports: 'supports',
  opposes: 'prefers status quo',
  objects: 'would object',
  observer: 'observer',
  absent: 'absent',
  chair: 'Chair',
};

export const ISSUE_NAME: Record<IssueId, string> = {
  definition: 'Definition scope',
  'decision-rule': 'Decision rule',
  marange: 'Marange / Zimbabwe',
  transparency: 'Transparency',
  'administrative-support': 'Administrative support',
};

/** What 0 and 100 mean on each issue's scale (DESIGN §3). */
export const ISSUE_ENDS: Record<IssueId, readonly [string, string]> = {
  definition: ['rebels only (Core Document)', 'state violence, rights, governance'],
  'decision-rule': ['consensus as now', 'voting on some decisions'],
  marange: ['trade like any other', 'keep supervision'],
  transparency: ['private statistics', 'public mine-level data'],
  'administrative-support': ['no support', 'permanent secretariat'],
};

export const RED = '#ff9b85';
export const GREEN = '#8fe3b0';

export interface PanelBoxOptions {
  readonly fill?: number;
  readonly edge?: number;
  readonly alpha?: number;
  readonly radius?: number;
  readonly lineWidth?: number;
}

/** A tab of a tab strip (top-left at x, y); the chosen one is lit and edged in gold. */
export function tabBox(
  scene: Scene,
  x: number,
  y: number,
  w: number,
  h: number,
  on: boolean,
): GameObjects.NineSlice {
  const pal = palette();
  return addBox(scene, x, y, w, h, {
    fill: on ? pal.buttonFocus : pal.button,
    edge: on ? pal.goldNum : pal.buttonEdge,
    radius: 8,
  });
}

/** The look of a panel: the panel colours unless told otherwise. */
export function panelStyle(opts: PanelBoxOptions = {}): BoxStyle {
  const pal = palette();
  return {
    fill: opts.fill ?? pal.panel,
    fillAlpha: opts.alpha ?? 1,
    edge: opts.edge ?? pal.panelEdge,
    edgeWidth: opts.lineWidth ?? 2,
    radius: opts.radius ?? 12,
  };
}

/** A rounded panel, filled and outlined (top-left at x, y). */
export function drawBox(
  scene: Scene,
  x: number,
  y: number,
  w: number,
  h: number,
  opts: PanelBoxOptions = {},
): GameObjects.Rectangle {
  return addPanel(scene, x, y, w, h, panelStyle(opts));
}

/** Cuts a string to fit `maxW` px in a given style, adding an ellipsis. */
let measurer: CanvasRenderingContext2D | null | undefined;

/** Width of a line of text in px, measured on a shared off-screen canvas (cheap: no game object). */
export function textWidth(text: string, base: number, o: TextOptions = {}): number {
  if (measurer === undefined)
    measurer = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  const st = ts(base, o);
  if (!measurer) return text.length * px(base) * 0.55;
  measurer.font = `${st.fontStyle ?? ''} ${st.fontSize} ${st.fontFamily}`.trim();
  return measurer.measureText(text).width;
}

/** Cuts a string to fit `maxW` px in a given style, adding an ellipsis. */
export function fit(
  _scene: Scene | null,
  text: string,
  maxW: number,
  base: number,
  o: TextOptions = {},
): string {
  if (textWidth(text, base, o) <= maxW) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(text.slice(0, mid) + '…', base, o) <= maxW) lo = mid;
    else hi = mid - 1;
  }
  return text.slice(0, lo).trimEnd() + '…';
}

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
    const text = opts.label;
    this.label = scene.add
      .text(
        left,
        this.boxH / 2,
        fit(scene, text, this.boxW - left - 24, size, { bold: true }),
        ts(size, {
          color: disabled ? pal.disabled : opts.selected ? pal.gold : pal.text,
          bold: true,
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

export interface Line {
  readonly text: string;
  readonly size?: number;
  readonly color?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly serif?: boolean;
  readonly indent?: number;
  /** Space after the paragraph in px (default a third of a line). */
  readonly gap?: number;
}

interface Wrapped {
  text: string;
  size: number;
  color: string;
  bold: boolean;
  italic: boolean;
  serif: boolean;
  indent: number;
  height: number;
}

/**
 * Text in a fixed box at any size, scrolled a line at a time; only lines that fit are drawn. Origin: top-left.
 * `stickToEnd` keeps the newest lines in view as paragraphs are added (the transcript).
 */
export class ScrollText extends GameObjects.Container {
  private lines: Wrapped[] = [];
  private top = 0;
  private readonly content: GameObjects.Container;
  private readonly bar: ScrollBar;
  private readonly more: GameObjects.Text;
  private readonly less: GameObjects.Text;
  private readonly wrapper = new Wrapper(this.scene);

  constructor(
    scene: Scene,
    x: number,
    y: number,
    readonly boxW: number,
    readonly boxH: number,
    private readonly stickToEnd = false,
    moreLabel = '▼ more (PgDn)',
  ) {
    super(scene, x, y);
    this.content = scene.add.container(0, 0);
    this.bar = new ScrollBar(scene, boxW - 10, 10, boxH, 30);
    const pal = palette();
    this.more = scene.add
      .text(boxW - 18, boxH + 2, moreLabel, ts(16, { color: pal.gold }))
      .setOrigin(1, 1)
      .setVisible(false);
    this.less = scene.add
      .text(boxW - 18, 0, '▲ more', ts(16, { color: pal.gold }))
      .setOrigin(1, 0)
      .setVisible(false);
    this.add([this.content, this.bar, this.more, this.less]);
    const zone = scene.add.zone(0, 0, boxW, boxH).setOrigin(0, 0).setInteractive();
    zone.on('wheel', (_p: unknown, _dx: number, dy: number) => this.scrollBy(dy > 0 ? 3 : -3));
    this.add(zone);
    scene.add.existing(this);
    this.once(GameObjects.Events.DESTROY, () => this.wrapper.destroy());
  }

  private sig = '';

  setLines(paras: readonly Line[], keepPlace = false): void {
    // Same text: nothing to redo (the transcript and panels are refreshed after every event).
    const sig = JSON.stringify(paras);
    if (sig === this.sig && keepPlace) return;
    this.sig = sig;
    const pal = palette();
    const textW = this.boxW - 24;
    const out: Wrapped[] = [];
    for (const p of paras) {
      const size = p.size ?? 18;
      const indent = p.indent ?? 0;
      const style = ts(size, { wrap: textW - indent, bold: p.bold, italic: p.italic, serif: p.serif });
      const wrapped = this.wrapper.wrap(p.text, style);
      for (const t of wrapped)
        out.push({
          text: t,
          size,
          color: p.color ?? pal.text,
          bold: p.bold ?? false,
          italic: p.italic ?? false,
          serif: p.serif ?? false,
          indent,
          height: lh(size),
        });
      const gap = p.gap ?? Math.round(lh(size) / 3);
      if (gap > 0)
        out.push({
          text: '',
          size,
          color: pal.text,
          bold: false,
          italic: false,
          serif: false,
          indent,
          height: gap,
        });
    }
    const wasAtEnd = this.atEnd;
    this.lines = out;
    if (this.stickToEnd && (wasAtEnd || !keepPlace)) this.top = this.maxTop;
    else if (!keepPlace) this.top = 0;
    else this.top = Math.min(this.top, this.maxTop);
    this.render();
  }

  /** Height the lines may use: the box, less a strip for the "more" cue when the text scrolls. */
  private get viewH(): number {
    const total = this.lines.reduce((s, l) => s + l.height, 0);
    return total > this.boxH ? this.boxH - lh(16) : this.boxH;
  }

  get maxTop(): number {
    let used = 0;
    const h = this.viewH;
    for (let i = this.lines.length - 1; i >= 0; i--) {
      used += this.lines[i]!.height;
      if (used > h) return Math.min(this.lines.length - 1, i + 1);
    }
    return 0;
  }

  get atEnd(): boolean {
    return this.top >= this.maxTop;
  }

  get plainText(): string {
    return this.lines.map((l) => l.text).join('\n');
  }

  scrollBy(n: number): void {
    const next = Math.max(0, Math.min(this.maxTop, this.top + n));
    if (next === this.top) return;
    this.top = next;
    this.render();
  }

  page(dir: -1 | 1): void {
    this.scrollBy(dir * Math.max(1, Math.floor(this.boxH / lh(18)) - 1));
  }

  home(): void {
    this.scrollBy(-this.top);
  }

  end(): void {
    this.scrollBy(this.maxTop - this.top);
  }

  private render(): void {
    this.content.removeAll(true);
    let y = 0;
    const viewH = this.viewH;
    for (let i = this.top; i < this.lines.length; i++) {
      const l = this.lines[i]!;
      if (y + l.height > viewH) break;
      if (l.text)
        this.content.add(
          this.scene.add.text(
            l.indent,
            y,
            l.text,
            ts(l.size, { color: l.color, bold: l.bold, italic: l.italic, serif: l.serif }),
          ),
        );
      y += l.height;
    }
    const total = this.lines.reduce((s, l) => s + l.height, 0);
    const before = this.lines.slice(0, this.top).reduce((s, l) => s + l.height, 0);
    this.bar.show(total, before);
    const scrollable = total > this.boxH;
    this.more.setVisible(scrollable && !this.atEnd);
    this.less.setVisible(false);
  }
}
