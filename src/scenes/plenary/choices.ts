// The picker rows for an argument card or a clause: a label and tag for the list, and the full text with
// what it argues or moves, what it would change in the room (the preview), and its sources.
import type { ArgumentCard, Clause } from '../../content/types';
import { citeLabel } from '../../app/view-model';
import { ISSUE_ENDS } from '../../content/issues';
import type { Line } from '../../ui/scroll-text';
import { palette } from '../../ui/theme';
import { citeLong } from '../../app/citations';
import type { PickItem } from './picker';

/** The preview line: what the move would change, worked out by the move itself on a copy of the session. */
function previewLine(preview: string | null): Line[] {
  const pal = palette();
  return preview ? [{ text: preview, size: 18, bold: true, color: pal.text, gap: 6 }] : [];
}

export function cardItem(c: ArgumentCard, preview: string | null = null): PickItem {
  const pal = palette();
  // The preview first: it is what the list reads out, and what the student weighs.
  const lines: Line[] = [
    ...previewLine(preview),
    { text: c.title, bold: true, color: pal.gold },
    { text: c.text },
    {
      text: `Argues for ${c.position} of 100 (${ISSUE_ENDS[c.issue][0]} = 0). A ${c.kind} argument; appeals to ${c.moves.join(', ') || '—'}${c.hardens.length ? `; hardens ${c.hardens.join(', ')}` : ''}.`,
      size: 16,
      color: pal.muted,
    },
  ];
  if (c.voice) lines.push({ text: `This is the view of ${c.voice}, not a fact.`, size: 16, italic: true });
  if (c.quote)
    lines.push({
      text: `“${c.quote.text}” — ${c.quote.speaker} (${citeLabel(c.quote.cite)})`,
      size: 16,
      italic: true,
    });
  lines.push({ text: `Sources: ${c.cite.map(citeLong).join(' · ')}`, size: 16, color: pal.muted });
  return { label: c.title, tag: `${c.position}/100`, detail: lines };
}

export function clauseItem(c: Clause, op: 'add' | 'remove', preview: string | null = null): PickItem {
  const pal = palette();
  const sign = op === 'add' ? c.effect : -c.effect;
  const dir = sign >= 0 ? ISSUE_ENDS[c.issue][1] : ISSUE_ENDS[c.issue][0];
  return {
    label: `${op === 'add' ? 'Add' : 'Strike'}: ${c.label}`,
    tag: `${sign >= 0 ? '+' : ''}${sign}`,
    detail: [
      ...previewLine(preview),
      { text: `${op === 'add' ? 'Add' : 'Strike'} “${c.label}”`, bold: true, color: pal.gold },
      { text: `${c.verbatim ? '“' : ''}${c.text}${c.verbatim ? '”' : ''}`, serif: true },
      { text: `Moves the draft ${Math.abs(sign)} points toward “${dir}”.`, size: 16, color: pal.muted },
      // A clause the game made up says why it is offered; its sources are context, not its origin.
      ...(c.illustration
        ? [{ text: `The game’s illustration: ${c.illustration}`, size: 16, italic: true } as Line]
        : []),
      {
        text: `${c.illustration ? 'Context' : 'Sources'}: ${c.cite.map(citeLong).join(' · ')}`,
        size: 16,
        color: pal.muted,
      },
    ],
  };
}
