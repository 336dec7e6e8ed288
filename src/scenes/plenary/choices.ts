// The picker rows for an argument card or a clause, styled: the words are app/choice-text.ts's.
import { cardChoice, clauseChoice, type Choice, type ChoiceLineKind } from '../../app/choice-text';
import type { ArgumentCard, Clause } from '../../content/types';
import type { Line } from '../../ui/scroll-text';
import { palette } from '../../ui/theme';
import type { PickItem } from './picker';

function choiceStyle(kind: ChoiceLineKind): Omit<Line, 'text'> {
  const pal = palette();
  switch (kind) {
    case 'preview':
      return { size: 18, bold: true, color: pal.text, gap: 6 };
    case 'title':
      return { bold: true, color: pal.gold };
    case 'body':
      return {};
    case 'document':
      return { serif: true };
    case 'note':
      return { size: 16, color: pal.muted };
    case 'aside':
      return { size: 16, italic: true };
  }
}

function pickItem(c: Choice): PickItem {
  return {
    label: c.label,
    tag: c.tag,
    detail: c.detail.map((l) => ({ text: l.text, ...choiceStyle(l.kind) })),
  };
}

export function cardItem(c: ArgumentCard, preview: string | null = null): PickItem {
  return pickItem(cardChoice(c, preview));
}

export function clauseItem(c: Clause, op: 'add' | 'remove', preview: string | null = null): PickItem {
  return pickItem(clauseChoice(c, op, preview));
}
