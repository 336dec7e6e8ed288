// The Setup screen's rows, in order: each setting with its value, how it changes and the explanation shown
// under it, then the players, and the commands. The scene lays them out and supplies what they do.
import { BRIEFINGS, meetingContext, meetingShortName, SCENARIOS } from '../../content/index';
import { PACE_EXPLAIN, PACE_LABEL, PACES, DEFAULT_LESSON_MINUTES } from '../../app/pace';
import { RULE_IDS, RULES } from '../../model/rules';
import { nextSessionMinutes } from '../../app/session-length';
import { announce } from '../../ui/live';
import type { MenuItem } from '../../ui/menu';
import { fit, px, textWidth } from '../../ui/text';
import {
  chosenItems,
  cyclePlayer,
  definitionItem,
  fitPlayers,
  MAX_PLAYERS,
  PRESETS,
  scenario,
  seatChoices,
  SPEECH,
  state,
  type Preset,
} from './choices';

/** The rows' width (the kit's menu row). */
export const ROW_W = 600;

export type SetupRow = MenuItem & { key: string; info: () => string };

/** What the rows do beyond changing the choices: the scene's part. */
export interface RowActions {
  /** A value was changed by `f` (true if it changed): rebuild with focus on row `key` and say its value. */
  adjusted: (f: (dir: -1 | 1) => boolean, key: string) => (dir: -1 | 1) => boolean;
  edit: (
    key: string,
    label: string,
    initial: string,
    max: number,
    digits: boolean,
    commit: (v: string) => void,
  ) => void;
  openSeatPicker: (i: number, query: string) => void;
  openItemPicker: () => void;
  addPlayer: () => void;
  start: () => void;
  importSave: () => void;
  back: () => void;
}

const cycle =
  <T>(list: readonly T[], get: () => T, set: (v: T) => void) =>
  (dir: -1 | 1) => {
    const i = list.indexOf(get());
    set(list[(i + dir + list.length) % list.length]!);
    return true;
  };

export function setupRows(act: RowActions): SetupRow[] {
  const sc = scenario();
  const players = state.players!;
  const adjustAnd = act.adjusted;
  const items: SetupRow[] = [];
  items.push({
    key: 'scenario',
    label: 'Meeting',
    value: fitValue('Meeting', meetingShortName(sc, 'month')),
    onAdjust: adjustAnd((dir) => {
      state.scenarioIx = (state.scenarioIx + dir + SCENARIOS.length) % SCENARIOS.length;
      fitPlayers();
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
        ? act.openItemPicker()
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
    // The console's lengths (0 here is no timer).
    onAdjust: adjustAnd((dir) => {
      state.sessionMin = nextSessionMinutes(state.sessionMin || null, 0, dir) ?? 0;
      return true;
    }, 'session'),
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
      act.edit('seed', 'seed', state.seed, 9, true, (v) => {
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
      act.edit('pin', 'facilitator PIN, 4 digits', state.pin, 4, true, (v) => {
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
      onAdjust: adjustAnd((dir) => cyclePlayer(i, dir), `player:${i}`),
      onValue: () => act.openSeatPicker(i, ''),
      onActivate: () =>
        act.edit(`player:${i}`, `name of player ${i + 1}`, p.name, 24, false, (v) => {
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
    onActivate: () => act.addPlayer(),
    ...(players.length >= MAX_PLAYERS ? { disabledReason: `at most ${MAX_PLAYERS}` } : {}),
    info: () =>
      players.length
        ? 'Add another player. Players pass the keyboard when their turn comes; the screen hides the last hand.'
        : 'No players: the computer plays every seat and you watch. Add a player to take a delegation.',
  });
  items.push({
    key: 'start',
    label: players.length ? 'Start the meeting' : 'Start (watch the AI)',
    onActivate: () => act.start(),
    info: () =>
      `Start ${sc.title} under ${RULES[state.rule].label.toLowerCase()}, ${players.length ? `${players.length} player(s)` : 'all seats played by the computer'}.`,
  });
  items.push({
    key: 'import',
    label: 'Import a save file…',
    onActivate: () => act.importSave(),
    info: () => 'Open a session exported earlier (a .json save file) and carry on where it stopped.',
  });
  items.push({
    key: 'back',
    label: 'Back to title',
    onActivate: () => act.back(),
    info: () => 'Back to the title screen (Esc).',
  });
  return items;
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
