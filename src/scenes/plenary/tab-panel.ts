// The tab panel under the hall, on keys 1–6: your hand, the transcript, "would it pass?" under each rule,
// the whole draft with its clauses, the seat pointed at or browsed, and what your last move changed.
import type { GameObjects, Scene } from 'phaser';
import { meter, type Seat } from '../../app/view-model';
import { meterSpoken, meterView, type MeterView } from '../../app/meter-view';
import { draftLines, handLines, transcriptLines } from '../../app/panel-text';
import { panelStyled as styled } from './panel-style';
import { LIBRARY } from '../../machines/default';
import type { SessionContext } from '../../model/session';
import { announce, mirrorText } from '../../ui/live';
import { drawBox, tabBox } from '../../ui/panel';
import { ScrollText, type Line } from '../../ui/scroll-text';
import { explainedSpans } from '../../app/terms';
import { openSource } from '../source-link';
import { failInk, passInk } from '../../ui/stance';
import { textWidth, ts } from '../../ui/text';
import { palette } from '../../ui/theme';
import type { ChangesView } from '../../app/changes-text';
import { changesPanel } from './changes';
import { seatPanel } from '../../app/seat-panel';
import { TABP } from './layout';

export type Tab = 'hand' | 'transcript' | 'meter' | 'draft' | 'seat' | 'changed';
/** The panel's tabs; `short` is drawn on the tab when the full labels do not fit (large text). */
export const TABS: readonly { id: Tab; label: string; short: string }[] = [
  { id: 'hand', label: 'Hand', short: 'Hand' },
  { id: 'transcript', label: 'Transcript', short: 'Transcript' },
  { id: 'meter', label: 'Would it pass?', short: 'Pass?' },
  { id: 'draft', label: 'Draft', short: 'Draft' },
  { id: 'seat', label: 'Seat', short: 'Seat' },
  { id: 'changed', label: 'What changed', short: 'Changed' },
];

/** What the panel reads from the room. */
export interface TabSource {
  readonly ctx: SessionContext;
  /** The seat whose hand is on screen. */
  readonly me: string | null;
  /** The delegation the keyboard is passing to, if any. */
  readonly covering: string | null;
  /** Hot seat: the hand is hidden until its player's move. */
  handHidden(me: string): boolean;
  /** The seat pointed at or browsed. */
  focusedSeat(): Seat | null;
  /** Why the computer made the move at this transcript line, if it did. */
  reasonAt(seq: number): string | null;
  /** A delegation's latest computer move and why. */
  lastReason(id: string): string | null;
  /** What the last person's move changed. */
  changes(): ChangesView | null;
}

export class TabPanel {
  tab: Tab = 'transcript';
  /** The tab to go back to when the Seat tab was opened by pointing or browsing. */
  tabBeforeSeat: Tab = 'transcript';
  private readonly strip: GameObjects.Container;
  private stripFor: Tab | null = null;
  readonly transcript: ScrollText;
  private readonly panelText: ScrollText;

  constructor(
    private readonly scene: Scene,
    private readonly source: () => TabSource | null,
  ) {
    drawBox(scene, TABP.x, TABP.y, TABP.w, TABP.h);
    this.strip = scene.add.container(0, 0);
    this.transcript = new ScrollText(
      scene,
      TABP.x + 14,
      TABP.y + 52,
      TABP.w - 24,
      TABP.h - 60,
      true,
    ).explainTerms(explainedSpans, (link) => openSource(scene, link));
    this.panelText = new ScrollText(scene, TABP.x + 14, TABP.y + 52, TABP.w - 24, TABP.h - 60).explainTerms(
      explainedSpans,
      (link) => openSource(scene, link),
    );
  }

  /** The scrolling text of the open tab (the transcript or the others' text). */
  get openText(): ScrollText {
    return this.tab === 'transcript' ? this.transcript : this.panelText;
  }

  /** Called when the player opens a tab (by key or pointer, not when the room opens one). */
  onPlayerTab: ((t: Tab) => void) | null = null;

  /**
   * Opens `t` for the room's sake (your move, a consensus call), unless the player is looking at a seat:
   * then `t` is where they come back to when they stop, rather than the seat vanishing under the pointer.
   */
  suggest(t: Tab): void {
    if (this.tab === 'seat') this.tabBeforeSeat = t;
    else this.setTab(t, false);
  }

  setTab(t: Tab, speak = true): void {
    if (speak) this.onPlayerTab?.(t);
    if (t !== 'seat') this.tabBeforeSeat = t;
    if (this.tab === t) return;
    this.tab = t;
    this.render();
    const src = this.source();
    if (speak && src) {
      const label = TABS.find((x) => x.id === t)!.label;
      announce(
        `${label} panel. ${t === 'meter' ? meterSpoken(meter(LIBRARY, src.ctx)) : this.openText.plainText.slice(0, 400)}`,
      );
    }
  }

