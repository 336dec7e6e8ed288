// Small changes to the session context that several procedures make: the item in hand, a seat's
// position, who has the floor.
import type { IssueId } from '../../content/types';
import type { Library } from '../library';
import { rosterOf, type Roster } from '../roster';
import { nameOf, type ItemState, type MoveNote, type SessionContext } from '../session';
import { update, updateItem, withIssue, withKeys } from '../context-copy';
import { say } from '../session-record';
import type { WithItem } from './shape';

/** The seat of a delegation known to sit at the meeting (the dispatcher checked `by` is in the room). */
export function seatOf(roster: Roster, id: string): number {
  const i = roster.index[id];
  if (i === undefined) throw new Error(`${id} does not sit at this meeting.`);
  return i;
}

export function currentSpeaker(ctx: SessionContext): string | null {
  return ctx.item?.speakers[0] ?? null;
}

export function setItem(ctx: WithItem, patch: Partial<ItemState>): WithItem {
  return update(ctx, { item: updateItem(ctx.item, patch) }) as WithItem;
}

export function replaceAt<T>(xs: readonly T[], i: number, v: T): T[] {
  const out = xs.slice();
  out[i] = v;
  return out;
}

export function addOnce(xs: readonly string[], x: string): string[] {
  // Stryker disable next-line MethodExpression: the list is never changed in place, so the copy and the list itself read the same
  return xs.includes(x) ? xs.slice() : [...xs, x];
}

export function inRoom(lib: Library, ctx: SessionContext, id: string): boolean {
  const i = rosterOf(lib, ctx.scenarioId).index[id];
  return i !== undefined && ctx.present[i]!;
}

export function notYourTurn(lib: Library, ctx: SessionContext): string {
  const s = currentSpeaker(ctx);
  return s ? `It is ${nameOf(lib, s)}’s turn to speak.` : 'Nobody has the floor.';
}

/**
 * Seat `i` leaves the room (walks out, or an event card takes it out): it comes off the speakers' list
 * (if it held the floor, the floor passes on), and a caucus offer it made or was to answer lapses.
 * Nothing in the meeting may go on waiting for a delegation that is not there. Called after the
 * transcript says who left, so that the lapse reads after it.
 */
export function leaveRoom(lib: Library, ctx: SessionContext, i: number): SessionContext {
  const id = rosterOf(lib, ctx.scenarioId).ids[i]!;
  let next = update(ctx, { present: replaceAt(ctx.present, i, false) });
  const item = next.item;
  if (item?.speakers.includes(id)) {
    const held = item.speakers[0] === id;
    next = update(next, {
      item: updateItem(item, {
        speakers: item.speakers.filter((s) => s !== id),
        ...(held ? { turn: { spoke: false, amended: false, seconds: 0 } } : {}),
      }),
    });
  }
  const offer = next.caucus;
  if (offer && (offer.by === id || offer.to === id)) {
    next = say(update(next, { caucus: null }), {
      kind: 'procedure',
      text: `${nameOf(lib, offer.by)}’s caucus offer to ${nameOf(lib, offer.to)} lapses: ${nameOf(lib, id)} has left the room.`,
    });
  }
  return next;
}

/** The floor passes to the next on the speakers' list. */
export function nextSpeaker(ctx: WithItem): WithItem {
  return setItem(ctx, {
    speakers: ctx.item.speakers.slice(1),
    turn: { spoke: false, amended: false, seconds: 0 },
  });
}

/** Seat `i` moves to `to` on an issue (and its anchor too, for a deal or an event), noted and credited. */
export function moveActor(
  ctx: SessionContext,
  roster: Roster,
  i: number,
  issue: IssueId,
  to: number,
  note: Omit<MoveNote, 'issue' | 'from' | 'to'>,
  anchorToo: boolean,
): SessionContext {
  const from = ctx.pos[issue][i]!;
  const pos = withIssue(ctx.pos, issue, replaceAt(ctx.pos[issue], i, to));
  const anc = anchorToo ? withIssue(ctx.anc, issue, replaceAt(ctx.anc[issue], i, to)) : ctx.anc;
  const by = roster.index[note.by];
  const influence =
    by === undefined ? ctx.influence : addInfluence(ctx.influence, by, [[i, Math.abs(to - from)]]);
  return update(ctx, {
    pos,
    anc,
    influence,
    lastMove: replaceAt(ctx.lastMove, i, withKeys(note, { issue, from, to })),
  });
}

/** The influence table with `moves` ([listener seat, points]) added to the speaker's row. */
export function addInfluence(
  influence: SessionContext['influence'],
  speaker: number,
  moves: readonly (readonly [number, number])[],
): SessionContext['influence'] {
  if (moves.length === 0) return influence;
  const row = influence[speaker]?.slice() ?? Array<number>(influence.length).fill(0);
  for (const move of moves) row[move[0]] = row[move[0]]! + move[1];
  return replaceAt(influence, speaker, row);
}
