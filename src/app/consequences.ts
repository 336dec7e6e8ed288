// What a move changed, in plain words and numbers: which delegations moved, how far, which way and why;
// how many support the draft before and after, and who crossed over. The same function previews a move
// before it is made, by applying it to a copy of the session: the preview and the "What changed" panel
// are one computation.
import { ISSUE_IN_PROSE } from '../content/issues';
import type { IssueId } from '../content/types';
import { stepChart } from '../machines/step';
import { indexLibrary, type Library } from '../model/library';
import type { Phase } from '../model/phase';
import { rosterOf } from '../model/roster';
import { isHuman, nameOf, type SessionContext, type SessionEvent } from '../model/session';
import { draftView, seats, type SeatStance } from './view-model';

/** Movements smaller than this (points of 100) are not reported: the model's rounding, not a change. */
export const MOVE_SHOWN = 0.5;

export interface SeatMove {
  readonly id: string;
  readonly name: string;
  readonly issue: IssueId;
  readonly from: number;
  readonly to: number;
  /** Why, in a sentence a 16-year-old follows. */
  readonly why: string;
}

export interface Crossing {
  readonly id: string;
  readonly name: string;
  readonly from: SeatStance;
  readonly to: SeatStance;
}

export interface Consequences {
  /** The item's issue (stances are read on it), or null between items. */
  readonly issue: IssueId | null;
  /** Delegations whose position moved, largest move first. */
  readonly moves: readonly SeatMove[];
  /** Seats that support the draft (✓ in the hall), before and after. */
  readonly support: { readonly before: number; readonly after: number };
  /** Seats that would object, before and after. */
  readonly objecting: { readonly before: number; readonly after: number };
  readonly crossed: readonly Crossing[];
  /** The draft's place on the scale, before and after (null when no item is open). */
  readonly draft: { readonly before: number; readonly after: number } | null;
  /** For an argument: listeners too far from its position to be moved by it. */
  readonly outOfReach: number;
  /** The whole in a few sentences. */
  readonly summary: string;
}

/** A position for reading: whole points, or one decimal where whole points would hide the move. */
export function showPosition(x: number, other?: number): string {
  if (other !== undefined && Math.round(x) === Math.round(other) && Math.abs(x - other) >= 0.05)
    return x.toFixed(1);
  return x.toFixed(0);
}

/**
 * What `ev` changed between `before` and `after`. `viewer` is the delegation reading it: its own
 * moves are told as "you" and "your".
 */
export function consequences(
  lib: Library,
  before: SessionContext,
  after: SessionContext,
  ev: SessionEvent,
  viewer?: string,
  mood: Mood = 'did',
): Consequences {
  const roster = rosterOf(lib, after.scenarioId);
  const issue = after.item?.issue ?? before.item?.issue ?? null;
  const card = ev.type === 'SPEAK' ? indexLibrary(lib).argument.get(ev.card) : undefined;
  const by = 'by' in ev ? ev.by : undefined;
  const yours = by !== undefined && by === viewer;
  const whose = yours ? 'your' : by ? `${nameOf(lib, by)}’s` : 'the';
  const moves: SeatMove[] = [];
  for (const iss of Object.keys(after.pos) as IssueId[]) {
    const xs = before.pos[iss];
    const ys = after.pos[iss];
    if (xs === ys) continue;
    for (let i = 0; i < ys.length; i++) {
      const from = xs[i]!;
      const to = ys[i]!;
      if (Math.abs(to - from) < MOVE_SHOWN) continue;
      const id = roster.ids[i]!;
      const name = roster.names[i]!;
      const why = card
        ? argumentWhy(
            name,
            from,
            to,
            card.position,
            after.anc[iss][i]!,
            directionOf(before, lib, card.position),
            whose,
          )
        : otherWhy(lib, after, i, iss, from, to);
      moves.push({ id, name, issue: iss, from, to, why });
    }
  }
  moves.sort((a, b) => Math.abs(b.to - b.from) - Math.abs(a.to - a.from));

  const was = before.item ? seats(lib, before) : [];
  const now = after.item ? seats(lib, after) : [];
  const count = (ss: typeof was, st: SeatStance) => ss.filter((s) => s.stance === st).length;
  const crossed: Crossing[] = [];
  if (was.length && now.length && before.item?.issue === after.item?.issue)
    now.forEach((s, i) => {
      const from = was[i]!.stance;
      if (from !== s.stance && isStance(from) && isStance(s.stance))
        crossed.push({ id: s.id, name: s.name, from, to: s.stance });
    });
  const db = draftView(lib, before);
  const da = draftView(lib, after);
  const draft = db && da && db.issue === da.issue ? { before: db.value, after: da.value } : null;

  let outOfReach = 0;
  if (card && issue === card.issue && by !== undefined) {
    const open = roster.openness[card.issue];
    before.pos[card.issue].forEach((x, i) => {
      const id = roster.ids[i]!;
      if (id === by || !before.present[i] || isHuman(before, id)) return;
      if (Math.abs(card.position - x) > open[i]! * 100) outOfReach++;
    });
  }
  const partial = {
    issue,
    moves,
    support: { before: count(was, 'supports'), after: count(now, 'supports') },
    objecting: { before: count(was, 'objects'), after: count(now, 'objects') },
    crossed,
    draft,
    outOfReach,
  };
  return { ...partial, summary: summarise(partial, card?.position ?? null, whose, mood) };
}

