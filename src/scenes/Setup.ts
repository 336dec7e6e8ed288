// New game: the meeting, the decision rule, the agenda (one lesson, full or custom), who is played by people
// (hot seat: several players; a team can share a seat), timers, seed and facilitator PIN. Start creates the
// session and goes to the briefing. Also: import a save file.
import { GameObjects, Scene, Scenes } from 'phaser';
import { newSession } from '../app/session-store';
import { LIBRARY } from '../machines/default';
import { rosterOf } from '../model/roster';
import type { SessionInput } from '../model/session';
import { registerHelp } from '../ui/help';
import { announce } from '../ui/live';
import { palette, textStyle } from '../ui/theme';
import { ListPicker } from '../ui/list-picker';
import { type FocusGroup, typingInField } from '../ui/focus';
import { Menu } from '../ui/menu';
import { Notice } from '../ui/notice';
import { classroom, freshClassroom, saveClassroom } from './plenary/classroom';
import { editText, editing, stopEditing } from './plenary/textfield';
import { drawBox } from '../ui/panel';
import { ScrollText } from '../ui/scroll-text';
import { ts } from '../ui/text';
import { goTo } from './registry';
import { chosenItems, defaultPlayers, MAX_PLAYERS, scenario, seatChoices, state } from './setup/choices';
import { openItemPicker } from './setup/item-picker';
import { SaveImporter } from './setup/import-save';
import { ROW_W, setupRows, type SetupRow } from './setup/rows';

registerHelp('Setup', [
  { keys: '↑ ↓ / Tab', action: 'Move between settings' },
  {
    keys: '← →',
    action: 'Change the highlighted setting (meeting, rule, agenda, timers, a player’s delegation)',
  },
  { keys: 'A–Z on a player', action: 'Choose the delegation from a list: type to search' },
  { keys: 'Enter', action: 'Type a name, seed or PIN; press a button' },
  { keys: 'Mouse / touch', action: '◀ ▶ change a value; a player’s delegation opens the list' },
  { keys: 'Delete', action: 'Remove the highlighted player' },
  { keys: 'PgUp PgDn', action: 'Scroll the explanation (or the wheel over it)' },
  { keys: 'Esc', action: 'Back to the title screen' },
]);

export default class Setup extends Scene {
  private menu!: Menu;
  private items: SetupRow[] = [];
  /** The focused row's explanation, in a box under whichever column leaves it more room. */
  private info: ScrollText | null = null;
  private infoBox: GameObjects.GameObject | null = null;
  private infoAt = '';
  /** Top of the rows (below the heading). */
  private top = 76;
  /** The bottom edges of the last setting row (left) and of the last command (right). */
  private leftBottom = 0;
  private rightBottom = 0;
  private picker: { group: FocusGroup; objects: GameObjects.GameObject[] } | ListPicker | null = null;
  private readonly importer = new SaveImporter(this);

  constructor() {
    super({ key: 'Setup' });
  }

  create(): void {
    const pal = palette();
    this.picker = null;
    if (!state.players) state.players = defaultPlayers(scenario());
    const title = this.add.text(40, 16, 'New game', textStyle('h1', { color: pal.gold }));
    this.add
      .text(
        title.x + title.width + 28,
        title.y + title.height - 8,
        'Set up the meeting, then Start.',
        ts(20, { color: pal.muted }),
      )
      .setOrigin(0, 1);
    // Rows start below the heading, however large the text (at Largest it reaches past y = 76).
    this.top = Math.max(76, Math.ceil(title.y + title.height + 4));
    this.add.text(
      680,
      this.top + 2,
      'Players (hot seat: pass the keyboard)',
      ts(20, { color: pal.gold, bold: true }),
    );
    this.info = null;
    this.infoBox = null;
    this.infoAt = '';
    this.build(0);
    const onKey = (ev: KeyboardEvent) => this.onKey(ev);
    this.input.keyboard?.on('keydown', onKey);
    this.events.once(Scenes.Events.SHUTDOWN, () => {
      this.input.keyboard?.off('keydown', onKey);
      stopEditing();
      this.importer.destroy();
    });
    announce(
      'New game. Set up the meeting: use up and down to move, left and right to change a setting, Enter to type or press. Then Start the meeting.',
    );
  }

