// A screen of tabbed pages with a column of commands: the Outcome and Debrief scenes. Keys: digits pick a
// page, ↑ ↓ PgUp PgDn Home End scroll it, Tab / Shift+Tab or ← → move between the commands, Enter runs one.
import { GameObjects, Scenes, type Scene } from 'phaser';
import { announce, mirrorText } from '../../ui/live';
import { MIN_FONT_PX, palette, textStyle } from '../../ui/theme';
import { registerCaptionSpot } from '../../ui/caption-spot';
import { FocusGroup, typingInField } from '../../ui/focus';
import { FocusList, KeyButton } from '../../ui/key-button';
import { drawBox, tabBox } from '../../ui/panel';
import { type Line, ScrollText } from '../../ui/scroll-text';
import { explainedSpans } from '../../app/terms';
import { openSource } from '../source-link';
import { TERM_KEY } from '../../ui/term-tips';
import { fitLabel, px, textWidth, ts } from '../../ui/text';
import { failInk, passInk } from '../../ui/stance';
import type { ResultLine } from '../../app/result-view';

/** The result screens' lines (src/app/result-view.ts), styled: the words are decided there, not here. */
export function styled(rows: readonly ResultLine[]): Line[] {
  const pal = palette();
  return rows.map((r): Line => {
    const indent = r.indent ? 16 : 0;
    switch (r.tone) {
      case 'heading':
        return { text: r.text, size: 22, bold: true, color: pal.gold, gap: 4, indent };
      case 'lead':
        return { text: r.text, size: 20, bold: true, gap: 8, indent };
      case 'good':
      case 'bad':
      case 'open': {
        const color = r.tone === 'good' ? passInk() : r.tone === 'bad' ? failInk() : pal.gold;
        return r.strong
          ? { text: r.text, size: 22, bold: true, color, gap: 4, indent }
          : { text: r.text, size: 18, indent, gap: 3, color };
      }
      case 'note':
        return { text: r.text, size: 16, color: pal.muted, indent };
      case 'quote':
        return { text: r.text, serif: true, size: 19, indent };
      case 'plain':
        return { text: r.text, size: 18, indent, gap: 4 };
    }
  });
}

export interface Page {
  readonly label: string;
  /** Lines for a scrolling page, or a custom painter for the content box. */
  readonly lines?: () => Line[];
  readonly paint?: (
    layer: GameObjects.Container,
    box: { x: number; y: number; w: number; h: number },
  ) => string;
}

export interface Command {
  readonly label: string;
  readonly key?: string;
  readonly run: () => void;
  readonly why?: string | null;
}

export interface ReportOptions {
  readonly title: string;
  /** The line under the title, or versions of it from the fullest to the shortest. */
  readonly subtitle: string | readonly string[];
  readonly pages: readonly Page[];
  readonly commands: readonly Command[];
  readonly onEscape?: () => void;
  readonly footer: string;
  readonly start?: number;
  /** A few lines shown under the commands (the one thing to remember). */
  readonly aside?: { readonly title: string; readonly text: string };
}

const CONTENT = { x: 24, y: 130, w: 856, h: 540 };
const SIDE_X = 896;

export class ReportView {
  private page = 0;
  private tabs: GameObjects.Container;
  private text: ScrollText;
  private layer: GameObjects.Container;
  private focus: FocusList;
  private buttons: KeyButton[] = [];
  private note: GameObjects.Text;

  constructor(
    private readonly scene: Scene,
    private readonly opts: ReportOptions,
  ) {
    const pal = palette();
    const title = scene.add.text(28, 12, opts.title, textStyle('h1', { color: pal.gold }));
    // The captions of sounds (the gavel, the hall) beside the title, above the subtitle: at the foot of the
    // screen they rose over the page's last lines and its ▼ more cue.
    const capX = Math.max(640, title.x + title.width + 24);
    registerCaptionSpot(scene.scene.key, { x: capX, y: 4, w: 1256 - capX, h: 62 });
    // One line above the pages at any text size (smaller type before a cut: a second line ran into the tabs).
    // The fullest version that fits word for word (smaller type allowed); else the shortest, as fitLabel
    // shortens it (asides in brackets dropped, then cut): a version fitLabel shortened lost more than the next.
    const versions = typeof opts.subtitle === 'string' ? [opts.subtitle] : opts.subtitle;
    const fitted = versions.map((v) => fitLabel(v, 1220, 18));
    const sub = fitted.find((f, i) => f.text === versions[i]) ?? fitted[fitted.length - 1]!;
    scene.add.text(30, 70, sub.text, ts(18, { color: pal.muted, px: sub.px }));
    drawBox(scene, CONTENT.x - 8, CONTENT.y - 8, CONTENT.w + 16, CONTENT.h + 16);
    this.tabs = scene.add.container(0, 0);
    // Words explained where they appear: glossary terms underlined, with their definition on hover or U.
    this.text = new ScrollText(
      scene,
      CONTENT.x + 8,
      CONTENT.y + 48,
      CONTENT.w - 16,
      CONTENT.h - 56,
    ).explainTerms(explainedSpans, (link) => openSource(scene, link));
    this.layer = scene.add.container(0, 0);
    this.focus = new FocusList();
    this.buttons = opts.commands.map(
      (c, i) =>
        new KeyButton(scene, SIDE_X, CONTENT.y - 8 + i * 54, {
          label: c.label,
          ...(c.key ? { key: c.key } : {}),
          width: 1256 - SIDE_X,
          height: 46,
          size: 18,
          why: c.why ?? null,
          onActivate: c.run,
          onFocus: (b) => this.focus.focus(this.buttons.indexOf(b), true),
        }),
    );
    this.focus.set(this.buttons, false);
    const asideY = CONTENT.y - 8 + this.buttons.length * 54 + 40;
    if (opts.aside) {
      scene.add.text(SIDE_X, asideY, opts.aside.title, ts(18, { color: pal.gold, bold: true }));
      const body = scene.add.text(SIDE_X, asideY + 28, opts.aside.text, ts(18, { wrap: 1256 - SIDE_X }));
      for (const size of [17, 16])
        if (body.y + body.height > 650) body.setStyle(ts(size, { wrap: 1256 - SIDE_X }));
    }
    this.note = scene.add.text(SIDE_X, 680, '', ts(16, { color: pal.gold, wrap: 1256 - SIDE_X }));
    scene.add.text(28, 692, opts.footer, ts(16, { color: pal.muted }));
    const onKey = (ev: KeyboardEvent) => this.onKey(ev);
    scene.input.keyboard?.on('keydown', onKey);
    scene.events.once(Scenes.Events.SHUTDOWN, () => {
      scene.input.keyboard?.off('keydown', onKey);
      mirrorText('');
    });
    this.show(opts.start ?? 0, false);
  }

