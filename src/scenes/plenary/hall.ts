// The plenary hall: every delegation's seat at a U-shaped table facing the Chair, coloured by stance AND
// marked with the stance symbol and the delegation's code; people's seats ringed in gold, the rest played
// by the AI; observers along the side. Hover or keyboard focus shows who a seat is, where it stands and why
// it last moved.
import { GameObjects, type Scene } from 'phaser';
import { STANCE_SYMBOL, type Seat } from '../../app/view-model';
import { addBox, restyleBox, type BoxStyle } from '../../ui/box';
import { palette } from '../../ui/theme';
import { drawBox } from '../../ui/panel';
import { stanceInk, stanceLook } from '../../ui/stance';
import { fit, lh, textWidth, ts } from '../../ui/text';
import { SeatNameTag } from './seat-name-tag';

const PILL_W = 50;
const PILL_H = 24;
const OBS_W = 78;

export interface HallBox {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

interface Spot {
  x: number;
  y: number;
}

/**
 * Seat centres for `n` participants around nested U-shaped tables (outer ring first: left wing top to
 * bottom, the foot left to right, right wing bottom to top), so neighbours in seat order sit together.
 */
export function uLayout(n: number, b: HallBox): Spot[] {
  const out: Spot[] = [];
  const stepY = PILL_H + 4;
  const stepX = PILL_W + 6;
  for (let k = 0; out.length < n && k < 6; k++) {
    const left = b.x + PILL_W / 2 + k * (PILL_W + 16);
    const right = b.x + b.w - PILL_W / 2 - k * (PILL_W + 16);
    const top = b.y + PILL_H / 2;
    const foot = b.y + b.h - PILL_H / 2 - k * (PILL_H + 16);
    if (right - left < 2 * stepX || foot - top < 2 * stepY) break;
    const wing: number[] = [];
    for (let y = top; y <= foot - stepY + 1; y += stepY) wing.push(y);
    const footXs: number[] = [];
    for (let x = left + stepX; x <= right - stepX + 1; x += stepX) footXs.push(x);
    // Spread the foot evenly between the wings.
    const span = right - left;
    const nf = footXs.length;
    const ring: Spot[] = [
      ...wing.map((y) => ({ x: left, y })),
      ...footXs.map((_, i) => ({ x: left + (span * (i + 1)) / (nf + 1), y: foot })),
      ...wing
        .slice()
        .reverse()
        .map((y) => ({ x: right, y })),
    ];
    for (const s of ring) if (out.length < n) out.push(s);
  }
  return out;
}

const LEGEND = {
  supports: 'for',
  opposes: 'status quo',
  objects: 'would object',
  observer: 'observer',
} as const;

export interface SeatToken {
  readonly seat: Seat;
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** What is drawn for one seat, kept from one redraw to the next (most redraws change a few stances). */
interface SeatMarks {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly pill: GameObjects.NineSlice;
  readonly label: GameObjects.Text;
  readonly zone: GameObjects.Zone;
  /** The square gold ring of a person's seat, and the white one of the speaker's, made when first needed. */
  human: GameObjects.NineSlice | null;
  speaking: GameObjects.NineSlice | null;
}

export class HallView extends GameObjects.Container {
  private tokens: SeatToken[] = [];
  private withSymbols = true;
  private drawn = '';
  private readonly marks = new Map<string, SeatMarks>();
  /** The seats' labels and pointer zones. */
  private readonly layer: GameObjects.Container;
  /** The seats' boxes, under their labels and kept apart from them, so that they draw in one batch. */
  private readonly pills: GameObjects.Container;
  /** The focus ring (a box) and its notch on top (shape, not only colour). */
  private readonly focusRing: GameObjects.NineSlice;
  private readonly focusG: GameObjects.Graphics;
  private readonly podium: GameObjects.Text;
  focusIndex = -1;
  /** The seat under the pointer, or -1. */
  private hoverIndex = -1;
  /** The full name of the seat pointed at or browsed, beside it (the seats show two-letter codes). */
  private readonly nameTag: SeatNameTag;
  /** Called when the pointer enters a seat (or null when it leaves the hall). */
  onHover: ((i: number | null) => void) | null = null;

