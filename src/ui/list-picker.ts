// A modal list to choose one option from many (a delegation out of 57): type to narrow it, ↑ ↓ PgUp PgDn
// to move, Enter or a click / tap to choose, Escape or Cancel to leave it as it was. With `multi` the rows
// are check boxes: Enter or a click / tap puts one in or out, Clear all empties it, Escape or Done closes
// it (Tab reaches those two buttons from the keyboard). What is typed goes into
// a real (visually hidden) text field, so screen readers, phones' keyboards and accented letters work and
// the game's one-letter shortcuts (M mute, ? help) stand aside while the player types.
import { GameObjects, type Input, type Scene } from 'phaser';
import { announce } from './live';
import { searchOptions, type SearchOption } from './search';
import { lineHeight, palette, textStyle } from './theme';
import { Button } from './button';
import { FocusGroup } from './focus';
import { Panel } from './panel';
import { wheelLines } from './scroll-bar';

export interface PickerOption extends SearchOption {
  /** A short note shown at the right (e.g. "role card", "taken by Ana"). */
  readonly note?: string;
  /** Shown but not chosen, with this reason. */
  readonly disabledReason?: string;
}

export interface ListPickerOptions {
  readonly title: string;
  readonly options: readonly PickerOption[];
  /** The option highlighted at first (the current value). */
  readonly selected?: string;
  /** Text already typed (the letter that opened the list). */
  readonly query?: string;
  /** One choice: the option chosen (the list closes). */
  onChoose?(id: string): void;
  onCancel?(): void;
  /** Several choices at once instead of one. */
  readonly multi?: MultiChoice;
}

export interface MultiChoice {
  /** The options ticked at first. */
  readonly chosen: readonly string[];
  /** The ticked options after each change, in the options' order. */
  onChange?(chosen: string[]): void;
  /** The list closed (Done or Escape) with these ticked. */
  onDone(chosen: string[]): void;
}

const DEPTH = 1100;

export class ListPicker {
  private readonly objects: GameObjects.GameObject[] = [];
  private rows: Button[] = [];
  private readonly group: FocusGroup;
  private readonly input: HTMLInputElement | null;
  private readonly queryText: GameObjects.Text;
  private readonly countText: GameObjects.Text;
  private matches: PickerOption[] = [];
  /** Index in `matches` of the highlighted option, and of the first one shown. */
  private cursor = 0;
  private first = 0;
  private readonly visible: number;
  private readonly rowH: number;
  private readonly listTop: number;
  private readonly x: number;
  private readonly w: number;
  private closed = false;
  /** Multi: the ticked ids, and the footer's buttons (Clear all, Done) with the one Tab reached (-1: the list). */
  private readonly chosen: Set<string>;
  private readonly foot: Button[] = [];
  private footAt = -1;

  constructor(
    readonly scene: Scene,
    private readonly opts: ListPickerOptions,
  ) {
    const pal = palette();
    const { width: W, height: H } = scene.scale;
    this.w = Math.min(W - 80, 860);
    this.x = (W - this.w) / 2;
    const y = 24;
    const h = H - 48;
    const scrim = scene.add.rectangle(0, 0, W, H, pal.scrim, pal.scrimAlpha).setOrigin(0, 0).setInteractive();
    const panel = new Panel(scene, this.x, y, this.w, h, { title: opts.title });
    this.queryText = scene.add.text(this.x + 28, y + panel.contentTop, '', textStyle('body'));
    this.countText = scene.add
      .text(this.x + this.w - 28, y + panel.contentTop, '', textStyle('small', { color: pal.muted }))
      .setOrigin(1, 0);
    this.rowH = Math.max(44, lineHeight('small') + 14);
    this.listTop = y + panel.contentTop + lineHeight('body') + 18;
    const cancelH = Math.max(56, lineHeight('body') + 22);
    const listBottom = y + h - cancelH - 30;
    this.visible = Math.max(3, Math.floor((listBottom - this.listTop) / (this.rowH + 6)));
    this.chosen = new Set(opts.multi?.chosen ?? []);
    const footY = y + h - 18 - cancelH / 2;
    const cancel = opts.multi
      ? this.footer(footY)
      : [
          new Button(scene, W / 2, footY, {
            label: 'Cancel (Esc)',
            width: 0,
            onActivate: () => this.cancel(),
          }),
        ];
    for (const o of [scrim, panel, this.queryText, this.countText, ...cancel]) {
      (o as unknown as GameObjects.Components.Depth).setDepth(DEPTH);
      this.objects.push(o);
    }
    // The wheel anywhere over the list (rows catch it too) scrolls it.
    scrim.on('wheel', (_p: Input.Pointer, _dx: number, dy: number) => this.scroll(dy));
    // A group of its own keeps the scene's keys off while the list is open; the text field does the work.
    this.group = new FocusGroup(scene, { onEscape: () => this.cancel() });
    this.group.add(...cancel);
    this.input = this.makeInput();
    this.filter(opts.query ?? '', opts.selected);
    const current = this.matches[this.cursor];
    const how = opts.multi
      ? `${this.chosen.size} chosen. Type to search, up and down to move, Enter puts one in or out, Tab reaches Clear all and Done, Escape when done.`
      : 'Type to search, up and down to move, Enter to choose, Escape to cancel.';
    announce(
      `${opts.title}: ${this.matches.length} to choose from. ${how} ${current ? this.spoken(current) : ''}`,
    );
  }

