// The facilitator console, over the Plenary (F2 or Ctrl+F), behind the PIN chosen at setup: pause and resume,
// the clocks (a TICK a second drives the speech timer), the session countdown, event cards from the sources,
// skipping a speaker, forcing a consensus call, handing seats to people or the AI, the projector view, the
// save file, and ending the session.
import { GameObjects, Scene, Scenes } from 'phaser';
import { EVENTS } from '../content/index';
import { downloadText } from '../app/download';
import { currentSession } from '../app/session-store';
import type { SessionController } from '../app/controller';
import { PACE_LABEL, PACES, ROUND_LABEL, ROUNDS, roundOf, roundToOpen } from '../app/pace';
import { seats, STANCE_SYMBOL } from '../app/view-model';
import { LIBRARY } from '../machines/default';
import { phaseFacts } from '../machines/plenary';
import { scenarioOf } from '../model/library';
import { eventDateWords, eventMoment, type EventMoment } from '../model/event-moment';
import { nameOf, SPEECH_SECONDS_CHOICES, type SessionEventType } from '../model/session';
import { awaitedHumans } from '../model/turns';
import { registerHelp } from '../ui/help';
import { announce, mirrorText } from '../ui/live';
import { palette, textStyle } from '../ui/theme';
import { consumeKey, FocusGroup } from '../ui/focus';
import { Menu, type MenuItem } from '../ui/menu';
import { citeLong } from '../app/citations';
import {
  classroom,
  clock,
  FACILITATOR_CLOSED,
  FACILITATOR_PROJECTOR,
  fileStem,
  PHASE_LABEL,
  saveClassroom,
} from './plenary/classroom';
import { effectLines } from './plenary/event-effects';
import { pacerFor } from './plenary/pacing';
import { ListPicker, type PickItem } from './plenary/picker';
import { drawBox } from '../ui/panel';
import { type Line } from '../ui/scroll-text';
import { ts } from '../ui/text';

registerHelp('Facilitator', [
  { keys: '↑ ↓ Enter', action: 'Choose a command' },
  { keys: '← →', action: 'Change the session or speech timer' },
  { keys: '0–9, Backspace, Enter', action: 'Type the PIN' },
  { keys: 'Esc or F2', action: 'Close the console' },
]);

const SESSION_MIN = [null, 15, 20, 30, 45, 60, 90] as const;
const PANE = { x: 600, y: 84, w: 656, h: 560 };
/** Lists cover the commands while one is open. */
const LIST = { x: 32, y: 76, w: 1216, h: 590 };

export default class Facilitator extends Scene {
  private s: SessionController | null = null;
  private menu: Menu | null = null;
  private picker: ListPicker | null = null;
  private blocker: FocusGroup | null = null;
  private status!: GameObjects.Text;
  private result!: GameObjects.Text;
  private pinText: GameObjects.Text | null = null;
  private pin = '';
  private unsub: (() => void) | null = null;
  private layer!: GameObjects.Container;

  constructor() {
    super({ key: 'Facilitator' });
  }

  create(): void {
    const pal = palette();
    const { width: W, height: H } = this.scale;
    this.s = currentSession();
    this.menu = null;
    this.picker = null;
    this.blocker = null;
    this.pin = '';
    this.pinText = null;
    this.add.rectangle(0, 0, W, H, pal.bg, 1).setOrigin(0, 0).setInteractive();
    drawBox(this, 16, 12, W - 32, H - 24, { edge: pal.goldNum, lineWidth: 3 });
    this.add.text(40, 24, 'Facilitator console', textStyle('h2', { color: pal.gold }));
    this.layer = this.add.container(0, 0);
    const onKey = (ev: KeyboardEvent & { stopPropagation?: () => void }) => this.onKey(ev);
    this.input.keyboard?.on('keydown', onKey);
    this.events.once(Scenes.Events.SHUTDOWN, () => {
      this.input.keyboard?.off('keydown', onKey);
      this.unsub?.();
      this.unsub = null;
    });
    if (!this.s) {
      this.add.text(40, 100, 'No meeting is running.', ts(22));
      return;
    }
    if (classroom.pin && !classroom.unlocked) this.askPin();
    else this.console();
  }

