// Keyboard focus: each scene has a stack of FocusGroups; only the top one handles keys (a modal Notice pushes
// its own group and pops it on close). In the top group Tab / Shift+Tab and the arrow keys of its axis move
// focus, Enter / Space activate, Left / Right adjust a focused slider-like item, Escape calls `onEscape`.
import { Scenes, type Scene } from 'phaser';
import { announce } from './live';

/** Anything that can take keyboard focus. */
export interface Focusable {
  /** What the live region says when the item gets focus. */
  readonly spoken: string;
  readonly enabled: boolean;
  setFocused(on: boolean): void;
  activate(): void;
  /** Left/Right on a focused item (slider, cycle); return true if handled. */
  adjust?(dir: -1 | 1): boolean;
  /** Told which group it joined (a Button focuses itself in it on hover). */
  attach?(group: FocusGroup): void;
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
    for (const item of items) item.attach?.(this);
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