  render(): void {
    const src = this.source();
    if (!src) return;
    if (this.stripFor !== this.tab) this.drawStrip();
    this.transcript.setVisible(this.tab === 'transcript');
    this.panelText.setVisible(this.tab !== 'transcript');
    this.transcript.setLines(styled(transcriptLines(src.ctx, (seq) => src.reasonAt(seq))), true);
    if (this.tab !== 'transcript') this.panelText.setLines(this.panelLines(src), true);
    // The open panel as text, for screen readers to browse (and what a test reads).
    const label = TABS.find((x) => x.id === this.tab)!.label;
    mirrorText(`${label} panel\n${this.openText.plainText}`);
  }

  private drawStrip(): void {
    const scene = this.scene;
    const pal = palette();
    this.stripFor = this.tab;
    this.strip.removeAll(true);
    let x = TABP.x + 12;
    // Six tabs share the panel's width: padding shrinks, then the short labels stand in, before any label
    // would run off the edge.
    const widths = (short: boolean) =>
      TABS.map((t, i) => Math.ceil(textWidth(`${i + 1} ${short ? t.short : t.label}`, 16, { bold: true })));
    const spare = (w: number[]) => TABP.w - 24 - 8 * (TABS.length - 1) - w.reduce((a, b) => a + b, 0);
    const short = spare(widths(false)) < 4 * TABS.length;
    const natural = widths(short);
    const room = spare(natural);
    const pad = Math.max(4, Math.min(24, Math.floor(room / TABS.length)));
    TABS.forEach((t, i) => {
      const on = t.id === this.tab;
      const w = natural[i]! + pad;
      this.strip.add(tabBox(scene, x, TABP.y + 8, w, 34, on));
      const txt = scene.add
        .text(
          x + w / 2,
          TABP.y + 25,
          `${i + 1} ${short ? t.short : t.label}`,
          ts(16, { color: on ? pal.gold : pal.text, bold: on }),
        )
        .setOrigin(0.5, 0.5);
      this.strip.add(txt);
      const zone = scene.add
        .zone(x, TABP.y + 8, w, 34)
        .setOrigin(0, 0)
        .setInteractive({ useHandCursor: true });
      zone.on('pointerup', () => this.setTab(t.id));
      this.strip.add(zone);
      x += w + 8;
    });
  }

  private panelLines(src: TabSource): Line[] {
    const pal = palette();
    const ctx = src.ctx;
    switch (this.tab) {
      case 'hand':
        return styled(
          handLines(LIBRARY, ctx, {
            me: src.me,
            covering: src.covering,
            hidden: src.me !== null && src.handHidden(src.me),
          }),
        );
      case 'draft':
        return styled(draftLines(LIBRARY, ctx));
      case 'seat': {
        const seat = src.focusedSeat();
        if (!seat)
          return [
            {
              text: 'Press H and use the arrow keys to browse the seats, or point at a seat.',
              color: pal.muted,
            },
          ];
        const info = seatPanel(LIBRARY, ctx, seat, src.lastReason(seat.id));
        return [
          { text: info.title, bold: true, color: pal.gold },
          ...info.lines.map((l) => ({ text: l, size: 18 })),
          ...(info.lastMove ? [{ text: info.lastMove, size: 18, color: pal.muted }] : []),
        ];
      }
      case 'meter':
        return meterLines(meterView(LIBRARY, ctx));
      case 'changed':
        return changesPanel(src.changes());
      default:
        return [];
    }
  }
}

/**
 * “Would it pass?” as lines: each rule with its verdict in a column before it and the figure it counts by,
 * then who would object or vote against, every name in full (the lines wrap and the panel scrolls at large
 * text sizes rather than cutting a name).
 */
export function meterLines(v: MeterView | null): Line[] {
  const pal = palette();
  if (!v) return [{ text: 'No draft on the table yet.', color: pal.muted }];
  const width = Math.ceil(Math.max(...v.lines.map((l) => textWidth(l.verdict, 18, { bold: true })))) + 14;
  const out: Line[] = v.lines.map((l, i) => ({
    text: l.text,
    lead: { text: l.verdict, color: l.row.passes ? passInk() : failInk(), width },
    bold: l.mine,
    color: l.mine ? pal.gold : pal.text,
    // No gap between the rules: all five stay in view together at the largest text size.
    gap: i === v.lines.length - 1 ? 8 : 0,
  }));
  for (const s of v.sides) out.push({ text: `${s.lead}: ${s.names}.`, size: 16, gap: 4 });
  out.push({ text: v.note, size: 16, color: pal.muted, italic: true });
  return out;
}