/**
 * What `ev` would change if made now: the move applied to a copy of the session by the model itself.
 * Null if the model would refuse it.
 */
export function preview(
  lib: Library,
  phase: Phase,
  ctx: SessionContext,
  ev: SessionEvent,
  viewer?: string,
): Consequences | null {
  const next = stepChart(lib, phase, ctx, ev);
  return next ? consequences(lib, ctx, next.context, ev, viewer, 'would') : null;
}

/** The preview in a sentence, opening with what the move is: "If you add this clause: …". */
export function previewSentence(c: Consequences, ev: SessionEvent): string {
  const lead =
    ev.type === 'AMEND'
      ? ev.op === 'add'
        ? 'If you add this clause'
        : 'If you strike this clause'
      : ev.type === 'SPEAK'
        ? 'If you make this argument'
        : 'If you do this';
  return `${lead}: ${c.summary}`;
}

function isStance(s: SeatStance): s is 'supports' | 'opposes' | 'objects' {
  return s === 'supports' || s === 'opposes' || s === 'objects';
}

/** Which way a case pushes the item: from the draft on the table toward the argued position. */
function directionOf(ctx: SessionContext, lib: Library, argued: number): number {
  const d = draftView(lib, ctx);
  return d ? Math.sign(argued - d.value) : 0;
}

/** Why a listener moved as it did after hearing a case for `p` (persuasion.ts in words). */
export function argumentWhy(
  name: string,
  from: number,
  to: number,
  p: number,
  anchor: number,
  direction: number,
  whose: string,
): string {
  const f = showPosition(from, to);
  const t = showPosition(to, from);
  const P = showPosition(p);
  const toward = Math.abs(to - p) < Math.abs(from - p);
  if (toward) {
    const beyond = direction !== 0 && Math.sign(from - p) === direction;
    if (beyond)
      return `${name} was already further than ${whose === 'your' ? 'you' : 'the speaker'} argued (${f}); ${whose} case for ${P} pulled it toward ${P}, to ${t}.`;
    const heldBack = Math.abs(anchor - to) >= 0.5 && Math.sign(anchor - to) !== Math.sign(p - to);
    return `${whose[0]!.toUpperCase()}${whose.slice(1)} case for ${P} pulled ${name} from ${f} toward it, to ${t}${
      heldBack ? `; its own starting stance (${showPosition(anchor)}) held it back` : ''
    }.`;
  }
  if (Math.sign(to - from) === Math.sign(anchor - from))
    return `${name} moved back toward its own starting stance (${showPosition(anchor)}), from ${f} to ${t}: that pull was stronger than ${whose} case for ${P}.`;
  return `${name} moved away from ${P} (${f} to ${t}): the argument offends what it cares about.`;
}

