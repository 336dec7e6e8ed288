// Exit tickets: at the end of a meeting each player answers three guided questions, one question a page.
// On one computer the players write in turn, and the hand-over cover comes between two of them, so one
// student's answers are never on screen for the next. Each ticket is sent as an EXIT_TICKET event and so
// reaches the debrief pack. Reached from the Outcome's "Go to the debrief" and from the Debrief.
import { phaseFacts } from '../machines/plenary';
import { GameObjects, Scene, Scenes } from 'phaser';
import type { SessionController } from '../app/controller';
import {
  EXIT_ANSWER_MAX,
  needsHandover,
  ticketEvent,
  ticketWriters,
  type TicketWriter,
} from '../app/exit-tickets';
import { EXIT_QUESTIONS } from '../content/teacher-guide';
import { LIBRARY } from '../machines/default';
import { registerHelp } from '../ui/help';
import { announce } from '../ui/live';
import { lineHeight, palette, textStyle } from '../ui/theme';
import { Button } from '../ui/button';
import { FocusGroup } from '../ui/focus';
import { Menu, type MenuItem } from '../ui/menu';
import { Notice } from '../ui/notice';
import { AnswerBox } from './kit/answer-box';
import { classroom, HANDOVER_DONE, sessionOrResume } from './plenary/classroom';
import { coverForHandover } from './plenary/handover-cover';
import { editing, stopEditing } from './plenary/textfield';
import { goTo } from './registry';

registerHelp('ExitTicket', [
  { keys: 'Enter', action: 'Write the answer (Enter again keeps it)' },
  { keys: 'Tab ↑ ↓', action: 'Move between the answer and the buttons' },
  { keys: 'PgDn / PgUp', action: 'Next / previous question' },
  { keys: 'D', action: 'On the list of players: go to the debrief' },
  {
    keys: 'Esc',
    action: 'Leave this ticket unsent; on the list of players, back (what was handed in is kept)',
  },
]);

type From = 'Outcome' | 'Debrief';

export default class ExitTicket extends Scene {
  private s: SessionController | null = null;
  private from: From = 'Outcome';
  /** Whose ticket is on screen, and what they have typed so far (sent only when handed in). */
  private writer: TicketWriter | null = null;
  private draft: string[] = [];
  private question = 0;
  /** Writers still to come when the class writes in turn. */
  private queue: TicketWriter[] = [];
  private last: TicketWriter | null = null;
  private covering: string | null = null;
  private page: GameObjects.GameObject[] = [];
  private group: FocusGroup | null = null;
  private box: AnswerBox | null = null;

  constructor() {
    super({ key: 'ExitTicket' });
  }

  init(data: { from?: From } = {}): void {
    this.from = data.from === 'Debrief' ? 'Debrief' : 'Outcome';
    this.writer = null;
    this.queue = [];
    this.last = null;
    this.covering = null;
    this.page = [];
    this.group = null;
    this.box = null;
  }

  create(): void {
    const { session, error } = sessionOrResume(false);
    // The chart says whether the meeting has ended (its 'ended' tag), not a list of states here.
    if (!session || !phaseFacts(session.phase).ended) {
      new Notice(this, error ?? 'Exit tickets are written once a meeting has ended.', {
        title: 'No meeting has ended',
        onClose: () => void goTo(this, 'Title'),
      });
      return;
    }
    this.s = session;
    const onHandover = (id: string) => {
      if (this.covering !== id) return;
      this.covering = null;
      this.cameras.main.setVisible(true);
      const w = this.writers().find((x) => x.delegation === id);
      if (w) this.write(w);
    };
    // Page Down / Up turn the questions of the ticket on screen (not while typing or behind a dialog).
    const onKey = (ev: KeyboardEvent) => {
      if (editing() || this.covering || !this.group?.isTop) return;
      // D on the list of players: on to the debrief, as on the Outcome.
      if (!this.writer) {
        if (ev.key.toLowerCase() === 'd' && !ev.repeat) this.onward();
        return;
      }
      if (ev.key === 'PageDown') this.turn(1);
      else if (ev.key === 'PageUp') this.turn(-1);
    };
    this.input.keyboard?.on('keydown', onKey);
    this.game.events.on(HANDOVER_DONE, onHandover);
    this.events.once(Scenes.Events.SHUTDOWN, () => {
      this.input.keyboard?.off('keydown', onKey);
      this.game.events.off(HANDOVER_DONE, onHandover);
      this.scene.stop('Handover');
      stopEditing();
    });
    this.intro(true);
  }

  private writers(): TicketWriter[] {
    return ticketWriters(LIBRARY, this.s!.snapshot.context);
  }

  private clear(): void {
    this.box?.stop();
    this.group?.destroy();
    for (const o of this.page) o.destroy();
    this.page = [];
    this.group = null;
    this.box = null;
  }