  /** Multi: Clear all and Done side by side, centred. */
  private footer(y: number): Button[] {
    const { width: W } = this.scene.scale;
    const clear = new Button(this.scene, 0, y, {
      label: 'Clear all',
      width: 0,
      onActivate: () => this.clearAll(),
    });
    const done = new Button(this.scene, 0, y, {
      label: 'Done (Esc)',
      width: 0,
      onActivate: () => this.cancel(),
    });
    const gap = 24;
    const left = W / 2 - (clear.boxW + gap + done.boxW) / 2;
    clear.setX(left + clear.boxW / 2);
    done.setX(left + clear.boxW + gap + done.boxW / 2);
    this.foot.push(clear, done);
    // The pointer over one takes the keys there too (one focus ring on the screen, not one per part).
    this.foot.forEach((b, i) =>
      b.on('pointerover', () => {
        this.footAt = i;
        this.foot.forEach((o, k) => o.setFocused(k === i));
        this.render();
      }),
    );
    return this.foot;
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  private makeInput(): HTMLInputElement | null {
    if (typeof document === 'undefined') return null;
    const el = document.createElement('input');
    el.type = 'text';
    el.className = 'sr-only';
    el.autocomplete = 'off';
    el.setAttribute('aria-label', `${this.opts.title}: type to search`);
    el.value = this.opts.query ?? '';
    el.addEventListener('input', () => {
      this.filter(el.value);
      const top = this.matches[0];
      announce(top ? `${this.matches.length} found. ${this.spoken(top)}` : 'Nothing found.');
    });
    el.addEventListener('keydown', (ev) => this.onKey(ev));
    // A click on the canvas takes focus from the field: give it back while the list is open.
    el.addEventListener('blur', () => {
      setTimeout(() => {
        if (!this.closed) el.focus();
      }, 0);
    });
    document.body.appendChild(el);
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
    return el;
  }

  private onKey(ev: KeyboardEvent): void {
    const page = Math.max(1, this.visible - 1);
    const moves: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      PageDown: page,
      PageUp: -page,
    };
    if (ev.key in moves) this.move(moves[ev.key]!);
    else if (ev.key === 'Enter' && this.footAt >= 0) this.foot[this.footAt]!.activate();
    else if (ev.key === 'Enter') this.choose(this.matches[this.cursor]);
    else if (ev.key === 'Escape') this.cancel();
    else if (ev.key === 'Tab') this.tab(ev.shiftKey ? -1 : 1);
    else return;
    // Keep these keys from the game (it would act on them once the field is gone).
    ev.preventDefault();
    ev.stopPropagation();
  }

  /** Multi: Tab goes from the list to Clear all, Done, and back to the list. */
  private tab(dir: -1 | 1): void {
    if (!this.foot.length) return;
    const n = this.foot.length + 1;
    this.footAt = ((this.footAt + 1 + dir + n) % n) - 1;
    this.foot.forEach((b, i) => b.setFocused(i === this.footAt));
    this.render();
    const b = this.foot[this.footAt];
    const current = this.matches[this.cursor];
    announce(b ? b.spoken : current ? this.spoken(current) : 'The list.');
  }

  /** The list takes the keys back from the footer (a move, or typing). */
  private toList(): void {
    if (this.footAt < 0) return;
    this.footAt = -1;
    for (const b of this.foot) b.setFocused(false);
  }

  private spoken(o: PickerOption): string {
    const n = this.matches.indexOf(o) + 1;
    const ticked = this.opts.multi ? (this.chosen.has(o.id) ? ', chosen' : ', not chosen') : '';
    const extra = o.disabledReason ? `, unavailable: ${o.disabledReason}` : o.note ? `, ${o.note}` : '';
    return `${o.label}${ticked}${extra}, ${n} of ${this.matches.length}.`;
  }

