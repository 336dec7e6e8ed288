// How fast the computer-played delegations move: step (only when someone presses Next), classroom
// (every AI move stays up long enough to read, and the moves are spread so that the meeting fills the
// lesson) and fast (for watching and testing). Pure: the Plenary asks it how long to wait, the bench
// plays whole lessons with it on a virtual clock.
import { nextAiEvent } from '../model/ai';
import type { Library } from '../model/library';
import type { Phase } from '../model/phase';
import { rosterOf } from '../model/roster';
import { isHuman, type SessionContext, type SessionEvent, type SessionEventType } from '../model/session';
import * as rounds from '../model/rounds';
import { phaseFacts } from '../machines/plenary';
import { stepChart } from '../machines/step';
import { awaitedHumans } from '../model/turns';

export const PACES = ['step', 'classroom', 'fast'] as const;
export type Pace = (typeof PACES)[number];

export const PACE_LABEL: Record<Pace, string> = {
  step: 'Step (AI moves on Next)',
  classroom: 'Classroom (fills the lesson)',
  fast: 'Fast (for watching)',
};

export const PACE_EXPLAIN: Record<Pace, string> = {
  step: 'The computer-played delegations make one move each time someone presses Next (Space).',
  classroom:
    'Each computer speech stays up long enough to be read, and the moves are spread so that the meeting fills the lesson length (the session timer, or 45 minutes).',
  fast: 'The computer-played delegations move every 0.85 seconds: for watching a meeting through or testing.',
};

/** The fast pace: one AI move every 850 ms (the game's speed before paces existed). */
export const FAST_MS = 850;
/** Space's fast-forward, at any pace but step. */
export const FAST_FORWARD_MS = 110;
/** The lesson a classroom pace fills when no session timer is set. */
export const DEFAULT_LESSON_MINUTES = 45;
/**
 * The share of the lesson the meeting aims to end by: a little early, so that people slower than
 * expected at the end do not run into the session timer's close.
 */
export const LESSON_TARGET = 0.95;

/** Reading on a shared screen: about 180 words a minute, plus a moment to find the text. */
const MS_PER_WORD = 60_000 / 180;
const LOOK_MS = 1500;
/** No AI move passes quicker than this at classroom pace. */
export const READ_FLOOR_MS = 4000;

/** How long a text takes to read on the classroom screen, with a floor. */
export function readingMs(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  return Math.max(READ_FLOOR_MS, LOOK_MS + words * MS_PER_WORD);
}

/** What a person typically takes to make a move of each kind (ms): choosing, reading, deciding. */
export const PERSON_MS: Partial<Record<SessionEventType, number>> = {
  SPEAK: 60_000,
  AMEND: 45_000,
  YIELD: 8_000,
  CAUCUS_OFFER: 60_000,
  CAUCUS_ACCEPT: 25_000,
  CAUCUS_REFUSE: 25_000,
  PRESSURE: 40_000,
  OBJECT: 20_000,
  CONCUR: 20_000,
};
/** A person's procedural move (a human chair opening the floor, tabling, closing the call). */
const PERSON_PROCEDURE_MS = 15_000;

export function personMs(ev: SessionEvent): number {
  return PERSON_MS[ev.type] ?? PERSON_PROCEDURE_MS;
}

/**
 * The AI move the room may make now, if any. Nobody moves while a person is awaited, except that
 * during a consensus call the computer's objections come in while people are still deciding (the
 * gavel itself waits for them): the room does not freeze around one slow answer.
 */
export function aiMoveNow(lib: Library, phase: Phase, ctx: SessionContext): SessionEvent | null {
  const at = phaseFacts(phase);
  const awaited = awaitedHumans(lib, at, ctx);
  const ev = nextAiEvent(lib, at, ctx);
  if (!ev || awaited.length === 0) return ev;
  return at.awaits === 'answers' && ev.type === 'OBJECT' ? ev : null;
}

/** One move of the meeting still to come, as the forecast sees it. */
export interface ForecastMove {
  readonly event: SessionEvent;
  /** Made by a person (their seat, played by the AI's policy in the forecast). */
  readonly person: boolean;
  /** Reading time of what it puts in the transcript (AI moves), or a person's usual time. */
  readonly ms: number;
}

const MAX_FORECAST = 5000;

/**
 * The rest of the meeting as the AI would play it, every seat included, starting from now: each move
 * with its reading time (or a person's time to act). People's answers to a consensus call are added
 * as moves of their own, since the AI policy has no CONCUR.
 */
