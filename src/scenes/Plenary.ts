// The plenary: the whole room at once. The hall (every seat coloured by stance and marked by its symbol),
// the draft, who has the floor, the timers, your actions; below, panels on keys 1–5 (your hand, the
// transcript, the "would it pass?" meter under each rule, the draft with its clauses, a seat's details).
// Thin: it reads the snapshot through the view model and sends events; the AI moves on a timer.
import { GameObjects, Scene, Scenes } from 'phaser';
import type { ArgumentCard, Clause } from '../content/types';
import { audio } from '../audio/audio';
import type { SessionController } from '../app/controller';
import {
  actions,
  amendments,
  citeLabel,
  draftView,
  hand,
  meter,
  seats,
  STANCE_SYMBOL,
  type Action,
  type DraftView,
  type MeterRow,
  type Seat,
} from '../app/view-model';
import { LIBRARY } from '../machines/default';
import { scenarioOf } from '../model/library';
import type { Phase } from '../model/phase';
import { RULES } from '../model/rules';
import { nameOf, shortNameOf, type SessionContext, type TranscriptEntry } from '../model/session';
import { addPanel, restylePanel } from '../ui/box';
import { registerHelp } from '../ui/help';
import { announce, mirrorText } from '../ui/live';
import { palette } from '../ui/theme';
import { FocusGroup, Notice, typingInField } from '../ui/widgets';
import { citeLong } from './Briefing';
import type { HandoverData } from './Handover';
import { CaucusFlow } from './plenary/caucus';
import {
  classroom,
  clock,
  FACILITATOR_CLOSED,
  FACILITATOR_PROJECTOR,
  freshClassroom,
  HANDOVER_DONE,
  PHASE_LABEL,
  sceneForPhase,
  sessionOrResume,
} from './plenary/classroom';
import { HallView, seatLines } from './plenary/hall';
import { ListPicker, type PickItem } from './plenary/picker';
import { ProjectorView } from './plenary/projector';
import {
  drawBox,
  fit,
  textWidth,
  FocusList,
  GREEN,
  ISSUE_ENDS,
  ISSUE_NAME,
  panelStyle,
  tabBox,
  KeyButton,
  RED,
  ScrollText,
  ts,
  type Line,
} from './plenary/ui';
import { ensureScene, goTo } from './registry';

registerHelp('Plenary', [
  {
    keys: 'Letters on the buttons',
    action:
      'Your actions: S speak, A amend, C caucus, P press, Y yield, R ask to speak, X object, N no objection…',
  },
  { keys: '← → ↑ ↓ Enter', action: 'Move between your actions and choose one' },
  { keys: '1 2 3 4 5', action: 'Panels: hand, transcript, would it pass?, draft, seat' },
  { keys: 'PgUp PgDn', action: 'Scroll the open panel' },
  { keys: 'H', action: 'Browse the seats in the hall (arrows), Esc to stop' },
  { keys: 'Space or F', action: 'Fast-forward the AI on / off' },
  { keys: 'I', action: 'Let the AI play your seat / take it back' },
  { keys: 'V', action: 'Projector view (large text)' },
  { keys: 'F2 or Ctrl+F', action: 'Facilitator console' },
  { keys: 'Esc', action: 'Close a list; leave to the title (autosaved)' },
]);

type Tab = 'hand' | 'transcript' | 'meter' | 'draft' | 'seat';
const TABS: readonly { id: Tab; label: string }[] = [
  { id: 'hand', label: 'Hand' },
  { id: 'transcript', label: 'Transcript' },
  { id: 'meter', label: 'Would it pass?' },
  { id: 'draft', label: 'Draft' },
  { id: 'seat', label: 'Seat' },
];

const SESSION_PHASES: readonly Phase[] = [
  'opening',
  'floor',
  'caucus',
  'chairDraft',
  'consensusCall',
  'adopted',
  'noConsensus',
  'adjourned',
];

const AI_DELAY = 850;
const AI_DELAY_FAST = 110;

// Layout (1280×720).
const HALL = { x: 8, y: 52, w: 700, h: 376 };
const DRAFT = { x: 716, y: 52, w: 556, h: 262 };
const NOW = { x: 716, y: 320, w: 556, h: 108 };
const TABP = { x: 8, y: 434, w: 700, h: 240 };
const ACT = { x: 716, y: 434, w: 556, h: 240 };
const LOWER = { x: 8, y: 434, w: 1264, h: 240 };
/** The footer while a refusal shows: red, so it is seen from the back of the room. */
const REFUSAL_BOX = { fill: 0x5a1a10, edge: 0xff9b85, lineWidth: 3, radius: 8 } as const;

export interface PlenaryData {
  readonly resume?: boolean;
  readonly campaign?: boolean;
}

