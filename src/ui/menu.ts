// A vertical menu: a column of Buttons in one FocusGroup.
import type { Scene } from 'phaser';
import { Button } from './button';
import { FocusGroup, type FocusGroupOptions } from './focus';
import { lineHeight, type FontRole } from './theme';

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
