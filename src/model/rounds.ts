// The rounds of an agenda item, as World Climate and Model Diplomacy run them: opening statements,
// debate, the chair's draft, the call. Read from the phase and the speakers' list; when the facilitator
// runs the rounds (SET_ROUNDS), the chair's move into the next round waits until they open it
// (OPEN_ROUND), and both are in the event log, so a replay, an export and the classroom server see them.
import type { PhaseFacts } from './phase';
import type { SessionContext, SessionEvent, SessionEventType } from './session';

export const ROUNDS = ['statements', 'debate', 'draft', 'call'] as const;
export type Round = (typeof ROUNDS)[number];

export const ROUND_LABEL: Record<Round, string> = {
  statements: 'Opening statements',
  debate: 'Debate',
  draft: 'The chair’s draft',
  call: 'The call',
};

/** Whether the facilitator opens each round, and whether they have opened the next one. */
export interface RoundsState {
  readonly byFacilitator: boolean;
  readonly opened: boolean;
}

export const AUTOMATIC_ROUNDS: RoundsState = { byFacilitator: false, opened: false };

/** The round an agenda item is in, read from the chart's state and the speakers' list; null between items. */
export function roundOf(at: PhaseFacts, ctx: SessionContext): Round | null {
  if (at.round !== 'byList') return at.round;
  return ctx.item?.speakers.length ? 'statements' : 'debate';
}

/** The round after this one, if any. */
export function nextRound(round: Round | null): Round | null {
  return round ? (ROUNDS[ROUNDS.indexOf(round) + 1] ?? null) : null;
}

/** The round a held chair's move would open: the statements from the opening, else the next. */
export function roundToOpen(at: PhaseFacts, ctx: SessionContext): Round | null {
  return at.opens ?? nextRound(roundOf(at, ctx));
}

/** The chair's moves that can open a round; any of them uses up an opening the facilitator gave. */
export const ROUND_OPENERS: ReadonlySet<SessionEventType> = new Set([
  'OPEN_FLOOR',
  'TABLE_DRAFT',
  'CONCLUDE',
  'DEFER',
  'CALL_CONSENSUS',
]);

/**
 * Whether a move opens the next round: the chair opening the floor (statements), tabling, concluding
 * or deferring once the list is done (the end of the debate), calling for consensus, as the chart
 * lists them for each state. When the facilitator runs the rounds, these wait for "Open the next round".
 */
export function opensRound(at: PhaseFacts, ev: SessionEvent): boolean {
  return at.roundOpeners.includes(ev.type);
}

/** The AI's move waits for the facilitator to open the next round. */
export function heldForRound(at: PhaseFacts, ctx: SessionContext, ev: SessionEvent | null): boolean {
  return ev !== null && ctx.rounds.byFacilitator && !ctx.rounds.opened && opensRound(at, ev);
}
