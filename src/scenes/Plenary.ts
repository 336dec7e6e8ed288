// The plenary: the whole room at once. The hall (every seat coloured by stance and marked by its symbol),
// the draft, who has the floor, the timers, your actions; below, panels on keys 1–6 (your hand, the
// transcript, the "would it pass?" meter under each rule, the draft with its clauses, a seat's details,
// what your last move changed). Thin: it reads the snapshot through the view model, sends events and lets
// the AI move at the chosen pace (step, classroom, fast). Each
// panel is its own file under ./plenary; what they say (the floor, whose turn, the clocks) is worked out
// in src/app.
import { GameObjects, Scene } from 'phaser';
import type { SessionController } from '../app/controller';
import type { RemoteSession } from '../app/remote-session';
import { headerStatus, headerTitle, nowLines, PHASE_LABEL, speakerLine } from '../app/floor-text';
import { handHidden, shownDelegation } from '../app/hot-seat';
import { seatActions } from '../app/seat-actions';
import { inSession } from '../app/session-clock';
import { callStep, tutorialAim } from '../app/tutorial';
import { BRIEFINGS } from '../content/index';
import { draftView, seats, type Action } from '../app/view-model';
import { LIBRARY } from '../machines/default';
import { scenarioOf } from '../model/library';
import type { Phase } from '../model/phase';
import { phaseFacts } from '../machines/plenary';
import type { SessionContext } from '../model/session';
import { settings } from '../ui/settings';
import { announce } from '../ui/live';
import { fit, ts } from '../ui/text';
import { palette } from '../ui/theme';
import { Notice } from '../ui/notice';
import { act, toggleAi, type ActingRoom } from './plenary/acting';
import { ActionPanel } from './plenary/action-panel';
import { Chooser } from './plenary/chooser';
import { classroom, freshClassroom, sceneForPhase, sessionOrResume } from './plenary/classroom';
import { DraftPanel } from './plenary/draft-panel';
import { Footer, hallBanner } from './plenary/footer';
import { HallView } from './plenary/hall';
import { openConsole } from './plenary/console-door';
import { coverForHandover } from './plenary/handover-cover';
import { handlePlenaryKey, type PlenaryKeyTarget } from './plenary/keymap';
import { CAPTIONS, HALL } from './plenary/layout';
import { registerCaptionSpot } from '../ui/caption-spot';
import { RoomNews } from './plenary/news';
import { NowPanel } from './plenary/now-panel';
import { Coach } from './plenary/coach';
import { RoomPacer } from './plenary/pacer';
import { RoomClock } from './plenary/room-clock';
import { projectorOf, switchProjector, type ProjectorView } from './plenary/projector';
import { wireRoom } from './plenary/room-wiring';
import { SeatBrowser } from './plenary/seat-browser';
import { followRoom, remoteOf, takeVoice } from './plenary/team-voice';
import { turnToCover } from './plenary/turn-cover';
import { WhatChanged } from './plenary/what-changed';
import { TabPanel } from './plenary/tab-panel';
import { ensureScene, goTo } from './registry';

export interface PlenaryData {
  readonly resume?: boolean;
  readonly campaign?: boolean;
}

