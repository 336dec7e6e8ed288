// The session's state: its shape, how a meeting opens, and the small questions every procedure asks of it
// (who is a person, a random draw, a delegation's name). Everything here is plain JSON so a snapshot
// persists, and deterministic given (seed, events). Copying it with changes is context-copy.ts; what each
// event leaves behind (the log, a rejection, a transcript line) is session-record.ts.
import { ISSUE_IDS, type Citation, type IssueId, type ScenarioId } from '../content/types';
import { indexLibrary, scenarioOf, type Library } from './library';
import { rosterOf } from './roster';
import { peekRng, seedRng, type RngState } from './rng';
import { AUTOMATIC_ROUNDS, type RoundsState } from './rounds';
import type { RuleId } from './rules';
import type { SessionEvent, SessionInput } from './schema';

// Events and inputs are declared once, as schemas, in schema.ts (the session boundary).
export type { EventOf, SessionEvent, SessionEventType, SessionInput } from './schema';
export {
  SESSION_MINUTES_MAX,
  SPEECH_SECONDS_CHOICES,
  SPEECH_SECONDS_MAX,
  SPEECH_SECONDS_MIN,
} from './schema';

export type PerIssue<T> = Record<IssueId, T>;

export interface MoveNote {
  readonly issue: IssueId;
  readonly from: number;
  readonly to: number;
  readonly by: string;
  /** Argument card, event card, or 'caucus' / 'pressure'. */
  readonly cause: string;
}

export type TranscriptKind =
  'procedure' | 'speech' | 'amendment' | 'caucus' | 'objection' | 'decision' | 'event' | 'walkout';

export interface TranscriptEntry {
  readonly seq: number;
  readonly day: number;
  readonly kind: TranscriptKind;
  readonly by?: string;
  readonly text: string;
  readonly cite?: readonly Citation[];
  readonly card?: string;
  /** A caucus answer: whether the partner moved (a deal accepted, pressure that told) or not. */
  readonly moved?: boolean;
  /**
   * The person who made the move, for a seat a person held at that moment; absent for the computer's
   * moves (an AI seat, or a seat handed to the AI). Participation counts by this.
   */
  readonly player?: string;
}

export interface CallState {
  readonly objections: readonly string[];
  /** Humans who have answered the call (objected or concurred). */
  readonly responded: readonly string[];
}

export interface ItemState {
  readonly index: number;
  readonly id: string;
  readonly issue: IssueId;
  readonly clauses: readonly string[];
  readonly speakers: readonly string[];
  /** What the current speaker has done this turn. */
  readonly turn: { readonly spoke: boolean; readonly amended: boolean; readonly seconds: number };
  readonly consultations: number;
  readonly call: CallState | null;
  /** Argument cards already played on this item. */
  readonly played: readonly string[];
  /** The last call on this item, judged under every rule. */
  readonly decision: DecisionRecord | null;
}

export type ItemOutcome = 'adopted' | 'no-consensus' | 'referred' | 'deferred' | 'discussed' | 'not-reached';

export interface VerdictSummary {
  readonly passed: boolean;
  /** Delegation ids for the draft and against it (tally.ts turns this into what screens show). */
  readonly supporters: readonly string[];
  readonly opponents: readonly string[];
  readonly objectors: readonly string[];
  readonly pivot: string | null;
  readonly yesWeight: number;
  readonly totalWeight: number;
}

export interface DecisionRecord {
  /** Which call on its item this was: 1 for the first (a draft that fails may be amended and called again). */
  readonly call: number;
  readonly draftValue: number;
  readonly clauses: readonly string[];
  readonly verdicts: Readonly<Record<RuleId, VerdictSummary>>;
  readonly compromise: number;
}

export interface ItemResult {
  readonly itemId: string;
  readonly issue: IssueId;
  readonly outcome: ItemOutcome;
  /** The issue's value after the item: the adopted draft's, or the status quo. */
  readonly value: number;
  readonly statusQuo: number;
  readonly clauses: readonly string[];
  readonly day: number;
  /** The last call on the item, judged under every rule at that moment. */
  readonly decision: DecisionRecord | null;
}

export interface CaucusOffer {
  readonly kind: 'exchange';
  readonly by: string;
  readonly to: string;
  readonly give: IssueId;
  readonly ask: IssueId;
}

export interface Rejection {
  readonly seq: number;
  readonly type: string;
  readonly by?: string;
  readonly reason: string;
}

