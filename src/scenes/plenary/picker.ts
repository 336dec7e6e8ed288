// A list to choose from (an argument card, a clause, a partner, an issue, an event card, a seat): the list at
// the left, the highlighted entry's details at the right. Keys: ↑ ↓ PgUp PgDn Home End, a letter jumps to
// the next entry starting with it, Enter chooses, Escape cancels. The owning scene passes keys in.
import { GameObjects, type Scene } from 'phaser';
import { addBox } from '../../ui/box';
import { announce } from '../../ui/live';
import { palette } from '../../ui/theme';
import { drawBox } from '../../ui/panel';
import { type Line, ScrollText } from '../../ui/scroll-text';
import { fit, lh, ts } from '../../ui/text';

export interface PickItem {
  readonly label: string;
  readonly detail: readonly Line[];
  /** Why it cannot be chosen now (shown, spoken), or null. */
  readonly why?: string | null;
  /** A short tag at the right of the row, e.g. "+15" or "10/100". */
  readonly tag?: string;
  /** A group's heading row: shown in gold, never chosen; the keys and the pointer pass over it. */
  readonly heading?: boolean;
}

export interface PickerOptions {
  readonly title: string;
  readonly items: readonly PickItem[];
  readonly onPick: (i: number) => void;
  readonly onCancel: () => void;
  readonly hint?: string;
  readonly selected?: number;
  /** Width of the list column (default 46 % of the box). */
  readonly listW?: number;
  /** A dialog: the whole screen takes no clicks but the list's own (default: only the list's box). */
  readonly modal?: boolean;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

const ROW = 18;

export class ListPicker extends GameObjects.Container {
  private index: number;
  private top = 0;
  private readonly rows: GameObjects.Container;
  private readonly detail: ScrollText;
  private readonly listW: number;
  private readonly rowH = lh(ROW) + 8;
  private readonly rowsVisible: number;
  private readonly listY: number;
  private closed = false;

  constructor(
    scene: Scene,
    readonly box: Box,
    readonly opts: PickerOptions,
  ) {
    super(scene, 0, 0);
    const pal = palette();
    // Clicks on the list's box (or, for a dialog, anywhere) stop here: nothing beneath it acts.
    const { width: W, height: H } = scene.scale;
    const cover = opts.modal ? { x: 0, y: 0, w: W, h: H } : box;
    this.add(scene.add.zone(cover.x, cover.y, cover.w, cover.h).setOrigin(0, 0).setInteractive());
    this.add(drawBox(scene, box.x, box.y, box.w, box.h, { edge: pal.goldNum, lineWidth: 3 }));
    const title = scene.add.text(box.x + 18, box.y + 10, opts.title, ts(20, { color: pal.gold, bold: true }));
    this.add(title);
    const hint = opts.hint ?? '↑ ↓ choose · a letter jumps · Enter choose · Esc cancel';
    this.add(
      scene.add.text(box.x + box.w - 18, box.y + 12, hint, ts(16, { color: pal.muted })).setOrigin(1, 0),
    );
    this.listW = opts.listW ?? Math.round(box.w * 0.46);
    this.listY = box.y + 14 + title.height + 8;
    const fitRows = Math.max(1, Math.floor((box.y + box.h - 10 - this.listY) / this.rowH));
    // A long list gives up its last row to say where in the list you are.
    this.rowsVisible = opts.items.length > fitRows ? Math.max(1, fitRows - 1) : fitRows;
    this.rows = scene.add.container(0, 0);
    this.add(this.rows);
    // One pointer zone per visible row, made once: a zone made while the pointer moves takes no click until
    // the next frame, so zones rebuilt with the rows would let a quick click fall through to what is beneath.
    const rowX = box.x + 18;
    for (let k = 0; k < Math.min(this.rowsVisible, opts.items.length); k++) {
      const zone = scene.add
        .zone(rowX, this.listY + k * this.rowH, this.listW, this.rowH - 4)
        .setOrigin(0, 0)
        .setInteractive({ useHandCursor: true });
      zone.on('pointerover', () => {
        if (!opts.items[this.top + k]?.heading) this.select(this.top + k, true);
      });
      zone.on('pointerup', () => {
        if (opts.items[this.top + k]?.heading) return;
        this.select(this.top + k, true);
        this.choose();
      });
      this.add(zone);
    }
    const dx = box.x + this.listW + 36;
    this.detail = new ScrollText(
      scene,
      dx,
      this.listY,
      box.x + box.w - 16 - dx,
      box.y + box.h - 12 - this.listY,
    );
    this.add(this.detail);
    this.index = Math.min(Math.max(0, opts.selected ?? 0), Math.max(0, opts.items.length - 1));
    if (opts.items[this.index]?.heading) this.index = this.nextChoice(this.index, 1);
    this.setDepth(500);
    scene.add.existing(this);
    this.render();
    this.speak(true);
  }

  get selected(): number {
    return this.index;
  }