  private onKey(ev: KeyboardEvent & { stopPropagation?: () => void }): void {
    // The room below never sees keys while the console is open.
    ev.stopPropagation?.();
    if (ev.key === 'F2' || ((ev.ctrlKey || ev.metaKey) && ev.key.toLowerCase() === 'f')) {
      if (!ev.repeat) this.close();
      return;
    }
    if (this.pinText) {
      if (/^\d$/.test(ev.key) && this.pin.length < 4) this.pin += ev.key;
      else if (ev.key === 'Backspace') this.pin = this.pin.slice(0, -1);
      else if (ev.key === 'Enter') this.checkPin();
      else if (ev.key === 'Escape') this.close();
      this.pinText?.setText(this.pinDots());
      return;
    }
    if (this.picker) {
      // The list has the keys; Escape closes the list alone, not the console beneath it.
      if (this.picker.handleKey(ev)) consumeKey(ev);
      return;
    }
  }

  // ---------- PIN ----------

  private pinDots(): string {
    return [0, 1, 2, 3].map((i) => (i < this.pin.length ? '●' : '○')).join('  ');
  }

  private askPin(): void {
    const pal = palette();
    const W = this.scale.width;
    this.layer.add(
      this.add
        .text(W / 2, 200, 'Enter the facilitator PIN', textStyle('h2', { align: 'center' }))
        .setOrigin(0.5, 0),
    );
    this.pinText = this.add
      .text(W / 2, 280, this.pinDots(), ts(48, { color: pal.gold, bold: true }))
      .setOrigin(0.5, 0);
    this.layer.add(this.pinText);
    this.layer.add(
      this.add
        .text(
          W / 2,
          380,
          'Type the 4 digits chosen at setup, then Enter. Esc closes.',
          ts(20, { color: pal.muted, align: 'center' }),
        )
        .setOrigin(0.5, 0),
    );
    announce('Facilitator console. Enter the 4-digit PIN, then press Enter. Escape closes.');
  }

  private checkPin(): void {
    if (this.pin === classroom.pin) {
      classroom.unlocked = true;
      this.layer.removeAll(true);
      this.pinText = null;
      announce('PIN accepted.');
      this.console();
      return;
    }
    this.pin = '';
    announce('Wrong PIN. Try again, or press Escape.');
    this.cameras.main.shake(150, 0.004);
  }

  // ---------- console ----------

  private console(): void {
    const pal = palette();
    const box = drawBox(this, PANE.x, PANE.y, PANE.w, PANE.h);
    this.status = this.add.text(PANE.x + 20, PANE.y + 16, '', ts(20, { wrap: PANE.w - 40 }));
    this.result = this.add.text(
      PANE.x + 20,
      PANE.y + 360,
      '',
      ts(18, { wrap: PANE.w - 40, color: pal.gold }),
    );
    this.layer.add([box, this.status, this.result]);
    this.unsub = this.s!.subscribe(() => this.refresh());
    this.buildMenu(0);
    this.refresh();
    announce('Facilitator console. Up and down choose a command, Enter runs it, Escape closes the console.');
  }

