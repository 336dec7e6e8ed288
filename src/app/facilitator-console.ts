// What the facilitator console says and offers, without Phaser: its status lines, the timers' next values,
// who a closed call would count as silent, and the event cards grouped by when they happened. The scene
// (scenes/Facilitator.ts) lays these out and sends the events.
import { EVENTS } from '../content/index';
import type { EventCard } from '../content/types';
import { LIBRARY } from '../machines/default';
import { phaseFacts } from '../machines/plenary';
import { eventDateWords, eventMoment, type EventMoment } from '../model/event-moment';
import { scenarioOf } from '../model/library';
import type { Phase } from '../model/phase';
import { nameOf, SPEECH_SECONDS_CHOICES, type SessionContext } from '../model/session';
import { awaitedHumans } from '../model/turns';
import { PHASE_LABEL } from './floor-text';
import { PACE_LABEL, ROUND_LABEL, ROUNDS, roundOf, type Pace } from './pace';
import { clock } from './session-clock';

/** The pace's short name ("Classroom"), without its explanation in brackets. */
export function paceShort(pace: Pace): string {
  return PACE_LABEL[pace].replace(/ \(.*\)$/, '');
}

/**
 * The speech timer one step left or right of `seconds`. A length from elsewhere (a save, a scenario file)
 * that is not in the list steps to its neighbours in it.
 */
export function nextSpeechSeconds(seconds: number | null, dir: 1 | -1): number | null {
  const choices = [null, ...SPEECH_SECONDS_CHOICES];
  const at = choices.indexOf(seconds as (typeof choices)[number]);
  const above = choices.findIndex((c) => c !== null && seconds !== null && c > seconds);
  const i = at >= 0 ? at + dir : dir > 0 ? above : (above < 0 ? choices.length : above) - 1;
  return choices[(i + choices.length) % choices.length]!;
}

/**
 * The people a call still waits for, the chair aside: those "Close the call for those silent" records as
 * raising no objection (under consensus, silence is consent). Empty unless the chart awaits answers.
 */
export function silentAtCall(phase: Phase, ctx: SessionContext): string[] {
  const facts = phaseFacts(phase);
  if (facts.awaits !== 'answers') return [];
  const chair = scenarioOf(LIBRARY, ctx.scenarioId).chair;
  return awaitedHumans(LIBRARY, facts, ctx).filter((id) => id !== chair);
}

/** What the console says after closing a call for the silent. */
export function silenceIsConsentLine(ids: readonly string[]): string {
  const names = ids.map((id) => nameOf(LIBRARY, id)).join(', ');
  return `Silence is consent: ${names} raise${ids.length === 1 ? 's' : ''} no objection.`;
}

/** The item's round for the console: its name, its number, and whether the chair waits for you. */
export function roundLine(phase: Phase, ctx: SessionContext, heldForRound: boolean): string {
  const round = roundOf(phase, ctx);
  if (!round) return '—';
  const held = ctx.rounds.byFacilitator && heldForRound ? ' (the chair waits for you to open the next)' : '';
  return `${ROUND_LABEL[round]} (${ROUNDS.indexOf(round) + 1} of ${ROUNDS.length})${held}`;
}

export interface ConsoleState {
  readonly phase: Phase;
  readonly ctx: SessionContext;
  readonly paused: boolean;
  readonly pace: Pace;
  /** Whether the pacer holds the chair until the facilitator opens the next round. */
  readonly heldForRound: boolean;
}

/** The console's status panel, one fact a line. */
export function consoleStatusLines({ phase, ctx, paused, pace, heldForRound }: ConsoleState): string[] {
  const sc = scenarioOf(LIBRARY, ctx.scenarioId);
  const sp = ctx.item?.speakers[0];
  const people = Object.entries(ctx.humans).map(([id, p]) => `${p} (${nameOf(LIBRARY, id)})`);
  return [
    sc.title,
    `Day ${ctx.day} of ${sc.days} · ${PHASE_LABEL[phase]}`,
    // One state, one word: paused or running, and what that means for the clocks.
    paused
      ? 'PAUSED: the clocks and the computer’s delegations wait. You can still inject, skip, force a call or end.'
      : 'Running: the clocks wait while this console is open, and run again when you close it.',
    `Round: ${roundLine(phase, ctx, heldForRound)} · Pace: ${paceShort(pace).toLowerCase()}`,
    `Speaking: ${sp ? nameOf(LIBRARY, sp) : '—'}`,
    ctx.speechSeconds
      ? `Speech timer: ${ctx.speechSeconds} s each${sp && ctx.item ? `, ${clock(ctx.speechSeconds - ctx.item.turn.seconds)} left` : ''}`
      : 'Speech timer: off',
    `Session: ${clock(ctx.elapsed)} on the clock${
      ctx.timeLimit ? `, ${clock(ctx.timeLimit * 60 - ctx.elapsed)} left of ${ctx.timeLimit} min` : ''
    }`,
    `People: ${people.join(', ') || 'none'}`,
  ];
}

export interface EventCardGroup {
  readonly moment: EventMoment;
  readonly heading: string;
  /** How the room hears a card of this group. */
  readonly note: string;
  readonly cards: readonly EventCard[];
}

/**
 * The event cards a facilitator can inject, by when they happened: this meeting's own, then what
 * delegates remember (newest first), then later ones as what-ifs. Empty groups are left out.
 */
export function eventCardGroups(ctx: SessionContext): EventCardGroup[] {
  const sc = scenarioOf(LIBRARY, ctx.scenarioId);
  const groups: Omit<EventCardGroup, 'cards'>[] = [
    {
      moment: 'this-meeting',
      heading: `This meeting (${eventDateWords(sc.date)})`,
      note: 'Belongs to this meeting: the room hears it as news.',
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
  return groups
    .map((g) => ({
      ...g,
      cards: EVENTS.filter((e) => eventMoment(e, sc) === g.moment).sort((a, b) =>
        g.moment === 'earlier' ? b.date.localeCompare(a.date) : a.date.localeCompare(b.date),
      ),
    }))
    .filter((g) => g.cards.length > 0);
}
