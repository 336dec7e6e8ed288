// The class dashboard (teacher's device or projector): every room this device opened, side by side and
// live — the same meeting played by different groups under different rules, and what each decided.
// The rooms' state comes from the server (each room replayed from its log), a look every 3 seconds.
import { Scene, type GameObjects } from 'phaser';
import { openedRooms } from '../app/net-classroom';
import { RULES, isRuleId } from '../model/rules';
import type { RoomStatus } from '../server/room-report';
import { registerHelp } from '../ui/help';
import { announce } from '../ui/live';
import { palette, textStyle } from '../ui/theme';
import { Menu } from '../ui/widgets';
import { PHASE_LABEL } from './plenary/classroom';
import { goTo } from './registry';
import type { Phase } from '../model/phase';

registerHelp('NetDashboard', [
  { keys: 'Enter', action: 'Back to the room' },
  { keys: 'Esc', action: 'Back to the room' },
]);

const POLL_MS = 3000;
const OUTCOME_WORDS: Record<string, string> = {
  adopted: 'ADOPTED',
  'no-consensus': 'not adopted',
  referred: 'sent to a committee',
  deferred: 'put off',
  discussed: 'discussed only',
  'not-reached': 'not reached',
};

export default class NetDashboard extends Scene {
  private columns: GameObjects.Text[] = [];

  constructor() {
    super({ key: 'NetDashboard' });
  }

  create(): void {
    const pal = palette();
    const { width: W, height: H } = this.scale;
    this.add.text(W / 2, 20, 'Class dashboard', textStyle('h1', { color: pal.gold })).setOrigin(0.5, 0);
    const rooms = openedRooms(storage()).slice(0, 4);
    const colW = (W - 80) / Math.max(1, rooms.length);
    this.columns = rooms.map((r, i) =>
      this.add.text(
        40 + i * colW,
        90,
        `${r.label || r.code}\nloading…`,
        textStyle('body', { color: pal.text, wrap: colW - 24 }),
      ),
    );
    if (!rooms.length)
      this.add
        .text(W / 2, 200, 'No room has been opened from this device yet.', textStyle('body'))
        .setOrigin(0.5, 0);
    const menu = new Menu(
      this,
      W / 2,
      H - 80,
      [{ label: 'Back to the room', onActivate: () => void goTo(this, 'NetRoom') }],
      {
        width: 420,
        onEscape: () => void goTo(this, 'NetRoom'),
      },
    );
    menu.focus(0, true);
    announce(`Class dashboard: ${rooms.length} rooms.`);
    const poll = () =>
      void Promise.all(rooms.map((r) => fetchStatus(r.code, r.teacherSecret))).then((all) => {
        if (!this.scene.isActive()) return;
        all.forEach((s, i) => this.columns[i]?.setText(describe(rooms[i]!.label || rooms[i]!.code, s)));
      });
    poll();
    const timer = this.time.addEvent({ delay: POLL_MS, loop: true, callback: poll });
    this.events.once('shutdown', () => timer.remove());
  }
}

async function fetchStatus(code: string, secret: string): Promise<RoomStatus | string> {
  try {
    const res = await fetch(`${location.origin}/api/rooms/${code}/status`, {
      headers: { 'x-teacher-secret': secret },
    });
    if (!res.ok) return `The server answered ${res.status}.`;
    return (await res.json()) as RoomStatus;
  } catch {
    return 'The classroom server cannot be reached.';
  }
}

function describe(label: string, s: RoomStatus | string): string {
  if (typeof s === 'string') return `${label}\n${s}`;
  const rule = isRuleId(s.rule) ? RULES[s.rule].label : s.rule;
  const stage = PHASE_LABEL[s.phase as Phase] ?? s.phase;
  const items = s.items.map(
    (it) =>
      `• ${it.title}: ${it.outcome ? `${OUTCOME_WORDS[it.outcome] ?? it.outcome}${it.value !== null ? ` (at ${it.value} on the scale)` : ''}` : 'still open'}`,
  );
  return [`${label} · code ${s.code}`, rule, `Now: ${stage}`, '', ...items].join('\n');
}

function storage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}
