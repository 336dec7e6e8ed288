// What the Plenary's Hand, Draft and Transcript panels say, in words, read from the session through the
// view model. Each line says what it is (a card, a clause, a decision, a source…) and the scene gives each
// kind its style; the words are all here, where the test that plays whole meetings reads them at every move.
import type { Library } from '../model/library';
import { nameOf, type SessionContext, type TranscriptEntry } from '../model/session';
import { playerOf } from './hot-seat';
import { citeLabel, draftView, hand } from './view-model';

export type PanelLineKind =
  /** Nothing to show, and why (a quiet line). */
  | 'empty'
  /** Something the player must know before the rest (the AI holds their seat). */
  | 'alert'
  /** A line above a list that counts it or says how to use it. */
  | 'count'
  | 'card'
  /** The draft's item and the draft's text (in a serif face, as a document). */
  | 'title'
  | 'quote'
  /** A figure or a fact about what stands above it. */
  | 'note'
  | 'clause'
  /** What stands if nothing is agreed. */
  | 'fallback'
  /** A transcript entry: said on the floor, a decision, an objection. */
  | 'said'
  | 'decision'
  | 'objection'
  /** Under a transcript entry: its sources, and why the computer made the move. */
  | 'source'
  | 'why';

export interface PanelLine {
  readonly text: string;
  readonly kind: PanelLineKind;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Whose hand the panel shows, and whether the room hides it. */
export interface HandViewer {
  /** The seat whose hand is on screen, or null (watching, or the keyboard passing). */
  readonly me: string | null;
  /** The delegation the keyboard is passing to, if any. */
  readonly covering: string | null;
  /** Hot seat: `me`'s hand is hidden until its player's move. */
  readonly hidden: boolean;
}

/** The Hand panel: the argument cards `me` may still make on this item, or why there are none to see. */
export function handLines(lib: Library, ctx: SessionContext, v: HandViewer): PanelLine[] {
  const me = v.me;
  if (!me)
    return [
      {
        text: v.covering
          ? 'Hidden while the keyboard passes.'
          : 'Nobody’s hand: you are watching. The facilitator (F2) can hand a seat to a person.',
        kind: 'empty',
      },
    ];
  if (!(me in ctx.humans))
    return [{ text: `The AI plays ${nameOf(lib, me)} now. Press I to take the seat back.`, kind: 'alert' }];
  if (v.hidden)
    return [
      {
        text: `Hidden: ${playerOf(ctx, me)}’s hand shows again on their next move (hot seat).`,
        kind: 'empty',
      },
    ];
  const cards = hand(lib, ctx, me);
  if (!cards.length) return [{ text: 'No argument cards left for this item.', kind: 'empty' }];
  return [
    {
      text: `${nameOf(lib, me)}: ${plural(cards.length, 'argument card')}. Press S on your turn to make one.`,
      kind: 'count',
    },
    ...cards.map((c) => ({
      text: `•  ${c.title}  — argues for ${c.position}/100 · ${c.kind} · ${plural(c.cite.length, 'source')}`,
      kind: 'card' as const,
    })),
  ];
}

/** The Draft panel: the draft on the table with its value, each clause with its effect and sources. */
export function draftLines(lib: Library, ctx: SessionContext): PanelLine[] {
  const d = draftView(lib, ctx);
  if (!d) return [{ text: 'No draft on the table.', kind: 'empty' }];
  return [
    { text: d.title, kind: 'title' },
    { text: `“${d.text}”`, kind: 'quote' },
    {
      text: `Draft value ${d.value.toFixed(0)} on the scale; status quo ${d.statusQuo.toFixed(0)}${d.decides ? '.' : '. An intersessional discusses only.'}`,
      kind: 'note',
    },
    ...d.clauses.map((c) => ({
      text: `•  ${c.label} (${c.effect >= 0 ? '+' : ''}${c.effect}) — ${c.cite.map(citeLabel).join('; ')}`,
      kind: 'clause' as const,
    })),
    { text: `If nothing is agreed: ${d.statusQuoText}`, kind: 'fallback' },
  ];
}

const ENTRY_MARK: Partial<Record<TranscriptEntry['kind'], string>> = {
  objection: '✕ ',
  decision: '★ ',
  event: 'News: ',
};

/** One transcript entry as the panel says it: its day, a mark for objections, decisions and news. */
function entryText(t: TranscriptEntry): string {
  return `Day ${t.day} · ${ENTRY_MARK[t.kind] ?? ''}${t.text}`;
}

/** How many of the latest transcript entries the panel holds. */
export const TRANSCRIPT_SHOWN = 60;

/** One entry as a line, with its sources and, for a computer's move, why it made it. */
function entryLines(t: TranscriptEntry, why: string | null): PanelLine[] {
  const kind = t.kind === 'decision' || t.kind === 'objection' ? t.kind : 'said';
  const out: PanelLine[] = [{ text: entryText(t), kind }];
  if (t.cite?.length) out.push({ text: `Source: ${t.cite.map(citeLabel).join('; ')}`, kind: 'source' });
  if (why) out.push({ text: `Why: ${why}`, kind: 'why' });
  return out;
}

/**
 * The Transcript panel: the latest entries, each with its sources and, for a computer's move, why it made
 * it (`reasonAt`, by the entry's sequence number).
 */
export function transcriptLines(ctx: SessionContext, reasonAt: (seq: number) => string | null): PanelLine[] {
  const out = ctx.transcript.slice(-TRANSCRIPT_SHOWN).flatMap((t) => entryLines(t, reasonAt(t.seq)));
  return out.length ? out : [{ text: 'Nothing said yet.', kind: 'empty' }];
}

/** The Debrief's timeline: the whole meeting's transcript, told as the Transcript panel told it. */
export function timelineLines(entries: readonly TranscriptEntry[]): PanelLine[] {
  const out = entries.flatMap((t) => entryLines(t, null));
  return out.length ? out : [{ text: 'Nothing was said.', kind: 'empty' }];
}
