// Role cards to print: one private card per delegation at the meeting, its objectives, red lines and
// the passages to read, written as a person would punctuate it.
import { describe, expect, it } from 'vitest';
import { BRIEFINGS } from '../../src/content/index';
import { LIBRARY } from '../../src/machines/default';
import { printableMeetings, roleCardDelegations, roleCardsMd } from '../../src/app/role-cards';
import { rosterOf } from '../../src/model/roster';
import { nameOf } from '../../src/model/session';

describe('role cards', () => {
  const meetings = printableMeetings();

  it('are offered for every real meeting, and for free play not at all', () => {
    expect(meetings.map((m) => m.id)).toContain('washington-plenary-2012');
    expect(meetings.every((m) => m.kind !== 'free')).toBe(true);
  });

  it('give each delegation at the meeting but the Chair one card of its own, with what it needs to prepare', () => {
    for (const sc of meetings) {
      const r = rosterOf(LIBRARY, sc.id);
      const who = roleCardDelegations(sc);
      expect(who).not.toContain(r.chair);
      expect(who.every((d) => r.index[d] !== undefined)).toBe(true);
      const cards = roleCardsMd(sc);
      expect(cards).toHaveLength(who.length);
      cards.forEach((card, i) => {
        const b = BRIEFINGS.find((x) => x.delegation === who[i])!;
        expect(card.startsWith(`# Role card: ${nameOf(LIBRARY, who[i]!)}\n`)).toBe(true);
        expect(card).toContain(`**${sc.title}**`);
        expect(card).toContain('Keep this card private until the debrief.');
        for (const o of b.objectives) expect(card).toContain(`- ${o.text}`);
        for (const x of b.redLines) expect(card).toContain(`- ${x}`);
        expect(card).toMatch(/## Read before the meeting\n- \S/);
      });
    }
  });

  it('never end a sentence twice (the Washington plenary sits at "Washington D.C.")', () => {
    const washington = meetings.find((m) => m.id === 'washington-plenary-2012')!;
    expect(washington.place).toMatch(/\.$/);
    for (const sc of meetings)
      for (const card of roleCardsMd(sc)) expect(card, card.slice(0, 200)).not.toMatch(/[^.]\.\. /);
  });
});
