// Debrief slides: the finished meeting on the projector, a slide at a time in large type. The content is
// the Debrief's and the Outcome's own (app/debrief-slides.ts reads the one report); this scene only lays
// it out, continuing a slide that does not fit on the next. Keys: → Space PgDn Enter next, ← PgUp back,
// Home / End, Esc back to where the slides were opened.
import { phaseFacts } from '../machines/plenary';
import { GameObjects, Scene, Scenes } from 'phaser';
import { debriefSlides, type Slide } from '../app/debrief-slides';
import type { ResultLine } from '../app/result-view';
import { BRIEFINGS } from '../content/index';
import { compareRules } from '../machines/compare';
import { LIBRARY, plenaryMachine } from '../machines/default';
import { influenceByIssue } from '../machines/influence';
import { buildReport } from '../machines/report';
import { scenarioOf } from '../model/library';
import { RULES } from '../model/rules';
import { registerHelp } from '../ui/help';
import { KeyButton } from '../ui/key-button';
import { announce, mirrorText } from '../ui/live';
import { failInk, passInk } from '../ui/stance';
import { ts } from '../ui/text';
import { palette } from '../ui/theme';
import { typingInField } from '../ui/focus';
import { Notice } from '../ui/notice';
import { sessionOrResume } from './plenary/classroom';
import { goTo } from './registry';

registerHelp('DebriefSlides', [
  { keys: '→ Space PgDn Enter', action: 'Next slide' },
  { keys: '← PgUp Backspace', action: 'Previous slide' },
  { keys: 'Home / End', action: 'First / last slide' },
  { keys: 'Esc', action: 'Back' },
]);

type From = 'Debrief' | 'Classroom';

/** A slide as laid out: its title (with "continued" on a follow-on page) and the lines that fit. */
interface Page {
  readonly title: string;
  readonly lines: readonly ResultLine[];
}

const MARGIN = 64;
const TOP = 150;
const BOTTOM = 720 - 96;

export default class DebriefSlides extends Scene {
  private from: From = 'Debrief';
  private pages: Page[] = [];
  private index = 0;
  private heading = '';
  private shown: GameObjects.GameObject[] = [];
  private counter!: GameObjects.Text;

  constructor() {
    super({ key: 'DebriefSlides' });
  }

  init(data: { from?: From; start?: number } = {}): void {
    this.from = data.from === 'Classroom' ? 'Classroom' : 'Debrief';
    this.index = data.start ?? 0;
    this.shown = [];
  }

  create(): void {
    const { session, error } = sessionOrResume(false);
    // The chart says whether the meeting has ended (its 'ended' tag), not a list of states here.
    if (!session || !phaseFacts(session.phase).ended) {
      new Notice(
        this,
        error ??
          'The slides show a meeting that has ended. Play a meeting to its end (or Continue one), then open them here or from its debrief (key V).',
        { title: 'No finished meeting yet', onClose: () => void goTo(this, this.from) },
      );
      return;
    }
    const ctx = session.snapshot.context;
    const sc = scenarioOf(LIBRARY, ctx.scenarioId);
    // The one report of this meeting, built as the Debrief builds it.
    const report = buildReport(
      LIBRARY,
      ctx,
      compareRules(plenaryMachine, LIBRARY, ctx, session.input),
      BRIEFINGS,
      session.input.carry,
      influenceByIssue(plenaryMachine, LIBRARY, session.input, ctx.log),
    );
    this.heading = `${sc.title} · decided under ${RULES[ctx.rule].label}`;
    this.pages = this.paginate(debriefSlides(LIBRARY, report, sc, ctx.rule));
    this.index = Math.max(0, Math.min(this.pages.length - 1, this.index));
    const pal = palette();
    const { width: W, height: H } = this.scale;
    this.add.text(MARGIN, 24, this.heading, ts(20, { color: pal.muted, wrap: W - 2 * MARGIN - 120 }));
    this.counter = this.add.text(W - MARGIN, 24, '', ts(20, { color: pal.muted })).setOrigin(1, 0);
    const btnW = 220;
    new KeyButton(this, MARGIN, H - 70, {
      label: 'Back',
      key: '←',
      width: btnW,
      size: 20,
      onActivate: () => this.go(this.index - 1),
    });
    new KeyButton(this, W - MARGIN - btnW, H - 70, {
      label: 'Next',
      key: '→',
      width: btnW,
      size: 20,
      onActivate: () => this.go(this.index + 1),
    });
    this.add
      .text(W / 2, H - 48, 'Space or → next · ← back · Esc leave · ? help', ts(16, { color: pal.muted }))
      .setOrigin(0.5, 0.5);
    const onKey = (ev: KeyboardEvent) => this.onKey(ev);
    this.input.keyboard?.on('keydown', onKey);
    this.events.once(Scenes.Events.SHUTDOWN, () => {
      this.input.keyboard?.off('keydown', onKey);
      mirrorText('');
    });
    this.show();
  }