  private buildMenu(focus: number): void {
    this.menu?.buttons.forEach((b) => b.destroy());
    this.menu?.group.destroy();
    const ctx = this.s!.snapshot.context;
    const inSession = phaseFacts(this.s!.phase).sitting;
    const notInSession = inSession ? {} : { disabledReason: 'not in session' };
    // The chart says what the meeting hears now: a move it would refuse is shown as unavailable, with why.
    const facts = phaseFacts(this.s!.phase);
    const heard = (type: SessionEventType) =>
      !inSession || facts.hears.has(type) ? notInSession : { disabledReason: `not now (${facts.label})` };
    const limit = inSession ? ctx.timeLimit : classroom.sessionMinutes;
    const items: MenuItem[] = [
      {
        label: this.s!.paused ? 'Resume the session' : 'Pause the session',
        onActivate: () => this.send(this.s!.paused ? { type: 'RESUME' } : { type: 'PAUSE' }),
        ...notInSession,
      },
      {
        label: 'Session timer',
        value: limit ? `${limit} min` : 'Off',
        onAdjust: (dir) => {
          // The meeting closes when the timer runs out: never offer one that has already run out.
          const choices = SESSION_MIN.filter((m) => m === null || m * 60 > ctx.elapsed);
          const i = choices.indexOf(limit as (typeof SESSION_MIN)[number]);
          const next = choices[(Math.max(0, i) + dir + choices.length) % choices.length]!;
          classroom.sessionMinutes = next;
          saveClassroom();
          // In session the limit is the session's own (in its log, so a save and a replay keep it).
          if (inSession && next !== limit) this.send({ type: 'SET_TIME_LIMIT', minutes: next });
          this.buildMenu(1);
          announce(`Session timer: ${next ? `${next} minutes` : 'off'}.`);
          return true;
        },
        hint: 'Left and right change it; the meeting closes when it runs out',
      },
      {
        label: 'Speech timer',
        value: ctx.speechSeconds ? `${ctx.speechSeconds} s` : 'Off',
        onAdjust: (dir) => {
          const choices = [null, ...SPEECH_SECONDS_CHOICES];
          // A length from elsewhere (a save, a scenario file) steps to its neighbours in the list.
          const at = choices.indexOf(ctx.speechSeconds as (typeof choices)[number]);
          const above = choices.findIndex((c) => c !== null && c > ctx.speechSeconds!);
          const i = at >= 0 ? at + dir : dir > 0 ? above : (above < 0 ? choices.length : above) - 1;
          const next = choices[(i + choices.length) % choices.length]!;
          this.send({ type: 'SET_SPEECH_TIMER', seconds: next });
          return true;
        },
        hint: 'Left and right change it: seconds each speaker has before the floor passes on',
      },
      { label: 'Inject an event card…', onActivate: () => this.pickEvent(), ...notInSession },
      {
        label: 'Skip the current speaker',
        onActivate: () => this.send({ type: 'SKIP_SPEAKER' }),
        ...heard('SKIP_SPEAKER'),
      },
      {
        label: 'Force a consensus call',
        onActivate: () => this.send({ type: 'FORCE_CALL' }),
        ...heard('FORCE_CALL'),
      },
      {
        label: 'Pace',
        value: PACE_LABEL[classroom.pace].replace(/ \(.*\)$/, ''),
        onAdjust: (dir) => {
          classroom.pace = PACES[(PACES.indexOf(classroom.pace) + dir + PACES.length) % PACES.length]!;
          saveClassroom();
          pacerFor(this.s!);
          this.s!.paceChanged(classroom.pace);
          this.buildMenu(7);
          announce(`Pace: ${PACE_LABEL[classroom.pace]}.`);
          return true;
        },
        hint: 'Left and right change it: step (AI moves on Next), classroom (fills the lesson), fast',
      },
      this.roundsItem(inSession),
      ...(this.s!.phase === 'consensusCall' ? [this.closeCallItem()] : []),
      { label: 'Seats: people and AI…', onActivate: () => this.pickSeat() },
      {
        label: 'Projector view',
        onActivate: () => {
          this.close();
          this.game.events.emit(FACILITATOR_PROJECTOR);
        },
      },
      { label: 'Export the save file', onActivate: () => this.exportSave() },
      { label: 'End the session…', onActivate: () => this.confirmEnd(), ...notInSession },
      { label: 'Close the console (Esc)', onActivate: () => this.close() },
    ];
    this.menu = new Menu(this, 300, 80, items, {
      width: 520,
      align: 'left',
      role: 'small',
      itemHeight: 40,
      gap: 4,
      onEscape: () => this.close(),
    });
    this.menu.focus(Math.min(focus, items.length - 1), true);
  }

  /**
   * Rounds: left and right choose whether the facilitator opens each round or the chair moves on by
   * itself; Enter opens the next round when the chair waits for it.
   */
  private roundsItem(inSession: boolean): MenuItem {
    const s = this.s!;
    // In a meeting, the session says (SET_ROUNDS is in its log); before one, the classroom's choice.
    const byYou = inSession ? s.snapshot.context.rounds.byFacilitator : classroom.rounds;
    const next = roundToOpen(s.phase, s.snapshot.context);
    const held = inSession && byYou && pacerFor(s).heldForRound;
    return {
      label: held ? `Open the next round${next ? `: ${ROUND_LABEL[next]}` : ''}` : 'Rounds',
      value: byYou ? 'You open each' : 'Automatic',
      onActivate: () => {
        if (!held || !next) {
          this.say(
            byYou
              ? 'The chair is not waiting for a round to open.'
              : 'Rounds are automatic: left and right let you open each one.',
          );
          return;
        }
        this.send({ type: 'OPEN_ROUND', round: next });
      },
      onAdjust: () => {
        classroom.rounds = !byYou;
        saveClassroom();
        if (inSession) this.send({ type: 'SET_ROUNDS', byFacilitator: classroom.rounds });
        else {
          this.buildMenu(8);
          announce(
            classroom.rounds
              ? 'Rounds: you open each one from this console.'
              : 'Rounds: the chair moves on by itself.',
          );
        }
        return true;
      },
      hint: 'Left and right: you open each round, or the chair moves on by itself; Enter opens the next',
    };
  }

