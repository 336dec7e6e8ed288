// The facilitator console, over the Plenary (F2 or Ctrl+F), behind the PIN chosen at setup: pause and resume,
// the clocks (a TICK a second drives the speech timer), the session countdown, event cards from the sources,
// skipping a speaker, forcing a consensus call, handing seats to people or the AI, the projector view, the
// save file, and ending the session.
import { GameObjects, Scene, Scenes } from 'phaser';
import { downloadText } from '../app/download';
import {
  consoleStatusLines,
  nextSpeechSeconds,
  paceShort,
  silenceIsConsentLine,
  silentAtCall,
} from '../app/facilitator-console';
import { currentSession } from '../app/session-store';
import type { SessionController } from '../app/controller';
import { PACE_LABEL, PACES, ROUND_LABEL, roundToOpen } from '../app/pace';
import { phaseFacts } from '../machines/plenary';
import type { SessionEventType } from '../model/session';
import { registerHelp } from '../ui/help';
import { announce, mirrorText } from '../ui/live';
import { palette, textStyle } from '../ui/theme';
import { consumeKey, FocusGroup } from '../ui/focus';
import { Menu, type MenuItem } from '../ui/menu';
import {
  classroom,
  FACILITATOR_CLOSED,
  FACILITATOR_PROJECTOR,
  fileStem,
  saveClassroom,
} from './plenary/classroom';
import { pacerFor } from './plenary/pacing';
import { ListPicker, type PickItem } from './plenary/picker';
import { nextSessionMinutes } from '../app/session-length';
import { PinPad } from './facilitator/pin-pad';
import { END_CHOICES, eventPickRows, seatPickItem, seatsForConsole } from './facilitator/pick-items';
import { drawBox } from '../ui/panel';
import { ts } from '../ui/text';

registerHelp('Facilitator', [
  { keys: '↑ ↓ Enter', action: 'Choose a command' },
  { keys: '← →', action: 'Change the session or speech timer' },
  { keys: '0–9, Backspace, Enter', action: 'Type the PIN' },
  { keys: 'Esc or F2', action: 'Close the console' },
]);

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
  private pinPad: PinPad | null = null;
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
    this.pinPad = null;
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
    if (classroom.pin && !classroom.unlocked) this.pinPad = new PinPad(this, classroom.pin);
    else this.console();
  }

  private onKey(ev: KeyboardEvent & { stopPropagation?: () => void }): void {
    // The room below never sees keys while the console is open.
    ev.stopPropagation?.();
    if (ev.key === 'F2' || ((ev.ctrlKey || ev.metaKey) && ev.key.toLowerCase() === 'f')) {
      if (!ev.repeat) this.close();
      return;
    }
    if (this.pinPad) {
      const outcome = this.pinPad.handleKey(ev.key);
      if (outcome === 'cancelled') this.close();
      if (outcome === 'accepted') {
        classroom.unlocked = true;
        this.pinPad.destroy();
        this.pinPad = null;
        this.console();
      }
      return;
    }
    if (this.picker) {
      // The list has the keys; Escape closes the list alone, not the console beneath it.
      if (this.picker.handleKey(ev)) consumeKey(ev);
      return;
    }
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
          const next = nextSessionMinutes(limit, ctx.elapsed, dir);
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
          const next = nextSpeechSeconds(ctx.speechSeconds, dir);
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
        value: paceShort(classroom.pace),
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
      ...(phaseFacts(this.s!.phase).awaits === 'answers' ? [this.closeCallItem()] : []),
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
    const people = silentAtCall(s.phase, s.snapshot.context);
    return {
      label: 'Close the call for those silent',
      onActivate: () => {
        for (const id of people) s.send({ type: 'CONCUR', by: id });
        this.say(silenceIsConsentLine(people));
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
    const lines = consoleStatusLines({
      phase: this.s.phase,
      ctx: this.s.snapshot.context,
      paused: this.s.paused,
      pace: classroom.pace,
      heldForRound: pacerFor(this.s).heldForRound,
    });
    this.status.setText(lines.join('\n'));
    mirrorText(`Facilitator console\n${lines.join('\n')}`);
  }

  // ---------- lists ----------

  private openPicker(title: string, items: readonly PickItem[], onPick: (i: number) => void): void {
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
    const rows = eventPickRows(this.s!.snapshot.context);
    this.openPicker(
      'Inject an event card',
      rows.map((x) => x.item),
      (i) => {
        const card = rows[i]?.card;
        if (!card) return;
        this.closePicker();
        this.send({ type: 'INJECT', card });
      },
    );
  }

  private pickSeat(): void {
    const ctx = this.s!.snapshot.context;
    const list = seatsForConsole(ctx);
    this.openPicker(
      'Seats: Enter hands a seat to the AI or to a person',
      list.map((x) => seatPickItem(x, ctx)),
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
    this.openPicker('End the session now?', END_CHOICES, (i) => {
      this.closePicker();
      if (i === 1) {
        this.send({ type: 'END' });
        this.close();
      }
    });
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
