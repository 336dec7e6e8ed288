// The rules of procedure: whether an event may be taken now (its check) and what it does (its effect),
// as pure functions of the context. The plenary chart decides *when* an event is heard; the procedures,
// grouped by what they are about, decide *whether* and *how*:
// - procedure/agenda.ts: the meeting's items and days;
// - procedure/floor.ts: the speakers' list, speeches and amendments;
// - procedure/caucus.ts: deals and pressure between two delegations;
// - procedure/call.ts: the draft, the call for consensus and its verdict;
// - procedure/facilitator.ts: seats, pause, clocks, event cards, ending.
// Each event's check sits beside its effect, and says what shape of meeting it needs (procedure/shape.ts).
import type { Library } from './library';
import { AGENDA } from './procedure/agenda';
import { CALL } from './procedure/call';
import { CAUCUS } from './procedure/caucus';
import { inRoom } from './procedure/context';
import { FACILITATOR } from './procedure/facilitator';
import { FLOOR } from './procedure/floor';
import type { Procedure } from './procedure/shape';
import { rosterOf } from './roster';
import { ROUND_OPENERS } from './rounds';
import { nameOf, type SessionContext, type SessionEvent, type SessionEventType } from './session';
import { update } from './context-copy';

export { endSession, itemsPerDay, nextStop, prepareItem, type NextStop } from './procedure/agenda';
export { endForTime, timeRunsOut } from './procedure/facilitator';
export { passes } from './procedure/call';
export { allIssueTotals, evaluateExchange, type IssueTotal } from './procedure/caucus';
export { cardsFor, playableBy, tickSpeech } from './procedure/floor';

const CHAIR_ONLY = new Set<SessionEventType>([
  'OPEN_FLOOR',
  'TABLE_DRAFT',
  'CALL_CONSENSUS',
  'CLOSE_CALL',
  'NEXT_ITEM',
  'CONSULT',
  'REFER',
  'DEFER',
  'CONCLUDE',
  'ADJOURN',
  'NEXT_DAY',
]);
// Written after the meeting by whoever played, in the room or not (a delegation that walked out too).
const AFTER_THE_ROOM = new Set<SessionEventType>(['EXIT_TICKET']);

const PROCEDURES: ReadonlyMap<SessionEventType, Procedure> = new Map(
  [...AGENDA, ...FLOOR, ...CAUCUS, ...CALL, ...FACILITATOR].map((p) => [p.type, p] as const),
);

/** Why the event cannot be taken now, or null. The machine has already checked the state. */
export function problemWith(lib: Library, ctx: SessionContext, ev: SessionEvent): string | null {
  if ('by' in ev && !AFTER_THE_ROOM.has(ev.type)) {
    if (!inRoom(lib, ctx, ev.by)) return `${nameOf(lib, ev.by)} is not in the room.`;
    const chair = rosterOf(lib, ctx.scenarioId).chair;
    if (CHAIR_ONLY.has(ev.type) && ev.by !== chair)
      return `Only the Chair (${nameOf(lib, chair)}) may do that.`;
  }
  return PROCEDURES.get(ev.type)?.check(lib, ctx, ev) ?? null;
}

/** Applies an event the machine has accepted. Events with no effect of their own only get recorded. */
export function applyEvent(lib: Library, ctx: SessionContext, ev: SessionEvent): SessionContext {
  const procedure = PROCEDURES.get(ev.type);
  const next = procedure ? procedure.apply(lib, ctx, ev) : ctx;
  // The chair's move into the next round uses up the opening the facilitator gave.
  return next.rounds.opened && ROUND_OPENERS.has(ev.type)
    ? update(next, { rounds: { byFacilitator: next.rounds.byFacilitator, opened: false } })
    : next;
}
