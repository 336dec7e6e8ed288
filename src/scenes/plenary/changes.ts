// "What changed": the lines of the panel that opens after a person's move. Who moved, how far, which way
// and why; the support for the draft before and after, and who crossed over. The numbers and words come
// from src/app/consequences.ts, the same computation as the preview before a move.
import type { Consequences } from '../../app/consequences';
import { showPosition } from '../../app/consequences';
import { STANCE_SYMBOL } from '../../app/view-model';
import { ISSUE_NAME } from '../../content/issues';
import { indexLibrary } from '../../model/library';
import { nameOf, type SessionEvent } from '../../model/session';
import { LIBRARY } from '../../machines/default';
import type { Line } from '../../ui/scroll-text';
import { failInk, passInk } from '../../ui/stance';
import { palette } from '../../ui/theme';

export interface ChangesView {
  readonly title: string;
  readonly c: Consequences;
}

/** The panel's heading for a move: "What your speech changed: “…”". */
export function changesTitle(ev: SessionEvent, answer?: 'accepted' | 'declined'): string {
  const ix = indexLibrary(LIBRARY);
  switch (ev.type) {
    case 'SPEAK':
      return `What your speech changed: “${ix.argument.get(ev.card)?.title ?? ev.card}”`;
    case 'AMEND':
      return `What your amendment changed: ${ev.op === 'add' ? 'adding' : 'striking'} “${ix.clause.get(ev.clause)?.label ?? ev.clause}”`;
    case 'CAUCUS_OFFER':
      return `What your caucus offer to ${nameOf(LIBRARY, ev.to)} changed${answer ? ` (${answer})` : ''}`;
    case 'CAUCUS_ACCEPT':
      return 'What accepting the deal changed';
    case 'CAUCUS_REFUSE':
      return 'What declining the deal changed';
    case 'PRESSURE':
      return `What pressing ${nameOf(LIBRARY, ev.to)} changed`;
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

export function changesLines(view: ChangesView | null): Line[] {
  const pal = palette();
  if (!view)
    return [
      {
        text: 'After each of your moves this panel says what it changed: who moved, how far, which way and why, and how many support the draft before and after.',
        color: pal.muted,
      },
    ];
  const { c } = view;
  const out: Line[] = [{ text: view.title, bold: true, color: pal.gold, gap: 4 }];
  if (c.issue && c.draft)
    out.push({
      text: `Support for the draft: ${c.support.before} → ${c.support.after}${c.objecting.before || c.objecting.after ? `   ·   would object: ${c.objecting.before} → ${c.objecting.after}` : ''}`,
      size: 20,
      bold: true,
      color:
        c.support.after > c.support.before
          ? passInk()
          : c.support.after < c.support.before
            ? failInk()
            : pal.text,
      gap: 4,
    });
  out.push({ text: c.summary, size: 18, gap: 6 });
  for (const m of c.moves) {
    const arrow = m.to > m.from ? '▲' : '▼';
    const other = c.issue && m.issue !== c.issue ? ` (${ISSUE_NAME[m.issue].toLowerCase()})` : '';
    out.push({
      text: `${arrow} ${m.name} ${showPosition(m.from, m.to)} → ${showPosition(m.to, m.from)}${other}: ${m.why}`,
      size: 16,
      indent: 8,
      gap: 2,
    });
  }
  for (const x of c.crossed)
    out.push({
      text: `${STANCE_SYMBOL[x.from]} → ${STANCE_SYMBOL[x.to]}  ${x.name}`,
      size: 16,
      indent: 8,
      color: x.to === 'supports' ? passInk() : x.to === 'objects' ? failInk() : pal.text,
      gap: 2,
    });
  return out;
}