function otherWhy(
  lib: Library,
  ctx: SessionContext,
  i: number,
  issue: IssueId,
  from: number,
  to: number,
): string {
  const name = rosterOf(lib, ctx.scenarioId).names[i]!;
  const m = ctx.lastMove[i];
  const span = `from ${showPosition(from, to)} to ${showPosition(to, from)} on ${ISSUE_IN_PROSE[issue]}`;
  if (!m) return `${name} moved ${span}.`;
  const cause =
    m.cause === 'caucus'
      ? `a deal in caucus with ${nameOf(lib, m.by)}`
      : m.cause === 'pressure'
        ? `pressure from ${nameOf(lib, m.by)}`
        : (indexLibrary(lib).event.get(m.cause)?.title ?? m.cause);
  return `${name} moved ${span}: ${cause}.`;
}

function names(xs: readonly { name: string }[], most = 3): string {
  const shown = xs.slice(0, most).map((x) => x.name);
  return xs.length > most ? `${shown.join(', ')} and ${xs.length - most} more` : shown.join(', ');
}

/** Past tense for what a move did, conditional for a preview of what it would do. */
export type Mood = 'did' | 'would';

function summarise(
  c: Omit<Consequences, 'summary'>,
  argued: number | null,
  whose: string,
  mood: Mood,
): string {
  const w = (did: string, would: string) => (mood === 'did' ? did : would);
  const out: string[] = [];
  if (c.draft && Math.abs(c.draft.after - c.draft.before) >= 0.05)
    out.push(
      `The draft ${w('moved', 'would move')} from ${showPosition(c.draft.before)} to ${showPosition(c.draft.after)}.`,
    );
  if (argued !== null) {
    const P = showPosition(argued);
    const toward = c.moves.filter((m) => Math.abs(m.to - argued) < Math.abs(m.from - argued)).length;
    const away = c.moves.length - toward;
    const Whose = `${whose[0]!.toUpperCase()}${whose.slice(1)}`;
    const top = c.moves[0];
    out.push(
      top
        ? `${Whose} case for ${P} ${w('moved', 'would move')} ${c.moves.length} delegation${c.moves.length === 1 ? '' : 's'}: ${toward} toward ${P}${away ? `, ${away} the other way` : ''} (most: ${top.name}, ${showPosition(top.from, top.to)} → ${showPosition(top.to, top.from)}).`
        : `${Whose} case for ${P} ${w('moved', 'would move')} nobody.`,
    );
    if (c.outOfReach) out.push(`${c.outOfReach} stand too far from ${P} to listen (beyond their openness).`);
  } else if (c.moves.length)
    out.push(
      `${c.moves
        .slice(0, 3)
        .map((m) => m.why.replace(/\.$/, ''))
        .join('; ')}.`,
    );
  const lost = c.crossed.filter((x) => x.from === 'supports');
  const gained = c.crossed.filter((x) => x.to === 'supports');
  const objectNow = c.crossed.filter((x) => x.to === 'objects');
  const calmed = c.crossed.filter((x) => x.from === 'objects' && x.to !== 'objects');
  if (c.issue && c.draft) {
    const bits: string[] = [];
    if (lost.length)
      bits.push(`${lost.length} ${w('stopped', 'would stop')} supporting the draft (${names(lost)})`);
    if (gained.length)
      bits.push(`${gained.length} ${w('began', 'would begin')} to support it (${names(gained)})`);
    if (objectNow.length) bits.push(`${names(objectNow)} ${w('would now object', 'would object')}`);
    if (calmed.length) bits.push(`${names(calmed)} ${w('no longer', 'would no longer')} object`);
    out.push(
      `Support for the draft: ${c.support.before} → ${c.support.after}${bits.length ? `; ${bits.join('; ')}` : `, nobody ${w('crossed', 'would cross')} over`}.`,
    );
  }
  return out.join(' ') || `Nothing in the room ${w('moved', 'would move')}.`;
}