  private onKey(ev: KeyboardEvent): void {
    if (typingInField() || editing() || this.picker || !this.menu.group.isTop) return;
    if (ev.key === 'PageDown' || ev.key === 'PageUp') {
      this.info?.page(ev.key === 'PageDown' ? 1 : -1);
      return;
    }
    const it = this.items[this.menu.group.focusIndex];
    if (!it?.key.startsWith('player:')) return;
    const i = Number(it.key.slice(7));
    if (ev.key === 'Delete' || ev.key === 'Backspace') this.removePlayer(i);
    // A letter starts the search for a delegation (M and ? stay the game's mute and help keys).
    else if (/^\p{L}$/u.test(ev.key) && !ev.ctrlKey && !ev.metaKey && !ev.altKey && !/^[mM]$/.test(ev.key)) {
      // The list's search field takes focus now: keep the browser from typing the letter in a second time.
      ev.preventDefault();
      this.openSeatPicker(i, ev.key);
    }
  }

  /** (Re)builds the rows; focus goes to `focus` (index or row key). */
  private build(focus: number | string): void {
    this.menu?.buttons.forEach((b) => b.destroy());
    this.menu?.group.destroy();
    const items = setupRows({
      adjusted: (f, key) => (dir) => {
        const r = f(dir);
        if (r) {
          this.build(key);
          const b = this.items.find((x) => x.key === key);
          announce(`${b?.label}: ${b?.value}`);
        }
        return r;
      },
      edit: (...args) => this.edit(...args),
      openSeatPicker: (i, query) => this.openSeatPicker(i, query),
      openItemPicker: () => this.openItemPicker(),
      addPlayer: () => this.addPlayer(),
      start: () => this.start(),
      importSave: () => this.importer.open(),
      back: () => void goTo(this, 'Title'),
    });
    this.items = items;
    this.menu = new Menu(this, 340, this.top, items, {
      width: ROW_W,
      align: 'left',
      role: 'small',
      itemHeight: 46,
      gap: 10,
      onEscape: () => void goTo(this, 'Title'),
      onFocus: (_it, i) => this.showInfo(this.items[i]?.info() ?? ''),
    });
    // Players and the commands go in the right-hand column.
    const firstRight = items.findIndex((it) => it.key.startsWith('player:') || it.key === 'add');
    const lastLeft = this.menu.buttons[firstRight - 1];
    if (lastLeft) this.leftBottom = lastLeft.y + lastLeft.boxH / 2;
    let y = this.top + 36;
    this.menu.buttons.forEach((b, i) => {
      if (i < firstRight) return;
      if (items[i]!.key === 'start') y += 14;
      b.setPosition(680 + 280, y + 24);
      y += 56;
    });
    this.rightBottom = y - 10;
    this.placeInfo();
    const fi =
      typeof focus === 'number'
        ? focus
        : Math.max(
            0,
            items.findIndex((it) => it.key === focus),
          );
    this.menu.focus(Math.min(fi, items.length - 1), true);
    this.showInfo(items[this.menu.group.focusIndex]?.info() ?? '');
  }

  /**
   * The explanation box goes under the setting rows, or under the players and commands where that leaves
   * more room (at Largest text the rows reach far down the left); placed again when players come and go.
   */
  private placeInfo(): void {
    const left = { x: 40, y: this.leftBottom + 12, w: 600 };
    const right = { x: 680, y: this.rightBottom + 14, w: 560 };
    const at = 710 - right.y > 710 - left.y + 40 ? right : left;
    const key = `${at.x},${at.y}`;
    if (key === this.infoAt) return;
    this.infoAt = key;
    this.infoBox?.destroy();
    this.info?.destroy();
    const h = 710 - at.y;
    this.infoBox = drawBox(this, at.x, at.y, at.w, h);
    this.info = new ScrollText(this, at.x + 12, at.y + 10, at.w - 18, h - 18);
  }

  /**
   * The focused row's explanation, in smaller type (never below the 16 px floor at any text size) until it
   * fits its box; past that it scrolls (the wheel, PgDn, or its "more" cue), never cut.
   */
  private showInfo(text: string): void {
    const info = this.info;
    if (!info) return;
    for (const size of [18, 17, 16, 15, 14]) {
      info.setLines([{ text, size, gap: 0 }]);
      if (info.maxTop === 0) return;
    }
  }