export interface SessionContext {
  readonly scenarioId: ScenarioId;
  readonly rule: RuleId;
  readonly seed: number | string;
  readonly rng: RngState;
  /** Events received, accepted or not. */
  readonly seq: number;
  readonly humans: Readonly<Record<string, string>>;
  /** Seats people held when the session was created (the input), for replays. */
  readonly startHumans: Readonly<Record<string, string>>;
  readonly agenda: readonly string[];
  readonly present: readonly boolean[];
  readonly pos: PerIssue<readonly number[]>;
  readonly anc: PerIssue<readonly number[]>;
  readonly sal: PerIssue<readonly number[]>;
  readonly lastMove: readonly (MoveNote | null)[];
  /**
   * Points of movement each seat caused in others: influence[speaker seat][listener seat], null for a
   * seat that has moved nobody. By seat, not by id, so that a speech copies a short array.
   */
  readonly influence: readonly (readonly number[] | null)[];
  readonly day: number;
  readonly itemsToday: number;
  readonly itemIndex: number;
  readonly item: ItemState | null;
  readonly results: readonly ItemResult[];
  readonly transcript: readonly TranscriptEntry[];
  readonly log: readonly SessionEvent[];
  /** The agenda item (index) each logged event was sent during, for replays under another rule. */
  readonly logItem: readonly number[];
  readonly rejection: Rejection | null;
  /** Whether the facilitator runs the rounds, and has opened the next (rounds.ts). */
  readonly rounds: RoundsState;
  readonly caucus: CaucusOffer | null;
  readonly offersMade: Readonly<Record<string, number>>;
  readonly injected: readonly string[];
  readonly elapsed: number;
  readonly speechSeconds: number | null;
  /** The session's time limit in minutes (null: none): the chart ends the meeting when `elapsed` reaches it. */
  readonly timeLimit: number | null;
  /** The meeting was ended by its time limit. */
  readonly timeUp: boolean;
  /** Exit tickets written after the meeting, by delegation id: one answer per guided question. */
  readonly exitTickets: Readonly<Record<string, readonly string[]>>;
}

/** Consultations allowed after a failed call before the chair must refer or defer. */
export const MAX_CONSULTATIONS = 1;
/** Caucus offers one delegation may make per session (keeps AI sessions bounded). */
export const MAX_OFFERS = 3;
/** AI speakers put on the list when an item opens (humans are always listed). */
export const MAX_AI_SPEAKERS = 10;

/** Where each delegation stands as a meeting opens: carried over from the last meeting, else its anchor. */
export function openingPositions(
  lib: Library,
  input: Pick<SessionInput, 'scenarioId' | 'carry'>,
): PerIssue<number[]> {
  const roster = rosterOf(lib, input.scenarioId);
  return perIssue((issue) =>
    roster.ids.map((id, i) => clamp100(input.carry?.[id]?.[issue] ?? roster.anchor[issue][i]!)),
  );
}

export function initialContext(lib: Library, input: SessionInput): SessionContext {
  const sc = scenarioOf(lib, input.scenarioId);
  const roster = rosterOf(lib, input.scenarioId);
  for (const id of Object.keys(input.humans ?? {}))
    if (!Object.hasOwn(roster.index, id)) throw new Error(`Delegation "${id}" does not sit in ${sc.id}`);
  const agenda = input.items
    ? sc.agenda.filter((a) => input.items!.includes(a.id)).map((a) => a.id)
    : sc.agenda.map((a) => a.id);
  if (agenda.length === 0) throw new Error(`No agenda items selected for ${sc.id}`);
  const pos = openingPositions(lib, input);
  return {
    scenarioId: input.scenarioId,
    rule: input.rule,
    seed: input.seed,
    rng: seedRng(input.seed),
    seq: 0,
    humans: { ...(input.humans ?? {}) },
    startHumans: { ...(input.humans ?? {}) },
    agenda,
    present: roster.ids.map(() => true),
    pos,
    anc: pos,
    sal: perIssue((issue) => roster.salience[issue]),
    lastMove: roster.ids.map(() => null),
    influence: roster.ids.map(() => null),
    day: 1,
    itemsToday: 0,
    itemIndex: 0,
    item: null,
    results: [],
    transcript: [],
    log: [],
    logItem: [],
    rejection: null,
    rounds: AUTOMATIC_ROUNDS,
    caucus: null,
    offersMade: {},
    injected: [],
    elapsed: 0,
    speechSeconds: input.speechSeconds ?? null,
    timeLimit: input.minutes ?? null,
    timeUp: false,
    exitTickets: {},
  };
}

export function perIssue<T>(f: (issue: IssueId) => T): PerIssue<T> {
  return Object.fromEntries(ISSUE_IDS.map((i) => [i, f(i)])) as PerIssue<T>;
}

export function clamp100(v: number): number {
  // Stryker disable next-line EqualityOperator: at exactly 0 or 100 both branches give the same value
  return v < 0 ? 0 : v > 100 ? 100 : v;
}

export function random(ctx: SessionContext, salt = 0): number {
  return peekRng(ctx.rng, salt);
}

export function isHuman(ctx: SessionContext, id: string): boolean {
  // Own keys only: "constructor" or "__proto__" is nobody's seat.
  return Object.hasOwn(ctx.humans, id);
}

/** Whether anyone plays: in an AI-only session, loops over the room can skip isHuman per seat. */
export function hasHumans(ctx: SessionContext): boolean {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: only lets loops skip isHuman, which gives the same answer when nobody plays
  return Object.keys(ctx.humans).length > 0;
}

export function nameOf(lib: Library, id: string): string {
  return indexLibrary(lib).delegation.get(id)?.name ?? id;
}

/** The name for buttons and lists: the short form where the full one is long. */
export function shortNameOf(lib: Library, id: string): string {
  const d = indexLibrary(lib).delegation.get(id);
  return d?.shortName ?? d?.name ?? id;
}
