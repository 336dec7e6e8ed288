// The rounds of an agenda item, as World Climate and Model Diplomacy run them: opening statements,
// debate, the chair's draft, the call. Read from the phase and the speakers' list; when the facilitator
// runs the rounds (SET_ROUNDS), the chair's move into the next round waits until they open it
// (OPEN_ROUND), and both are in the event log, so a replay, an export and the classroom server see them.
import type { Phase } from './phase';
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

/** The round an agenda item is in, read from the phase and the speakers' list; null between items. */
export function roundOf(phase: Phase, ctx: SessionContext): Round | null {
  switch (phase) {
    case 'opening':
      return 'statements';
    case 'floor':
      return ctx.item?.speakers.length ? 'statements' : 'debate';
    case 'caucus':
      return 'debate';
    case 'chairDraft':
      return 'draft';
    case 'consensusCall':
    case 'adopted':
    case 'noConsensus':
      return 'call';
    default:
      return null;
  }
}

/** The round after this one, if any. */
export function nextRound(round: Round | null): Round | null {
  return round ? (ROUNDS[ROUNDS.indexOf(round) + 1] ?? null) : null;
}

/** The round a held chair's move would open: the statements from the opening, else the next. */
export function roundToOpen(phase: Phase, ctx: SessionContext): Round | null {
  return phase === 'opening' ? 'statements' : nextRound(roundOf(phase, ctx));
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
 * or deferring once the list is done (the end of the debate), calling for consensus. When the
 * facilitator runs the rounds, these wait for "Open the next round".
 */
export function opensRound(phase: Phase, ev: SessionEvent): boolean {
  if (phase === 'opening') return ev.type === 'OPEN_FLOOR';
  if (phase === 'floor') return ev.type === 'TABLE_DRAFT' || ev.type === 'CONCLUDE' || ev.type === 'DEFER';
  if (phase === 'chairDraft') return ev.type === 'CALL_CONSENSUS';
  return false;
}

/** The AI's move waits for the facilitator to open the next round. */
export function heldForRound(phase: Phase, ctx: SessionContext, ev: SessionEvent | null): boolean {
  return ev !== null && ctx.rounds.byFacilitator && !ctx.rounds.opened && opensRound(phase, ev);
}
