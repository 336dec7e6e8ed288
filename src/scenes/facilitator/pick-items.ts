// The facilitator console's lists as the picker shows them: event cards grouped by when they happened,
// and the seats with who plays each. The wording of the groups comes from app/facilitator-console.
import { citeLong } from '../../app/citations';
import { effectLines } from '../../app/event-effects';
import { eventCardGroups } from '../../app/facilitator-console';
import { seats, STANCE_SYMBOL, type Seat } from '../../app/view-model';
import { LIBRARY } from '../../machines/default';
import { eventDateWords } from '../../model/event-moment';
import type { SessionContext } from '../../model/session';
import { palette } from '../../ui/theme';
import type { Line } from '../../ui/scroll-text';
import type { PickItem } from '../plenary/picker';

/** Picker rows for the event cards, each with the card's id (null for a group's heading). */
export function eventPickRows(ctx: SessionContext): { item: PickItem; card: string | null }[] {
  const pal = palette();
  const rows: { item: PickItem; card: string | null }[] = [];
  for (const g of eventCardGroups(ctx)) {
    rows.push({ item: { label: g.heading, heading: true, detail: [] }, card: null });
    for (const e of g.cards)
      rows.push({
        card: e.id,
        item: {
          label: e.title,
          tag: e.date.slice(0, 7),
          why: ctx.injected.includes(e.id) ? 'already happened this session' : null,
          detail: [
            { text: `${e.title} (${eventDateWords(e.date)})`, bold: true, color: pal.gold },
            { text: e.text },
            { text: 'What it does', bold: true, size: 16, color: pal.gold },
            ...effectLines(LIBRARY, e.effects).map((t) => ({ text: `• ${t}`, size: 16 })),
            { text: g.note, size: 16, color: pal.muted },
            { text: `Sources: ${e.cite.map(citeLong).join(' · ')}`, size: 16, color: pal.muted } as Line,
          ],
        },
      });
  }
  return rows;
}

/** The seats for the console's list: people first, then by name. */
export function seatsForConsole(ctx: SessionContext): Seat[] {
  return seats(LIBRARY, ctx).sort(
    (a, b) => Number(Boolean(b.human)) - Number(Boolean(a.human)) || a.name.localeCompare(b.name),
  );
}

/** A seat's row: who plays it, and what Enter does to it. */
export function seatPickItem(x: Seat, ctx: SessionContext): PickItem {
  const pal = palette();
  return {
    label: `${STANCE_SYMBOL[x.stance]} ${x.name}`,
    tag: x.human ? x.human : 'AI',
    detail: [
      {
        text: `${x.name}: ${x.human ? `played by ${x.human}` : 'played by the AI'}.`,
        bold: true,
        color: pal.gold,
      },
      {
        text: x.human
          ? 'Enter: the AI takes this seat (the player can take it back with I in the room, or here).'
          : `Enter: a person takes this seat (as “${ctx.startHumans[x.id] ?? 'Player'}”). Hot seat covers the screen when it is their turn.`,
      },
    ],
  };
}

/** Ending asks once: the first row goes back, the second ends the meeting. */
export const END_CHOICES: readonly PickItem[] = [
  { label: 'Keep going', detail: [{ text: 'Back to the console.' }] },
  {
    label: 'End the session',
    detail: [
      { text: 'Closes the meeting: items not reached stay as they are, and the communiqué is drafted.' },
      { text: 'Then the outcome screen compares the decision rules.' },
    ],
  },
];