  private filter(query: string, select?: string): void {
    this.toList();
    this.matches = searchOptions(this.opts.options, query);
    const at = select ? this.matches.findIndex((o) => o.id === select) : -1;
    this.cursor = Math.max(0, at);
    this.first = Math.max(
      0,
      Math.min(this.cursor - Math.floor(this.visible / 2), this.matches.length - this.visible),
    );
    this.queryText.setText(`Search: ${query}▏`);
    this.countText.setText(
      query ? `${this.matches.length} of ${this.opts.options.length}` : `${this.matches.length}`,
    );
    this.render();
  }

  private move(step: number): void {
    this.toList();
    if (!this.matches.length) return;
    this.cursor = Math.max(0, Math.min(this.matches.length - 1, this.cursor + step));
    this.keepInView();
    this.render();
    announce(this.spoken(this.matches[this.cursor]!));
  }

  /** Scrolls by a wheel delta (px): about one row per row height of delta, at least one. */
  private scroll(dy: number): void {
    const rows = wheelLines(dy, this.rowH + 6);
    const max = Math.max(0, this.matches.length - this.visible);
    const next = Math.max(0, Math.min(max, this.first + rows));
    if (next === this.first) return;
    this.first = next;
    this.cursor = Math.max(this.first, Math.min(this.first + this.visible - 1, this.cursor));
    this.render();
  }

  private keepInView(): void {
    if (this.cursor < this.first) this.first = this.cursor;
    if (this.cursor >= this.first + this.visible) this.first = this.cursor - this.visible + 1;
  }

  private render(): void {
    for (const r of this.rows) r.destroy();
    this.rows = [];
    const shown = this.matches.slice(this.first, this.first + this.visible);
    shown.forEach((o, k) => {
      const b = new Button(
        this.scene,
        this.x + this.w / 2 - 8,
        this.listTop + k * (this.rowH + 6) + this.rowH / 2,
        {
          label: this.opts.multi ? `${this.chosen.has(o.id) ? '☑' : '☐'} ${o.label}` : o.label,
          width: this.w - 72,
          height: this.rowH,
          role: 'small',
          align: 'left',
          ...(o.disabledReason !== undefined
            ? { disabledReason: o.disabledReason }
            : o.note
              ? { value: o.note }
              : {}),
          onActivate: () => this.choose(o),
        },
      );
      b.setDepth(DEPTH + 1);
      b.on('pointerover', () => {
        this.cursor = this.first + k;
        this.toList();
        for (const r of this.rows) r.setFocused(r === b);
      });
      b.on('wheel', (_p: Input.Pointer, _dx: number, dy: number) => this.scroll(dy));
      b.setFocused(this.footAt < 0 && this.first + k === this.cursor);
      this.rows.push(b);
    });
    const more = this.matches.length - this.first - shown.length;
    if (!this.matches.length) this.countText.setText('nothing found');
    else if (more > 0 || this.first > 0)
      this.countText.setText(
        `${this.first + 1}–${this.first + shown.length} of ${this.matches.length}${more > 0 ? ' ▼' : ''}`,
      );
  }

  private choose(o: PickerOption | undefined): void {
    if (!o) return;
    if (o.disabledReason) {
      announce(`${o.label} is unavailable: ${o.disabledReason}.`);
      return;
    }
    if (this.opts.multi) {
      this.toggle(o);
      return;
    }
    this.close();
    this.opts.onChoose?.(o.id);
  }

  /** The ticked ids in the options' order. */
  private ticked(): string[] {
    return this.opts.options.filter((o) => this.chosen.has(o.id)).map((o) => o.id);
  }

  private toggle(o: PickerOption): void {
    const on = !this.chosen.has(o.id);
    if (on) this.chosen.add(o.id);
    else this.chosen.delete(o.id);
    this.cursor = Math.max(0, this.matches.indexOf(o));
    this.keepInView();
    this.render();
    this.opts.multi?.onChange?.(this.ticked());
    announce(`${o.label} ${on ? 'chosen' : 'not chosen'}. ${this.chosen.size} chosen.`);
  }

  private clearAll(): void {
    this.chosen.clear();
    this.render();
    this.opts.multi?.onChange?.([]);
    announce('None chosen.');
  }

  private cancel(): void {
    this.close();
    if (this.opts.multi) this.opts.multi.onDone(this.ticked());
    else this.opts.onCancel?.();
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.input?.remove();
    this.group.destroy();
    for (const r of this.rows) r.destroy();
    for (const o of this.objects) o.destroy();
  }
}
