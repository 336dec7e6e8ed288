// Join a classroom room (a student's device): the room code the teacher shows, your name, and the
// delegation your group plays; a teammate adds the team code shown on the first device of the team.
// Thin: the room's rules live on the server, this only gathers the four answers.
import { Scene } from 'phaser';
import { lookUpRoom, seatName, type RoomInfo } from '../app/net-classroom';
import { RemoteSession } from '../app/remote-session';
import type { ScenarioId } from '../content/types';
import { registerHelp } from '../ui/help';
import { announce } from '../ui/live';
import { palette, textStyle } from '../ui/theme';
import { Menu, type MenuItem } from '../ui/menu';
import { Notice } from '../ui/notice';
import { classroom, sceneForPhase } from './plenary/classroom';
import { becomeRoomDevice } from './plenary/room-device';
import { editText } from './plenary/textfield';
import { goTo } from './registry';

registerHelp('NetJoin', [
  { keys: '↑ ↓ or Tab', action: 'Choose a row' },
  { keys: 'Enter', action: 'Type into it, or join' },
  { keys: '← →', action: 'Choose your delegation' },
  { keys: 'Esc', action: 'Back to the title screen' },
]);

const KEY = 'roughConsensus.join';

interface JoinForm {
  code: string;
  name: string;
  seat: string;
  teamCode: string;
}

/** The last answers, so a device that reloads or drops can rejoin with one key. */
function remembered(): JoinForm {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? '{}') as Partial<JoinForm>;
    const text = (x: unknown, max: number) => (typeof x === 'string' ? x.slice(0, max) : '');
    return {
      code: text(raw.code, 5),
      name: text(raw.name, 30),
      seat: text(raw.seat, 12),
      teamCode: text(raw.teamCode, 6),
    };
  } catch {
    return { code: '', name: '', seat: '', teamCode: '' };
  }
}

function remember(f: JoinForm): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(f));
  } catch {
    // storage refused: the answers last this visit
  }
}

export default class NetJoin extends Scene {
  private form: JoinForm = remembered();
  private room: RoomInfo | null = null;
  private focusIndex = 0;
  private busy = false;

  constructor() {
    super({ key: 'NetJoin' });
  }

  init(data: { focus?: number; room?: RoomInfo | null } = {}): void {
    this.focusIndex = data.focus ?? 0;
    if (data.room !== undefined) this.room = data.room;
    // From the room's QR code: the code is in the address; take it once, then tidy the address.
    const fromQr = /^#join=([A-Z0-9]{5})$/i.exec(location.hash)?.[1];
    if (fromQr) {
      history.replaceState(null, '', location.pathname + location.search);
      this.form.code = fromQr.toUpperCase();
      this.focusIndex = 1;
      void this.lookUp(0);
    }
  }

  create(): void {
    const pal = palette();
    const { width: W, height: H } = this.scale;
    this.add.text(W / 2, 28, 'Join a classroom room', textStyle('h1', { color: pal.gold })).setOrigin(0.5, 0);
    this.add
      .text(
        W / 2,
        92,
        'Your teacher shows a room code on the board. Each group plays one delegation on its own device.',
        // Small type: at the largest text size two lines of body type ran into the first row.
        textStyle('small', { color: pal.muted, align: 'center', wrap: 1100 }),
      )
      .setOrigin(0.5, 0);

    const f = this.form;
    const seats = this.room?.people ?? [];
    const scenarioId = this.room?.scenarioId as ScenarioId | undefined;
    const seatLabel = (id: string) => (scenarioId ? seatName(scenarioId, id) : id);
    const items: MenuItem[] = [
      {
        label: 'Room code',
        value: f.code || 'type it',
        onActivate: () => this.edit('Room code', 'code', 5),
        hint: 'Five letters and digits, from the board.',
      },
      {
        label: 'Your name',
        value: f.name || 'type it',
        onActivate: () => this.edit('Your name', 'name', 30),
      },
      {
        label: 'Delegation',
        // Until the code is typed the row says why it is unavailable, once (the value said it too, over it).
        ...(seats.length ? { value: seatLabel(f.seat) } : {}),
        onAdjust: (dir) => this.cycleSeat(seats, dir),
        onActivate: () => this.cycleSeat(seats, 1),
        hint: 'Left and right choose among the delegations played by people in this room.',
        ...(seats.length ? {} : { disabledReason: 'type the room code first' }),
      },
      {
        label: 'Team code (joining a team)',
        value: f.teamCode || 'none',
        onActivate: () => this.edit('Team code', 'teamCode', 6, true),
        hint: 'Only if your delegation is already in: its first device shows the team code.',
      },
      { label: 'Join the meeting', onActivate: () => void this.join() },
      { label: 'Back to title', onActivate: () => void goTo(this, 'Title'), hint: 'Escape' },
    ];
    const menu = new Menu(this, W / 2, 170, items, {
      width: 760,
      align: 'left',
      onEscape: () => void goTo(this, 'Title'),
    });
    menu.focus(Math.min(this.focusIndex, items.length - 1), true);
    this.add
      .text(
        W / 2,
        H - 44,
        '↑ ↓ choose   Enter type or join   ← → delegation   Esc back',
        textStyle('small', { color: pal.muted }),
      )
      .setOrigin(0.5, 0.5);
    announce(`Join a classroom room. ${menu.buttons[this.focusIndex]?.spoken ?? ''}`);
  }