  private edit(
    key: string,
    label: string,
    initial: string,
    max: number,
    digits: boolean,
    commit: (v: string) => void,
  ): void {
    const ix = this.items.findIndex((x) => x.key === key);
    const btn = this.menu.buttons[ix];
    editText({
      label,
      initial,
      maxLength: max,
      digits,
      onChange: (v) =>
        key.startsWith('player:')
          ? btn?.setLabel(`${v}▏`)
          : btn?.setValue(`${key === 'pin' ? '•'.repeat(v.length) : v}▏`),
      onDone: (v) => {
        if (v !== null) commit(v);
        this.build(key);
        const it = this.items.find((x) => x.key === key);
        announce(
          v === null
            ? 'Cancelled.'
            : `${it?.label}: ${key === 'pin' ? (state.pin ? 'set' : 'none') : it?.value}.`,
        );
      },
    });
  }

  /** The list of the meeting's seats for player i, with `query` already typed. */
  private openSeatPicker(i: number, query: string): void {
    const p = state.players![i];
    if (!p || this.picker) return;
    const sc = scenario();
    const r = rosterOf(LIBRARY, sc.id);
    const takenBy = new Map(state.players!.filter((_, k) => k !== i).map((x) => [x.delegation, x.name]));
    const options = seatChoices(sc.id).map((c) => {
      const by = takenBy.get(c.id);
      return {
        id: c.id,
        label: c.name,
        keywords: [c.id, c.note, r.bloc[r.index[c.id]!] ?? ''],
        note: `${c.note} · ${c.id}`,
        ...(by ? { disabledReason: `played by ${by}` } : {}),
      };
    });
    const key = `player:${i}`;
    this.picker = new ListPicker(this, {
      title: `Delegation for ${p.name}`,
      options,
      selected: p.delegation,
      query,
      onChoose: (id) => {
        this.picker = null;
        p.delegation = id;
        this.build(key);
        const b = this.items.find((x) => x.key === key);
        announce(`${b?.label}: ${b?.value}.`);
      },
      onCancel: () => {
        this.picker = null;
        this.build(key);
        announce('Kept the delegation.');
      },
    });
  }

  private addPlayer(): void {
    const players = state.players!;
    if (players.length >= MAX_PLAYERS) return;
    const taken = new Set(players.map((p) => p.delegation));
    const sc = scenario();
    const next =
      seatChoices(sc.id).find((c) => !taken.has(c.id) && c.id !== sc.chair && c.note === 'role card') ??
      seatChoices(sc.id).find((c) => !taken.has(c.id));
    if (!next) return;
    players.push({ delegation: next.id, name: `Player ${players.length + 1}` });
    this.build(`player:${players.length - 1}`);
    announce(
      `Added ${players.at(-1)!.name}, playing ${next.name}. Left and right change the delegation; Enter types the name.`,
    );
  }

  private removePlayer(i: number): void {
    const p = state.players![i];
    if (!p) return;
    state.players!.splice(i, 1);
    this.build(state.players!.length ? `player:${Math.min(i, state.players!.length - 1)}` : 'add');
    announce(`Removed ${p.name}.`);
  }

  private openItemPicker(): void {
    const sc = scenario();
    this.picker = openItemPicker(this, sc, () => {
      this.picker = null;
      this.build('preset');
      announce(`Agenda: ${chosenItems(sc)?.length ?? sc.agenda.length} item(s).`);
    });
  }

  private start(): void {
    const sc = scenario();
    const humans: Record<string, string> = {};
    for (const p of state.players!) humans[p.delegation] = p.name;
    const items = chosenItems(sc);
    const seed = /^\d+$/.test(state.seed) ? Number(state.seed) : state.seed;
    const input: SessionInput = {
      scenarioId: sc.id,
      rule: state.rule,
      seed,
      humans,
      ...(items ? { items } : {}),
      ...(state.speech ? { speechSeconds: state.speech } : {}),
      ...(state.sessionMin ? { minutes: state.sessionMin } : {}),
    };
    try {
      const s = newSession(input, sc.title);
      s.send({ type: 'START' });
      freshClassroom(state.pin, state.sessionMin || null);
      classroom.pace = state.pace;
      saveClassroom();
      void goTo(this, 'Briefing');
    } catch (e) {
      new Notice(this, `The meeting could not start: ${(e as Error).message}`, {
        title: 'Something went wrong',
      });
    }
  }
}
