// Long text in a fixed box, scrolled a line at a time.
import { GameObjects, type Scene, type Input } from 'phaser';
import { ScrollBar, wheelLines } from './scroll-bar';
import { lineHeight, palette, textStyle, type FontRole } from './theme';
import { Wrapper } from './wrap';

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
