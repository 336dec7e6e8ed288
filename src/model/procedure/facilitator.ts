// The facilitator and the seats: who plays which delegation, pause and resume, the clocks, event cards
// injected into the meeting, and ending it.
import { eventTranscriptText } from '../event-moment';
import { indexLibrary, scenarioOf, type Library } from '../library';
import { rosterOf } from '../roster';
import { ROUND_LABEL } from '../rounds';
import {
  clamp100,
  isHuman,
  nameOf,
  SESSION_MINUTES_MAX,
  SPEECH_SECONDS_MAX,
  SPEECH_SECONDS_MIN,
  type SessionContext,
} from '../session';
import { update, withIssue, withKeys } from '../context-copy';
import { say } from '../session-record';
import { endSession } from './agenda';
import { leaveRoom, moveActor, replaceAt } from './context';
import { on } from './shape';

function sitsHere(lib: Library, ctx: SessionContext, delegation: string): string | null {
  return rosterOf(lib, ctx.scenarioId).index[delegation] === undefined
    ? `${delegation} does not sit at this meeting.`
    : null;
}

function injectEvent(lib: Library, ctx: SessionContext, id: string): SessionContext {
  const card = indexLibrary(lib).event.get(id);
  if (!card) return ctx;
  const roster = rosterOf(lib, ctx.scenarioId);
  let next: SessionContext = update(ctx, { injected: [...ctx.injected, id] });
  const targets = (who: 'all' | readonly string[]) =>
    roster.ids
      .map((rid, i) => (who === 'all' || who.includes(rid) || who.includes(roster.bloc[i]!) ? i : -1))
      .filter((i) => i >= 0);
  const leaving: number[] = [];
  for (const e of card.effects) {
    if (e.kind === 'shift') {
      for (const i of targets(e.who)) {
        if (isHuman(next, roster.ids[i]!)) continue;
        const to = clamp100(next.pos[e.issue][i]! + e.delta);
        next = moveActor(next, roster, i, e.issue, to, { by: 'event', cause: id }, true);
      }
    } else if (e.kind === 'salience') {
      const sal = next.sal[e.issue].slice();
      for (const i of targets(e.who)) sal[i] = Math.min(1, Math.max(0, sal[i]! + e.delta));
      next = update(next, { sal: withIssue(next.sal, e.issue, sal) });
    } else if (e.kind === 'walkout') {
      const i = roster.index[e.delegation];
      if (i !== undefined && next.present[i]) leaving.push(i);
    } else {
      const i = roster.index[e.delegation];
      if (i !== undefined) next = update(next, { present: replaceAt(next.present, i, true) });
    }
  }
  // An earlier event is what delegates recall, with its date; a later one a marked what-if.
  const text = eventTranscriptText(card, scenarioOf(lib, ctx.scenarioId));
  const told = say(next, { kind: 'event', text, cite: card.cite, card: id });
  return leaving.reduce((c, i) => leaveRoom(lib, c, i), told);
}

/** A tick that brings the session's clock to its time limit. */
export function timeRunsOut(ctx: SessionContext, seconds: number): boolean {
  return ctx.timeLimit !== null && ctx.elapsed + seconds >= ctx.timeLimit * 60;
}

/** The time limit is reached (the tick already counted): the meeting ends, as with END. */
export function endForTime(lib: Library, ctx: SessionContext): SessionContext {
  const said = say(update(ctx, { timeUp: true }), {
    kind: 'procedure',
    text: 'Session time is up: the meeting closes.',
  });
  return endSession(lib, said);
}