  private keep<T extends GameObjects.GameObject>(o: T): T {
    this.page.push(o);
    return o;
  }

  /** The list of players: everyone in turn, one player, or on to the debrief. */
  private intro(first = false): void {
    this.clear();
    this.writer = null;
    const pal = palette();
    const { width: W, height: H } = this.scale;
    const writers = this.writers();
    const waiting = writers.filter((w) => !w.handedIn);
    const onward = this.from === 'Debrief' ? 'Back to the debrief' : 'Go to the debrief';
    this.keep(
      this.add.text(W / 2, 24, 'Exit tickets', textStyle('h1', { color: pal.gold })).setOrigin(0.5, 0),
    );
    const lead = this.keep(
      this.add
        .text(
          W / 2,
          24 + lineHeight('h1') + 10,
          'Each player answers three short questions about the meeting; the answers go into the debrief pack beside their participation and objectives. Players write in turn: the hand-over screen hides one player’s answers from the next.',
          textStyle('body', { color: pal.muted, align: 'center', wrap: W - 200 }),
        )
        .setOrigin(0.5, 0),
    );
    const items: MenuItem[] = [
      {
        label: waiting.length ? `Everyone in turn, starting with ${waiting[0]!.player}` : 'Everyone in turn',
        ...(waiting.length ? {} : { disabledReason: 'all handed in' }),
        onActivate: () => this.start(waiting),
      },
      ...writers.map((w): MenuItem => ({
        label: `${w.player} — ${w.delegationName}`,
        value: w.handedIn ? '✓ handed in' : 'not yet',
        hint: w.handedIn ? 'Enter to write it again' : 'Enter to write this ticket alone',
        onActivate: () => this.start([w]),
      })),
      { label: `${onward} (D)`, hint: 'the key D', onActivate: () => this.onward() },
    ];
    const top = lead.y + lead.height + 24;
    const itemH = Math.max(52, lineHeight('body') + 18);
    const gap = Math.max(6, Math.min(12, Math.floor((H - 60 - top - items.length * itemH) / items.length)));
    const menu = new Menu(this, W / 2, top, items, {
      width: 820,
      itemHeight: itemH,
      gap,
      onEscape: () => void goTo(this, this.from),
    });
    this.group = menu.group;
    this.page.push(...menu.buttons);
    const focus = waiting.length ? 0 : items.length - 1;
    menu.focus(focus, true);
    const summary = writers.length
      ? `${writers.length - waiting.length} of ${writers.length} handed in.`
      : 'Nobody played a seat in this meeting: there is nobody to write an exit ticket.';
    this.keep(
      this.add
        .text(
          W / 2,
          H - 30,
          `${summary}   ↑ ↓ choose · Enter open · Esc back to the ${this.from === 'Debrief' ? 'debrief' : 'outcome'}`,
          textStyle('small', { color: pal.muted }),
        )
        .setOrigin(0.5, 0.5),
    );
    announce(
      `${first ? 'Exit tickets. Each player answers three short questions about the meeting. ' : ''}${summary} ${menu.buttons[focus]?.spoken ?? ''}`,
    );
  }

  private start(writers: readonly TicketWriter[]): void {
    this.queue = [...writers];
    this.last = null;
    this.nextWriter();
  }

  /** The next player in the queue: behind the hand-over cover if the keyboard passes to someone else. */
  private nextWriter(): void {
    const next = this.queue.shift();
    this.clear();
    if (!next) {
      this.intro();
      return;
    }
    if (needsHandover(this.writers(), this.last, next)) {
      this.covering = next.delegation;
      coverForHandover(
        this,
        {
          delegation: next.delegation,
          delegationName: next.delegationName,
          player: next.player,
          reason: 'Write your exit ticket: three short questions about the meeting.',
        },
        () => this.covering === next.delegation,
      );
      return;
    }
    this.write(next);
  }

  private write(w: TicketWriter): void {
    this.writer = w;
    this.draft = [...w.answers];
    this.last = w;
    this.showQuestion(0, true);
  }