  /**
   * The call waits for every person to answer; the facilitator can close it for those who have not:
   * under consensus, silence is consent, so each is recorded as raising no objection.
   */
  private closeCallItem(): MenuItem {
    const s = this.s!;
    const waiting =
      s.phase === 'consensusCall'
        ? awaitedHumans(LIBRARY, phaseFacts(s.phase), s.snapshot.context).filter(
            (id) => !s.snapshot.context.item!.call!.responded.includes(id) && id in s.snapshot.context.humans,
          )
        : [];
    const people = waiting.filter((id) => id !== scenarioOf(LIBRARY, s.snapshot.context.scenarioId).chair);
    return {
      label: 'Close the call for those silent',
      onActivate: () => {
        for (const id of people) s.send({ type: 'CONCUR', by: id });
        this.say(
          `Silence is consent: ${people.map((id) => nameOf(LIBRARY, id)).join(', ')} raise${people.length === 1 ? 's' : ''} no objection.`,
        );
        this.buildMenu(9);
      },
      ...(people.length ? {} : { disabledReason: 'nobody is awaited at a call' }),
    };
  }

  private say(text: string): void {
    this.result?.setText(text);
    announce(text);
  }

  /** Sends a facilitator event and shows what came of it (the transcript line, or the refusal). */
  private send(ev: Parameters<SessionController['send']>[0]): void {
    const before = this.s!.snapshot.context.transcript.length;
    const snap = this.s!.send(ev);
    if (snap.context.rejection) this.say(`Refused: ${snap.context.rejection.reason}`);
    else {
      const lines = snap.context.transcript.slice(before).map((t) => t.text);
      this.say(lines.join(' ') || 'Done.');
    }
    this.buildMenu(this.menu?.group.focusIndex ?? 0);
  }

  private refresh(): void {
    if (!this.s || !this.status) return;
    const ctx = this.s.snapshot.context;
    const sc = scenarioOf(LIBRARY, ctx.scenarioId);
    const sp = ctx.item?.speakers[0];
    const lines = [
      `${sc.title}`,
      `Day ${ctx.day} of ${sc.days} · ${PHASE_LABEL[this.s.phase]}`,
      // One state, one word: paused or running, and what that means for the clocks.
      this.s.paused
        ? 'PAUSED: the clocks and the computer’s delegations wait. You can still inject, skip, force a call or end.'
        : 'Running: the clocks wait while this console is open, and run again when you close it.',
      `Round: ${roundLine(this.s)} · Pace: ${PACE_LABEL[classroom.pace].replace(/ \(.*\)$/, '').toLowerCase()}`,
      `Speaking: ${sp ? nameOf(LIBRARY, sp) : '—'}`,
      ctx.speechSeconds
        ? `Speech timer: ${ctx.speechSeconds} s each${sp && ctx.item ? `, ${clock(ctx.speechSeconds - ctx.item.turn.seconds)} left` : ''}`
        : 'Speech timer: off',
      `Session: ${clock(ctx.elapsed)} on the clock${
        ctx.timeLimit ? `, ${clock(ctx.timeLimit * 60 - ctx.elapsed)} left of ${ctx.timeLimit} min` : ''
      }`,
      `People: ${
        Object.entries(ctx.humans)
          .map(([id, p]) => `${p} (${nameOf(LIBRARY, id)})`)
          .join(', ') || 'none'
      }`,
    ];
    this.status.setText(lines.join('\n'));
    mirrorText(`Facilitator console\n${lines.join('\n')}`);
  }

  // ---------- lists ----------

  private openPicker(title: string, items: PickItem[], onPick: (i: number) => void): void {
    this.closePicker();
    this.blocker = new FocusGroup(this);
    this.picker = new ListPicker(this, LIST, {
      title,
      items,
      onPick,
      onCancel: () => this.closePicker('Back to the console.'),
      listW: 520,
      modal: true,
    });
  }

  private closePicker(message?: string): void {
    this.picker?.close();
    this.picker = null;
    this.blocker?.destroy();
    this.blocker = null;
    if (message) announce(message);
  }

