// "What changed" in words: the heading for a person's move and the panel's lines (who moved, how far,
// which way and why; the support for the draft before and after, and who crossed over). The numbers and
// reasons come from consequences.ts, the same computation as the preview before a move; each line says
// what it is and the scene gives each kind its style.
import { ISSUE_IN_PROSE } from '../content/issues';
import { indexLibrary, type Library } from '../model/library';
import { nameOf, type SessionEvent } from '../model/session';
import { showPosition, type Consequences } from './consequences';
import { STANCE_SYMBOL, type SeatStance } from './view-model';

export interface ChangesView {
  readonly title: string;
  readonly c: Consequences;
}

/** The panel's heading for a move: "What your speech changed: “…”". */
export function changesTitle(lib: Library, ev: SessionEvent, answer?: 'accepted' | 'declined'): string {
  const ix = indexLibrary(lib);
  switch (ev.type) {
    case 'SPEAK':
      return `What your speech changed: “${ix.argument.get(ev.card)?.title ?? 'an argument'}”`;
    case 'AMEND':
      return `What your amendment changed: ${ev.op === 'add' ? 'adding' : 'striking'} “${ix.clause.get(ev.clause)?.label ?? 'a clause'}”`;
    case 'CAUCUS_OFFER':
      return `What your caucus offer to ${nameOf(lib, ev.to)} changed${answer ? ` (${answer})` : ''}`;
    case 'CAUCUS_ACCEPT':
      return 'What accepting the deal changed';
    case 'CAUCUS_REFUSE':
      return 'What declining the deal changed';
    case 'PRESSURE':
      return `What pressing ${nameOf(lib, ev.to)} changed`;
    case 'OBJECT':
      return 'What your objection changed';
    case 'WITHDRAW_OBJECTION':
      return 'What withdrawing your objection changed';
    default:
      return 'What your move changed';
  }
}

/** The moves a person makes that get a "What changed" panel. */
export const PERSON_MOVES: ReadonlySet<SessionEvent['type']> = new Set([
  'SPEAK',
  'AMEND',
  'CAUCUS_OFFER',
  'CAUCUS_ACCEPT',
  'CAUCUS_REFUSE',
  'PRESSURE',
  'OBJECT',
  'WITHDRAW_OBJECTION',
]);

export type ChangesLineKind =
  /** Before any move of the player's: what the panel will say. */
  | 'intro'
  | 'title'
  /** Support for the draft before and after: it rose, fell or held. */
  | 'support-rose'
  | 'support-fell'
  | 'support-held'
  | 'summary'
  /** A delegation that moved, and why. */
  | 'move'
  /** A delegation whose stance on the draft changed: it now supports, would object, or neither. */
  | 'crossed'
  | 'crossed-to-support'
  | 'crossed-to-object';

export interface ChangesLine {
  readonly text: string;
  readonly kind: ChangesLineKind;
}

function crossedKind(to: SeatStance): ChangesLineKind {
  return to === 'supports' ? 'crossed-to-support' : to === 'objects' ? 'crossed-to-object' : 'crossed';
}

export function changesLines(view: ChangesView | null): ChangesLine[] {
  if (!view)
    return [
      {
        text: 'After each of your moves this panel says what it changed: who moved, how far, which way and why, and how many support the draft before and after.',
        kind: 'intro',
      },
    ];
  const { c } = view;
  const out: ChangesLine[] = [{ text: view.title, kind: 'title' }];
  if (c.issue && c.draft)
    out.push({
      text: `Support for the draft: ${c.support.before} → ${c.support.after}${c.objecting.before || c.objecting.after ? `   ·   would object: ${c.objecting.before} → ${c.objecting.after}` : ''}`,
      kind:
        c.support.after > c.support.before
          ? 'support-rose'
          : c.support.after < c.support.before
            ? 'support-fell'
            : 'support-held',
    });
  out.push({ text: c.summary, kind: 'summary' });
  for (const m of c.moves) {
    const arrow = m.to > m.from ? '▲' : '▼';
    // A move on another issue than the item's (a caucus deal) says which.
    const other = c.issue && m.issue !== c.issue ? ` (on ${ISSUE_IN_PROSE[m.issue]})` : '';
    out.push({
      text: `${arrow} ${m.name} ${showPosition(m.from, m.to)} → ${showPosition(m.to, m.from)}${other}: ${m.why}`,
      kind: 'move',
    });
  }
  for (const x of c.crossed)
    out.push({
      text: `${STANCE_SYMBOL[x.from]} → ${STANCE_SYMBOL[x.to]}  ${x.name}`,
      kind: crossedKind(x.to),
    });
  return out;
}
