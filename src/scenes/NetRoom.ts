// Open a classroom room (the teacher's device): choose the meeting, the rule, the agenda, which
// delegations the groups play, the lesson length and pace; the room then gets a code, shown large with
// a QR code for the projector, and this device becomes the teacher's: start the meeting, open its
// console, or open a parallel room under another rule and compare them on the class dashboard.
import { Scene, type GameObjects } from 'phaser';
import { PACE_LABEL, PACES } from '../app/pace';
import {
  defaultDraft,
  LESSON_MINUTES,
  openedRooms,
  rememberRoom,
  setupOf,
  type OpenedRoomEntry,
  type RoomDraft,
} from '../app/net-classroom';
import { openClassroom, RemoteSession } from '../app/remote-session';
import { meetingShortName, SCENARIOS } from '../content';
import { RULE_IDS, RULES } from '../model/rules';
import { phaseFacts } from '../machines/plenary';
import type { Phase } from '../model/phase';
import { registerHelp } from '../ui/help';
import { announce } from '../ui/live';
import { palette, textStyle } from '../ui/theme';
import { Menu, type MenuItem } from '../ui/menu';
import { Notice } from '../ui/notice';
import { classroom, sceneForPhase } from './plenary/classroom';
import { becomeRoomDevice } from './plenary/room-device';
import { editText } from './plenary/textfield';
import { goTo } from './registry';
import { drawQr } from './net-room/qr-image';
import { showSeatPicker } from './net-room/seat-picker';
import { nextGroupLabel, presenceColumns, studentAddress } from '../app/room-page';

registerHelp('NetRoom', [
  { keys: '↑ ↓ or Tab', action: 'Choose a row' },
  { keys: '← →', action: 'Change the highlighted choice' },
  { keys: 'Enter', action: 'Open it, or change it' },
  { keys: 'Esc', action: 'Back' },
]);

const cycle = <T>(list: readonly T[], now: T, dir: -1 | 1): T =>
  list[(((list.indexOf(now) + dir) % list.length) + list.length) % list.length]!;

/** Kept across restarts of the scene (each change redraws it). */
let draft: RoomDraft = defaultDraft();
let live: RemoteSession | null = null;

export default class NetRoom extends Scene {
  private focusIndex = 0;
  private presenceText: GameObjects.Text[] = [];

  constructor() {
    super({ key: 'NetRoom' });
  }

  init(data: { focus?: number } = {}): void {
    this.focusIndex = data.focus ?? 0;
  }

  create(): void {
    if (live && classroom.device?.role === 'teacher') this.roomPage(live);
    else this.setupPage();
  }

  private restart(focus: number): void {
    this.scene.restart({ focus });
  }