export function forecast(lib: Library, phase: Phase, ctx: SessionContext): ForecastMove[] {
  const chair = rosterOf(lib, ctx.scenarioId).chair;
  const roster = rosterOf(lib, ctx.scenarioId);
  const people = Object.keys(ctx.humans);
  let p = phase;
  let c: SessionContext = { ...ctx, humans: {} };
  const out: ForecastMove[] = [];
  for (let n = 0; n < MAX_FORECAST; n++) {
    const ev = nextAiEvent(lib, phaseFacts(p), c);
    if (!ev) break;
    const by = 'by' in ev ? ev.by : undefined;
    const person = by !== undefined && isHuman(ctx, by);
    if (ev.type === 'CLOSE_CALL') {
      // Every person holding a participant's seat answers the call before the gavel.
      for (const id of people) {
        const i = roster.index[id]!;
        if (id === chair || roster.kind[i] !== 'participant' || !c.present[i]) continue;
        if (c.item?.call?.responded.includes(id) || c.item?.call?.objections.includes(id)) continue;
        const answer: SessionEvent = { type: 'CONCUR', by: id };
        out.push({ event: answer, person: true, ms: personMs(answer) });
      }
    }
    const next = stepChart(lib, p, c, ev);
    if (!next) break;
    const said = next.context.transcript.slice(c.transcript.length);
    const text = said.map((t) => t.text).join(' ');
    out.push({ event: ev, person, ms: person ? personMs(ev) : text ? readingMs(text) : READ_FLOOR_MS });
    p = next.phase;
    c = next.context;
    if (phaseFacts(p).ended) break;
  }
  return out;
}

/** What the classroom pace needs to know about the lesson. */
export interface LessonClock {
  /** The lesson's length (ms). */
  readonly lessonMs: number;
  /** Meeting time spent so far, pauses left out (ms). */
  readonly spentMs: number;
}

/**
 * How long the AI waits before its next move (ms) at the given pace, or null at step pace (it moves
 * on Next). At classroom pace: the next move's reading time, stretched by the share of the lesson
 * left over once people's expected time and every remaining AI move's reading time are counted, so
 * the meeting ends near the lesson's end; never shorter than the reading time.
 */
export function aiDelay(
  pace: Pace,
  lib: Library,
  phase: Phase,
  ctx: SessionContext,
  clock: LessonClock,
): number | null {
  if (pace === 'step') return null;
  if (pace === 'fast') return FAST_MS;
  const rest = forecast(lib, phase, ctx);
  const next = rest.find((m) => !m.person);
  if (!next) return READ_FLOOR_MS;
  let peopleMs = 0;
  let readMs = 0;
  for (const m of rest) {
    if (m.person) peopleMs += m.ms;
    else readMs += m.ms;
  }
  const left = clock.lessonMs * LESSON_TARGET - clock.spentMs - peopleMs;
  const stretch = Math.max(1, left / readMs);
  return Math.round(Math.min(next.ms * stretch, turnRoom(phase, ctx, rest)));
}

/**
 * A computer speaker's moves must fit its speech timer, or the timer would pass the floor on before it
 * has spoken: the time left in the turn, shared among the moves it still means to make in it.
 */
function turnRoom(phase: Phase, ctx: SessionContext, rest: readonly ForecastMove[]): number {
  const speaker = ctx.item?.speakers[0];
  if (phase !== 'floor' || ctx.speechSeconds === null || speaker === undefined) return Infinity;
  let moves = 0;
  for (const m of rest) {
    if (!('by' in m.event) || m.event.by !== speaker) break;
    moves++;
    if (m.event.type === 'YIELD' || (m.event.type === 'SPEAK' && m.event.yield)) break;
  }
  if (moves === 0) return Infinity;
  const leftMs = (ctx.speechSeconds - ctx.item!.turn.seconds) * 1000 - TIMER_MARGIN_MS;
  return Math.max(READ_FLOOR_MS, leftMs / moves);
}

/** A computer speaker finishes this long before its speech timer would run out. */
const TIMER_MARGIN_MS = 3000;

// ---------- rounds ----------
// The rounds live in the model (model/rounds.ts): whether the facilitator runs them and has opened the
// next are in the session, set by events in its log.
export { ROUND_LABEL, ROUNDS, nextRound, type Round } from '../model/rounds';

/** The round an item is in, in the chart's state `phase`. */
export function roundOf(phase: Phase, ctx: SessionContext): rounds.Round | null {
  return rounds.roundOf(phaseFacts(phase), ctx);
}

/** The round a held chair's move would open. */
export function roundToOpen(phase: Phase, ctx: SessionContext): rounds.Round | null {
  return rounds.roundToOpen(phaseFacts(phase), ctx);
}

/** Events that change nothing in the room: the clock, and the facilitator's pause and resume. */
export const NOT_MOVES: ReadonlySet<SessionEventType> = new Set(['TICK', 'PAUSE', 'RESUME']);