  /** A short message under the commands (e.g. "Downloaded …"). */
  say(text: string): void {
    this.note.setText(text);
    this.note.setY(Math.min(680, CONTENT.y - 8 + this.buttons.length * 54 + 6));
    announce(text);
  }

  show(i: number, speak = true): void {
    const pal = palette();
    const s = this.scene;
    this.page = Math.max(0, Math.min(this.opts.pages.length - 1, i));
    this.tabs.removeAll(true);
    let x = CONTENT.x;
    // The tabs stay inside the page's box: in smaller type at large text if they must.
    const labels = this.opts.pages.map((p, k) => `${k + 1} ${p.label}`);
    let tabPx = px(17);
    const row = (size: number) =>
      labels.reduce((w, l) => w + textWidth(l, 17, { bold: true, px: size }) + 32, -8);
    while (tabPx > MIN_FONT_PX && row(tabPx) > CONTENT.w) tabPx--;
    this.opts.pages.forEach((_p, k) => {
      const on = k === this.page;
      const label = labels[k]!;
      const t = s.add.text(0, 0, label, ts(17, { color: on ? pal.gold : pal.text, bold: on, px: tabPx }));
      const w = t.width + 24;
      const tab = tabBox(s, x, CONTENT.y, w, 36, on);
      t.setPosition(x + 12, CONTENT.y + 18).setOrigin(0, 0.5);
      const zone = s.add.zone(x, CONTENT.y, w, 36).setOrigin(0, 0).setInteractive({ useHandCursor: true });
      zone.on('pointerup', () => this.show(k));
      this.tabs.add([tab, t, zone]);
      x += w + 8;
    });
    const page = this.opts.pages[this.page]!;
    this.layer.removeAll(true);
    let spoken = '';
    if (page.paint) {
      this.text.setVisible(false);
      spoken = page.paint(this.layer, {
        x: CONTENT.x + 8,
        y: CONTENT.y + 48,
        w: CONTENT.w - 16,
        h: CONTENT.h - 56,
      });
    } else {
      this.text.setVisible(true);
      const lines = page.lines?.() ?? [];
      this.text.setLines(lines);
      spoken = lines.map((l) => l.text).join('\n');
    }
    mirrorText(`${page.label}\n${spoken}`);
    if (speak) announce(`${page.label}. ${spoken.slice(0, 600)}`);
  }

  private onKey(ev: KeyboardEvent): void {
    if (typingInField() || FocusGroup.top(this.scene)) return;
    const n = this.opts.pages.length;
    if (/^[1-9]$/.test(ev.key) && Number(ev.key) <= n) {
      this.show(Number(ev.key) - 1);
      return;
    }
    switch (ev.key) {
      case 'ArrowDown':
        this.text.scrollBy(1);
        break;
      case 'ArrowUp':
        this.text.scrollBy(-1);
        break;
      case 'PageDown':
        this.text.page(1);
        break;
      case 'PageUp':
        this.text.page(-1);
        break;
      case 'Home':
        this.text.home();
        break;
      case 'End':
        this.text.end();
        break;
      case 'Tab':
        this.focus.move(ev.shiftKey ? -1 : 1);
        break;
      case 'ArrowRight':
        this.show((this.page + 1) % n);
        break;
      case 'ArrowLeft':
        this.show((this.page - 1 + n) % n);
        break;
      case 'Enter':
      case ' ':
        if (ev.key === 'Enter' && this.text.openStepped()) break;
        if (!ev.repeat) this.focus.focused?.activate();
        break;
      case 'Escape':
        if (!ev.repeat) this.opts.onEscape?.();
        break;
      default: {
        if (ev.key.length !== 1 || ev.ctrlKey || ev.metaKey || ev.altKey) return;
        const c = this.opts.commands.findIndex((x) => x.key?.toLowerCase() === ev.key.toLowerCase());
        if (c >= 0) {
          this.focus.focus(c, true);
          if (!ev.repeat) this.buttons[c]!.activate();
        } else if (ev.key.toUpperCase() === TERM_KEY && !this.text.nextTerm())
          announce('No explained words in view on this page.');
      }
    }
  }

  focusCommand(i: number): void {
    this.focus.focus(i);
  }
}