  private setupPage(): void {
    const pal = palette();
    const { width: W, height: H } = this.scale;
    this.add.text(W / 2, 22, 'Open a classroom room', textStyle('h1', { color: pal.gold })).setOrigin(0.5, 0);
    const sub = this.add
      .text(
        W / 2,
        80,
        'Each group plays one delegation on its own device; the computer plays the rest. Students open this game’s address and type the room code.',
        textStyle('small', { color: pal.muted, align: 'center', wrap: 1100 }),
      )
      .setOrigin(0.5, 0);
    // At the largest text the two sentences ran into the first row; the room's page shows the address.
    if (sub.y + sub.height > 140)
      sub.setText('Each group plays one delegation on its own device; the computer plays the rest.');
    const sc = SCENARIOS.find((s) => s.id === draft.scenarioId)!;
    const row = (label: string, value: string, change: (dir: -1 | 1) => void, hint?: string): MenuItem => ({
      label,
      value,
      onAdjust: (dir) => (change(dir), true),
      onActivate: () => change(1),
      ...(hint ? { hint } : {}),
    });
    const redo = (i: number) => () => this.restart(i);
    const items: MenuItem[] = [
      row('Meeting', meetingShortName(sc, 'year'), (d) => {
        draft = defaultDraft(
          cycle(
            SCENARIOS.map((s) => s.id),
            draft.scenarioId,
            d,
          ),
        );
        redo(0)();
      }),
      row('Decision rule', RULES[draft.rule].label, (d) => {
        draft.rule = cycle(RULE_IDS, draft.rule, d);
        redo(1)();
      }),
      row('Agenda', draft.agenda === 'lesson' ? 'One lesson: the definition item' : 'The full agenda', () => {
        draft.agenda = draft.agenda === 'lesson' ? 'full' : 'lesson';
        redo(2)();
      }),
      {
        label: 'Delegations played by groups',
        value: `${draft.people.length} chosen`,
        onActivate: () => this.seatPicker(),
        hint: 'Enter opens the list of seats.',
      },
      row('Lesson length', `${draft.lessonMinutes} minutes`, (d) => {
        draft.lessonMinutes = cycle(
          LESSON_MINUTES,
          draft.lessonMinutes as (typeof LESSON_MINUTES)[number],
          d,
        );
        redo(4)();
      }),
      row('Pace', PACE_LABEL[draft.pace], (d) => {
        draft.pace = cycle(PACES, draft.pace, d);
        redo(5)();
      }),
      row(
        'If a device drops',
        draft.onDrop === 'wait' ? 'The room waits for it' : 'The computer covers its seat',
        () => {
          draft.onDrop = draft.onDrop === 'wait' ? 'ai' : 'wait';
          redo(6)();
        },
      ),
      {
        label: 'Group name',
        value: draft.label || 'none',
        onActivate: () =>
          editText({
            label: 'Group name',
            initial: draft.label,
            maxLength: 40,
            onChange: () => {},
            onDone: (v) => {
              if (v !== null) draft.label = v.trim();
              this.restart(7);
            },
          }),
      },
      { label: 'Open the room', onActivate: () => void this.open() },
      {
        label: 'Class dashboard',
        hint: 'the rooms you opened: compare them, run one from this device, the debrief pack',
        onActivate: () => void goTo(this, 'NetDashboard'),
        ...(openedRooms(safeStorage()).length ? {} : { disabledReason: 'no room opened yet' }),
      },
      { label: 'Back to title', onActivate: () => void goTo(this, 'Title'), hint: 'Escape' },
    ];
    const menu = new Menu(this, W / 2, 144, items, {
      width: 900,
      align: 'left',
      gap: 4,
      itemHeight: 44,
      onEscape: () => void goTo(this, 'Title'),
    });
    menu.focus(Math.min(this.focusIndex, items.length - 1), true);
    this.add
      .text(
        W / 2,
        H - 26,
        '↑ ↓ choose   ← → change   Enter open   Esc back',
        textStyle('small', { color: pal.muted }),
      )
      .setOrigin(0.5, 0.5);
    announce(`Open a classroom room. ${menu.buttons[this.focusIndex]?.spoken ?? ''}`);
  }

  /** The seats, over this page: Enter or a click puts a delegation in or out of the groups' hands. */
  private seatPicker(): void {
    showSeatPicker(this, draft, {
      onChange: (people) => (draft.people = people),
      onDone: (people) => {
        draft.people = people;
        this.restart(3);
      },
    });
  }

  private async open(): Promise<void> {
    if (!draft.people.length) {
      new Notice(this, 'Choose at least one delegation for the groups to play.', { title: 'No seats' });
      return;
    }
    try {
      const setup = setupOf(draft);
      const opened = await openClassroom(location.origin, setup);
      rememberRoom(safeStorage(), {
        code: opened.code,
        teacherSecret: opened.teacherSecret,
        label: draft.label,
        rule: draft.rule,
        openedAt: Date.now(),
      });
      live?.stop();
      live = await RemoteSession.join(location.origin.replace(/^http/, 'ws'), opened.code, {
        teacherSecret: opened.teacherSecret,
      });
      becomeRoomDevice(live);
      this.restart(0);
    } catch (err) {
      const text = err instanceof Error ? err.message : String(err);
      new Notice(
        this,
        /fetch|JSON|Failed/.test(text)
          ? 'The classroom server is not running here. Start it with “npm run serve” and open the address it prints.'
          : text,
        { title: 'Could not open the room' },
      );
    }
  }

