// How the Plenary's Hand, Draft and Transcript panels, and the Debrief's timeline, draw each kind of line
// (their words are app/panel-text.ts's).
import type { PanelLine, PanelLineKind } from '../../app/panel-text';
import type { Line } from '../../ui/scroll-text';
import { failInk } from '../../ui/stance';
import { palette } from '../../ui/theme';

/** How each kind of panel line is drawn (the words are app/panel-text.ts's). */
function lineStyle(kind: PanelLineKind): Omit<Line, 'text'> {
  const pal = palette();
  switch (kind) {
    case 'empty':
      return { color: pal.muted };
    case 'alert':
      return { color: pal.gold };
    case 'count':
      return { size: 16, color: pal.muted, gap: 4 };
    case 'card':
      return { size: 18, gap: 4 };
    case 'title':
      return { bold: true, color: pal.gold };
    case 'quote':
      return { serif: true };
    case 'note':
      return { size: 16, color: pal.muted };
    case 'clause':
      return { size: 16, indent: 8, gap: 3 };
    case 'fallback':
      return { size: 16, color: pal.muted, italic: true };
    case 'said':
      return { size: 18, color: pal.text, gap: 2 };
    case 'decision':
      return { size: 18, color: pal.gold, bold: true, gap: 2 };
    case 'objection':
      return { size: 18, color: failInk(), gap: 2 };
    case 'source':
      return { size: 16, color: pal.muted, italic: true, indent: 24, gap: 6 };
    case 'why':
      return { size: 16, color: pal.muted, indent: 24, gap: 6 };
  }
}

/** Panel lines (app/panel-text.ts) as drawn. */
export function panelStyled(lines: readonly PanelLine[]): Line[] {
  return lines.map((l) => ({ text: l.text, ...lineStyle(l.kind) }));
}
