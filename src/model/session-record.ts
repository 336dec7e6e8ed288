// What every event leaves behind in the session: counted and logged, a rejection noted, a transcript
// line said with who made the move.
import { nextRng } from './rng';
import { isHuman, type SessionContext, type SessionEvent, type TranscriptEntry } from './session';
import { update, withKeys } from './context-copy';

/**
 * While a log is replayed no context but the last is ever read, so the lists that grow by one entry
 * an event (the log, its items, the transcript) may be appended in place rather than copied: opening
 * a save is then linear in its log instead of quadratic (each copy costs the whole list so far).
 * Everywhere else every context keeps its own lists, since scenes compare one snapshot with the last.
 */
let appendInPlace = false;

/** Runs `replay` (which must keep only the context it ends with) with the growing lists appended in place. */
export function replayingInPlace<T>(replay: () => T): T {
  const was = appendInPlace;
  // Stryker disable next-line BooleanLiteral: copying instead only makes the replay slower
  appendInPlace = true;
  try {
    return replay();
  } finally {
    appendInPlace = was;
  }
}

function appended<T>(list: readonly T[], item: T): readonly T[] {
  // Stryker disable next-line ConditionalExpression: always copying only makes a replay slower
  if (!appendInPlace) return [...list, item];
  (list as T[]).push(item);
  return list;
}

/** The bookkeeping every event gets: counted, logged, the RNG advanced, the last rejection cleared. */
export function record(ctx: SessionContext, ev: SessionEvent): SessionContext {
  return update(ctx, {
    seq: ctx.seq + 1,
    rng: nextRng(ctx.rng)[1],
    log: appended(ctx.log, ev),
    logItem: appended(ctx.logItem, ctx.itemIndex),
    rejection: null,
  });
}

export function withRejection(ctx: SessionContext, ev: SessionEvent, reason: string): SessionContext {
  const by = 'by' in ev ? ev.by : undefined;
  return update(record(ctx, ev), {
    rejection: { seq: ctx.seq, type: ev.type, reason, ...(by ? { by } : {}) },
  });
}

export function say(
  ctx: SessionContext,
  entry: Omit<TranscriptEntry, 'seq' | 'day' | 'player'>,
): SessionContext {
  // Who made the move: the person holding the seat at that moment, else the computer (no player).
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a seat nobody holds has no entry in humans, so reading it gives undefined all the same
  const player = entry.by !== undefined && isHuman(ctx, entry.by) ? ctx.humans[entry.by] : undefined;
  const stamp =
    // Stryker disable next-line ConditionalExpression: a player key holding undefined reads, and saves as JSON, as no player
    player === undefined ? { seq: ctx.seq, day: ctx.day } : { seq: ctx.seq, day: ctx.day, player };
  return update(ctx, { transcript: appended(ctx.transcript, withKeys(entry, stamp)) });
}
