// New game: the meeting, the decision rule, the agenda (one lesson, full or custom), who is played by people
// (hot seat: several players; a team can share a seat), timers, seed and facilitator PIN. Start creates the
// session and goes to the briefing. Also: import a save file.
import { GameObjects, Scene, Scenes } from 'phaser';
import { BRIEFINGS, meetingContext, meetingShortName, SCENARIOS } from '../content/index';
import type { Scenario, ScenarioId } from '../content/types';
import { PACE_EXPLAIN, PACE_LABEL, PACES, DEFAULT_LESSON_MINUTES, type Pace } from '../app/pace';
import { autosaveText, describeSave, summariseSave } from '../app/save-summary';
import { SaveError } from '../app/saves';
import { adoptSession, newSession, prepareImport } from '../app/session-store';
import { LIBRARY } from '../machines/default';
import { rosterOf } from '../model/roster';
import { RULE_IDS, RULES, type RuleId } from '../model/rules';
import { SPEECH_SECONDS_CHOICES, type SessionInput } from '../model/session';
import { registerHelp } from '../ui/help';
import { announce } from '../ui/live';
import { palette, textStyle } from '../ui/theme';
import { ListPicker } from '../ui/list-picker';
import { Confirm } from '../ui/confirm';
import { Button } from '../ui/button';
import { FocusGroup, typingInField } from '../ui/focus';
import { Menu, type MenuItem } from '../ui/menu';
import { Notice } from '../ui/notice';
import { classroom, freshClassroom, saveClassroom, sceneForPhase } from './plenary/classroom';
import { editText, editing, stopEditing } from './plenary/textfield';
import { drawBox } from '../ui/panel';
import { ScrollText } from '../ui/scroll-text';
import { fit, px, textWidth, ts } from '../ui/text';
import { goTo } from './registry';

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

type Preset = 'lesson' | 'full' | 'custom';
const PRESETS: readonly Preset[] = ['lesson', 'full', 'custom'];
const SPEECH = [0, ...SPEECH_SECONDS_CHOICES] as const;
const SESSION_MIN = [0, 20, 30, 45, 60, 90] as const;
const MAX_PLAYERS = 6;
const ROW_W = 600;

interface PlayerRow {
  delegation: string;
  name: string;
}

/** Kept between visits of the screen (within a page load). */
const state = {
  scenarioIx: Math.max(
    0,
    SCENARIOS.findIndex((s) => s.id === 'washington-plenary-2012'),
  ),
  rule: 'consensus' as RuleId,
  preset: 'lesson' as Preset,
  custom: new Set<string>(),
  speech: 120 as number,
  sessionMin: 45 as number,
  pace: classroom.pace as Pace,
  seed: String(1000 + Math.floor(Math.random() * 9000)),
  // The class's PIN stays until the teacher changes it (also after a reload or an imported save).
  pin: classroom.pin,
  players: null as PlayerRow[] | null,
};

function scenario(): Scenario {
  return SCENARIOS[state.scenarioIx]!;
}

/** Seats of a meeting in the order offered: delegations with a role briefing first, then by name. */
function seatChoices(id: ScenarioId): { id: string; name: string; note: string }[] {
  const r = rosterOf(LIBRARY, id);
  const briefed = BRIEFINGS.map((b) => b.delegation).filter((d) => r.index[d] !== undefined);
  const rest = r.ids
    .filter((d) => !briefed.includes(d))
    .sort((a, b) => r.names[r.index[a]!]!.localeCompare(r.names[r.index[b]!]!));
  return [...briefed, ...rest].map((d) => {
    const i = r.index[d]!;
    const note =
      d === r.chair
        ? 'the Chair'
        : r.kind[i] === 'observer'
          ? 'observer'
          : briefed.includes(d)
            ? 'role card'
            : 'follows its bloc';
    return { id: d, name: r.names[i]!, note };
  });
}

