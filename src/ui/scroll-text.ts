// A scrolling text box at any type size (the transcript and the dense panels).
import { GameObjects, type Input, type Scene } from 'phaser';
import { termTip, type TermFinder, type TermMark } from './term-tips';
import { lh, textWidth, ts } from './text';
import { palette } from './theme';
import { ScrollBar, wheelLines } from './scroll-bar';
import { Wrapper } from './wrap';

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
  /**
   * A first column in its own colour (a verdict before a rule's line): drawn bold at the paragraph's start,
   * `width` px wide; the text wraps beside it, its lines starting after the column.
   */
  readonly lead?: { readonly text: string; readonly color: string; readonly width: number };
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
  lead?: { text: string; color: string; x: number };
}

/** A wheel notch in Chromium and Firefox: scrolls three lines, whatever their size. */
const NOTCH_PX = 100;

/** Every scrolling panel alive in each scene, oldest first. */
const panels = new WeakMap<Scene, Set<ScrollText>>();

/**
 * The panel PgUp / PgDn should scroll: the visible one under the pointer, or else the scene's default
 * (a "more (PgDn)" cue on one panel must not be answered by another panel scrolling). Found from where the
 * pointer is when the key is pressed, not from over/out events: a panel redrawn under a resting pointer
 * never hears "over".
 */
export function scrollTarget(scene: Scene, fallback: ScrollText): ScrollText {
  const p = scene.input.activePointer;
  const under = [...(panels.get(scene) ?? [])].filter((t) => t.active && t.shown && t.contains(p.x, p.y));
  return under[under.length - 1] ?? fallback;
}

/**
 * Text in a fixed box at any size, scrolled a line at a time; only lines that fit are drawn. Origin: top-left.
 * `stickToEnd` keeps the newest lines in view as paragraphs are added (the transcript). The wheel scrolls by
 * the distance the browser asks for (a notch, about three lines), as TextBlock does; clicking the "more" cue
 * pages down.
 */
