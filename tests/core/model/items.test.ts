// The item on the table and its draft (items.ts): between items the draft read is the next item's
// opening text, and an item or clause the library does not hold is refused by name.
import { describe, expect, it } from 'vitest';
import { phaseOf } from '../../../src/machines/plenary';
import { agendaItemOf, clausesOf, draftOf, draftValueOf } from '../../../src/model/items';
import { toyLibrary } from '../fixtures';
import { playOn, toyMeeting } from './toy-floor';

describe('the draft on the table', () => {
  it('between days, with no item open, is the next item’s opening draft (Marange: "lift supervision", 20)', () => {
    const snap = playOn(toyMeeting(), (s) => phaseOf(s) === 'adjourned');
    expect(snap.context.item).toBeNull();
    expect(agendaItemOf(toyLibrary, snap.context).id).toBe('mar');
    expect(draftValueOf(toyLibrary, snap.context)).toBe(20);
    expect(draftOf(toyLibrary, snap.context)).toMatchObject({ value: 20, clauses: ['lift'] });
  });

  it('names an item or a clause the library does not hold', () => {
    const ctx = playOn(toyMeeting(), (s) => phaseOf(s) === 'adjourned').context;
    expect(() => agendaItemOf(toyLibrary, { ...ctx, agenda: ['def', 'gone'] })).toThrow(
      'No agenda item gone in free-play',
    );
    expect(() => clausesOf(toyLibrary, ['wide', 'nope'])).toThrow('Unknown clause "nope"');
  });
});