  private onKey(ev: KeyboardEvent): void {
    if (typingInField() || ev.repeat) return;
    switch (ev.key) {
      case 'ArrowRight':
      case 'PageDown':
      case ' ':
      case 'Enter':
        this.go(this.index + 1);
        break;
      case 'ArrowLeft':
      case 'PageUp':
      case 'Backspace':
        this.go(this.index - 1);
        break;
      case 'Home':
        this.go(0);
        break;
      case 'End':
        this.go(this.pages.length - 1);
        break;
      case 'Escape':
        void goTo(this, this.from);
        break;
      default:
        return;
    }
    ev.preventDefault();
  }

  private go(i: number): void {
    if (i < 0 || i >= this.pages.length) {
      announce(i < 0 ? 'This is the first slide.' : 'This is the last slide. Escape goes back.');
      return;
    }
    this.index = i;
    this.show();
  }

  /** A line's look on a slide: projector sizes, the Outcome's colours. */
  private styleOf(l: ResultLine): {
    size: number;
    bold?: boolean;
    serif?: boolean;
    color: string;
    indent: number;
  } {
    const pal = palette();
    const indent = l.indent ? 36 : 0;
    switch (l.tone) {
      case 'heading':
        return { size: 34, bold: true, color: pal.gold, indent };
      case 'lead':
        return { size: l.strong ? 40 : 28, bold: true, color: pal.text, indent };
      case 'good':
      case 'bad':
      case 'open': {
        const color = l.tone === 'good' ? passInk() : l.tone === 'bad' ? failInk() : pal.gold;
        return { size: l.strong ? 32 : 24, bold: l.strong ?? false, color, indent };
      }
      case 'quote':
        return { size: 28, serif: true, color: pal.text, indent };
      case 'note':
        return { size: 22, color: pal.muted, indent };
      case 'plain':
        return { size: 26, color: pal.text, indent };
    }
  }

  private lineText(l: ResultLine, y: number): GameObjects.Text {
    const s = this.styleOf(l);
    const W = this.scale.width;
    return this.add.text(
      MARGIN + s.indent,
      y,
      l.text,
      ts(s.size, {
        color: s.color,
        wrap: W - 2 * MARGIN - s.indent,
        ...(s.bold ? { bold: true } : {}),
        ...(s.serif ? { serif: true } : {}),
      }),
    );
  }

  private titleText(title: string): GameObjects.Text {
    return this.add.text(
      MARGIN,
      62,
      title,
      ts(48, { bold: true, color: palette().gold, wrap: this.scale.width - 2 * MARGIN }),
    );
  }

  private static gap(l: ResultLine): number {
    return l.tone === 'heading' || l.strong ? 14 : 8;
  }

  /** Room above a heading that follows other lines, so each item stands apart. */
  private static before(l: ResultLine, first: boolean): number {
    return !first && l.tone === 'heading' ? 16 : 0;
  }

  /** Splits each slide into pages that fit under its title, measured in the text size now set. */
  private paginate(slides: readonly Slide[]): Page[] {
    const pages: Page[] = [];
    for (const slide of slides) {
      const title = this.titleText(slide.title);
      const top = Math.max(TOP, title.y + title.height + 24);
      title.destroy();
      let lines: ResultLine[] = [];
      let y = top;
      let part = 0;
      const flush = () => {
        pages.push({ title: part++ ? `${slide.title} (continued)` : slide.title, lines });
        lines = [];
        y = top;
      };
      for (const l of slide.lines) {
        const t = this.lineText(l, 0);
        const h = DebriefSlides.before(l, !lines.length) + t.height + DebriefSlides.gap(l);
        t.destroy();
        if (lines.length && y + h > BOTTOM) {
          // A heading never ends a page: it moves on with what it heads.
          const last = lines.at(-1)!;
          const carry = last.tone === 'heading' || last.strong ? [lines.pop()!] : [];
          flush();
          for (const c of carry) {
            const ct = this.lineText(c, 0);
            y += ct.height + DebriefSlides.gap(c);
            ct.destroy();
            lines.push(c);
          }
        }
        lines.push(l);
        y += h;
      }
      flush();
    }
    return pages;
  }

  private show(): void {
    for (const o of this.shown) o.destroy();
    this.shown = [];
    const page = this.pages[this.index]!;
    const title = this.titleText(page.title);
    this.shown.push(title);
    let y = Math.max(TOP, title.y + title.height + 24);
    for (const [k, l] of page.lines.entries()) {
      y += DebriefSlides.before(l, k === 0);
      const t = this.lineText(l, y);
      this.shown.push(t);
      y += t.height + DebriefSlides.gap(l);
    }
    this.counter.setText(`${this.index + 1} / ${this.pages.length}`);
    const spoken = `Slide ${this.index + 1} of ${this.pages.length}: ${page.title}. ${page.lines.map((l) => l.text).join(' ')}`;
    mirrorText(spoken);
    announce(spoken);
  }
}