export class ScrollText extends GameObjects.Container {
  private lines: Wrapped[] = [];
  private top = 0;
  private readonly content: GameObjects.Container;
  private readonly bar: ScrollBar;
  private readonly more: GameObjects.Text;
  private readonly less: GameObjects.Text;
  private readonly wrapper = new Wrapper(this.scene);
  /** Underlines and pointer zones of the terms explained in the lines shown. */
  private readonly marks: GameObjects.Container;
  private finder: TermFinder | null = null;
  private onLink: ((link: unknown) => void) | null = null;
  /** A link just stepped to with U: Enter opens it while its tip shows. */
  private armed: TermMark | null = null;
  private spots: { mark: TermMark; x: number; y: number; w: number; h: number }[] = [];
  private spotIndex = -1;

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
    zone.on('wheel', (_p: unknown, _dx: number, dy: number) => this.scrollBy(wheelLines(dy, NOTCH_PX / 3)));
    // The terms' zones are made again whenever the text changes (a panel after each event, a scroll), and a
    // game object made in one frame takes the pointer only from the next: a click on a citation that came
    // in between fell through to nothing. This zone, made once under them, hears the releases no term took
    // and follows the link drawn under the pointer.
    zone.on('pointerup', (p: Input.Pointer) => {
      const m = this.getWorldTransformMatrix();
      const at = this.spots.find(
        (sp) =>
          p.worldX >= m.tx + sp.x &&
          p.worldX < m.tx + sp.x + sp.w &&
          p.worldY >= m.ty + sp.y &&
          p.worldY < m.ty + sp.y + sp.h,
      );
      if (at?.mark.link !== undefined) this.follow(at.mark);
    });
    this.more.setInteractive({ useHandCursor: true }).on('pointerdown', () => this.page(1));
    this.add(zone);
    this.marks = scene.add.container(0, 0);
    this.add(this.marks); // above the wheel zone, so that pointing at a term reaches it
    this.bringToTop(this.more); // above the wheel zone, so that a click on the cue reaches it
    scene.add.existing(this);
    const alive = panels.get(scene) ?? new Set<ScrollText>();
    panels.set(scene, alive.add(this));
    this.once(GameObjects.Events.DESTROY, () => {
      alive.delete(this);
      this.wrapper.destroy();
    });
  }

  private sig = '';

  /** Explains the terms `finder` finds in the lines shown: underlined, with a tip on hover and by key. */
  explainTerms(finder: TermFinder, onLink?: (link: unknown) => void): this {
    this.finder = finder;
    this.onLink = onLink ?? null;
    this.render();
    const keys = this.scene.input.keyboard;
    // Any key but U (the next term) or Enter (open) puts down a link stepped to.
    const disarm = (ev: KeyboardEvent) => {
      if (!['u', 'U', 'Enter', 'Shift'].includes(ev.key)) this.armed = null;
    };
    keys?.on('keydown', disarm);
    this.once(GameObjects.Events.DESTROY, () => keys?.off('keydown', disarm));
    return this;
  }

  /** Enter right after U stepped to a citation: opens it. True when it did (the key is used). */
  openStepped(): boolean {
    const m = this.armed;
    this.armed = null;
    if (!m || !this.onLink || termTip(this.scene).shownTerm !== m.term || !this.shown) return false;
    termTip(this.scene).hide();
    this.onLink(m.link);
    return true;
  }

  /**
   * Steps to the next explained term in view (the U key): shows its tip and says it. Returns false when
   * the panel explains none in view.
   */
  nextTerm(): boolean {
    if (!this.spots.length) return false;
    this.spotIndex = (this.spotIndex + 1) % this.spots.length;
    const s = this.spots[this.spotIndex]!;
    this.armed = s.mark.link !== undefined ? s.mark : null;
    const m = this.getWorldTransformMatrix();
    termTip(this.scene).show(s.mark, { x: m.tx + s.x, y: m.ty + s.y, w: s.w, h: s.h }, true);
    return true;
  }

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
      const indent = (p.indent ?? 0) + (p.lead?.width ?? 0);
      const style = ts(size, { wrap: textW - indent, bold: p.bold, italic: p.italic, serif: p.serif });
      const wrapped = this.wrapper.wrap(p.text, style);
      for (const [k, t] of wrapped.entries())
        out.push({
          ...(p.lead && k === 0
            ? { lead: { text: p.lead.text, color: p.lead.color, x: p.indent ?? 0 } }
            : {}),
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

  /** Drawn on screen: this box and every container above it visible. */
  /** Whether a point of the canvas (game pixels) lies inside the panel's box. */
  contains(x: number, y: number): boolean {
    const m = this.getWorldTransformMatrix();
    return x >= m.tx && x < m.tx + this.boxW && y >= m.ty && y < m.ty + this.boxH;
  }

  get shown(): boolean {
    if (!this.visible) return false;
    for (let o = this.parentContainer; o; o = o.parentContainer) if (!o.visible) return false;
    return true;
  }

  get atEnd(): boolean {
    return this.top >= this.maxTop;
  }

  get plainText(): string {
    return this.lines.map((l) => (l.lead ? `${l.lead.text} ${l.text}` : l.text)).join('\n');
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
    this.marks.removeAll(true);
    const tip = termTip(this.scene);
    if (this.spots.some((s) => s.mark.term === tip.shownTerm)) tip.hide();
    this.spots = [];
    this.spotIndex = -1;
    this.armed = null;
    const seen = new Set<string>();
    let y = 0;
    const viewH = this.viewH;
    for (let i = this.top; i < this.lines.length; i++) {
      const l = this.lines[i]!;
      if (y + l.height > viewH) break;
      if (l.lead)
        this.content.add(
          this.scene.add.text(l.lead.x, y, l.lead.text, ts(l.size, { color: l.lead.color, bold: true })),
        );
      if (l.text) {
        const o = { color: l.color, bold: l.bold, italic: l.italic, serif: l.serif };
        const t = this.scene.add.text(l.indent, y, l.text, ts(l.size, o));
        this.content.add(t);
        for (const mark of this.finder?.(l.text, seen) ?? []) {
          const x = l.indent + textWidth(l.text.slice(0, mark.at), l.size, o);
          const w = textWidth(l.text.slice(mark.at, mark.at + mark.length), l.size, o);
          this.markTerm(mark, x, y, w, t.height);
        }
      }
      y += l.height;
    }
    const total = this.lines.reduce((s, l) => s + l.height, 0);
    const before = this.lines.slice(0, this.top).reduce((s, l) => s + l.height, 0);
    this.bar.show(total, before);
    const scrollable = total > this.boxH;
    this.more.setVisible(scrollable && !this.atEnd);
    this.less.setVisible(false);
  }

  /** Opens what a term links to (a citation's paragraph in Sources). */
  private follow(mark: TermMark): void {
    this.armed = null;
    termTip(this.scene).hide();
    this.onLink?.(mark.link);
  }

  /** A term's underline and the zone that opens its tip (a wheel over it still scrolls the panel). */
  private markTerm(mark: TermMark, x: number, y: number, w: number, h: number): void {
    const pal = palette();
    const line = this.scene.add.rectangle(x, y + h - 2, w, 2, pal.goldNum, 0.8).setOrigin(0, 0);
    const zone = this.scene.add.zone(x, y, w, h).setOrigin(0, 0).setInteractive({ useHandCursor: true });
    const tip = termTip(this.scene);
    const show = () => {
      const m = this.getWorldTransformMatrix();
      tip.show(mark, { x: m.tx + x, y: m.ty + y, w, h });
    };
    zone.on('pointerover', show);
    zone.on('pointerdown', show);
    if (mark.link !== undefined) zone.on('pointerup', () => this.follow(mark));
    zone.on('pointerout', () => tip.hide(mark.term));
    zone.on('wheel', (_p: unknown, _dx: number, dy: number) => this.scrollBy(wheelLines(dy, NOTCH_PX / 3)));
    this.marks.add([line, zone]);
    this.spots.push({ mark, x, y, w, h });
  }
}
