// The rows of the list a player picks an argument card or a clause from, in words: a label and tag for
// the list, and the full text with what it argues or moves, what it would change in the room (the
// preview), and its sources. Each detail line says what it is; the picker gives each kind its style.
import { INTEREST_NAME } from '../content/interests';
import { ISSUE_ENDS } from '../content/issues';
import type { ArgumentCard, Clause, Interest } from '../content/types';
import { citeLong } from './citations';
import { citeLabel } from './view-model';

export type ChoiceLineKind =
  /** What the move would change, worked out by the move itself on a copy of the session. */
  | 'preview'
  | 'title'
  | 'body'
  /** A clause's text, as a document (verbatim where the clause is quoted). */
  | 'document'
  /** What it argues or moves, and its sources. */
  | 'note'
  /** Whose view it is, a short attributed quote, or the game's own illustration. */
  | 'aside';

export interface ChoiceLine {
  readonly text: string;
  readonly kind: ChoiceLineKind;
}

export interface Choice {
  readonly label: string;
  readonly tag: string;
  readonly detail: readonly ChoiceLine[];
}

const interests = (xs: readonly Interest[]) => xs.map((x) => INTEREST_NAME[x]).join(', ');

function previewLines(preview: string | null): ChoiceLine[] {
  return preview ? [{ text: preview, kind: 'preview' }] : [];
}

/** An argument card in the list; `preview` is what making it would change. */
export function cardChoice(c: ArgumentCard, preview: string | null = null): Choice {
  const appeals = c.moves.length ? `appeals to delegations that care about ${interests(c.moves)}` : '';
  const hardens = c.hardens.length ? `hardens those that care about ${interests(c.hardens)}` : '';
  const reach = [appeals, hardens].filter(Boolean).join('; ');
  // The preview first: it is what the list reads out, and what the student weighs.
  const detail: ChoiceLine[] = [
    ...previewLines(preview),
    { text: c.title, kind: 'title' },
    { text: c.text, kind: 'body' },
    {
      text: `Argues for ${c.position} of 100 (${ISSUE_ENDS[c.issue][0]} = 0). ${/^[aeiou]/.test(c.kind) ? 'An' : 'A'} ${c.kind} argument${reach ? `; it ${reach}` : ''}.`,
      kind: 'note',
    },
  ];
  if (c.voice) detail.push({ text: `This is the view of ${c.voice}, not a fact.`, kind: 'aside' });
  if (c.quote)
    detail.push({
      text: `“${c.quote.text}” — ${c.quote.speaker} (${citeLabel(c.quote.cite)})`,
      kind: 'aside',
    });
  detail.push({ text: `Sources: ${c.cite.map(citeLong).join(' · ')}`, kind: 'note' });
  return { label: c.title, tag: `${c.position}/100`, detail };
}

/** A clause to add or strike in the list; `preview` is what the amendment would change. */
export function clauseChoice(c: Clause, op: 'add' | 'remove', preview: string | null = null): Choice {
  const sign = op === 'add' ? c.effect : -c.effect;
  const dir = sign >= 0 ? ISSUE_ENDS[c.issue][1] : ISSUE_ENDS[c.issue][0];
  const verb = op === 'add' ? 'Add' : 'Strike';
  return {
    label: `${verb}: ${c.label}`,
    tag: `${sign >= 0 ? '+' : ''}${sign}`,
    detail: [
      ...previewLines(preview),
      { text: `${verb} “${c.label}”`, kind: 'title' },
      { text: `${c.verbatim ? '“' : ''}${c.text}${c.verbatim ? '”' : ''}`, kind: 'document' },
      { text: `Moves the draft ${Math.abs(sign)} points toward “${dir}”.`, kind: 'note' },
      // A clause the game made up says why it is offered; its sources are context, not its origin.
      ...(c.illustration
        ? [{ text: `The game’s illustration: ${c.illustration}`, kind: 'aside' as const }]
        : []),
      {
        text: `${c.illustration ? 'Context' : 'Sources'}: ${c.cite.map(citeLong).join(' · ')}`,
        kind: 'note',
      },
    ],
  };
}
