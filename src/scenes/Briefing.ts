// Briefing: the role card of each human delegation in turn (hot seat: the keyboard passes between them
// behind a cover), or, for a delegation without a card, its bloc and stances. Then BEGIN opens the plenary.
import { Scene, Scenes, type GameObjects } from 'phaser';
import { meetingContext } from '../content/index';
import type { Scenario } from '../content/types';
import { explainedSpans } from '../app/terms';
import { openSource } from './source-link';
import { citeLabel } from '../app/view-model';
import type { SessionController } from '../app/controller';
import { LIBRARY } from '../machines/default';
import { scenarioOf } from '../model/library';
import { nameOf } from '../model/session';
import { registerHelp } from '../ui/help';
import { announce, mirrorText } from '../ui/live';
import { palette, textStyle } from '../ui/theme';
import { typingInField } from '../ui/focus';
import { Notice } from '../ui/notice';
import type { HandoverData } from './Handover';
import {
  classroom,
  freshClassroom,
  HANDOVER_DONE,
  playersOf,
  sceneForPhase,
  sessionOrResume,
} from './plenary/classroom';
import { FocusList, KeyButton } from '../ui/key-button';
import { drawBox } from '../ui/panel';
import { type Line, ScrollText, scrollTarget } from '../ui/scroll-text';
import { fit, textWidth, ts } from '../ui/text';
import { ensureScene, goTo } from './registry';
import { roleLines, watchLines, withWords } from './briefing/role-card';

registerHelp('Briefing', [
  { keys: 'Enter', action: 'Next player’s briefing, or begin the meeting' },
  { keys: '↑ ↓ PgUp PgDn', action: 'Scroll the role card' },
  { keys: 'Tab', action: 'Move between the buttons' },
  { keys: 'U', action: 'Meaning of the next underlined word (or point at it)' },
  { keys: 'Esc', action: 'Back to the previous player’s card' },
]);

export default class Briefing extends Scene {
  private session: SessionController | null = null;
  private order: { id: string; player: string }[] = [];
  private index = 0;
  private card!: ScrollText;
  private focus = new FocusList();
  private buttons: KeyButton[] = [];
  private heading: GameObjects.Text[] = [];
  private covered = false;

  constructor() {
    super({ key: 'Briefing' });
  }

  create(data: { campaign?: boolean } = {}): void {
    const pal = palette();
    const { session, error } = sessionOrResume(false);
    if (data.campaign) freshClassroom('', null, true);
    if (!session) {
      new Notice(this, error ?? 'No meeting is running.', {
        title: 'Nothing to brief',
        onClose: () => void goTo(this, 'Title'),
      });
      return;
    }
    if (session.phase !== 'briefing') {
      void goTo(this, sceneForPhase(session.phase));
      return;
    }
    this.session = session;
    this.order = playersOf(session).filter((p) => p.human);
    const device = classroom.device;
    if (device) {
      // A classroom room: this device's own card only (the teacher's, none), and every device moves on
      // when the teacher begins the meeting.
      this.order = this.order.filter((p) => p.id === device.seat);
      const off = session.subscribe(() => {
        if (session.phase !== 'briefing') void goTo(this, sceneForPhase(session.phase));
      });
      this.events.once(Scenes.Events.SHUTDOWN, off);
    }
    this.index = 0;
    this.covered = false;
    const sc = scenarioOf(LIBRARY, session.input.scenarioId);
    const heading = this.add.text(40, 14, 'Briefing', textStyle('h1', { color: pal.gold }));
    // Beside the heading, clear of it at any text size: the meeting and its place, or the meeting alone.
    const subX = Math.max(250, heading.x + heading.width + 20);
    this.add.text(subX, 30, fitTitle(sc, this.scale.width - 28 - subX), ts(20, { color: pal.muted }));
    drawBox(this, 28, 80, 800, 560);
    drawBox(this, 844, 80, 408, 400);
    this.card = new ScrollText(this, 52, 140, 760, 486).explainTerms(explainedSpans, (link) =>
      openSource(this, link),
    );
    const ctx = new ScrollText(this, 862, 130, 378, 340);
    this.add.text(862, 92, 'The meeting', ts(22, { color: pal.gold, bold: true }));
    const ctxLines: Line[] = [
      { text: `${sc.title}, ${sc.dates}`, bold: true, size: 18 },
      { text: meetingContext(sc), size: 18 },
      {
        text: `Sources: ${sc.contextCite.map(citeLabel).join('; ')}`,
        size: 16,
        color: pal.muted,
        italic: true,
      },
      { text: `Decision rule this session: ${ruleName(session)}.`, size: 18, color: pal.gold },
    ];
    ctx.setLines(ctxLines);
    this.add.text(
      40,
      652,
      '↑ ↓ PgUp PgDn scroll the card   Enter next   ? help',
      ts(18, { color: pal.muted }),
    );
    const onKey = (ev: KeyboardEvent) => this.onKey(ev);
    this.input.keyboard?.on('keydown', onKey);
    const onHandover = () => {
      this.covered = false;
      this.show();
    };
    this.game.events.on(HANDOVER_DONE, onHandover);
    this.events.once(Scenes.Events.SHUTDOWN, () => {
      this.input.keyboard?.off('keydown', onKey);
      this.game.events.off(HANDOVER_DONE, onHandover);
      mirrorText('');
    });
    if (this.order.length > 1) void ensureScene(this.game, 'Handover').then(() => this.open(0));
    else this.open(0);
  }