export default class Plenary extends Scene {
  private s: SessionController | null = null;
  private unsub: (() => void) | null = null;
  private hall!: HallView;
  private headerL!: GameObjects.Text;
  private headerR!: GameObjects.Text;
  private draftTitle!: GameObjects.Text;
  private gauge!: GameObjects.Container;
  private draftText!: ScrollText;
  private nowText: GameObjects.Text[] = [];
  private nowBox!: GameObjects.Rectangle;
  private pauseBanner!: GameObjects.Container;
  private timeUpBanner!: GameObjects.Container;
  private tab: Tab = 'transcript';
  private tabBeforeSeat: Tab = 'transcript';
  private tabStrip!: GameObjects.Container;
  private transcript!: ScrollText;
  private panelText!: ScrollText;
  private meterLayer!: GameObjects.Container;
  private actTitle!: GameObjects.Text;
  private actLayer!: GameObjects.Container;
  private actFocus!: FocusList;
  private actions: Action[] = [];
  private actSig = '';
  private why!: GameObjects.Text;
  private footer!: GameObjects.Text;
  private footerBox!: GameObjects.Rectangle;
  private picker: ListPicker | null = null;
  private caucus: CaucusFlow | null = null;
  private projector: ProjectorView | null = null;
  private browsing = false;
  private hovered: number | null = null;
  private covering: string | null = null;
  private consoleOpen = false;
  private aiWaiting = false;
  private nextAiAt = 0;
  private seen = 0;
  private lastPhase: Phase = 'setup';
  private rejection: { seq: number; reason: string; until: number } | null = null;
  private leaving = false;
  /** The session timer ran out and closed the meeting. */
  private timeIsUp = false;
  private yourTurnFor: string | null = null;
  private murmurOff: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    super({ key: 'Plenary' });
  }

  create(data: PlenaryData = {}): void {
    this.resetState();
    const { session, warning, error } = sessionOrResume(data.resume === true);
    if (!session) {
      new Notice(this, error ?? 'No meeting is running.', {
        title: 'Nothing to continue',
        onClose: () => void goTo(this, 'Title'),
      });
      return;
    }
    if (data.campaign) freshClassroom('', null, true);
    const target = sceneForPhase(session.phase);
    if (target !== 'Plenary') {
      void goTo(this, target);
      return;
    }
    this.s = session;
    this.build();
    this.seen = session.snapshot.context.transcript.length;
    this.lastPhase = session.phase;
    this.unsub = session.subscribe(() => this.refresh());
    const onKey = (ev: KeyboardEvent) => this.onKey(ev);
    this.input.keyboard?.on('keydown', onKey);
    // Ctrl+F opens the console, not the browser's find bar. Added after Phaser's own window listener, which
    // ignores events whose default was already prevented.
    const block = (ev: KeyboardEvent) => {
      if ((ev.ctrlKey || ev.metaKey) && (ev.key === 'f' || ev.key === 'F')) ev.preventDefault();
      if (ev.key === 'F2') ev.preventDefault();
    };
    window.addEventListener('keydown', block);
    const onHandover = (id: string) => {
      if (this.covering !== id) return;
      this.covering = null;
      this.cameras.main.setVisible(true);
      classroom.shown = id;
      this.yourTurnFor = null;
      this.refresh();
    };
    const onConsoleClosed = () => {
      this.consoleOpen = false;
      this.cameras.main.setVisible(true);
      this.refresh();
    };
    const onProjector = () => this.toggleProjector();
    this.game.events.on(HANDOVER_DONE, onHandover);
    this.game.events.on(FACILITATOR_CLOSED, onConsoleClosed);
    this.game.events.on(FACILITATOR_PROJECTOR, onProjector);
    this.time.addEvent({ delay: 50, loop: true, callback: () => this.pump() });
    this.time.addEvent({ delay: 1000, loop: true, callback: () => this.tick() });
    this.events.once(Scenes.Events.SHUTDOWN, () => {
      this.unsub?.();
      this.unsub = null;
      this.input.keyboard?.off('keydown', onKey);
      window.removeEventListener('keydown', block);
      this.game.events.off(HANDOVER_DONE, onHandover);
      this.game.events.off(FACILITATOR_CLOSED, onConsoleClosed);
      this.game.events.off(FACILITATOR_PROJECTOR, onProjector);
      if (this.murmurOff) clearTimeout(this.murmurOff);
      audio.ambience(false);
      this.scene.stop('Handover');
      this.scene.stop('Facilitator');
      mirrorText('');
    });
    void ensureScene(this.game, 'Handover');
    void ensureScene(this.game, 'Facilitator');
    this.refresh();
    const sc = scenarioOf(LIBRARY, session.input.scenarioId);
    announce(
      `Plenary: ${sc.title}. ${PHASE_LABEL[session.phase]}. Keys: letters on the buttons act, 1 to 5 switch panels, H browses the hall, Space fast-forwards, F2 opens the facilitator console, question mark for help.`,
    );
    if (warning) new Notice(this, warning, { title: 'An older autosave was used' });
  }

  private resetState(): void {
    this.s = null;
    this.nowText = [];
    this.tab = 'transcript';
    this.picker = null;
    this.caucus = null;
    this.projector = null;
    this.browsing = false;
    this.hovered = null;
    this.covering = null;
    this.consoleOpen = false;
    this.aiWaiting = false;
    this.rejection = null;
    this.leaving = false;
    this.timeIsUp = false;
    this.yourTurnFor = null;
    this.actSig = '';
    this.actions = [];
    this.draftSig = '';
    this.meterSig = '';
    this.footerSig = '';
    this.stripFor = null;
  }

  // ---------- layout ----------

  private build(): void {
    const pal = palette();
    this.headerL = this.add.text(14, 12, '', ts(22, { color: pal.gold, bold: true }));
    this.headerR = this.add.text(1266, 14, '', ts(18, { color: pal.text })).setOrigin(1, 0);
    this.hall = new HallView(this, HALL);
    this.hall.onHover = (i) => this.hoverSeat(i);
    drawBox(this, DRAFT.x, DRAFT.y, DRAFT.w, DRAFT.h);
    drawBox(this, TABP.x, TABP.y, TABP.w, TABP.h);
    drawBox(this, ACT.x, ACT.y, ACT.w, ACT.h);
    this.nowBox = drawBox(this, NOW.x, NOW.y, NOW.w, NOW.h);
    this.draftTitle = this.add.text(DRAFT.x + 14, DRAFT.y + 8, '', ts(20, { color: pal.gold, bold: true }));
    this.gauge = this.add.container(0, 0);
    this.draftText = new ScrollText(
      this,
      DRAFT.x + 14,
      DRAFT.y + 104,
      DRAFT.w - 24,
      DRAFT.h - 112,
      false,
      '▼ the whole draft: press 4',
    );
    for (let i = 0; i < 3; i++)
      this.nowText.push(
        this.add.text(NOW.x + 14, NOW.y + 8 + i * 32, '', ts(i === 0 ? 22 : 18, { bold: i === 0 })),
      );
    this.tabStrip = this.add.container(0, 0);
    this.transcript = new ScrollText(this, TABP.x + 14, TABP.y + 52, TABP.w - 24, TABP.h - 60, true);
    this.panelText = new ScrollText(this, TABP.x + 14, TABP.y + 52, TABP.w - 24, TABP.h - 60);
    this.meterLayer = this.add.container(0, 0);
    this.actTitle = this.add.text(ACT.x + 14, ACT.y + 8, '', ts(20, { color: pal.gold, bold: true }));
    this.actLayer = this.add.container(0, 0);
    this.actFocus = new FocusList((item) => this.showWhy(item as KeyButton));
    this.why = this.add.text(ACT.x + 14, ACT.y + ACT.h - 30, '', ts(16, { color: pal.muted, italic: true }));
    this.pauseBanner = this.hallBanner('‖ PAUSED', 'The facilitator has paused the meeting.');
    this.timeUpBanner = this.hallBanner(
      'TIME IS UP',
      'The session timer has run out: the meeting closes and the communiqué is drafted.',
    );
    // The footer's red box shows while a refusal does.
    this.footerBox = drawBox(this, 8, 680, 1264, 36, REFUSAL_BOX).setVisible(false);
    this.footer = this.add.text(14, 698, '', ts(18, { color: pal.muted })).setOrigin(0, 0.5);
  }

  /** A banner across the hall, hidden until shown: a large gold title over a line or two. */
  private hallBanner(title: string, text: string): GameObjects.Container {
    const pal = palette();
    const cx = HALL.x + HALL.w / 2;
    const top = HALL.y + 120;
    const head = this.add
      .text(cx, top + 18, title, ts(40, { color: pal.gold, bold: true }))
      .setOrigin(0.5, 0);
    const body = this.add
      .text(cx, head.y + head.height + 6, text, ts(20, { align: 'center', wrap: HALL.w - 200 }))
      .setOrigin(0.5, 0);
    const h = body.y + body.height + 18 - top;
    const box = addPanel(this, HALL.x + 80, top, HALL.w - 160, h, {
      fill: pal.scrim,
      fillAlpha: 0.94,
      edge: pal.goldNum,
      edgeWidth: 4,
      radius: 16,
    });
    return this.add.container(0, 0, [box, head, body]).setVisible(false).setDepth(10);
  }

  // ---------- the session ----------

  private get ctx(): SessionContext {
    return this.s!.snapshot.context;
  }

  private get phase(): Phase {
    return this.s!.phase;
  }

  /** The human delegation whose hand and actions are on screen, or null (watching / behind a cover). */
  private get me(): string | null {
    if (this.covering) return null;
    const ctx = this.ctx;
    const shown = classroom.shown;
    if (shown && (shown in ctx.humans || shown in ctx.startHumans)) return shown;
    const humans = Object.keys(ctx.humans);
    return humans.length === 1 ? humans[0]! : null;
  }

  private playerOf(id: string): string {
    return this.ctx.humans[id] ?? this.ctx.startHumans[id] ?? 'Player';
  }

  private get distinctPlayers(): number {
    return new Set(Object.values(this.ctx.humans)).size;
  }

  /** Hot seat: a person's hand shows only on their own move, never while the AI or anyone else plays. */
  private handHidden(me: string): boolean {
    return this.distinctPlayers > 1 && !this.s!.awaiting().includes(me);
  }

  /** Hot seat: when the meeting waits for another person, cover the screen until they take the keyboard. */
  private resolveTurn(): void {
    if (!this.s || this.covering) return;
    const aw = this.s.awaiting();
    if (!aw.length) return;
    const shown = classroom.shown;
    const target = shown && aw.includes(shown) ? shown : aw[0]!;
    if (target === shown) return;
    const samePlayer = shown !== null && this.playerOf(shown) === this.playerOf(target);
    if (this.distinctPlayers > 1 && !samePlayer) {
      if (this.scene.isActive('Facilitator') || this.projector) return;
      this.covering = target;
      this.closePicker();
      const data: HandoverData = {
        delegation: target,
        delegationName: nameOf(LIBRARY, target),
        player: this.playerOf(target),
        reason: this.turnReason(target),
      };
      const launch = () => {
        if (!this.scene.isActive() || this.covering !== target) return;
        // The cover is opaque: nothing of the room needs drawing beneath it.
        this.cameras.main.setVisible(false);
        this.scene.launch('Handover', data);
        this.scene.bringToTop('Handover');
      };
      // Loaded when the room opened: launch at once, so nothing can be typed into the room meanwhile.
      if (this.scene.get('Handover')) launch();
      else void ensureScene(this.game, 'Handover').then(launch);
      return;
    }
    classroom.shown = target;
  }

  private turnReason(id: string): string {
    const ph = this.phase;
    if (ph === 'consensusCall') return 'The Chair calls for consensus: answer the call.';
    if (ph === 'caucus') return `${nameOf(LIBRARY, this.ctx.caucus?.by ?? '')} offers you a deal.`;
    if (ph === 'floor' && this.ctx.item?.speakers[0] === id) return 'You have the floor.';
    return 'The meeting waits for you.';
  }

  /** Everything that follows a new snapshot. */
  private refresh(): void {
    if (!this.s || this.leaving) return;
    const ctx = this.ctx;
    const phase = this.phase;
    this.noticeNews(ctx, phase);
    this.resolveTurn();
    this.renderHeader();
    this.renderHall();
    this.renderDraft();
    this.renderNow();
    this.renderActions();
    this.renderTab();
    this.renderFooter();
    this.caucus?.onSnapshot();
    if (this.projector) this.projector.render(this.projectorData());
    // A meeting closed by the session timer stays on screen a little longer, so its banner can be read.
    if (phase === 'communique' || phase === 'debrief')
      this.leaveFor(sceneForPhase(phase), this.timeIsUp ? 4000 : 1600);
  }

  /** Announces new transcript lines, plays the sounds, latches a refusal and says whose turn it is. */
  private noticeNews(ctx: SessionContext, phase: Phase): void {
    const fresh = ctx.transcript.slice(this.seen);
    this.seen = ctx.transcript.length;
    for (const t of fresh) {
      announce(t.text);
      if (t.kind === 'objection') this.murmur();
    }
    const prev = this.lastPhase;
    this.lastPhase = phase;
    if (prev !== phase) {
      if (phase === 'consensusCall' || prev === 'consensusCall') audio.play('gavel');
      if (phase === 'adopted') this.time.delayedCall(500, () => audio.play('chime'));
      if (phase === 'consensusCall') this.setTab('meter', false);
    }
    if (ctx.rejection && ctx.rejection.seq !== this.rejection?.seq && ctx.rejection.type !== 'TICK') {
      this.rejection = { seq: ctx.rejection.seq, reason: ctx.rejection.reason, until: this.time.now + 9000 };
      announce(`Refused: ${ctx.rejection.reason}`);
    }
    const me = this.me;
    const aw = this.s!.awaiting();
    if (me && aw.includes(me)) {
      if (this.yourTurnFor !== me + phase) {
        this.yourTurnFor = me + phase;
        const first = actions(LIBRARY, phase, ctx, me).find((a) => a.enabled);
        announce(
          `Your move, ${nameOf(LIBRARY, me)}. ${this.turnReason(me)} ${first ? `For example ${first.key}: ${first.label}.` : ''}`,
        );
        if (phase === 'floor' && ctx.item?.speakers[0] === me) this.setTab('hand', false);
      }
    } else this.yourTurnFor = null;
  }

  private murmur(): void {
    audio.play('murmur');
    if (this.murmurOff) clearTimeout(this.murmurOff);
    this.murmurOff = setTimeout(() => audio.ambience(false), 2500);
  }

  private leaveFor(key: string, delay: number): void {
    if (this.leaving) return;
    this.leaving = true;
    this.closePicker();
    this.time.delayedCall(delay, () => void goTo(this, key));
  }

  // ---------- pacing ----------

  private aiMayMove(): boolean {
    if (!this.s || this.leaving || this.covering || this.consoleOpen) return false;
    if (this.picker) return false;
    if (this.caucus && !this.caucus.waitingForAnswer) return false;
    if (this.ctx.paused || !SESSION_PHASES.includes(this.phase)) return false;
    return this.s.awaiting().length === 0;
  }

  private pump(): void {
    if (!this.aiMayMove()) {
      this.aiWaiting = false;
      return;
    }
    const now = this.time.now;
    const delay = classroom.fast ? AI_DELAY_FAST : AI_DELAY;
    if (!this.aiWaiting) {
      this.aiWaiting = true;
      this.nextAiAt = now + delay;
      this.renderNow();
      return;
    }
    if (now < this.nextAiAt) return;
    this.nextAiAt = now + delay;
    this.s!.stepAi();
  }

  /** The clocks: a TICK a second while they run and the meeting is in session. */
  private tick(): void {
    if (!this.s || this.leaving || this.covering) return;
    const ctx = this.ctx;
    const timed = ctx.speechSeconds !== null || classroom.sessionMinutes !== null;
    if (!timed || !classroom.clockRunning || ctx.paused || !SESSION_PHASES.includes(this.phase)) return;
    const snap = this.s.send({ type: 'TICK', seconds: 1 });
    if (classroom.sessionMinutes && snap.context.elapsed >= classroom.sessionMinutes * 60) this.timeUp();
  }

  /** The session timer has run out: the meeting ends, as with End in the facilitator's console. */
  private timeUp(): void {
    if (!this.s || this.leaving || this.timeIsUp) return;
    this.timeIsUp = true;
    this.closePicker();
    this.timeUpBanner.setVisible(true);
    announce('Session time is up: the meeting closes.');
    audio.play('gavel');
    this.s.send({ type: 'END' });
    if (!['communique', 'debrief'].includes(this.phase)) {
      // Refused (it should not be): say so and let the facilitator close it from the console.
      this.timeIsUp = false;
      this.timeUpBanner.setVisible(false);
      announce('The meeting could not be closed: the facilitator can end it from the console (F2).');
    }
  }

  // ---------- rendering ----------

  private renderHeader(): void {
    const ctx = this.ctx;
    const sc = scenarioOf(LIBRARY, ctx.scenarioId);
    const d = draftView(LIBRARY, ctx);
    const n = ctx.agenda.length;
    const itemNo = Math.min(n, ctx.itemIndex + 1);
    const left = d ? `Item ${itemNo} of ${n}: ${d.title}` : `${sc.title}`;
    this.headerL.setText(fit(this, left, 760, 22, { bold: true }));
    const rule = ctx.rule === 'consensus' ? 'Consensus (KP rule)' : RULES[ctx.rule].label;
    this.headerR.setText(`Day ${ctx.day} of ${sc.days} · ${PHASE_LABEL[this.phase]} · ${rule}`);
  }

  private speakerLine(): string {
    const sp = this.ctx.item?.speakers[0];
    if (this.phase === 'consensusCall') return 'The Chair calls for consensus';
    if (!sp) return this.phase === 'floor' ? 'Floor open' : PHASE_LABEL[this.phase];
    return `Floor: ${nameOf(LIBRARY, sp)}`;
  }

  private seatList(): Seat[] {
    return seats(LIBRARY, this.ctx);
  }

  private renderHall(): void {
    this.hall.render(this.seatList(), this.speakerLine());
  }

  private draftSig = '';

  private renderDraft(): void {
    const pal = palette();
    const d = draftView(LIBRARY, this.ctx);
    const sig = JSON.stringify(d);
    if (sig === this.draftSig) return;
    this.draftSig = sig;
    this.gauge.removeAll(true);
    if (!d) {
      this.draftTitle.setText('No item on the table');
      this.draftText.setLines([{ text: 'The Chair opens the next item.', color: pal.muted }]);
      return;
    }
    this.drawGauge(d);
    const clauses = d.clauses.map((c) => c.label).join(' · ');
    this.draftText.setLines(
      [
        { text: `“${d.text}”`, serif: true, size: 18 },
        {
          text: clauses ? `Clauses: ${clauses}` : 'No clauses yet: the status quo stands.',
          size: 16,
          color: pal.muted,
        },
      ],
      true,
    );
  }

  private drawGauge(d: DraftView): void {
    const pal = palette();
    const x0 = DRAFT.x + 24;
    const x1 = DRAFT.x + DRAFT.w - 24;
    const y = DRAFT.y + 62;
    const at = (v: number) => x0 + ((x1 - x0) * v) / 100;
    const g = this.add.graphics();
    g.lineStyle(4, pal.panelEdge, 1).lineBetween(x0, y, x1, y);
    for (let v = 0; v <= 100; v += 25)
      g.lineStyle(2, pal.panelEdge, 1).lineBetween(at(v), y - 6, at(v), y + 6);
    // Status quo: an open square; the draft: a filled diamond (shape, not only colour).
    g.lineStyle(3, 0xffffff, 1).strokeRect(at(d.statusQuo) - 7, y - 7, 14, 14);
    const vx = at(d.value);
    g.fillStyle(pal.goldNum, 1);
    g.fillTriangle(vx - 11, y, vx + 11, y, vx, y - 11);
    g.fillTriangle(vx - 11, y, vx + 11, y, vx, y + 11);
    this.gauge.add(g);
    const [lo, hi] = ISSUE_ENDS[d.issue];
    const half = (x1 - x0) / 2 - 8;
    this.gauge.add(this.add.text(x0, y + 12, fit(this, `0 ${lo}`, half, 16), ts(16, { color: pal.muted })));
    this.gauge.add(
      this.add
        .text(x1, y + 12, fit(this, `${hi} 100`, half, 16), ts(16, { color: pal.muted }))
        .setOrigin(1, 0),
    );
    const label = `◆ draft ${d.value.toFixed(0)}   □ status quo ${d.statusQuo.toFixed(0)}`;
    this.gauge.add(this.add.text(x1, DRAFT.y + 10, label, ts(16, { color: pal.text })).setOrigin(1, 0));
    const titleRoom = DRAFT.w - 28 - textWidth(label, 16) - 16;
    this.draftTitle.setText(fit(this, `Draft · ${ISSUE_NAME[d.issue]}`, titleRoom, 20, { bold: true }));
  }

  private renderNow(): void {
    if (!this.s) return;
    const pal = palette();
    const ctx = this.ctx;
    const me = this.me;
    const aw = this.s.awaiting();
    const sp = ctx.item?.speakers[0];
    let line1: string;
    if (this.phase === 'consensusCall') {
      const obj = ctx.item?.call?.objections ?? [];
      line1 = `Call for consensus: ${obj.length ? `${obj.length} objection${obj.length > 1 ? 's' : ''} (${obj.map((o) => shortNameOf(LIBRARY, o)).join(', ')})` : 'no objection so far'}`;
    } else if (sp)
      line1 = `Speaking: ${nameOf(LIBRARY, sp)}${sp in ctx.humans ? ` (${ctx.humans[sp]})` : ' (AI)'}`;
    else line1 = PHASE_LABEL[this.phase];
    const next = (ctx.item?.speakers ?? []).slice(1);
    const line2 = next.length
      ? `Next: ${next
          .slice(0, 3)
          .map((id) => shortNameOf(LIBRARY, id))
          .join(', ')}${next.length > 3 ? ` +${next.length - 3}` : ''}`
      : this.phase === 'floor'
        ? 'Speakers’ list: empty after this speaker'
        : '';
    const bits: string[] = [];
    let color = pal.text;
    if (ctx.paused) {
      bits.push('‖ PAUSED by the facilitator');
      color = pal.gold;
    } else if (this.covering) bits.push(`Passing the keyboard to ${this.playerOf(this.covering)}…`);
    else if (aw.length) {
      bits.push(
        me && aw.includes(me)
          ? `▶ Your move, ${this.playerOf(me)}`
          : `Waiting for ${aw.map((a) => this.playerOf(a)).join(', ')}`,
      );
      color = pal.gold;
    } else if (SESSION_PHASES.includes(this.phase))
      bits.push(`AI is speaking…  ${classroom.fast ? '▶▶ fast-forward ON' : 'Space: fast-forward'}`);
    if (ctx.speechSeconds && ctx.item && this.phase === 'floor' && sp)
      bits.push(`Speech ${clock(ctx.speechSeconds - ctx.item.turn.seconds)}`);
    if (classroom.sessionMinutes) {
      const left = classroom.sessionMinutes * 60 - ctx.elapsed;
      bits.push(left > 0 ? `Session ${clock(left)} left` : 'Session time is up');
    }
    if (!classroom.clockRunning && (ctx.speechSeconds || classroom.sessionMinutes))
      bits.push('clock stopped');
    this.pauseBanner.setVisible(ctx.paused);
    restylePanel(
      this.nowBox,
      panelStyle(aw.length && me && aw.includes(me) ? { edge: pal.goldNum, lineWidth: 3 } : {}),
    );
    this.nowText[0]!.setText(fit(this, line1, NOW.w - 28, 22, { bold: true }));
    this.nowText[1]!.setText(fit(this, line2, NOW.w - 28, 18)).setColor(pal.muted);
    this.nowText[2]!.setText(fit(this, bits.join('  ·  '), NOW.w - 28, 18)).setColor(color);
  }

  private setTab(t: Tab, speak = true): void {
    if (t !== 'seat') this.tabBeforeSeat = t;
    if (this.tab === t) return;
    this.tab = t;
    this.renderTab();
    if (speak) {
      const label = TABS.find((x) => x.id === t)!.label;
      const text = (t === 'transcript' ? this.transcript : this.panelText).plainText;
      announce(`${label} panel. ${t === 'meter' ? this.meterSpoken() : text.slice(0, 400)}`);
    }
  }

  private meterSpoken(rows: readonly MeterRow[] = meter(LIBRARY, this.ctx)): string {
    return rows.map((r) => `${r.label}: ${r.passes ? 'passes' : 'fails'}, ${r.detail}.`).join(' ');
  }

  private stripFor: Tab | null = null;

  private renderTab(): void {
    if (!this.s) return;
    if (this.stripFor !== this.tab) this.drawStrip();
    this.transcript.setVisible(this.tab === 'transcript');
    this.panelText.setVisible(this.tab !== 'transcript' && this.tab !== 'meter');
    this.meterLayer.setVisible(this.tab === 'meter');
    this.transcript.setLines(this.transcriptLines(), true);
    const rows = this.tab === 'meter' ? meter(LIBRARY, this.ctx) : [];
    if (this.tab === 'meter') this.renderMeter(rows);
    else if (this.tab !== 'transcript') this.panelText.setLines(this.panelLines(), true);
    // The open panel as text, for screen readers to browse (and what a test reads).
    const label = TABS.find((x) => x.id === this.tab)!.label;
    const text =
      this.tab === 'meter'
        ? this.meterSpoken(rows)
        : (this.tab === 'transcript' ? this.transcript : this.panelText).plainText;
    mirrorText(`${label} panel\n${text}`);
  }

  private drawStrip(): void {
    const pal = palette();
    this.stripFor = this.tab;
    this.tabStrip.removeAll(true);
    let x = TABP.x + 12;
    TABS.forEach((t, i) => {
      const on = t.id === this.tab;
      const w = Math.max(96, Math.ceil(textWidth(`${i + 1} ${t.label}`, 16, { bold: true })) + 24);
      this.tabStrip.add(tabBox(this, x, TABP.y + 8, w, 34, on));
      const txt = this.add
        .text(
          x + w / 2,
          TABP.y + 25,
          `${i + 1} ${t.label}`,
          ts(16, { color: on ? pal.gold : pal.text, bold: on }),
        )
        .setOrigin(0.5, 0.5);
      this.tabStrip.add(txt);
      const zone = this.add
        .zone(x, TABP.y + 8, w, 34)
        .setOrigin(0, 0)
        .setInteractive({ useHandCursor: true });
      zone.on('pointerup', () => this.setTab(t.id));
      this.tabStrip.add(zone);
      x += w + 8;
    });
  }

  private transcriptLines(): Line[] {
    const pal = palette();
    const out: Line[] = [];
    const recent = this.ctx.transcript.slice(-60);
    for (const t of recent) {
      out.push({
        text: this.entryText(t),
        size: 18,
        color: t.kind === 'decision' ? pal.gold : t.kind === 'objection' ? RED : pal.text,
        bold: t.kind === 'decision',
        gap: 2,
      });
      if (t.cite?.length)
        out.push({
          text: `Source: ${t.cite.map(citeLabel).join('; ')}`,
          size: 16,
          color: pal.muted,
          italic: true,
          indent: 24,
          gap: 6,
        });
    }
    if (!out.length) out.push({ text: 'Nothing said yet.', color: pal.muted });
    return out;
  }

  private entryText(t: TranscriptEntry): string {
    const mark =
      t.kind === 'objection' ? '✕ ' : t.kind === 'decision' ? '★ ' : t.kind === 'event' ? 'News: ' : '';
    return `Day ${t.day} · ${mark}${t.text}`;
  }

  private panelLines(): Line[] {
    const pal = palette();
    const ctx = this.ctx;
    switch (this.tab) {
      case 'hand': {
        const me = this.me;
        if (!me)
          return [
            {
              text: this.covering
                ? 'Hidden while the keyboard passes.'
                : 'Nobody’s hand: you are watching. The facilitator (F2) can hand a seat to a person.',
              color: pal.muted,
            },
          ];
        if (!(me in ctx.humans))
          return [
            {
              text: `The AI plays ${nameOf(LIBRARY, me)} now. Press I to take the seat back.`,
              color: pal.gold,
            },
          ];
        if (this.handHidden(me))
          return [
            {
              text: `Hidden: ${this.playerOf(me)}’s hand shows again on their next move (hot seat).`,
              color: pal.muted,
            },
          ];
        const cards = hand(LIBRARY, ctx, me);
        if (!cards.length) return [{ text: 'No argument cards left for this item.', color: pal.muted }];
        const out: Line[] = [
          {
            text: `${nameOf(LIBRARY, me)}: ${cards.length} argument card(s). Press S on your turn to make one.`,
            size: 16,
            color: pal.muted,
            gap: 4,
          },
        ];
        for (const c of cards)
          out.push({
            text: `•  ${c.title}  — argues for ${c.position}/100 · ${c.kind} · ${c.cite.length} source${c.cite.length === 1 ? '' : 's'}`,
            size: 18,
            gap: 4,
          });
        return out;
      }
      case 'draft': {
        const d = draftView(LIBRARY, ctx);
        if (!d) return [{ text: 'No draft on the table.', color: pal.muted }];
        const out: Line[] = [
          { text: d.title, bold: true, color: pal.gold },
          { text: `“${d.text}”`, serif: true },
          {
            text: `Draft value ${d.value.toFixed(0)} on the scale; status quo ${d.statusQuo.toFixed(0)}${d.decides ? '.' : '. An intersessional discusses only.'}`,
            size: 16,
            color: pal.muted,
          },
        ];
        for (const c of d.clauses)
          out.push({
            text: `•  ${c.label} (${c.effect >= 0 ? '+' : ''}${c.effect}) — ${c.cite.map(citeLabel).join('; ')}`,
            size: 16,
            indent: 8,
            gap: 3,
          });
        out.push({
          text: `If nothing is agreed: ${d.statusQuoText}`,
          size: 16,
          color: pal.muted,
          italic: true,
        });
        return out;
      }
      case 'seat': {
        const seat = this.focusedSeat();
        if (!seat)
          return [
            {
              text: 'Press H and use the arrow keys to browse the seats, or point at a seat.',
              color: pal.muted,
            },
          ];
        const d = draftView(LIBRARY, ctx);
        const info = seatLines(seat, ISSUE_NAME[d?.issue ?? 'definition']);
        return [
          { text: info.title, bold: true, color: pal.gold },
          ...info.lines.map((l) => ({ text: l, size: 18 })),
        ];
      }
      default:
        return [];
    }
  }

  private meterSig = '';

  private renderMeter(rows: readonly MeterRow[]): void {
    const pal = palette();
    const sig = JSON.stringify(rows);
    if (sig === this.meterSig) return;
    this.meterSig = sig;
    this.meterLayer.removeAll(true);
    if (!rows.length) {
      this.meterLayer.add(
        this.add.text(TABP.x + 16, TABP.y + 56, 'No draft on the table yet.', ts(18, { color: pal.muted })),
      );
      return;
    }
    let y = TABP.y + 50;
    const c1 = TABP.x + 14;
    const c2 = c1 + Math.ceil(textWidth('✓ passes', 18, { bold: true })) + 14;
    const labels = rows.map((r) => `${r.rule === this.ctx.rule ? '▶ ' : ''}${r.label}`);
    const c3 = c2 + Math.ceil(Math.max(...labels.map((l) => textWidth(l, 18, { bold: true })))) + 16;
    rows.forEach((r, i) => {
      const mine = r.rule === this.ctx.rule;
      this.meterLayer.add(
        this.add.text(
          c1,
          y,
          r.passes ? '✓ passes' : '✕ fails',
          ts(18, { color: r.passes ? GREEN : RED, bold: true }),
        ),
      );
      this.meterLayer.add(
        this.add.text(c2, y, labels[i]!, ts(18, { bold: true, color: mine ? pal.gold : pal.text })),
      );
      this.meterLayer.add(
        this.add.text(
          c3,
          y + 2,
          fit(this, r.detail, TABP.x + TABP.w - 14 - c3, 16),
          ts(16, { color: pal.muted }),
        ),
      );
      y += 32;
    });
    this.meterLayer.add(
      this.add.text(
        TABP.x + 14,
        y + 2,
        `▶ the rule of this session. Live: if the Chair called it now.`,
        ts(16, { color: pal.muted, italic: true }),
      ),
    );
  }

  private renderActions(): void {
    if (!this.s) return;
    const pal = palette();
    const ctx = this.ctx;
    const me = this.me;
    let acts: Action[] = [];
    let title: string;
    if (!me) {
      title = this.covering
        ? 'Hand-over in progress'
        : Object.keys(ctx.humans).length
          ? 'Waiting for the next player'
          : 'Watching: the AI plays every seat';
    } else if (!(me in ctx.humans)) {
      title = `${nameOf(LIBRARY, me)}: played by the AI`;
    } else {
      title = `Your seat: ${nameOf(LIBRARY, me)} (${ctx.humans[me]})`;
      // An empty hand: say so on the button rather than open an empty list.
      const empty = hand(LIBRARY, ctx, me).length === 0;
      acts = actions(LIBRARY, this.phase, ctx, me).map((a) =>
        a.need === 'card' && a.enabled && empty
          ? { ...a, enabled: false, why: 'No argument cards left on this item: amend, caucus or yield.' }
          : a,
      );
    }
    const extra: Action[] = [];
    if (me)
      extra.push({
        id: 'ai',
        label: me in ctx.humans ? 'Let the AI play' : 'Take my seat back',
        key: 'I',
        need: 'none',
        event: null,
        enabled: true,
        why: null,
      });
    const all = [...acts, ...extra];
    const sig = JSON.stringify([title, all.map((a) => [a.id, a.label, a.enabled, a.why])]);
    if (sig === this.actSig) return;
    this.actSig = sig;
    this.actions = all;
    this.actTitle.setText(fit(this, title, ACT.w - 28, 20, { bold: true }));
    this.actLayer.removeAll(true);
    const colW = (ACT.w - 14 * 2 - 10) / 2;
    const buttons = all.map((a, i) => {
      const col = i % 2;
      const row = Math.floor(i / 2);
      const b = new KeyButton(this, ACT.x + 14 + col * (colW + 10), ACT.y + 40 + row * 46, {
        label: a.label,
        key: a.key,
        width: colW,
        height: 40,
        size: 18,
        why: a.enabled ? null : (a.why ?? 'not now'),
        onActivate: () => this.act(a),
        onFocus: (btn) => this.actFocus.focus(buttons.indexOf(btn), true),
      });
      this.actLayer.add(b);
      return b;
    });
    if (!all.length)
      this.actLayer.add(
        this.add.text(
          ACT.x + 14,
          ACT.y + 48,
          this.covering ? '' : 'Nothing to do now: the AI is moving. Space fast-forwards.',
          ts(18, { color: pal.muted, wrap: ACT.w - 30 }),
        ),
      );
    const firstEnabled = buttons.findIndex((b) => b.enabled);
    this.actFocus.set(buttons, false);
    if (firstEnabled > 0) this.actFocus.focus(firstEnabled, true);
    if (!buttons.length) this.why.setText('');
  }

  private showWhy(b: KeyButton | undefined): void {
    if (!b) return;
    const pal = palette();
    this.why.setText(b.enabled ? `${b.opts.key}: ${b.opts.label}` : `✕ Not now: ${b.opts.why}`);
    this.why.setColor(b.enabled ? pal.muted : pal.gold);
    this.why.setText(fit(this, this.why.text, ACT.w - 28, 16, { italic: true }));
  }

  private footerSig = '';

  private renderFooter(): void {
    const pal = palette();
    const r = this.rejection;
    const live = r !== null && r.until > this.time.now;
    const sig = live ? `r${r.seq}` : 'hints';
    if (sig === this.footerSig) return;
    this.footerSig = sig;
    this.footerBox.setVisible(r !== null && live);
    if (r && live) {
      this.footer
        .setText(fit(this, `✕ Refused: ${r.reason}`, 1240, 20, { bold: true }))
        .setStyle(ts(20, { color: '#ffffff', bold: true }));
      this.time.delayedCall(r.until - this.time.now + 50, () => this.renderFooter());
      return;
    }
    this.footer
      .setStyle(ts(18, { color: pal.muted }))
      .setText(
        '1–5 panels · H hall · Space/F fast-forward · I AI takes seat · V projector · F2 facilitator · Esc leave · ? help',
      );
  }

  // ---------- seats ----------

  private focusedSeat(): Seat | null {
    const i = this.hovered ?? (this.browsing ? this.hall.focusIndex : -1);
    const tok = this.hall.seats[i];
    if (!tok) return null;
    return this.seatList().find((s) => s.id === tok.seat.id) ?? tok.seat;
  }

  private hoverSeat(i: number | null): void {
    this.hovered = i;
    if (i === null) {
      if (!this.browsing) this.setTab(this.tabBeforeSeat, false);
      else this.renderTab();
      return;
    }
    if (this.tab !== 'seat') this.setTab('seat', false);
    else this.renderTab();
  }

  private browse(on: boolean): void {
    this.browsing = on;
    if (on) {
      const me = this.me;
      const start = Math.max(
        0,
        this.hall.seats.findIndex((t) => t.seat.id === (me ?? this.ctx.item?.speakers[0])),
      );
      this.hall.setFocus(start);
      this.setTab('seat', false);
      this.speakSeat();
    } else {
      this.hall.setFocus(-1);
      this.setTab(this.tabBeforeSeat, false);
      announce('Stopped browsing the hall.');
    }
  }

  private speakSeat(): void {
    const seat = this.focusedSeat();
    if (!seat) return;
    const d = draftView(LIBRARY, this.ctx);
    const info = seatLines(seat, ISSUE_NAME[d?.issue ?? 'definition']);
    announce(`${info.title}. ${info.lines.join(' ')}`);
    this.renderTab();
  }

  // ---------- acting ----------

  private act(a: Action): void {
    if (!this.s || !a.enabled) {
      if (a.why) announce(`${a.label}: ${a.why}`);
      return;
    }
    const me = this.me;
    if (!me) return;
    if (a.id === 'ai') {
      this.toggleAi();
      return;
    }
    switch (a.need) {
      case 'none':
        if (a.event) {
          this.setTab('transcript', false);
          this.s.send(a.event);
        }
        break;
      case 'card':
        this.pickCard(me);
        break;
      case 'clause':
        this.pickClause(me);
        break;
      case 'caucus':
      case 'pressure':
        this.closePicker();
        this.caucus = new CaucusFlow(this, LOWER, this.s, me, a.need, () => {
          this.caucus = null;
          this.refresh();
        });
        break;
    }
  }

  private toggleAi(): void {
    const me = this.me;
    if (!this.s || !me) return;
    const human = me in this.ctx.humans;
    this.s.send(
      human
        ? { type: 'SET_CONTROL', delegation: me, human: false }
        : { type: 'SET_CONTROL', delegation: me, human: true, player: this.playerOf(me) },
    );
    classroom.shown = me;
  }

  private cardItem(c: ArgumentCard): PickItem {
    const pal = palette();
    const lines: Line[] = [
      { text: c.title, bold: true, color: pal.gold },
      { text: c.text },
      {
        text: `Argues for ${c.position} of 100 (${ISSUE_ENDS[c.issue][0]} = 0). A ${c.kind} argument; appeals to ${c.moves.join(', ') || '—'}${c.hardens.length ? `; hardens ${c.hardens.join(', ')}` : ''}.`,
        size: 16,
        color: pal.muted,
      },
    ];
    if (c.voice) lines.push({ text: `This is the view of ${c.voice}, not a fact.`, size: 16, italic: true });
    if (c.quote)
      lines.push({
        text: `“${c.quote.text}” — ${c.quote.speaker} (${citeLabel(c.quote.cite)})`,
        size: 16,
        italic: true,
      });
    lines.push({ text: `Sources: ${c.cite.map(citeLong).join(' · ')}`, size: 16, color: pal.muted });
    return { label: c.title, tag: `${c.position}/100`, detail: lines };
  }

  private pickCard(me: string): void {
    const cards = hand(LIBRARY, this.ctx, me);
    this.openPicker(
      `Make an argument (${cards.length} in your hand)`,
      cards.map((c) => this.cardItem(c)),
      (i) => {
        const c = cards[i]!;
        this.closePicker();
        this.setTab('transcript', false);
        this.s!.send({ type: 'SPEAK', by: me, card: c.id });
      },
    );
  }

  private clauseItem(c: Clause, op: 'add' | 'remove'): PickItem {
    const pal = palette();
    const sign = op === 'add' ? c.effect : -c.effect;
    const dir = sign >= 0 ? ISSUE_ENDS[c.issue][1] : ISSUE_ENDS[c.issue][0];
    return {
      label: `${op === 'add' ? 'Add' : 'Strike'}: ${c.label}`,
      tag: `${sign >= 0 ? '+' : ''}${sign}`,
      detail: [
        { text: `${op === 'add' ? 'Add' : 'Strike'} “${c.label}”`, bold: true, color: pal.gold },
        { text: `${c.verbatim ? '“' : ''}${c.text}${c.verbatim ? '”' : ''}`, serif: true },
        { text: `Moves the draft ${Math.abs(sign)} points toward “${dir}”.`, size: 16, color: pal.muted },
        { text: `Sources: ${c.cite.map(citeLong).join(' · ')}`, size: 16, color: pal.muted },
      ],
    };
  }

  private pickClause(me: string): void {
    const list = amendments(LIBRARY, this.ctx);
    this.openPicker(
      'Amend the draft: add or strike a clause',
      list.map((a) => this.clauseItem(a.clause, a.op)),
      (i) => {
        const a = list[i]!;
        this.closePicker();
        this.setTab('transcript', false);
        this.s!.send({ type: 'AMEND', by: me, op: a.op, clause: a.clause.id });
      },
    );
  }

  private openPicker(title: string, items: PickItem[], onPick: (i: number) => void): void {
    this.closePicker();
    this.picker = new ListPicker(this, LOWER, {
      title,
      items,
      onPick,
      onCancel: () => this.closePicker('Cancelled.'),
    });
  }

  private closePicker(message?: string): void {
    this.picker?.close();
    this.picker = null;
    if (this.caucus) {
      const c = this.caucus;
      this.caucus = null;
      c.close();
    }
    if (message) announce(message);
  }

  // ---------- keys ----------

  private onKey(ev: KeyboardEvent): void {
    // Phaser hands keys to scenes in the order they started, so the Plenary hears keys before the console
    // and the hand-over cover launched over it: it must stand aside itself while they are up.
    if (!this.s || typingInField() || this.leaving || this.covering || this.consoleOpen) return;
    // A modal notice (from the widgets kit) has the keys.
    if (FocusGroup.top(this)) return;
    if (ev.key === 'F2' || ((ev.ctrlKey || ev.metaKey) && ev.key.toLowerCase() === 'f')) {
      if (!ev.repeat) this.openConsole();
      return;
    }
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (this.projector) {
      if (ev.key === 'Escape' || ev.key === 'v' || ev.key === 'V') this.toggleProjector();
      else if (ev.key === ' ' || ev.key === 'f' || ev.key === 'F') this.toggleFast();
      return;
    }
    if (this.picker) {
      this.picker.handleKey(ev);
      return;
    }
    if (this.caucus) {
      this.caucus.handleKey(ev);
      return;
    }
    if (this.browsing) {
      const dir = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' } as const;
      const d = dir[ev.key as keyof typeof dir];
      if (d) {
        this.hall.setFocus(this.hall.neighbour(d));
        this.speakSeat();
        return;
      }
      if (ev.key === 'Tab') {
        const n = this.hall.seats.length;
        this.hall.setFocus((this.hall.focusIndex + (ev.shiftKey ? -1 : 1) + n) % n);
        this.speakSeat();
        return;
      }
      if (ev.key === 'Escape' || ev.key === 'Enter' || ev.key === 'h' || ev.key === 'H') {
        this.browse(false);
        return;
      }
    }
    const k = ev.key;
    if (k === ' ' || k === 'f' || k === 'F') {
      if (!ev.repeat) this.toggleFast();
      return;
    }
    if (/^[1-5]$/.test(k)) {
      this.setTab(TABS[Number(k) - 1]!.id);
      return;
    }
    switch (k) {
      case 'h':
      case 'H':
        this.browse(!this.browsing);
        return;
      case 'v':
      case 'V':
        this.toggleProjector();
        return;
      case 'i':
      case 'I':
        if (this.me) this.toggleAi();
        return;
      case 'PageDown':
      case 'PageUp': {
        const box = this.tab === 'transcript' ? this.transcript : this.panelText;
        box.page(k === 'PageDown' ? 1 : -1);
        return;
      }
      case 'Home':
        (this.tab === 'transcript' ? this.transcript : this.panelText).home();
        return;
      case 'End':
        (this.tab === 'transcript' ? this.transcript : this.panelText).end();
        return;
      case 'ArrowRight':
        this.actFocus.move(1);
        return;
      case 'ArrowLeft':
        this.actFocus.move(-1);
        return;
      case 'ArrowDown':
        this.actFocus.move(2);
        return;
      case 'ArrowUp':
        this.actFocus.move(-2);
        return;
      case 'Tab':
        this.actFocus.move(ev.shiftKey ? -1 : 1);
        return;
      case 'Enter':
        if (!ev.repeat) this.actFocus.focused?.activate();
        return;
      case 'Escape':
        this.askLeave();
        return;
    }
    if (k.length === 1) {
      const a = this.actions.find((x) => x.key.toLowerCase() === k.toLowerCase());
      if (a) {
        const i = this.actions.indexOf(a);
        this.actFocus.focus(i, true);
        if (!a.enabled) {
          announce(`${a.label}: not now. ${a.why ?? ''}`);
          return;
        }
        if (!ev.repeat) this.act(a);
      }
    }
  }

  private toggleFast(): void {
    classroom.fast = !classroom.fast;
    announce(classroom.fast ? 'Fast-forward on.' : 'Fast-forward off.');
    this.nextAiAt = Math.min(this.nextAiAt, this.time.now + (classroom.fast ? AI_DELAY_FAST : AI_DELAY));
    this.renderNow();
  }

  private toggleProjector(): void {
    if (this.projector) {
      this.projector.destroy();
      this.projector = null;
      announce('Back to the room.');
      return;
    }
    this.projector = new ProjectorView(this);
    this.projector.render(this.projectorData());
    announce(`Projector view. ${this.speakerLine()}. ${this.meterSpoken()}`);
  }

  private projectorData() {
    const ctx = this.ctx;
    const sc = scenarioOf(LIBRARY, ctx.scenarioId);
    const d = draftView(LIBRARY, ctx);
    const sp = ctx.item?.speakers[0];
    const status = `${sc.title} · Day ${ctx.day} · ${PHASE_LABEL[this.phase]}${ctx.paused ? ' · PAUSED' : ''}`;
    return {
      title: d ? d.title : sc.title,
      status,
      speaker:
        this.phase === 'consensusCall'
          ? `Call for consensus: ${(ctx.item?.call?.objections ?? []).map((o) => `${STANCE_SYMBOL.objects} ${nameOf(LIBRARY, o)}`).join(', ') || 'no objection so far'}`
          : sp
            ? `Speaking: ${nameOf(LIBRARY, sp)}`
            : PHASE_LABEL[this.phase],
      draft: d,
      meter: meter(LIBRARY, ctx),
      rule: RULES[ctx.rule].label,
    };
  }

  private openConsole(): void {
    if (this.consoleOpen) return;
    this.closePicker();
    if (this.browsing) this.browse(false);
    this.consoleOpen = true;
    void ensureScene(this.game, 'Facilitator').then((ok) => {
      if (!ok || !this.scene.isActive()) {
        this.consoleOpen = false;
        return;
      }
      this.cameras.main.setVisible(false);
      this.scene.launch('Facilitator');
      this.scene.bringToTop('Facilitator');
    });
  }

  private askLeave(): void {
    this.openPicker(
      'Leave the meeting?',
      [
        { label: 'Stay in the meeting', detail: [{ text: 'Back to the room.' }] },
        {
          label: 'Leave to the title screen',
          detail: [
            {
              text: 'The meeting is saved after every move: Continue on the title screen brings you back here.',
            },
          ],
        },
      ],
      (i) => {
        this.closePicker();
        if (i === 1) this.leaveFor('Title', 0);
      },
    );
  }
}