  private render(): void {
    const pal = palette();
    const items = this.opts.items;
    if (this.index < this.top) this.top = this.index;
    // Scrolling up to a group's first entry brings its heading into view too.
    if (this.top > 0 && this.top === this.index && items[this.top - 1]?.heading) this.top--;
    if (this.index >= this.top + this.rowsVisible) this.top = this.index - this.rowsVisible + 1;
    this.rows.removeAll(true);
    const x = this.box.x + 18;
    for (let k = 0; k < this.rowsVisible && this.top + k < items.length; k++) {
      const i = this.top + k;
      const it = items[i]!;
      const y = this.listY + k * this.rowH;
      const on = i === this.index;
      if (it.heading) {
        this.rows.add(
          this.scene.add
            .text(
              x + 4,
              y + (this.rowH - 4) / 2,
              fit(this.scene, it.label, this.listW - 8, ROW, { bold: true }),
              ts(ROW, { color: pal.gold, bold: true }),
            )
            .setOrigin(0, 0.5),
        );
        continue;
      }
      const rowStyle = { fill: on ? pal.buttonFocus : pal.button, radius: 7 };
      this.rows.add(addBox(this.scene, x, y, this.listW, this.rowH - 4, rowStyle));
      // The chosen row's ring (the stroke centred on the row's edge plus 2 px, as Graphics drew it).
      if (on)
        this.rows.add(
          addBox(this.scene, x - 3.5, y - 3.5, this.listW + 7, this.rowH + 3, {
            edge: pal.goldNum,
            edgeWidth: 3,
            radius: 8,
          }),
        );
      const color = it.why ? pal.disabled : on ? pal.gold : pal.text;
      const tagW = it.tag ? 70 : 0;
      const label = `${on ? '▶ ' : '   '}${it.why ? '✕ ' : ''}${it.label}`;
      this.rows.add(
        this.scene.add
          .text(
            x + 8,
            y + (this.rowH - 4) / 2,
            fit(this.scene, label, this.listW - 16 - tagW, ROW, { bold: on }),
            ts(ROW, { color, bold: on }),
          )
          .setOrigin(0, 0.5),
      );
      if (it.tag)
        this.rows.add(
          this.scene.add
            .text(x + this.listW - 8, y + (this.rowH - 4) / 2, it.tag, ts(16, { color: pal.muted }))
            .setOrigin(1, 0.5),
        );
    }
    if (items.length > this.rowsVisible) {
      const more = `${this.top + 1}–${Math.min(items.length, this.top + this.rowsVisible)} of ${items.length} (PgUp PgDn)`;
      this.rows.add(
        this.scene.add
          .text(x + 8, this.listY + this.rowsVisible * this.rowH + 2, more, ts(16, { color: pal.muted }))
          .setOrigin(0, 0),
      );
    }
    const it = items[this.index];
    const lines: Line[] = it ? [...it.detail] : [{ text: 'Nothing to choose from.', color: pal.muted }];
    if (it?.why) lines.unshift({ text: `Not now: ${it.why}`, color: '#ff9b85', bold: true });
    this.detail.setLines(lines);
  }

  private speak(withTitle = false): void {
    const it = this.opts.items[this.index];
    const count = this.opts.items.filter((x) => !x.heading).length;
    const head = withTitle ? `${this.opts.title}. ${count} to choose from. ` : '';
    if (!it) {
      announce(`${head}Nothing to choose from. Press Escape.`);
      return;
    }
    announce(
      `${head}${it.label}${it.tag ? `, ${it.tag}` : ''}${it.why ? `, unavailable: ${it.why}` : ''}. ${it.detail[0]?.text ?? ''}`,
    );
  }

  select(i: number, silent = false): void {
    const n = this.opts.items.length;
    if (!n) return;
    let next = Math.max(0, Math.min(n - 1, i));
    // Headings are passed over in the direction of travel (or back, at the end of the list).
    if (this.opts.items[next]?.heading) next = this.nextChoice(next, next < this.index ? -1 : 1);
    if (next === this.index) return;
    this.index = next;
    this.render();
    if (!silent) this.speak();
  }

  /** The first entry that can be chosen from `i` on in direction `dir` (then the other way), or `i`. */
  private nextChoice(i: number, dir: -1 | 1): number {
    const items = this.opts.items;
    for (const d of [dir, -dir]) {
      for (let j = i; j >= 0 && j < items.length; j += d) if (!items[j]!.heading) return j;
    }
    return i;
  }

  choose(): void {
    if (this.closed) return;
    const it = this.opts.items[this.index];
    if (!it || it.heading) return;
    if (it.why) {
      announce(`${it.label} is unavailable: ${it.why}`);
      return;
    }
    this.opts.onPick(this.index);
  }

  /** Handles a key; returns true if it was the picker's. */
  handleKey(ev: KeyboardEvent): boolean {
    const n = this.opts.items.length;
    switch (ev.key) {
      case 'ArrowDown':
        this.select(this.index + 1);
        return true;
      case 'ArrowUp':
        this.select(this.index - 1);
        return true;
      case 'PageDown':
        this.select(this.index + this.rowsVisible);
        return true;
      case 'PageUp':
        this.select(this.index - this.rowsVisible);
        return true;
      case 'Home':
        this.select(0);
        return true;
      case 'End':
        this.select(n - 1);
        return true;
      case 'ArrowRight':
        this.detail.page(1);
        return true;
      case 'ArrowLeft':
        this.detail.page(-1);
        return true;
      case 'Enter':
        if (!ev.repeat) this.choose();
        return true;
      case 'Escape':
        if (!ev.repeat) this.opts.onCancel();
        return true;
      default:
        if (ev.key.length === 1 && /\p{L}/u.test(ev.key)) {
          const k = ev.key.toLowerCase();
          for (let s = 1; s <= n; s++) {
            const i = (this.index + s) % n;
            const label = this.opts.items[i]!.label.replace(/^[^\p{L}]+/u, '').toLowerCase();
            if (label.startsWith(k) && !this.opts.items[i]!.heading) {
              this.select(i);
              break;
            }
          }
          return true;
        }
        return false;
    }
  }

  close(): void {
    this.closed = true;
    this.destroy();
  }
}