  private pickEvent(): void {
    const ctx = this.s!.snapshot.context;
    const pal = palette();
    const sc = scenarioOf(LIBRARY, ctx.scenarioId);
    const when = eventDateWords(sc.date);
    // This meeting's own events, then what delegates remember (newest first), then later ones as what-ifs.
    const groups: { moment: EventMoment; heading: string; note: string }[] = [
      {
        moment: 'this-meeting',
        heading: `This meeting (${when})`,
        note: `Belongs to this meeting: the room hears it as news.`,
      },
      {
        moment: 'earlier',
        heading: 'Earlier: what delegates recall',
        note: 'Happened before this meeting: the room hears it as something delegates recall, with its date.',
      },
      {
        moment: 'later',
        heading: 'Later: a what-if',
        note: 'Happened after this meeting in history: the room hears it as the game’s illustration, a what-if.',
      },
    ];
    const entries: { item: PickItem; card: string | null }[] = [];
    for (const g of groups) {
      const cards = EVENTS.filter((e) => eventMoment(e, sc) === g.moment).sort((a, b) =>
        g.moment === 'earlier' ? b.date.localeCompare(a.date) : a.date.localeCompare(b.date),
      );
      if (!cards.length) continue;
      entries.push({ item: { label: g.heading, heading: true, detail: [] }, card: null });
      for (const e of cards)
        entries.push({
          card: e.id,
          item: {
            label: e.title,
            tag: e.date.slice(0, 7),
            why: ctx.injected.includes(e.id) ? 'already happened this session' : null,
            detail: [
              { text: `${e.title} (${eventDateWords(e.date)})`, bold: true, color: pal.gold },
              { text: e.text },
              { text: 'What it does', bold: true, size: 16, color: pal.gold },
              ...effectLines(e.effects).map((t) => ({ text: `• ${t}`, size: 16 })),
              { text: g.note, size: 16, color: pal.muted },
              { text: `Sources: ${e.cite.map(citeLong).join(' · ')}`, size: 16, color: pal.muted } as Line,
            ],
          },
        });
    }
    this.openPicker(
      'Inject an event card',
      entries.map((x) => x.item),
      (i) => {
        const card = entries[i]?.card;
        if (!card) return;
        this.closePicker();
        this.send({ type: 'INJECT', card });
      },
    );
  }

  private pickSeat(): void {
    const ctx = this.s!.snapshot.context;
    const pal = palette();
    const list = seats(LIBRARY, ctx).sort(
      (a, b) => Number(Boolean(b.human)) - Number(Boolean(a.human)) || a.name.localeCompare(b.name),
    );
    this.openPicker(
      'Seats: Enter hands a seat to the AI or to a person',
      list.map((x) => ({
        label: `${STANCE_SYMBOL[x.stance]} ${x.name}`,
        tag: x.human ? x.human : 'AI',
        detail: [
          {
            text: `${x.name}: ${x.human ? `played by ${x.human}` : 'played by the AI'}.`,
            bold: true,
            color: pal.gold,
          },
          {
            text: x.human
              ? 'Enter: the AI takes this seat (the player can take it back with I in the room, or here).'
              : `Enter: a person takes this seat (as “${ctx.startHumans[x.id] ?? 'Player'}”). Hot seat covers the screen when it is their turn.`,
          },
        ],
      })),
      (i) => {
        const x = list[i]!;
        this.closePicker();
        this.send(
          x.human
            ? { type: 'SET_CONTROL', delegation: x.id, human: false }
            : {
                type: 'SET_CONTROL',
                delegation: x.id,
                human: true,
                player: ctx.startHumans[x.id] ?? 'Player',
              },
        );
      },
    );
  }

  private confirmEnd(): void {
    this.openPicker(
      'End the session now?',
      [
        { label: 'Keep going', detail: [{ text: 'Back to the console.' }] },
        {
          label: 'End the session',
          detail: [
            {
              text: 'Closes the meeting: items not reached stay as they are, and the communiqué is drafted.',
            },
            { text: 'Then the outcome screen compares the decision rules.' },
          ],
        },
      ],
      (i) => {
        this.closePicker();
        if (i === 1) {
          this.send({ type: 'END' });
          this.close();
        }
      },
    );
  }

  private exportSave(): void {
    const s = this.s!;
    downloadText(`${fileStem(s)}.save.json`, JSON.stringify(s.save(), null, 2), 'application/json');
    this.say('Save file exported (downloaded as JSON). Import it from New game → Import a save file.');
  }

  private close(): void {
    this.closePicker();
    this.game.events.emit(FACILITATOR_CLOSED);
    announce('Console closed.');
    this.scene.stop();
  }
}

/** The item's round for the console: its name, its number, and whether the chair waits for you. */
function roundLine(s: SessionController): string {
  const round = roundOf(s.phase, s.snapshot.context);
  if (!round) return '—';
  const held =
    s.snapshot.context.rounds.byFacilitator && pacerFor(s).heldForRound
      ? ' (the chair waits for you to open the next)'
      : '';
  return `${ROUND_LABEL[round]} (${ROUNDS.indexOf(round) + 1} of ${ROUNDS.length})${held}`;
}
