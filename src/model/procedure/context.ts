// Small changes to the session context that several procedures make: the item in hand, a seat's
// position, who has the floor.
import type { IssueId } from '../../content/types';
import type { Library } from '../library';
import { rosterOf, type Roster } from '../roster';
import {
  nameOf,
  update,
  updateItem,
  withIssue,
  withKeys,
  type ItemState,
  type MoveNote,
  type SessionContext,
} from '../session';
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