function definitionItem(sc: Scenario): string {
  return (sc.agenda.find((a) => a.issue === 'definition') ?? sc.agenda[0]!).id;
}

function chosenItems(sc: Scenario): string[] | undefined {
  if (state.preset === 'full') return undefined;
  if (state.preset === 'lesson') return [definitionItem(sc)];
  const ids = sc.agenda.map((a) => a.id).filter((id) => state.custom.has(id));
  return ids.length ? ids : [definitionItem(sc)];
}

function defaultPlayers(sc: Scenario): PlayerRow[] {
  const first = seatChoices(sc.id).find((c) => c.id !== sc.chair && c.note === 'role card');
  return first ? [{ delegation: first.id, name: 'Player 1' }] : [];
}

export default class Setup extends Scene {
  private menu!: Menu;
  private items: (MenuItem & { key: string; info: () => string })[] = [];
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
  private fileInput: HTMLInputElement | null = null;

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
      this.fileInput?.remove();
      this.fileInput = null;
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
    const sc = scenario();
    const players = state.players!;
    const cycle =
      <T>(list: readonly T[], get: () => T, set: (v: T) => void) =>
      (dir: -1 | 1) => {
        const i = list.indexOf(get());
        set(list[(i + dir + list.length) % list.length]!);
        return true;
      };
    const rebuildAt = (key: string) => () => this.build(key);
    const items: (MenuItem & { key: string; info: () => string })[] = [];
    const adjustAnd = (f: (dir: -1 | 1) => boolean, key: string) => (dir: -1 | 1) => {
      const r = f(dir);
      if (r) {
        rebuildAt(key)();
        const b = this.items.find((x) => x.key === key);
        announce(`${b?.label}: ${b?.value}`);
      }
      return r;
    };
    items.push({
      key: 'scenario',
      label: 'Meeting',
      value: fitValue('Meeting', meetingShortName(sc, 'month')),
      onAdjust: adjustAnd((dir) => {
        state.scenarioIx = (state.scenarioIx + dir + SCENARIOS.length) % SCENARIOS.length;
        this.fitPlayers();
        return true;
      }, 'scenario'),
      info: () => `${sc.title} (${sc.dates}). ${meetingContext(sc)}`,
    });
    items.push({
      key: 'rule',
      label: 'Decision rule',
      value: fitValue('Decision rule', RULES[state.rule].label),
      onAdjust: adjustAnd(
        cycle(
          RULE_IDS,
          () => state.rule,
          (v) => (state.rule = v),
        ),
        'rule',
      ),
      info: () =>
        `${RULES[state.rule].explain} ${state.rule === 'consensus' ? 'This is the KP’s actual rule.' : 'The KP itself decides by consensus; this shows what another rule would change.'} The Outcome screen compares every rule either way.`,
    });
    const presetLabel: Record<Preset, string> = {
      lesson: 'One lesson (~45 min)',
      full: `Full: all ${sc.agenda.length} items`,
      custom: `Custom: ${chosenItems(sc)?.length ?? sc.agenda.length} item(s)`,
    };
    items.push({
      key: 'preset',
      label: 'Agenda',
      value: fitValue('Agenda', presetLabel[state.preset]),
      onAdjust: adjustAnd(
        cycle(
          PRESETS,
          () => state.preset,
          (v) => {
            state.preset = v;
            if (v === 'custom' && !sc.agenda.some((a) => state.custom.has(a.id)))
              state.custom.add(definitionItem(sc));
          },
        ),
        'preset',
      ),
      onActivate: () =>
        state.preset === 'custom'
          ? this.openItemPicker()
          : announce('Use left and right to choose one lesson, full or custom.'),
      hint: 'Left and right choose; on Custom, Enter picks the items',
      info: () => {
        const chosen = chosenItems(sc);
        const lines = sc.agenda.map(
          (a) =>
            `${!chosen || chosen.includes(a.id) ? '☑' : '☐'} ${a.title}${a.decides ? '' : ' (discussion only)'}`,
        );
        const head =
          state.preset === 'lesson'
            ? 'One lesson: the definition item only, about 45 minutes.'
            : state.preset === 'full'
              ? 'Full meeting: every agenda item.'
              : 'Custom: press Enter to choose the items.';
        return `${head}\n${lines.join('\n')}`;
      },
    });
    items.push({
      key: 'speech',
      label: 'Speech timer',
      value: state.speech ? `${state.speech} s` : 'Off',
      onAdjust: adjustAnd(
        cycle(
          SPEECH,
          () => state.speech as (typeof SPEECH)[number],
          (v) => (state.speech = v),
        ),
        'speech',
      ),
      info: () =>
        state.speech
          ? `Each speaker has ${state.speech} seconds; when time runs out the floor passes on. A countdown shows on screen; the facilitator can pause.`
          : 'No limit on speeches.',
    });
    items.push({
      key: 'session',
      label: 'Session timer',
      value: state.sessionMin ? `${state.sessionMin} min` : 'Off',
      onAdjust: adjustAnd(
        cycle(
          SESSION_MIN,
          () => state.sessionMin as (typeof SESSION_MIN)[number],
          (v) => (state.sessionMin = v),
        ),
        'session',
      ),
      info: () =>
        state.sessionMin
          ? `A ${state.sessionMin}-minute countdown everyone can see. When it runs out the meeting closes, as with End the session in the facilitator console.`
          : 'No session countdown.',
    });
    items.push({
      key: 'pace',
      label: 'Pace',
      value: fitValue('Pace', PACE_LABEL[state.pace]),
      onAdjust: adjustAnd(
        cycle(
          PACES,
          () => state.pace,
          (v) => (state.pace = v),
        ),
        'pace',
      ),
      info: () =>
        `${PACE_EXPLAIN[state.pace]}${state.pace === 'classroom' ? ` Lesson length: ${state.sessionMin || DEFAULT_LESSON_MINUTES} minutes.` : ''} The facilitator can change the pace at any time (F2).`,
    });
    items.push({
      key: 'seed',
      label: 'Seed',
      value: state.seed,
      onActivate: () =>
        this.edit('seed', 'seed', state.seed, 9, true, (v) => {
          state.seed = v || state.seed;
        }),
      hint: 'Enter to type a number',
      info: () =>
        'The same seed and the same moves give the same meeting: use it to replay a session or compare classes.',
    });
    items.push({
      key: 'pin',
      label: 'Facilitator PIN',
      value: state.pin ? '•'.repeat(state.pin.length) : 'None',
      onActivate: () =>
        this.edit('pin', 'facilitator PIN, 4 digits', state.pin, 4, true, (v) => {
          if (v === '' || /^\d{4}$/.test(v)) state.pin = v;
          else announce('A PIN has exactly 4 digits. Kept the previous one.');
        }),
      hint: 'Enter to type 4 digits; empty for none',
      info: () =>
        'Protects the facilitator console (F2 or Ctrl+F): pause, timers, events, forcing a call, ending. Four digits, or empty for no PIN.',
    });
    const choices = seatChoices(sc.id);
    players.forEach((p, i) => {
      const c = choices.find((x) => x.id === p.delegation);
      items.push({
        key: `player:${i}`,
        label: p.name,
        value: fitValue(p.name, c?.name ?? p.delegation),
        onAdjust: adjustAnd((dir) => this.cyclePlayer(i, dir), `player:${i}`),
        onValue: () => this.openSeatPicker(i, ''),
        onActivate: () =>
          this.edit(`player:${i}`, `name of player ${i + 1}`, p.name, 24, false, (v) => {
            if (v.trim()) p.name = v.trim();
          }),
        hint: 'Left and right step through the delegations, or type a letter to choose one from a list; Enter types the player’s name; Delete removes',
        info: () => {
          const b = BRIEFINGS.find((x) => x.delegation === p.delegation);
          return `${p.name} plays ${c?.name ?? p.delegation} (${c?.note ?? ''}). ${
            b ? b.whoYouAre : 'No role card: this delegation follows its bloc, and its briefing says so.'
          }\n◀ ▶ step · type a letter or click the name: choose from a list · Enter: the player’s name (a team can share a seat: “Team A”) · Delete: remove.`;
        },
      });
    });
    items.push({
      key: 'add',
      label: '+ Add a player',
      onActivate: () => this.addPlayer(),
      ...(players.length >= MAX_PLAYERS ? { disabledReason: `at most ${MAX_PLAYERS}` } : {}),
      info: () =>
        players.length
          ? 'Add another player. Players pass the keyboard when their turn comes; the screen hides the last hand.'
          : 'No players: the computer plays every seat and you watch. Add a player to take a delegation.',
    });
    items.push({
      key: 'start',
      label: players.length ? 'Start the meeting' : 'Start (watch the AI)',
      onActivate: () => this.start(),
      info: () =>
        `Start ${sc.title} under ${RULES[state.rule].label.toLowerCase()}, ${players.length ? `${players.length} player(s)` : 'all seats played by the computer'}.`,
    });
    items.push({
      key: 'import',
      label: 'Import a save file…',
      onActivate: () => this.importSave(),
      info: () => 'Open a session exported earlier (a .json save file) and carry on where it stopped.',
    });
    items.push({
      key: 'back',
      label: 'Back to title',
      onActivate: () => void goTo(this, 'Title'),
      info: () => 'Back to the title screen (Esc).',
    });
    this.items = items;
    this.menu = new Menu(this, 340, this.top, items, {
      width: 600,
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

  /** Keeps players on seats that exist at the chosen meeting. */
  private fitPlayers(): void {
    const sc = scenario();
    const seats = new Set(seatChoices(sc.id).map((c) => c.id));
    const kept = state.players!.filter((p) => seats.has(p.delegation));
    state.players = kept.length || !state.players!.length ? kept : defaultPlayers(sc);
  }

  private cyclePlayer(i: number, dir: -1 | 1): boolean {
    const choices = seatChoices(scenario().id);
    const taken = new Set(state.players!.filter((_, k) => k !== i).map((p) => p.delegation));
    const p = state.players![i]!;
    let k = choices.findIndex((c) => c.id === p.delegation);
    for (let n = 0; n < choices.length; n++) {
      k = (k + dir + choices.length) % choices.length;
      if (!taken.has(choices[k]!.id)) {
        p.delegation = choices[k]!.id;
        return true;
      }
    }
    return false;
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
    const pal = palette();
    const { width: W, height: H } = this.scale;
    const objects: GameObjects.GameObject[] = [];
    const scrim = this.add.rectangle(0, 0, W, H, pal.scrim, pal.scrimAlpha).setOrigin(0, 0).setInteractive();
    const h = 150 + sc.agenda.length * 62;
    const y0 = (H - h) / 2;
    const box = drawBox(this, 240, y0, 800, h);
    const title = this.add.text(
      270,
      y0 + 18,
      'Choose the agenda items',
      textStyle('h2', { color: pal.gold }),
    );
    objects.push(scrim, box, title);
    const group = new FocusGroup(this, { onEscape: () => close() });
    const buttons: Button[] = [];
    const mk = (k: number) => {
      const a = sc.agenda[k]!;
      return new Button(this, W / 2, y0 + 100 + k * 62, {
        label: `${state.custom.has(a.id) ? '☑' : '☐'} ${a.title}`,
        width: 740,
        height: 52,
        role: 'small',
        align: 'left',
        onActivate: () => {
          if (state.custom.has(a.id)) state.custom.delete(a.id);
          else state.custom.add(a.id);
          const b = mk(k);
          buttons[k]!.destroy();
          buttons[k] = b;
          group.items[k] = b;
          b.attach(group);
          objects.push(b);
          group.focus(k, true);
          announce(`${a.title}: ${state.custom.has(a.id) ? 'included' : 'left out'}.`);
        },
      });
    };
    sc.agenda.forEach((_, k) => buttons.push(mk(k)));
    const done = new Button(this, W / 2, y0 + h - 40, {
      label: 'Done (Esc)',
      width: 260,
      height: 52,
      role: 'small',
      onActivate: () => close(),
    });
    objects.push(...buttons, done);
    group.add(...buttons, done);
    group.focus(0, true);
    announce(
      `Choose the agenda items: Enter includes or leaves out the highlighted item, Escape when done. ${buttons[0]?.spoken ?? ''}`,
    );
    const close = () => {
      group.destroy();
      for (const o of [...objects, ...buttons]) o.destroy();
      this.picker = null;
      this.build('preset');
      announce(`Agenda: ${chosenItems(sc)?.length ?? sc.agenda.length} item(s).`);
    };
    this.picker = { group, objects };
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

  private importSave(): void {
    if (typeof document === 'undefined') return;
    this.fileInput?.remove();
    const el = document.createElement('input');
    el.type = 'file';
    el.accept = '.json,application/json';
    el.className = 'sr-only';
    el.setAttribute('aria-label', 'Choose a Rough Consensus save file');
    el.addEventListener('change', () => {
      const file = el.files?.[0];
      if (!file) return;
      void file.text().then((text) => this.openImported(text));
    });
    document.body.appendChild(el);
    this.fileInput = el;
    el.click();
    announce('Choose a save file to open.');
  }

  private openImported(text: string): void {
    if (!this.scene.isActive()) return;
    // Checked completely (fields, every event, a trial replay) before anything is asked or replaced.
    let prepared: ReturnType<typeof prepareImport>;
    try {
      prepared = prepareImport(text);
    } catch (e) {
      this.cannotOpen(e);
      return;
    }
    // A session in progress is not replaced without asking.
    const running = summariseSave(autosaveText());
    const save = prepared.save;
    if (!running) {
      this.openParsed(prepared);
      return;
    }
    new Confirm(
      this,
      `The session in progress (${describeSave(running)}) would be replaced by “${save.title}”. Export it first from the facilitator console if you want to keep it.`,
      {
        title: 'Replace the running session?',
        keep: 'Keep the running session',
        act: 'Replace it',
        onAnswer: (act) => {
          if (act) this.openParsed(prepared);
          else announce('Kept the running session. Nothing was imported.');
        },
      },
    );
  }

  private cannotOpen(e: unknown): void {
    const msg = e instanceof SaveError ? e.message : `This file could not be opened: ${(e as Error).message}`;
    new Notice(this, msg, { title: 'Cannot open this save' });
  }

  private openParsed({ save, session }: ReturnType<typeof prepareImport>): void {
    try {
      const s = adoptSession(session);
      state.pin = classroom.pin;
      classroom.shown = null;
      classroom.unlocked = classroom.pin === '';
      saveClassroom();
      announce(`Opened “${save.title}”.`);
      void goTo(this, sceneForPhase(s.phase));
    } catch (e) {
      this.cannotOpen(e);
    }
  }
}

/**
 * A row's value in the room its label leaves beside ◀ ▶: whole if it fits, else without its bracketed
 * aside ("Consensus (the KP rule)" → "Consensus"; the explanation box says the rest), else cut.
 */
function fitValue(label: string, value: string): string {
  // The kit's row: focus marker room (32 + size), label, value at the right between ◀ ▶.
  const size = px(22);
  const room = ROW_W - 70 - 2.9 * size - textWidth(label, 22, { bold: true });
  const short = value.replace(/\s*\([^)]*\)\s*$/, '');
  if (textWidth(value, 22, { bold: true }) > room && short && textWidth(short, 22, { bold: true }) <= room)
    return short;
  return fit(null, value, room, 22, { bold: true });
}