/** The last event that moved the room: a new one means the AI plans afresh. */
function lastMoveIndex(ctx: SessionContext): number {
  let k = ctx.log.length - 1;
  while (k >= 0 && NOT_MOVES.has(ctx.log[k]!.type)) k--;
  return k;
}

/** What the room says of the moment: whether a move can be shown now, whether the session is paused. */
export interface PacerRoom {
  readonly allowed?: boolean;
  readonly paused?: boolean;
}

/**
 * The AI's clock in one meeting: when its next move is due, at the pace chosen. The Plenary asks it
 * every frame, the lesson simulation on a virtual clock. Time counts while people think and stops
 * while the meeting is paused; each move by anyone makes a fresh plan.
 */
export class AiPacer {
  /** Meeting time so far, pauses left out (ms). */
  private spent = 0;
  private last: number | null = null;
  /** The plan: the move the AI means to make, due when `spent` reaches `dueSpent`. */
  private plan: { key: string; phase: Phase; event: SessionEvent; dueSpent: number | null } | null = null;
  private nextPressed = false;
  /** Space's fast-forward, at classroom or fast pace. */
  private fastForward = false;
  /** The AI's move waits for the facilitator to open the next round (OPEN_ROUND, in the log). */
  heldForRound = false;

  constructor(
    private readonly lib: Library,
    public pace: Pace,
    /** The lesson's length (ms), for the classroom pace. */
    public lessonMs: number,
    /** The move the AI may make now (the controller's, which also holds back a move just refused). */
    private readonly nextMove: (phase: Phase, ctx: SessionContext) => SessionEvent | null = (phase, ctx) =>
      aiMoveNow(lib, phase, ctx),
  ) {}

  /** Someone pressed Next: the AI makes its next move now (at step pace, the only way it moves). */
  next(): void {
    this.nextPressed = true;
  }

  get fastForwarding(): boolean {
    return this.fastForward;
  }

  /** Turns Space's fast-forward on or off; the move in waiting is planned again. */
  setFastForward(on: boolean): void {
    if (on === this.fastForward) return;
    this.fastForward = on;
    this.plan = null;
  }

  /** Changes the pace; the move in waiting is planned again. */
  setPace(pace: Pace): void {
    this.pace = pace;
    this.plan = null;
  }

  get spentMs(): number {
    return this.spent;
  }

  /**
   * Brings the clock to `now` and plans the AI's next move. Returns when it is due (on the caller's
   * clock), or null when the AI has nothing to do or waits for Next. `allowed`: the screen can show a
   * move now (no hand-over or console in front); while it cannot, the plan waits. `paused`: the
   * chart's pause region (isPaused).
   */
  dueAt(now: number, phase: Phase, ctx: SessionContext, room: PacerRoom = {}): number | null {
    const { allowed = true, paused = false } = room;
    if (this.last !== null && !paused) this.spent += Math.max(0, now - this.last);
    this.last = now;
    // Paused: nothing moves, and the move in waiting keeps what is left of its wait for the resume.
    if (paused) return null;
    const event = allowed ? this.nextMove(phase, ctx) : null;
    this.heldForRound = rounds.heldForRound(phaseFacts(phase), ctx, event);
    if (!event || this.heldForRound) {
      this.plan = null;
      this.nextPressed = false;
      return null;
    }
    // A new plan when anyone has moved, or the move itself changed (a speech timer passed the floor on).
    const key = `${lastMoveIndex(ctx)}:${JSON.stringify(event)}`;
    if (!this.plan || this.plan.key !== key || this.plan.phase !== phase) {
      const wait =
        this.fastForward && this.pace !== 'step'
          ? FAST_FORWARD_MS
          : aiDelay(this.pace, this.lib, phase, ctx, { lessonMs: this.lessonMs, spentMs: this.spent });
      this.plan = { key, phase, event, dueSpent: wait === null ? null : this.spent + wait };
    }
    if (this.nextPressed) return now;
    const due = this.plan.dueSpent;
    return due === null ? null : now + Math.max(0, due - this.spent);
  }

  /** The AI's move if it is due at `now` (the clock brought there first), else null. */
  take(now: number, phase: Phase, ctx: SessionContext, room: PacerRoom = {}): SessionEvent | null {
    const due = this.dueAt(now, phase, ctx, room);
    if (due === null || due > now || !this.plan) return null;
    const ev = this.plan.event;
    this.plan = null;
    this.nextPressed = false;
    return ev;
  }

  /** Milliseconds until the planned move, for the screen's countdown; null if none is planned or it waits for Next. */
  waitLeft(): number | null {
    if (!this.plan || this.plan.dueSpent === null) return null;
    return Math.max(0, this.plan.dueSpent - this.spent);
  }
}
