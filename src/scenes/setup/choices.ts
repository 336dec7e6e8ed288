// What the Setup screen has chosen so far (kept between visits within a page load), and the choices it
// offers: the meeting's seats in the order shown, the agenda each preset means, the players' default seats.
import { SCENARIOS } from '../../content/index';
import { briefedSeats, seatChoices as seatOrder } from '../../app/net-classroom';
import type { Scenario, ScenarioId } from '../../content/types';
import type { Pace } from '../../app/pace';
import { LIBRARY } from '../../machines/default';
import { rosterOf } from '../../model/roster';
import type { RuleId } from '../../model/rules';
import { SPEECH_SECONDS_CHOICES } from '../../model/session';
import { classroom } from '../plenary/classroom';

export type Preset = 'lesson' | 'full' | 'custom';
export const PRESETS: readonly Preset[] = ['lesson', 'full', 'custom'];
export const SPEECH = [0, ...SPEECH_SECONDS_CHOICES] as const;
export const MAX_PLAYERS = 6;

export interface PlayerRow {
  delegation: string;
  name: string;
}

/** Kept between visits of the screen (within a page load). */
export const state = {
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

export function scenario(): Scenario {
  return SCENARIOS[state.scenarioIx]!;
}

/** Seats of a meeting in the order offered: delegations with a role briefing first, then by name. */
export function seatChoices(id: ScenarioId): { id: string; name: string; note: string }[] {
  const r = rosterOf(LIBRARY, id);
  const briefed = briefedSeats(id);
  return seatOrder(id).map((d) => {
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

export function definitionItem(sc: Scenario): string {
  return (sc.agenda.find((a) => a.issue === 'definition') ?? sc.agenda[0]!).id;
}

/** The agenda items the preset chooses (undefined: every item). */
export function chosenItems(sc: Scenario): string[] | undefined {
  if (state.preset === 'full') return undefined;
  if (state.preset === 'lesson') return [definitionItem(sc)];
  const ids = sc.agenda.map((a) => a.id).filter((id) => state.custom.has(id));
  return ids.length ? ids : [definitionItem(sc)];
}

export function defaultPlayers(sc: Scenario): PlayerRow[] {
  const first = seatChoices(sc.id).find((c) => c.id !== sc.chair && c.note === 'role card');
  return first ? [{ delegation: first.id, name: 'Player 1' }] : [];
}

/** Keeps players on seats that exist at the chosen meeting. */
export function fitPlayers(): void {
  const sc = scenario();
  const seats = new Set(seatChoices(sc.id).map((c) => c.id));
  const kept = state.players!.filter((p) => seats.has(p.delegation));
  state.players = kept.length || !state.players!.length ? kept : defaultPlayers(sc);
}

/** Moves player i to the next seat in `dir` that no other player holds; false if there is none. */
export function cyclePlayer(i: number, dir: -1 | 1): boolean {
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