  constructor(
    scene: Scene,
    readonly box: HallBox,
  ) {
    super(scene, 0, 0);
    const pal = palette();
    this.add(drawBox(scene, box.x, box.y, box.w, box.h));
    this.add(scene.add.text(box.x + 14, box.y + 8, 'The hall', ts(18, { color: pal.gold, bold: true })));
    this.pills = scene.add.container(0, 0);
    this.layer = scene.add.container(0, 0);
    const obsX = box.x + box.w - OBS_W / 2 - 14;
    const observers = scene.add
      .text(obsX, box.y + 44, 'Observers', ts(16, { color: pal.muted, align: 'center' }))
      .setOrigin(0.5, 0);
    const key = this.legend(box, pal.name === 'high-contrast');
    this.focusRing = addBox(scene, 0, 0, 40, 40, { edge: pal.goldNum, edgeWidth: 4, radius: 12 }).setVisible(
      false,
    );
    this.focusG = scene.add.graphics();
    this.podium = scene.add.text(0, 0, '', ts(18, { align: 'center', bold: true })).setOrigin(0.5, 0.5);
    this.nameTag = new SeatNameTag(scene, box);
    this.add([
      observers,
      ...key,
      this.pills,
      this.layer,
      this.podium,
      this.focusRing,
      this.focusG,
      this.nameTag,
    ]);
    scene.add.existing(this);
  }

  /**
   * The key along the hall's foot: each stance's seat drawn small (its colour and shape) with its symbol and
   * word; the ring's meaning first, shortened when the text is large.
   */
  private legend(box: HallBox, highContrast: boolean): GameObjects.GameObject[] {
    const scene = this.scene;
    const pal = palette();
    const style = ts(16, { color: pal.muted });
    const sw = { w: 26, h: 16 };
    const items = (['supports', 'opposes', 'objects', 'observer'] as const).map(
      (st) => [st, `${STANCE_SYMBOL[st]} ${LEGEND[st]}`] as const,
    );
    const width = (t: string) => textWidth(t, 16);
    const itemsW = items.reduce((sum, [, t]) => sum + sw.w + 4 + width(t) + 14, 0);
    const room = box.w - 28 - itemsW;
    const ring = ['Gold ring: a person; others: AI', 'Gold ring: a person', 'Gold ring: you'].find(
      (t) => width(t) + 14 <= room,
    );
    const y = box.y + box.h - 26;
    const out: GameObjects.GameObject[] = [];
    let x = box.x + 14;
    if (ring) {
      out.push(scene.add.text(x, y, ring, style));
      x += width(ring) + 14;
    }
    for (const [st, label] of items) {
      const cy = y + lh(16) / 2 - 2;
      out.push(addBox(scene, x, cy - sw.h / 2, sw.w, sw.h, stanceLook(st, highContrast, sw.h)));
      x += sw.w + 4;
      out.push(scene.add.text(x, y, fit(scene, label, box.x + box.w - 14 - x, 16), style));
      x += width(label) + 14;
    }
    return out;
  }

  get seats(): readonly SeatToken[] {
    return this.tokens;
  }