  private restart(focus: number): void {
    remember(this.form);
    this.scene.restart({ focus, room: this.room });
  }

  private edit(label: string, field: keyof JoinForm, max: number, digits = false): void {
    const focus = (['code', 'name', 'seat', 'teamCode'] as const).indexOf(field);
    editText({
      label,
      initial: this.form[field],
      maxLength: max,
      ...(digits ? { digits } : {}),
      onChange: () => {},
      onDone: (value) => {
        if (value === null) return;
        this.form[field] = field === 'code' ? value.trim().toUpperCase() : value.trim();
        if (field === 'code') void this.lookUp(focus);
        else this.restart(focus);
      },
    });
  }

  private async lookUp(focus: number): Promise<void> {
    try {
      this.room = await lookUpRoom(location.origin, this.form.code);
      if (!this.room.people.includes(this.form.seat)) this.form.seat = this.room.people[0] ?? '';
      this.restart(focus + 1);
    } catch (err) {
      this.room = null;
      new Notice(this, err instanceof Error ? err.message : String(err), {
        title: 'Room not found',
        onClose: () => this.restart(focus),
      });
    }
  }

  private cycleSeat(seats: readonly string[], dir: -1 | 1): boolean {
    if (!seats.length) return false;
    const i = seats.indexOf(this.form.seat);
    this.form.seat = seats[(((i + dir) % seats.length) + seats.length) % seats.length]!;
    this.restart(2);
    return true;
  }

  private async join(): Promise<void> {
    if (this.busy) return;
    const f = this.form;
    const missing = !f.code ? 'the room code' : !f.name ? 'your name' : !f.seat ? 'your delegation' : null;
    if (missing) {
      new Notice(this, `Type ${missing} first.`, { title: 'Not yet' });
      return;
    }
    this.busy = true;
    announce('Joining the room…');
    try {
      const remote = await RemoteSession.join(location.origin.replace(/^http/, 'ws'), f.code, {
        name: f.name,
        seat: f.seat,
        ...(f.teamCode ? { teamCode: f.teamCode } : {}),
      });
      // Next time this device rejoins its team with one key.
      f.teamCode = remote.teamCode ?? '';
      remember(f);
      becomeRoomDevice(remote);
      classroom.shown = remote.seat;
      if (remote.phase !== 'setup') {
        await goTo(this, sceneForPhase(remote.phase));
        return;
      }
      // In before the briefings: wait here, and move on with the room.
      const waiting = new Notice(
        this,
        `You play ${remote.seat ? seatName(remote.setup.scenarioId, remote.seat) : 'a delegation'}. Your team code is ${remote.teamCode ?? '–'}: teammates join with it. Wait for your teacher to hand out the briefings.`,
        { title: 'You are in', button: 'Waiting…' },
      );
      const off = remote.subscribe(() => {
        if (remote.phase === 'setup') return;
        off();
        waiting.close();
        void goTo(this, sceneForPhase(remote.phase));
      });
    } catch (err) {
      this.busy = false;
      new Notice(this, err instanceof Error ? err.message : String(err), { title: 'Could not join' });
    }
  }
}