registerCaptionSpot('Plenary', CAPTIONS);
export default class Plenary extends Scene {
  private s: SessionController | null = null;
  private unsub: (() => void) | null = null;
  private hall!: HallView;
  private headerL!: GameObjects.Text;
  private headerR!: GameObjects.Text;
  private draftPanel!: DraftPanel;
  private nowPanel!: NowPanel;
  private tabs!: TabPanel;
  private actionPanel!: ActionPanel;
  private seatBrowser!: SeatBrowser;
  private chooser!: Chooser;
  private footer!: Footer;
  private coach!: Coach;
  private pauseBanner!: GameObjects.Container;
  private clock!: RoomClock;
  private projector: ProjectorView | null = null;
  private covering: string | null = null;
  private consoleOpen = false;
  private pacer!: RoomPacer;
  private readonly whatChanged = new WhatChanged(
    () => this.hall,
    () => this.tabs,
  );
  private news!: RoomNews;
  private leaving = false;

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
    this.unsub = session.subscribe(() => this.refresh());
    const offMove = session.onMove((ev, before, after) => this.whatChanged.onMove(ev, before, after));
    // A classroom room's session (its client library stays out of this scene's chunk).
    if (classroom.device && 'onNotice' in session)
      followRoom(this, session as RemoteSession, () => this.footer);
    const keys = this.keyTarget();
    wireRoom(this, {
      onKey: (ev) => handlePlenaryKey(ev, keys),
      onHandover: (id) => {
        if (this.covering !== id) return;
        this.covering = null;
        this.cameras.main.setVisible(true);
        classroom.shown = id;
        this.news.handedOver();
        this.refresh();
      },
      onConsoleClosed: () => {
        this.consoleOpen = false;
        this.cameras.main.setVisible(true);
        this.refresh();
      },
      onProjector: () => this.toggleProjector(),
      pump: () => this.s && this.pacer.pump(this.s, this.aiMayMove()),
      tick: () => this.clock.tick(),
      onShutdown: () => {
        this.unsub?.();
        this.unsub = null;
        offMove();
        this.news.stop();
      },
    });
    void ensureScene(this.game, 'Handover');
    void ensureScene(this.game, 'Facilitator');
    // How to play is offered at a person's first meeting (Skip or B closes it; B brings it back).
    if (!settings.get().tutorialSeen && Object.keys(this.ctx.humans).length > 0 && !classroom.device)
      this.coach.start();
    this.refresh();
    const sc = scenarioOf(LIBRARY, session.input.scenarioId);
    announce(
      `Plenary: ${sc.title}. ${PHASE_LABEL[session.phase]}. Keys: letters on the buttons act, 1 to 6 switch panels, H browses the hall, Space fast-forwards (at step pace: the next move), F2 opens the facilitator console, question mark for help.`,
    );
    if (warning) new Notice(this, warning, { title: 'An older autosave was used' });
  }

  private resetState(): void {
    this.s = null;
    this.projector = null;
    this.covering = null;
    this.consoleOpen = false;
    this.leaving = false;
    this.whatChanged.reset();
  }

  private build(): void {
    const pal = palette();
    this.headerL = this.add.text(14, 12, '', ts(22, { color: pal.gold, bold: true }));
    this.headerR = this.add.text(1266, 14, '', ts(18, { color: pal.text })).setOrigin(1, 0);
    this.hall = new HallView(this, HALL);
    this.draftPanel = new DraftPanel(this);
    this.tabs = new TabPanel(this, () =>
      this.s
        ? {
            ctx: this.ctx,
            me: this.me,
            covering: this.covering,
            handHidden: (me) => handHidden(this.ctx, this.s!.awaiting(), me),
            focusedSeat: () => this.seatBrowser.focusedSeat(),
            reasonAt: (seq) => this.s!.reasonAt(seq),
            lastReason: (id) => this.s!.lastReason(id),
            changes: () => this.whatChanged.current,
          }
        : null,
    );
    this.actionPanel = new ActionPanel(this, (a) => this.act(a));
    this.nowPanel = new NowPanel(this);
    this.seatBrowser = new SeatBrowser(this.hall, this.tabs, () => this.ctx);
    this.hall.onHover = (i) => {
      this.seatBrowser.hover(i);
      if (i !== null) this.coach.saw('seat');
    };
    this.tabs.onPlayerTab = (t) => t === 'changed' && this.coach.saw('changes');
    this.chooser = new Chooser(
      this,
      () => this.tabs.setTab('transcript', false),
      () => this.refresh(),
    );
    this.pauseBanner = hallBanner(this, HALL, '‖ PAUSED', 'The facilitator has paused the meeting.');
    this.clock = new RoomClock(this, {
      session: () => this.s,
      held: () => this.leaving || !!this.covering || this.consoleOpen || this.chooser.dialogOpen,
      onTimeUp: () => this.chooser.close(),
    });
    this.footer = new Footer(this);
    this.coach = new Coach(
      this,
      () =>
        this.s
          ? {
              session: { log: this.ctx.log, humans: this.ctx.humans },
              call: callStep(LIBRARY, this.phase, this.ctx),
              aim: tutorialAim(
                LIBRARY,
                { scenarioId: this.s.input.scenarioId, agenda: this.ctx.agenda },
                BRIEFINGS.find((b) => b.delegation === this.me),
              ),
            }
          : null,
      // The player's own choice: an open list (a deal's answer) gives way to the call's buttons.
      () => {
        this.chooser.close();
        this.tabs.setTab('transcript', false);
        this.s?.send({ type: 'FORCE_CALL' });
      },
    );
    this.pacer = new RoomPacer(this, () => this.renderNow());
    this.news = new RoomNews(this, this.tabs, this.ctx, this.phase);
  }

  /** What the keys drive; read when a key comes, so it always sees the room as it is. */
  private keyTarget(): PlenaryKeyTarget {
    return {
      deaf: () => !this.s || this.leaving || this.covering !== null || this.consoleOpen,
      projectorOpen: () => this.projector !== null,
      modal: () => this.chooser.modal,
      browsing: () => this.seatBrowser.browsing,
      hall: () => this.hall,
      tabs: () => this.tabs,
      actionPanel: () => this.actionPanel,
      hasSeat: () => this.me !== null,
      openConsole: () => this.openConsole(),
      toggleProjector: () => this.toggleProjector(),
      toggleFast: () => this.toggleFast(),
      browse: (on) => this.browse(on),
      speakSeat: () => this.seatBrowser.speak(),
      toggleAi: () => this.toggleAi(),
      toggleTutorial: () => (this.coach.active ? this.coach.stop() : this.coach.start()),
      tutorialKey: (k) => this.coach.key(k),
      takeVoice: () => takeVoice(this.remote),
      askLeave: () => this.chooser.askLeave(() => this.leaveFor('Title', 0)),
      act: (a) => this.act(a),
    };
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
    return shownDelegation(this.ctx, classroom.shown, this.covering);
  }

  /** Hot seat: when the meeting waits for another person, cover the screen until they take the keyboard. */
  private resolveTurn(): void {
    if (!this.s || this.covering) return;
    const data = turnToCover(this.s, this.scene.isActive('Facilitator') || this.projector !== null);
    if (!data) return;
    this.covering = data.delegation;
    this.chooser.close();
    coverForHandover(this, data, () => this.covering === data.delegation);
  }

  /** Everything that follows a new snapshot. */
  private refresh(): void {
    if (!this.s || this.leaving) return;
    const ctx = this.ctx;
    const phase = this.phase;
    this.news.notice(ctx, phase, this.me, this.s.awaiting());
    this.resolveTurn();
    this.renderHeader();
    this.hall.render(seats(LIBRARY, ctx), speakerLine(LIBRARY, phase, ctx));
    this.draftPanel.render(draftView(LIBRARY, ctx));
    this.renderNow();
    this.actionPanel.render(
      seatActions(LIBRARY, phase, ctx, this.me, this.covering),
      this.covering ? '' : 'Nothing to do now: the AI is moving. Space fast-forwards.',
    );
    this.tabs.render();
    this.footer.render(this.news.rejection);
    this.coach.render();
    this.chooser.onSnapshot();
    this.projector?.render(projectorOf(this.s));
    // A meeting closed by the session timer stays on screen a little longer, so its banner can be read.
    this.clock.notice(ctx);
    if (phaseFacts(phase).ended) this.leaveFor(sceneForPhase(phase), this.clock.timeIsUp ? 4000 : 1600);
  }

  private leaveFor(key: string, delay: number): void {
    if (this.leaving) return;
    this.leaving = true;
    this.chooser.close();
    this.time.delayedCall(delay, () => void goTo(this, key));
  }

  /** This device's classroom room, when it is one. */
  private get remote(): RemoteSession | null {
    return remoteOf(this.s);
  }

  // ---------- pacing (the clocks: plenary/room-clock.ts) ----------

  /** Whether the screen can show an AI move now (whose turn it is, the pace decides). */
  private aiMayMove(): boolean {
    if (!this.s || this.leaving || this.covering || this.consoleOpen) return false;
    if (this.chooser.holdsTheRoom) return false;
    return inSession(this.phase);
  }

  // ---------- rendering ----------

  private renderHeader(): void {
    this.headerL.setText(fit(this, headerTitle(LIBRARY, this.ctx), 760, 22, { bold: true }));
    this.headerR.setText(headerStatus(LIBRARY, this.phase, this.ctx));
  }

  private renderNow(): void {
    if (!this.s) return;
    const remote = this.remote;
    const room = {
      ...classroom,
      me: this.me,
      paused: this.s.paused,
      covering: this.covering,
      aiStatus: this.pacer.status(this.s),
      ...(remote?.seat
        ? { team: { size: remote.team.length, voice: remote.voice, mine: remote.holdsVoice } }
        : {}),
    };
    this.nowPanel.render(nowLines(LIBRARY, this.phase, this.ctx, this.s.awaiting(), room));
    this.pauseBanner.setVisible(this.s.paused);
  }

  // ---------- acting (plenary/acting.ts) ----------

  private get acting(): ActingRoom {
    return { session: this.s, me: this.me, chooser: this.chooser, tabs: this.tabs };
  }

  private act(a: Action): void {
    act(this.acting, a);
  }

  private toggleAi(): void {
    toggleAi(this.acting);
  }

  // ---------- room controls ----------

  private browse(on: boolean): void {
    this.seatBrowser.browse(on, this.me ?? this.ctx.item?.speakers[0]);
    if (on) this.coach.saw('seat');
  }

  private toggleFast(): void {
    if (!this.s) return;
    this.pacer.spaceOrF(this.s);
    this.renderNow();
  }

  private toggleProjector(): void {
    if (this.s) this.projector = switchProjector(this, this.projector, this.s);
  }

  private openConsole(): void {
    if (this.consoleOpen) return;
    this.chooser.close();
    if (this.seatBrowser.browsing) this.browse(false);
    openConsole(this, (open) => (this.consoleOpen = open));
  }
}
