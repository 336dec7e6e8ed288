import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { changesLines, changesTitle } from '../../src/app/changes-text';
import { argumentWhy, consequences, preview } from '../../src/app/consequences';
import { amendments, hand, seats } from '../../src/app/view-model';
import { LIBRARY, plenaryMachine } from '../../src/machines/default';
import { phaseOf } from '../../src/machines/plenary';
import { playAi } from '../../src/machines/runner';
import type { SessionEvent } from '../../src/model/session';

/** South Africa (a person) with the floor on the definition, Washington 2012. */
function zaHasTheFloor() {
  const a = createActor(plenaryMachine, {
    input: {
      scenarioId: 'washington-plenary-2012',
      rule: 'consensus',
      seed: 7,
      items: ['wp12-definition'],
      humans: { ZA: 'Player 1' },
    },
  }).start();
  a.send({ type: 'START' });
  a.send({ type: 'BEGIN' });
  playAi(LIBRARY, a);
  expect(a.getSnapshot().context.item!.speakers[0]).toBe('ZA');
  return a;
}

const supportOf = (ctx: Parameters<typeof seats>[1]) =>
  seats(LIBRARY, ctx).filter((s) => s.stance === 'supports').length;

describe('consequences of a move', () => {
  it('an amendment: the draft, the support count before and after and who crossed, as the hall shows them', () => {
    const a = zaHasTheFloor();
    const before = a.getSnapshot().context;
    const ev: SessionEvent = { type: 'AMEND', by: 'ZA', op: 'add', clause: 'def-beyond-rebels' };
    const ahead = preview(LIBRARY, phaseOf(a.getSnapshot()), before, ev, 'ZA')!;
    a.send(ev);
    const after = a.getSnapshot().context;
    const c = consequences(LIBRARY, before, after, ev, 'ZA');
    expect(c.support).toEqual({ before: supportOf(before), after: supportOf(after) });
    expect(c.support.after).toBeLessThan(c.support.before);
    const stanceBefore = Object.fromEntries(seats(LIBRARY, before).map((s) => [s.id, s.stance]));
    const changed = seats(LIBRARY, after)
      .filter((s) => s.stance !== stanceBefore[s.id])
      .map((s) => s.id);
    expect(c.crossed.map((x) => x.id).sort()).toEqual(changed.sort());
    expect(c.summary).toContain(`Support for the draft: ${c.support.before} → ${c.support.after}`);
    expect(c.summary).toMatch(/Namibia would now object/);
    // The preview is the same computation, told in the conditional.
    expect({ ...ahead, summary: '' }).toEqual({ ...c, summary: '' });
    expect(ahead.summary).toMatch(/would stop supporting the draft/);
  });

  it('a speech: every delegation that moved, with its position before and after from the snapshots', () => {
    const a = zaHasTheFloor();
    const before = a.getSnapshot().context;
    const card = hand(LIBRARY, before, 'ZA')[0]!;
    const ev: SessionEvent = { type: 'SPEAK', by: 'ZA', card: card.id };
    a.send(ev);
    const after = a.getSnapshot().context;
    const c = consequences(LIBRARY, before, after, ev, 'ZA');
    const moved = before.pos.definition.flatMap((x, i) =>
      Math.abs(after.pos.definition[i]! - x) >= 0.5 ? [i] : [],
    );
    expect(c.moves.length).toBe(moved.length);
    expect(c.moves.length).toBeGreaterThan(0);
    for (const m of c.moves) {
      const i = moved.find((k) => seats(LIBRARY, after)[k]!.id === m.id)!;
      expect(m.from).toBe(before.pos.definition[i]);
      expect(m.to).toBe(after.pos.definition[i]);
      expect(m.why).toMatch(/your case for/i);
    }
    expect(c.summary).toMatch(
      new RegExp(`^Your case for ${card.position} moved ${moved.length} delegations`),
    );
  });

  it('explains an ally pulled back toward a more modest case, in words', () => {
    // Canada at 60 hears a case for 55 while the draft is at 25: it is pulled toward 55.
    const why = argumentWhy('Canada', 60, 59, 55, 60, Math.sign(55 - 25), 'your');
    expect(why).toBe(
      'Canada was already further than you argued (60); your case for 55 pulled it toward 55, to 59.',
    );
    expect(argumentWhy('Japan', 35, 33, 0, 35, -1, 'your')).toMatch(
      /^Your case for 0 pulled Japan from 35 toward it, to 33; its own starting stance \(35\)/,
    );
  });

  it('previews every amendment on offer without changing the session', () => {
    const a = zaHasTheFloor();
    const snap = a.getSnapshot();
    const seq = snap.context.seq;
    for (const m of amendments(LIBRARY, snap.context)) {
      const c = preview(LIBRARY, phaseOf(snap), snap.context, {
        type: 'AMEND',
        by: 'ZA',
        op: m.op,
        clause: m.clause.id,
      });
      expect(c).not.toBeNull();
      expect(c!.draft!.before).not.toBe(c!.draft!.after);
    }
    expect(a.getSnapshot().context.seq).toBe(seq);
  });

  it('a deal moves the partner on another issue: What changed names that issue as a player reads it', () => {
    // South Africa (a person, with the floor on the definition) gives ground there and asks the United
    // States, also a person, to move on Marange; Canada accepts.
    const a = createActor(plenaryMachine, {
      input: {
        scenarioId: 'washington-plenary-2012',
        rule: 'consensus',
        seed: 7,
        items: ['wp12-definition'],
        humans: { ZA: 'Player 1', CA: 'Player 2' },
      },
    }).start();
    a.send({ type: 'START' });
    a.send({ type: 'BEGIN' });
    playAi(LIBRARY, a);
    for (let k = 0; k < 5 && a.getSnapshot().context.item?.speakers[0] === 'CA'; k++) {
      a.send({ type: 'YIELD', by: 'CA' });
      playAi(LIBRARY, a);
    }
    expect(a.getSnapshot().context.item!.speakers[0]).toBe('ZA');
    const before = a.getSnapshot().context;
    const offer: SessionEvent = {
      type: 'CAUCUS_OFFER',
      by: 'ZA',
      to: 'CA',
      give: 'definition',
      ask: 'marange',
    };
    a.send(offer);
    a.send({ type: 'CAUCUS_ACCEPT', by: 'CA' });
    const after = a.getSnapshot().context;
    expect(after.rejection).toBeNull();
    const c = consequences(LIBRARY, before, after, offer, 'ZA');
    const lines = changesLines({ title: changesTitle(LIBRARY, offer, 'accepted'), c }).map((l) => l.text);
    expect(lines[0]).toBe('What your caucus offer to Canada changed (accepted)');
    const us = lines.find((l) => l.includes('Canada') && l.startsWith('▼'));
    expect(us, lines.join('\n')).toMatch(/ \(on Marange\): /);
    expect(lines.join('\n')).not.toMatch(/marange \/ zimbabwe/);
  });
});
