// Reading the teacher's kit on screen: the teacher's guide or the student primer, a page at a time in large
// type (for a projector as well as a desk), with every source under the fact it supports. P prints all pages.
import { GameObjects, Scene, Scenes } from 'phaser';
import type { KitDoc } from '../content/kit-types';
import { PRIMER } from '../content/primer';
import { TEACHER_GUIDE } from '../content/teacher-guide';
import { registerHelp } from '../ui/help';
import { announce, mirrorText } from '../ui/live';
import { BASE_FONT_PX, palette, textStyle } from '../ui/theme';
import { fitLabel, textWidth } from '../ui/text';
import { typingInField } from '../ui/focus';
import { TextBlock, type Para } from '../ui/text-block';
import { citeText } from '../app/citations';
import { kitDocMd, openKitPrint } from './kit/kit-print';
import { goTo } from './registry';

registerHelp('KitReader', [
  { keys: '← →', action: 'Previous / next page' },
  { keys: '↑ ↓ PgUp PgDn', action: 'Scroll the page' },
  { keys: 'P', action: 'Print every page (opens the print view)' },
  { keys: 'Esc', action: 'Back to the classroom menu' },
]);

const DOCS: Readonly<Record<'guide' | 'primer', KitDoc>> = { guide: TEACHER_GUIDE, primer: PRIMER };

export default class KitReader extends Scene {
  private doc: KitDoc = TEACHER_GUIDE;
  private page = 0;
  private body!: TextBlock;
  private heading!: GameObjects.Text;
  private counter!: GameObjects.Text;

  constructor() {
    super({ key: 'KitReader' });
  }

  init(data: { doc?: 'guide' | 'primer' } = {}): void {
    this.doc = DOCS[data.doc ?? 'guide'] ?? TEACHER_GUIDE;
    this.page = 0;
  }

  create(): void {
    const pal = palette();
    const { width: W, height: H } = this.scale;
    this.counter = this.add.text(W - 48, 26, '', textStyle('small', { color: pal.muted })).setOrigin(1, 0);
    // The title leaves room for the page counter ("Page 10 of 10") at any text size.
    const room = W - 96 - textWidth('Page 10 of 10', BASE_FONT_PX.small) - 24;
    const title = fitLabel(this.doc.title, room, BASE_FONT_PX.h2);
    this.add.text(48, 20, title.text, textStyle('h2', { color: pal.gold, px: title.px }));
    this.heading = this.add.text(48, 74, '', textStyle('h1', { color: pal.text, wrap: W - 96 }));
    this.body = new TextBlock(this, 48, 150, W - 96, H - 150 - 70);
    this.add
      .text(
        48,
        H - 40,
        '← → page   ↑ ↓ scroll   P print all   Esc back',
        textStyle('small', { color: pal.muted }),
      )
      .setOrigin(0, 0.5);
    const onKey = (ev: KeyboardEvent) => this.onKey(ev);
    this.input.keyboard?.on('keydown', onKey);
    this.events.once(Scenes.Events.SHUTDOWN, () => {
      this.input.keyboard?.off('keydown', onKey);
      mirrorText('');
    });
    this.show(0);
    announce(
      `${this.doc.title}. ${this.doc.intro} ${this.doc.pages.length} pages: left and right turn them, P prints.`,
    );
  }

  private paras(): Para[] {
    const pal = palette();
    const out: Para[] = [];
    if (this.page === 0) out.push({ text: this.doc.intro, role: 'small', italic: true, color: pal.muted });
    for (const p of this.doc.pages[this.page]!.paras) {
      const text = p.kind === 'say' ? `Say: ${p.text}` : p.kind === 'step' ? `• ${p.text}` : p.text;
      out.push({
        text,
        role: 'body',
        color: p.kind === 'say' ? pal.gold : pal.text,
        gap: p.cite ? 2 : undefined,
      });
      if (p.cite?.length)
        out.push({
          text: `Source: ${p.cite.map(citeText).join('; ')}`,
          role: 'small',
          italic: true,
          color: pal.muted,
          indent: 24,
        });
    }
    return out;
  }

  private show(i: number): void {
    const n = this.doc.pages.length;
    this.page = Math.max(0, Math.min(n - 1, i));
    const page = this.doc.pages[this.page]!;
    this.heading.setText(page.heading);
    this.counter.setText(`Page ${this.page + 1} of ${n}`);
    const paras = this.paras();
    this.body.setParas(paras);
    mirrorText(`${this.doc.title}\n${page.heading}\n${paras.map((p) => p.text).join('\n')}`);
  }

  private onKey(ev: KeyboardEvent): void {
    if (typingInField()) return;
    switch (ev.key) {
      case 'ArrowRight':
      case 'Enter':
      case ' ':
        if (this.page < this.doc.pages.length - 1) {
          this.show(this.page + 1);
          announce(`Page ${this.page + 1}: ${this.doc.pages[this.page]!.heading}.`);
        } else announce('Last page. Escape goes back.');
        break;
      case 'ArrowLeft':
        if (this.page > 0) {
          this.show(this.page - 1);
          announce(`Page ${this.page + 1}: ${this.doc.pages[this.page]!.heading}.`);
        }
        break;
      case 'ArrowDown':
        this.body.scrollBy(1);
        break;
      case 'ArrowUp':
        this.body.scrollBy(-1);
        break;
      case 'PageDown':
        this.body.page(1);
        break;
      case 'PageUp':
        this.body.page(-1);
        break;
      case 'p':
      case 'P':
        if (!ev.repeat)
          announce(
            openKitPrint(this.doc.title, kitDocMd(this.doc))
              ? `${this.doc.title}: the print view opened in a new window.`
              : 'The browser blocked the print window: allow pop-ups for this page.',
          );
        break;
      case 'Escape':
        if (!ev.repeat) void goTo(this, 'Classroom');
        break;
    }
  }
}