  /** Redraws when the seats changed. `speakerLine` goes on the podium in the middle of the U. */
  render(seats: readonly Seat[], speakerLine: string): void {
    const sig = JSON.stringify(seats.map((s) => [s.id, s.stance, s.human, s.speaking])) + speakerLine;
    if (sig === this.drawn) return;
    this.drawn = sig;
    const b = this.box;
    const chair = seats.find((s) => s.stance === 'chair') ?? seats.find((s) => s.kind === 'participant');
    const participants = seats.filter((s) => s.kind === 'participant' && s !== chair);
    const observers = seats.filter((s) => s.kind === 'observer');
    const area: HallBox = { x: b.x + 16, y: b.y + 72, w: b.w - OBS_W - 48, h: b.h - 72 - 34 };
    const spots = uLayout(participants.length, area);
    const tokens: SeatToken[] = [];
    if (chair)
      tokens.push({ seat: chair, x: area.x + area.w / 2, y: b.y + 40, w: PILL_W + 30, h: PILL_H + 6 });
    participants.forEach((s, i) => {
      const p = spots[i] ?? { x: area.x + area.w / 2, y: area.y + area.h / 2 };
      tokens.push({ seat: s, x: p.x, y: p.y, w: PILL_W, h: PILL_H });
    });
    const obsX = b.x + b.w - OBS_W / 2 - 14;
    observers.forEach((s, i) =>
      tokens.push({ seat: s, x: obsX, y: b.y + 86 + i * (PILL_H + 14), w: OBS_W, h: PILL_H }),
    );
    this.tokens = tokens;
    // The symbol and the code on every seat; at large text, where they do not all fit, the codes alone (each
    // seat's shape still tells its stance without colour, and its tooltip says it).
    this.withSymbols = tokens.every(
      (t) => textWidth(`${STANCE_SYMBOL[t.seat.stance]}${t.seat.id}`, 16, { bold: true }) <= t.w - 4,
    );
    tokens.forEach((tok) => this.drawSeat(tok));
    const present = new Set(tokens.map((t) => t.seat.id));
    for (const [id, m] of this.marks) if (!present.has(id)) this.forget(id, m);
    // Podium: who has the floor.
    const inner = { x: area.x + area.w / 2, y: area.y + area.h / 2 - 30 };
    this.podium.setPosition(inner.x, inner.y).setText(speakerLine).setWordWrapWidth(190);
    this.drawFocus();
  }

  /** Draws a seat, or brings its marks up to date: a new look, label or ring; moved, it is drawn afresh. */
  private drawSeat(tok: SeatToken): void {
    const s = tok.seat;
    const pal = palette();
    const x = tok.x - tok.w / 2;
    const y = tok.y - tok.h / 2;
    let m = this.marks.get(s.id);
    if (m && (m.x !== x || m.y !== y || m.w !== tok.w || m.h !== tok.h)) {
      this.forget(s.id, m);
      m = undefined;
    }
    const pillStyle = stanceLook(s.stance, pal.name === 'high-contrast', tok.h);
    if (!m) {
      const id = s.id;
      const zone = this.scene.add.zone(x, y, tok.w, tok.h).setOrigin(0, 0).setInteractive();
      zone.on('pointerover', () => {
        const i = this.tokens.findIndex((t) => t.seat.id === id);
        this.hoverIndex = i;
        this.nameTag.show(this.tokens[i]);
        this.onHover?.(i);
      });
      zone.on('pointerout', () => {
        this.hoverIndex = -1;
        this.nameTag.show(this.tokens[this.focusIndex]);
        this.onHover?.(null);
      });
      const label = this.scene.add
        .text(tok.x, tok.y, '', ts(16, { color: stanceInk(pal.name === 'high-contrast'), bold: true }))
        .setOrigin(0.5, 0.5);
      const pill = addBox(this.scene, x, y, tok.w, tok.h, pillStyle);
      m = { x, y, w: tok.w, h: tok.h, pill, label, zone, human: null, speaking: null };
      this.pills.add(m.pill);
      this.layer.add([label, zone]);
      this.marks.set(s.id, m);
    } else restyleBox(m.pill, pillStyle);
    const text = this.withSymbols ? `${STANCE_SYMBOL[s.stance]}${s.id}` : s.id;
    if (m.label.text !== text) {
      m.label.setText(text).setScale(1);
      if (m.label.width > tok.w - 4) m.label.setScale((tok.w - 4) / m.label.width, 1);
    }
    // A square gold ring for a person, a white one outside it for the speaker.
    const ring = (out: number, style: BoxStyle) => {
      const r = addBox(this.scene, x - out, y - out, tok.w + 2 * out, tok.h + 2 * out, style);
      this.pills.add(r);
      return r;
    };
    if (s.human !== null && !m.human) m.human = ring(5, { edge: pal.goldNum, edgeWidth: 4, radius: 0 });
    m.human?.setVisible(s.human !== null);
    if (s.speaking && !m.speaking) m.speaking = ring(7.5, { edge: 0xffffff, edgeWidth: 3, radius: 0 });
    m.speaking?.setVisible(s.speaking);
  }