  /** Opens card i: behind a hand-over cover when several people share the keyboard. */
  private open(i: number): void {
    this.index = i;
    const p = this.order[i];
    if (p && this.order.length > 1) {
      this.covered = true;
      this.clearCard();
      const data: HandoverData = {
        delegation: p.id,
        delegationName: nameOf(LIBRARY, p.id),
        player: p.player,
        reason: 'Read your role card before the meeting opens.',
      };
      this.scene.launch('Handover', data);
      this.scene.bringToTop('Handover');
      return;
    }
    this.show();
  }

  private clearCard(): void {
    this.card.setLines([]);
    for (const h of this.heading) h.destroy();
    this.heading = [];
    for (const b of this.buttons) b.destroy();
    this.buttons = [];
  }

  private show(): void {
    if (!this.session) return;
    this.clearCard();
    const pal = palette();
    const p = this.order[this.index];
    const last = this.index >= this.order.length - 1;
    const title = p ? `${nameOf(LIBRARY, p.id)} — played by ${p.player}` : 'You are watching';
    this.heading.push(this.add.text(52, 94, title, ts(24, { color: pal.gold, bold: true })));
    if (this.order.length > 1)
      this.heading.push(
        this.add
          .text(812, 98, `${this.index + 1} of ${this.order.length}`, ts(18, { color: pal.muted }))
          .setOrigin(1, 0),
      );
    const sc = scenarioOf(LIBRARY, this.session.input.scenarioId);
    const agenda = this.session.snapshot.context.agenda;
    const lines = p ? withWords(roleLines(p.id, { scenarioId: sc.id, agenda })) : watchLines(sc, agenda);
    this.card.setLines(lines);
    mirrorText(`${title}\n${lines.map((l) => l.text).join('\n')}`);
    const mk = (y: number, label: string, key: string, on: () => void) =>
      new KeyButton(this, 862, y, {
        label,
        key,
        width: 372,
        size: 20,
        onActivate: on,
        onFocus: (b) => this.focus.focus(this.buttons.indexOf(b), true),
      });
    this.buttons = [
      mk(500, last ? beginLabel() : 'Next player', 'Enter', () => this.next()),
      ...(this.index > 0 ? [mk(560, 'Previous card', 'Esc', () => this.open(this.index - 1))] : []),
    ];
    this.focus.set(this.buttons, false);
    const then =
      classroom.device?.role === 'student'
        ? 'Your teacher begins the meeting for everyone.'
        : `Press Enter to ${last ? 'begin the meeting' : 'pass to the next player'}.`;
    announce(
      `${title}. ${lines
        .slice(0, 2)
        .map((l) => l.text)
        .join(' ')} Scroll with the arrow keys. ${then}`,
    );
  }

  private next(): void {
    if (!this.session) return;
    if (this.index < this.order.length - 1) {
      this.open(this.index + 1);
      return;
    }
    if (classroom.device) {
      if (classroom.device.role === 'teacher') this.session.send({ type: 'BEGIN' });
      else announce('Your teacher begins the meeting for everyone: every screen then shows the hall.');
      return;
    }
    const snap = this.session.send({ type: 'BEGIN' });
    if (snap.context.rejection) {
      announce(snap.context.rejection.reason);
      return;
    }
    // The classroom's choice of who opens the rounds, into the session's log.
    if (classroom.rounds && !snap.context.rounds.byFacilitator)
      this.session.send({ type: 'SET_ROUNDS', byFacilitator: true });
    classroom.shown = this.order.at(-1)?.id ?? null;
    void goTo(this, 'Plenary');
  }

  private onKey(ev: KeyboardEvent): void {
    if (typingInField() || this.covered || !this.session) return;
    switch (ev.key) {
      case 'ArrowDown':
        this.card.scrollBy(1);
        break;
      case 'ArrowUp':
        this.card.scrollBy(-1);
        break;
      case 'PageDown':
        scrollTarget(this, this.card).page(1);
        break;
      case 'PageUp':
        scrollTarget(this, this.card).page(-1);
        break;
      case 'Tab':
        this.focus.move(ev.shiftKey ? -1 : 1);
        break;
      case 'Enter':
      case ' ':
        if (ev.key === 'Enter' && this.card.openStepped()) break;
        if (!ev.repeat) this.focus.focused?.activate();
        break;
      case 'Escape':
        if (this.index > 0) this.open(this.index - 1);
        break;
      case 'u':
      case 'U':
        if (!this.card.nextTerm()) announce('No explained words in view on this card.');
        break;
    }
  }
}

function ruleName(s: SessionController): string {
  const r = s.snapshot.context.rule;
  return r === 'consensus' ? 'consensus, the KP’s actual rule' : r;
}

function fitTitle(sc: Scenario, maxW: number): string {
  const full = `${sc.title} · ${sc.place}`;
  return textWidth(full, 20) <= maxW ? full : fit(null, sc.title, maxW, 20);
}

/** The last card's button: on a classroom room's student device the teacher begins, for everyone. */
function beginLabel(): string {
  return classroom.device?.role === 'student' ? 'Wait for your teacher' : 'Begin the meeting';
}
