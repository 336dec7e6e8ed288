import { createActor } from 'xstate';
import { describe, expect, it } from 'vitest';
import { actions, draftView, hand, meter, seats, STANCE_SYMBOL } from '../../src/app/view-model';
import { createPlenaryMachine, phaseOf } from '../../src/machines/plenary';
import { playAi } from '../../src/machines/runner';
import { toyLibrary } from './fixtures';

const machine = createPlenaryMachine(toyLibrary);

function floor(humans: Record<string, string>) {
  const a = createActor(machine, {
    input: { scenarioId: 'free-play', rule: 'consensus', seed: 3, humans },
  }).start();
  a.send({ type: 'START' });
  a.send({ type: 'BEGIN' });
  a.send({ type: 'OPEN_FLOOR', by: 'CH' });
  return a;
}

describe('view model', () => {
  it('marks the blocker, supporters and the observer with distinct symbols', () => {
    const ctx = floor({}).getSnapshot().context;
    const s = Object.fromEntries(seats(toyLibrary, ctx).map((x) => [x.id, x.stance]));
    expect(s).toMatchObject({ CH: 'chair', BL: 'objects', RA: 'supports', OB: 'observer' });
    expect(new Set(Object.values(STANCE_SYMBOL)).size).toBe(Object.keys(STANCE_SYMBOL).length);
  });
  it('a seat that moved by a speech says how far, on what, and by whose argument', () => {
    const a = floor({});
    // Speeches until one moves somebody.
    let moved: { why: string | null }[] = [];
    for (let k = 0; k < 40 && moved.length === 0; k++) {
      playAi(toyLibrary, a, 1);
      // Seats moved by a caucus deal or pressure say so otherwise (the AI makes both).
      moved = seats(toyLibrary, a.getSnapshot().context).filter((x) => x.why?.includes('argued by'));
    }
    expect(moved.length).toBeGreaterThan(0);
    const speeches = a.getSnapshot().context.transcript.filter((t) => t.kind === 'speech' && t.card);
    const titles = speeches.map((t) => toyLibrary.arguments.find((c) => c.id === t.card)!.title);
    for (const seat of moved) {
      const m = /^Moved on (.+) from (\d+) to (\d+): “(.+)”, argued by (.+)\.$/.exec(seat.why!);
      expect(m, seat.why!).not.toBeNull();
      expect(m![2]).not.toBe(m![3]);
      expect(titles).toContain(m![4]);
    }
  });
  it('the live meter says the draft fails under consensus and passes a majority', () => {
    const ctx = floor({}).getSnapshot().context;
    const m = Object.fromEntries(meter(toyLibrary, ctx).map((r) => [r.rule, r]));
    expect(m.consensus!.passes).toBe(false);
    expect(m.consensus!.detail).toMatch(/^1 objection: Delegation BL \(4 for, 1 against\)$/);
    expect(m.majority!.passes).toBe(true);
  });
  it('shows the draft text and the speaker’s hand', () => {
    const a = floor({ MA: 'Ama' });
    const ctx = a.getSnapshot().context;
    expect(draftView(toyLibrary, ctx)!.text).toBe(
      'Conflict diamonds means including violence by state forces',
    );
    expect(hand(toyLibrary, ctx, 'MA').map((c) => c.id)).toEqual(['d-mid', 'd-narrow', 'd-sov']);
  });
  it('offers only what is allowed, saying why the rest is not', () => {
    const a = floor({ MA: 'Ama' });
    const ctx = a.getSnapshot().context;
    const acts = actions(toyLibrary, phaseOf(a.getSnapshot()), ctx, 'MA');
    const byId = Object.fromEntries(acts.map((x) => [x.id, x]));
    // Seed 3 puts BL first on the list and Ama's MA second: not yet Ama's turn.
    expect(ctx.item!.speakers.slice(0, 2)).toEqual(['BL', 'MA']);
    expect(byId.speak!.enabled).toBe(false);
    expect(byId.speak!.why).toBe('It is Delegation BL’s turn.');
    expect(byId.request!.enabled).toBe(false);
    expect(byId.request!.why).toMatch(/already on the speakers/);
    // BL yields: now Ama may speak, and yield takes the place of asking for the floor.
    a.send({ type: 'YIELD', by: 'BL' });
    const next = a.getSnapshot();
    const now = Object.fromEntries(
      actions(toyLibrary, phaseOf(next), next.context, 'MA').map((x) => [x.id, x]),
    );
    expect(now.speak).toMatchObject({ enabled: true, why: null });
    expect(now.yield).toMatchObject({ enabled: true });
    expect(now.request).toBeUndefined();
    const chairActs = actions(toyLibrary, phaseOf(a.getSnapshot()), ctx, 'CH').map((x) => x.id);
    expect(chairActs).toContain('table');
    expect(actions(toyLibrary, 'floor', ctx, 'OB').map((x) => x.id)).toContain('walkout');
  });
});

describe('rule lab explanations', async () => {
  const { powerTable, issueLine } = await import('../../src/app/lab-view');
  it('everyone has equal power under consensus and majority; production weight concentrates it', () => {
    const rows = powerTable(toyLibrary, 'free-play');
    for (const r of rows) {
      expect(r.power.consensus).toBeCloseTo(1 / rows.length, 9);
      expect(r.power.majority).toBeCloseTo(1 / rows.length, 9);
    }
    const w = rows.map((r) => r.power.weighted);
    expect(Math.max(...w)).toBeGreaterThan(1 / rows.length);
    expect(rows.find((r) => r.id === 'CH')!.power.weighted).toBe(0); // produces nothing
  });
  it('the issue line explains why consensus holds to the status quo', () => {
    const line = issueLine(toyLibrary, 'free-play');
    expect(line.gridlock).toEqual([0, 85]);
    expect(line.pivot.consensus).toBe(0);
    expect(line.pivot.majority).toBe(60);
    expect(line.explanation).toMatch(/no formal objection, not a unanimous yes/);
    expect(line.explanation).toMatch(/accepts up to 10\/s points of loss/);
    // Where it departs from strict unanimity: there the outermost two would lock any status quo between them.
    expect(line.explanation).toMatch(
      /Under strict unanimity everyone would hold a veto: a status quo anywhere from Delegation BL \(0\) to Delegation RA \(85\), the shaded stretch, could never be moved/,
    );
    expect(line.explanation).toMatch(/and this one \(0\) lies in it, so nothing at all would pass\./);
  });
});