export const FACILITATOR = [
  on('CHOOSE_ROLE', 'any', {
    check: (lib, ctx, ev) => sitsHere(lib, ctx, ev.delegation),
    apply: (_lib, ctx, ev) => update(ctx, { humans: withKeys(ctx.humans, { [ev.delegation]: ev.player }) }),
  }),
  on('RELEASE_ROLE', 'any', {
    apply: (_lib, ctx, ev) => {
      const humans = { ...ctx.humans };
      delete humans[ev.delegation];
      return update(ctx, { humans });
    },
  }),
  on('SET_CONTROL', 'any', {
    check: (lib, ctx, ev) => sitsHere(lib, ctx, ev.delegation),
    apply: (lib, ctx, ev) => {
      const humans = { ...ctx.humans };
      if (ev.human) humans[ev.delegation] = ev.player ?? humans[ev.delegation] ?? 'Player';
      else delete humans[ev.delegation];
      const who = nameOf(lib, ev.delegation);
      return say(update(ctx, { humans }), {
        kind: 'procedure',
        text: ev.human
          ? `${who} is now played by ${humans[ev.delegation]}.`
          : `${who} is now played by the computer.`,
      });
    },
  }),
  // Whether the session is paused is the chart's (its pause region); the transcript says so.
  on('PAUSE', 'any', {
    apply: (_lib, ctx) => say(ctx, { kind: 'procedure', text: 'The facilitator pauses the session.' }),
  }),
  on('RESUME', 'any', {
    apply: (_lib, ctx) => say(ctx, { kind: 'procedure', text: 'The session resumes.' }),
  }),
  on('INJECT', 'any', {
    check: (lib, ctx, ev) => {
      if (!indexLibrary(lib).event.has(ev.card)) return `There is no event card "${ev.card}".`;
      return ctx.injected.includes(ev.card) ? 'That event has already happened in this session.' : null;
    },
    apply: (lib, ctx, ev) => injectEvent(lib, ctx, ev.card),
  }),
  on('SET_ROUNDS', 'any', {
    check: (_lib, ctx, ev) =>
      ev.byFacilitator === ctx.rounds.byFacilitator
        ? ev.byFacilitator
          ? 'You already open each round.'
          : 'The chair already moves through the rounds by itself.'
        : null,
    apply: (_lib, ctx, ev) =>
      say(update(ctx, { rounds: { byFacilitator: ev.byFacilitator, opened: false } }), {
        kind: 'procedure',
        text: ev.byFacilitator
          ? 'The facilitator will open each round: the chair waits for them to move the meeting on.'
          : 'The chair moves through the rounds by itself.',
      }),
  }),
  on('OPEN_ROUND', 'any', {
    check: (_lib, ctx) => {
      if (!ctx.rounds.byFacilitator) return 'The chair moves through the rounds by itself; nothing to open.';
      return ctx.rounds.opened ? 'The next round is already open: the chair moves on at the pace.' : null;
    },
    apply: (_lib, ctx, ev) =>
      say(update(ctx, { rounds: { byFacilitator: true, opened: true } }), {
        kind: 'procedure',
        text: `The facilitator opens the next round: ${ROUND_LABEL[ev.round]}.`,
      }),
  }),
  on('EXIT_TICKET', 'any', {
    check: (lib, ctx, ev) => {
      if (!Object.hasOwn(ctx.humans, ev.by) && !Object.hasOwn(ctx.startHumans, ev.by))
        return `No one played ${nameOf(lib, ev.by)} in this session: exit tickets are for the players.`;
      return ev.answers.some((a) => a.trim()) ? null : 'An exit ticket needs at least one answer.';
    },
    // Written again, the newer ticket replaces the older one (a player may finish it later).
    apply: (_lib, ctx, ev) =>
      update(ctx, {
        exitTickets: withKeys(ctx.exitTickets, { [ev.by]: ev.answers.map((a) => a.trim()) }),
      }),
  }),
  on('END', 'any', { apply: (lib, ctx) => endSession(lib, ctx) }),
  on('TICK', 'any', {
    // (While paused, the chart refuses a tick with every other move of the meeting: the clocks wait.)
    check: (_lib, _ctx, ev) =>
      ev.seconds > 0 && Number.isFinite(ev.seconds) ? null : 'A tick needs a positive number of seconds.',
    apply: (_lib, ctx, ev) => update(ctx, { elapsed: ctx.elapsed + ev.seconds }),
  }),
  on('SET_TIME_LIMIT', 'any', {
    check: (_lib, ctx, ev) => {
      if (ev.minutes === null) return ctx.timeLimit === null ? 'There is no time limit to remove.' : null;
      if (!Number.isInteger(ev.minutes) || ev.minutes < 1 || ev.minutes > SESSION_MINUTES_MAX)
        return `A time limit is a whole number of minutes from 1 to ${SESSION_MINUTES_MAX}, or none.`;
      return ev.minutes * 60 <= ctx.elapsed
        ? `The session has already run ${Math.floor(ctx.elapsed / 60)} minutes: set a longer limit, or end the meeting.`
        : null;
    },
    apply: (_lib, ctx, ev) =>
      say(update(ctx, { timeLimit: ev.minutes }), {
        kind: 'procedure',
        text:
          ev.minutes === null
            ? 'The facilitator lifts the session’s time limit.'
            : `The facilitator sets the session’s time limit to ${ev.minutes} minutes.`,
      }),
  }),
  on('SET_SPEECH_TIMER', 'any', {
    check: (_lib, _ctx, ev) =>
      ev.seconds === null ||
      (Number.isInteger(ev.seconds) && ev.seconds >= SPEECH_SECONDS_MIN && ev.seconds <= SPEECH_SECONDS_MAX)
        ? null
        : `A speech timer is a whole number of seconds from ${SPEECH_SECONDS_MIN} to ${SPEECH_SECONDS_MAX}, or off.`,
    // A speaker already past the new limit loses the floor at the next tick.
    apply: (_lib, ctx, ev) =>
      say(update(ctx, { speechSeconds: ev.seconds }), {
        kind: 'procedure',
        text:
          ev.seconds === null
            ? 'The facilitator turns the speech timer off.'
            : `The facilitator sets the speech timer to ${ev.seconds} seconds a speech.`,
      }),
  }),
];
