// "What changed": how the panel that opens after a person's move is drawn. Its words are
// app/changes-text.ts's; here each kind of line gets its style.
import { changesLines, type ChangesLineKind, type ChangesView } from '../../app/changes-text';
import type { Line } from '../../ui/scroll-text';
import { failInk, passInk } from '../../ui/stance';
import { palette } from '../../ui/theme';

function changesStyle(kind: ChangesLineKind): Omit<Line, 'text'> {
  const pal = palette();
  switch (kind) {
    case 'intro':
      return { color: pal.muted };
    case 'title':
      return { bold: true, color: pal.gold, gap: 4 };
    case 'support-rose':
      return { size: 20, bold: true, color: passInk(), gap: 4 };
    case 'support-fell':
      return { size: 20, bold: true, color: failInk(), gap: 4 };
    case 'support-held':
      return { size: 20, bold: true, color: pal.text, gap: 4 };
    case 'summary':
      return { size: 18, gap: 6 };
    case 'move':
      return { size: 16, indent: 8, gap: 2 };
    case 'crossed':
      return { size: 16, indent: 8, color: pal.text, gap: 2 };
    case 'crossed-to-support':
      return { size: 16, indent: 8, color: passInk(), gap: 2 };
    case 'crossed-to-object':
      return { size: 16, indent: 8, color: failInk(), gap: 2 };
  }
}

/** The "What changed" panel's lines, styled. */
export function changesPanel(view: ChangesView | null): Line[] {
  return changesLines(view).map((l) => ({ text: l.text, ...changesStyle(l.kind) }));
}