  private forget(id: string, m: SeatMarks): void {
    for (const o of [m.pill, m.label, m.zone, m.human, m.speaking]) o?.destroy();
    this.marks.delete(id);
  }

  /** The arrows and rings of the seats the last move shifted, cleared by the next showMoves. */
  private moveMarks: GameObjects.GameObject[] = [];

  /**
   * Marks the seats a move changed: a ring that pulses a few times (still under Reduced motion) and,
   * for a seat whose position moved, an arrow for the direction on the scale (▲ toward 100, ▼ toward
   * 0); `dir` 0 for a seat that only changed its stance (the draft moved, not the seat).
   */
  showMoves(moves: readonly { id: string; dir: number }[], reducedMotion: boolean): void {
    for (const o of this.moveMarks) o.destroy();
    this.moveMarks = [];
    const pal = palette();
    for (const m of moves) {
      const tok = this.tokens.find((t) => t.seat.id === m.id);
      if (!tok) continue;
      const ring = addBox(this.scene, tok.x - tok.w / 2 - 3, tok.y - tok.h / 2 - 3, tok.w + 6, tok.h + 6, {
        edge: pal.goldNum,
        edgeWidth: 3,
        radius: 8,
      });
      this.add(ring);
      this.moveMarks.push(ring);
      // The arrow sits on the seat's top-right corner, inside the gap above it.
      if (m.dir !== 0) {
        const arrow = this.scene.add
          .text(tok.x + tok.w / 2 - 1, tok.y - tok.h / 2 - 1, m.dir > 0 ? '▲' : '▼', {
            ...ts(13, { color: pal.gold, bold: true }),
            stroke: '#0b1733',
            strokeThickness: 3,
          })
          .setOrigin(0.5, 0.5);
        this.add(arrow);
        this.moveMarks.push(arrow);
      }
      if (!reducedMotion)
        this.scene.tweens.add({ targets: ring, alpha: 0.15, duration: 450, yoyo: true, repeat: 3 });
    }
  }

  setFocus(i: number): void {
    this.focusIndex = i;
    this.drawFocus();
    this.nameTag.show(this.tokens[this.hoverIndex] ?? this.tokens[i]);
  }

  private drawFocus(): void {
    const pal = palette();
    this.focusG.clear();
    const tok = this.tokens[this.focusIndex];
    this.focusRing.setVisible(tok !== undefined);
    if (!tok) return;
    // A thick ring plus a filled notch on top: shape, not only colour.
    this.focusRing
      .setPosition(tok.x - tok.w / 2 - 10, tok.y - tok.h / 2 - 10)
      .setSize(tok.w + 20, tok.h + 20);
    this.focusG.fillStyle(pal.goldNum, 1);
    const top = tok.y - tok.h / 2 - 8;
    this.focusG.fillTriangle(tok.x - 7, top - 1, tok.x + 7, top - 1, tok.x, top + 7);
  }

  /** The seat nearest in a direction from the focused one (keyboard browsing). */
  neighbour(dir: 'left' | 'right' | 'up' | 'down'): number {
    const cur = this.tokens[this.focusIndex];
    if (!cur) return 0;
    let best = -1;
    let bestScore = Infinity;
    this.tokens.forEach((t, i) => {
      if (i === this.focusIndex) return;
      const dx = t.x - cur.x;
      const dy = t.y - cur.y;
      const along = dir === 'left' ? -dx : dir === 'right' ? dx : dir === 'up' ? -dy : dy;
      const across = dir === 'left' || dir === 'right' ? Math.abs(dy) : Math.abs(dx);
      if (along <= 2) return;
      const score = along + across * 2.5;
      if (score < bestScore) {
        bestScore = score;
        best = i;
      }
    });
    return best < 0 ? this.focusIndex : best;
  }
}

export const HALL_LINE_H = lh(18);