  private showQuestion(i: number, first = false): void {
    const w = this.writer!;
    this.clear();
    this.question = i;
    const q = EXIT_QUESTIONS[i]!;
    const pal = palette();
    const { width: W, height: H } = this.scale;
    const X = 56;
    const wrap = W - 2 * X;
    const head = this.keep(this.add.text(X, 18, 'Exit ticket', textStyle('h2', { color: pal.gold })));
    this.keep(
      this.add
        .text(
          W - X,
          24,
          `${w.player} · ${w.delegationName}`,
          textStyle('body', { color: pal.text, bold: true }),
        )
        .setOrigin(1, 0),
    );
    const count = this.keep(
      this.add.text(
        X,
        head.y + head.height + 8,
        `Question ${i + 1} of ${EXIT_QUESTIONS.length}`,
        textStyle('small', { color: pal.muted }),
      ),
    );
    const qt = this.keep(
      this.add.text(X, count.y + count.height + 6, q.text, textStyle('h2', { color: pal.text, wrap })),
    );
    const hint = this.keep(
      this.add.text(
        X,
        qt.y + qt.height + 8,
        q.hint,
        textStyle('body', { color: pal.muted, wrap, italic: true }),
      ),
    );
    const btnH = Math.max(52, lineHeight('body') + 18);
    const btnY = H - 40 - btnH / 2;
    const boxTop = hint.y + hint.height + 18;
    const boxH = Math.max(lineHeight('body') * 2 + 28, btnY - btnH / 2 - 40 - boxTop);
    const lastQ = i === EXIT_QUESTIONS.length - 1;
    this.box = new AnswerBox(this, X, boxTop, wrap, boxH, {
      label: `Answer to question ${i + 1}`,
      initial: this.draft[i] ?? '',
      maxLength: EXIT_ANSWER_MAX,
      placeholder: 'Click here or press Enter, then type your answer: one or two sentences. Enter keeps it.',
      onCommit: (text, byKey) => {
        this.draft[i] = text;
        // Enter keeps the answer and moves on to the button that goes on (a click elsewhere acts itself).
        if (byKey) this.group?.focus(next, false);
      },
    });
    this.page.push(this.box);
    const prev = new Button(this, X + 170, btnY, {
      label: '◀ Previous',
      width: 340,
      height: btnH,
      hint: 'Page Up',
      onActivate: () => this.turn(-1),
      ...(i === 0 ? { disabledReason: 'first' } : {}),
    });
    const next = new Button(this, W / 2 + 40, btnY, {
      label: lastQ ? 'Hand in my ticket' : 'Next question ▶',
      width: 360,
      height: btnH,
      hint: lastQ ? 'the screen then hides your answers' : 'Page Down',
      onActivate: () => (lastQ ? this.handIn() : this.turn(1)),
    });
    const leave = new Button(this, W - X - 120, btnY, {
      label: 'Not now',
      width: 240,
      height: btnH,
      hint: 'Escape: back to the list of players; nothing is handed in',
      onActivate: () => this.abandon(),
    });
    this.page.push(prev, next, leave);
    this.group = new FocusGroup(this, { onEscape: () => this.abandon() });
    this.group.add(this.box, prev, next, leave);
    this.group.focus(0, true);
    announce(
      `${first ? `Exit ticket for ${w.player}, ${w.delegationName}. ` : ''}Question ${i + 1} of ${EXIT_QUESTIONS.length}: ${q.text} ${q.hint} ${this.draft[i] ? `Your answer so far: ${this.draft[i]}.` : ''} Press Enter to write.`,
    );
  }

  private turn(step: -1 | 1): void {
    if (this.box) this.draft[this.question] = this.box.value;
    const i = Math.max(0, Math.min(EXIT_QUESTIONS.length - 1, this.question + step));
    if (i !== this.question) this.showQuestion(i);
  }

  private handIn(): void {
    const w = this.writer!;
    if (this.box) this.draft[this.question] = this.box.value;
    const ev = ticketEvent(w.delegation, this.draft);
    if (!ev) {
      new Notice(this, 'Nothing is written yet: answer at least one question, or choose “Not now”.', {
        title: 'An empty ticket',
      });
      return;
    }
    const snap = this.s!.send(ev);
    if (snap.context.rejection) {
      new Notice(this, `Refused: ${snap.context.rejection.reason}`, { title: 'Not handed in' });
      return;
    }
    announce(`Handed in: ${w.player}’s exit ticket for ${w.delegationName}.`);
    this.writer = null;
    this.draft = [];
    this.nextWriter();
  }

  /** Leaves this player's ticket unsent (they may come back to it from the list) and the turn order. */
  private abandon(): void {
    const w = this.writer;
    this.queue = [];
    this.writer = null;
    this.draft = [];
    this.intro();
    if (w) announce(`${w.player}’s exit ticket was not handed in.`);
  }

  private onward(): void {
    const s = this.s!;
    // Where the chart still waits for the debrief to be opened, open it; else it is open already.
    if (phaseFacts(s.phase).hears.has('DEBRIEF')) {
      if (classroom.device?.role === 'student') return;
      const snap = s.send({ type: 'DEBRIEF' });
      if (snap.context.rejection) {
        new Notice(this, `Refused: ${snap.context.rejection.reason}`, { title: 'Not yet' });
        return;
      }
    }
    void goTo(this, 'Debrief');
  }
}
