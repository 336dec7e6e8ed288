// The class dashboard (teacher's device or projector): every room this device opened, side by side and
// live — the same meeting played by different groups under different rules, and what each decided.
// The rooms' state comes from the server (each room replayed from its log), a look every 3 seconds.
import { Scene, type GameObjects } from 'phaser';
import { downloadText } from '../app/download';
import { fetchClassPack, openedRooms, type OpenedRoomEntry, type PackFormat } from '../app/net-classroom';
import { runRoomAsTeacher } from './NetRoom';
import { RULES, isRuleId } from '../model/rules';
import type { RoomStatus } from '../server/room-report';
import { registerHelp } from '../ui/help';
import { announce } from '../ui/live';
import { palette, textStyle } from '../ui/theme';
import { Menu, type MenuItem } from '../ui/menu';
import { Notice } from '../ui/notice';
import { PHASE_LABEL } from './plenary/classroom';
import { goTo } from './registry';
import type { Phase } from '../model/phase';

registerHelp('NetDashboard', [
  { keys: '↑ ↓ Enter', action: 'Back to the room, run a room from this device, download the debrief pack' },
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
    // The four newest rooms, in the order they were opened (Group A before Group B).
    const rooms = openedRooms(storage()).slice(0, 4).reverse();
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
    const items: MenuItem[] = [
      { label: 'Back to the room', onActivate: () => void goTo(this, 'NetRoom') },
      ...rooms.map((r) => ({
        label: `Run ${r.label || 'room'} (${r.code}) from this device`,
        hint: 'the teacher’s screen of that room: its code, who is in, the console',
        onActivate: () => void this.rejoin(r),
      })),
      ...(rooms.length
        ? (['md', 'csv', 'json'] as const).map((f) => ({
            label: `Debrief pack of ${rooms.length === 1 ? 'the room' : `all ${rooms.length} rooms`}: ${PACK_WORDS[f]}`,
            onActivate: () => void this.download(rooms, f),
          }))
        : []),
    ];
    const menuTop = H - 24 - items.length * 44;
    const menu = new Menu(this, W / 2, menuTop, items, {
      width: 760,
      itemHeight: 40,
      gap: 4,
      onEscape: () => void goTo(this, 'NetRoom'),
    });
    menu.focus(0, true);
    announce(`Class dashboard: ${rooms.length} rooms.`);
    const poll = () =>
      void Promise.all(rooms.map((r) => fetchStatus(r.code, r.teacherSecret))).then((all) => {
        if (!this.scene.isActive()) return;
        all.forEach((s, i) => {
          const col = this.columns[i];
          if (col) this.fitColumn(col, describe(rooms[i]!.label || rooms[i]!.code, s), menuTop - 100);
        });
      });
    poll();
    const timer = this.time.addEvent({ delay: POLL_MS, loop: true, callback: poll });
    this.events.once('shutdown', () => timer.remove());
  }

  /** A room's column in body type, or in small type when a long agenda would run under the menu. */
  private fitColumn(col: GameObjects.Text, text: string, maxH: number): void {
    const wrap = col.style.wordWrapWidth ?? undefined;
    for (const role of ['body', 'small'] as const) {
      col.setText(text).setStyle(textStyle(role, { color: palette().text, ...(wrap ? { wrap } : {}) }));
      if (col.height <= maxH) return;
    }
  }

  /** This device becomes the teacher's screen of a room it opened (after a reload, or another room). */
  private async rejoin(r: OpenedRoomEntry): Promise<void> {
    try {
      await runRoomAsTeacher(r);
      void goTo(this, 'NetRoom');
    } catch (err) {
      new Notice(this, err instanceof Error ? err.message : String(err), {
        title: 'Could not open the room',
      });
    }
  }

  private async download(rooms: readonly OpenedRoomEntry[], format: PackFormat): Promise<void> {
    try {
      const text = await fetchClassPack(location.origin, rooms, format);
      const day = new Date().toISOString().slice(0, 10);
      downloadText(`class-debrief-${day}.${format}`, text, PACK_MIME[format]);
      announce(`Downloaded the debrief pack (${PACK_WORDS[format]}).`);
    } catch (err) {
      new Notice(this, err instanceof Error ? err.message : String(err), { title: 'No debrief pack' });
    }
  }
}

const PACK_WORDS: Record<PackFormat, string> = { md: 'Markdown', csv: 'spreadsheet (CSV)', json: 'JSON' };
const PACK_MIME: Record<PackFormat, string> = {
  md: 'text/markdown',
  csv: 'text/csv',
  json: 'application/json',
};

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