  /** The room is open: its code for the board, who is in, and the teacher's moves. */
  private roomPage(room: RemoteSession): void {
    const pal = palette();
    const { height: H } = this.scale;
    const sc = SCENARIOS.find((s) => s.id === room.setup.scenarioId)!;
    const title = `${room.setup.label ?? 'Room'} · ${meetingShortName(sc, 'year')} · ${RULES[room.setup.rule].label}`;
    this.add.text(40, 20, title, textStyle('h2', { color: pal.gold }));
    // Left: what the board shows — the code, the address, and a QR code of both.
    this.add.text(40, 80, 'Room code', textStyle('body', { color: pal.muted }));
    this.add.text(40, 106, room.code, textStyle('title', { color: pal.text }));
    const where = this.add.text(40, 206, '', textStyle('body', { color: pal.text, wrap: 420 }));
    void studentAddress(location.origin, location.hostname).then((address) => {
      if (!this.scene.isActive()) return;
      where.setText(`Students open ${address}\nand type the code, or scan:`);
      drawQr(this, `${address}/#join=${room.code}`, 40, where.y + where.height + 12, 300);
    });
    // Right: who is in, and the teacher's moves.
    this.add.text(520, 80, 'Who is in', textStyle('body', { color: pal.gold }));
    this.presenceText = [520, 900].map((x) =>
      this.add.text(x, 114, '', textStyle('small', { color: pal.text, wrap: 360 })),
    );
    this.showPresence(room);
    const unsubscribe = room.subscribe(() => this.showPresence(room));
    this.events.once('shutdown', unsubscribe);

    // The first row is the move that carries the meeting on from where the chart stands.
    const at = phaseFacts(room.phase);
    const items: MenuItem[] = [
      at.hears.has('START')
        ? {
            label: 'Hand out the briefings',
            onActivate: () => room.send({ type: 'START' }),
            hint: 'Every device shows its role card.',
          }
        : at.hears.has('BEGIN')
          ? { label: 'Begin the meeting', onActivate: () => room.send({ type: 'BEGIN' }) }
          : {
              label: 'Open the meeting (console: F2)',
              onActivate: () => void goTo(this, sceneForPhase(room.phase)),
            },
      {
        label: 'Open a parallel room under another rule',
        onActivate: () => {
          draft = {
            ...draft,
            rule: cycle(RULE_IDS, room.setup.rule, 1),
            label: nextGroupLabel(room.setup.label ?? 'Group A'),
          };
          live = null;
          classroom.device = null;
          this.restart(0);
        },
      },
      { label: 'Class dashboard', onActivate: () => void goTo(this, 'NetDashboard') },
      { label: 'Back to title (the room keeps running)', onActivate: () => void goTo(this, 'Title') },
    ];
    const menu = new Menu(this, 890, H - 4 * 54 - 16, items, {
      width: 740,
      align: 'left',
      gap: 6,
      itemHeight: 48,
    });
    menu.focus(0, true);
    announce(`Room open. Code ${room.code.split('').join(' ')}. ${menu.buttons[0]?.spoken ?? ''}`);
    // The first row follows the meeting's stage.
    let shown = room.phase;
    const beforeTheMeeting = (p: Phase) => !phaseFacts(p).sitting && !phaseFacts(p).ended;
    const follow = room.subscribe(() => {
      if (room.phase !== shown && beforeTheMeeting(shown)) {
        shown = room.phase;
        this.scene.restart({ focus: 0 });
      }
    });
    this.events.once('shutdown', follow);
  }

  private showPresence(room: RemoteSession): void {
    presenceColumns(room.setup.people, room.presence).forEach((lines, i) =>
      this.presenceText[i]?.setText(lines.join('\n')),
    );
  }
}

/** This device becomes the teacher's screen of a room it opened (its key is kept on this device). */
export async function runRoomAsTeacher(r: OpenedRoomEntry): Promise<void> {
  const remote = await RemoteSession.join(location.origin.replace(/^http/, 'ws'), r.code, {
    teacherSecret: r.teacherSecret,
  });
  live?.stop();
  live = remote;
  becomeRoomDevice(remote);
}

function safeStorage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}
