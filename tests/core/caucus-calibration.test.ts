// A caucus is one conversation: a deal or pressure moves a delegation a few points, not across the room.
// The AI-only meetings of the real scenarios are played inside the tests (a mutant is switched on only
// as the tests start).
import { describe, expect, it } from 'vitest';
import { LIBRARY } from '../../src/machines/default';
import { AI_CAUCUSES_PER_ITEM } from '../../src/model/ai';
import type { Reaction } from '../../src/model/challenge';
import { exchange } from '../../src/model/exchange';
import { CAUCUS_MAX_MOVE, pressedPosition } from '../../src/model/procedure/caucus';
import type { IssueId, ScenarioId } from '../../src/content/types';
import { nextAiEvent } from '../../src/model/ai';
import { phaseFacts } from '../../src/machines/plenary';
import { stepChart } from '../../src/machines/step';
import type { Phase } from '../../src/model/phase';
import { rosterOf } from '../../src/model/roster';
import { initialContext, type SessionEvent } from '../../src/model/session';

const gives: Reaction = { kind: 'capitulate', move: 1 };
const meets = (move: number): Reaction => ({ kind: 'compromise', move });

describe('pressure moves the pressed delegation a step, not to the presser', () => {
  it('giving way to a delegation 55 points off is a step of CAUCUS_MAX_MOVE toward it', () => {
    expect(CAUCUS_MAX_MOVE).toBe(6);
    expect(pressedPosition({ x: 65, s: 0.6, c: 1 }, { x: 10, s: 0.9, c: 1 }, gives)).toBe(59);
    expect(pressedPosition({ x: 10, s: 0.6, c: 1 }, { x: 65, s: 0.9, c: 1 }, gives)).toBe(16);
  });
  it('meeting it part of the way is that share of the step; a presser nearer than a step is reached', () => {
    expect(pressedPosition({ x: 65, s: 0.6, c: 1 }, { x: 10, s: 0.9, c: 1 }, meets(0.5))).toBe(62);
    expect(pressedPosition({ x: 65, s: 0.6, c: 1 }, { x: 62, s: 0.9, c: 1 }, gives)).toBe(62);
    expect(
      pressedPosition({ x: 65, s: 0.6, c: 1 }, { x: 10, s: 0.9, c: 1 }, { kind: 'ignore', move: 0 }),
    ).toBe(65);
  });
});

describe('a deal with a bound on the move', () => {
  // h gives on an issue it barely cares about and asks on one it cares about; t the other way round.
  const h = { give: { x: 30, s: 0.2, c: 0.5 }, ask: { x: 90, s: 0.9, c: 0.5 } };
  const t = { give: { x: 80, s: 0.6, c: 0.8 }, ask: { x: 20, s: 0.1, c: 0.8 } };
  const totals = { give: { outcome: 52, weight: 1.5 }, ask: { outcome: 50, weight: 1.4 } };
  it('keeps the equal-gain rate: both still gain, by less, and neither moves further than the bound', () => {
    const free = exchange(h, t, totals);
    const bound = exchange(h, t, totals, 2);
    if (!free.ok || !bound.ok) throw new Error('the trade is refused');
    expect(Math.abs(free.hNewGive - h.give.x)).toBeGreaterThan(2);
    expect(Math.abs(bound.hNewGive - h.give.x)).toBeLessThanOrEqual(2 + 1e-9);
    expect(Math.abs(bound.tNewAsk - t.ask.x)).toBeLessThanOrEqual(2 + 1e-9);
    expect(bound.gainH).toBeGreaterThan(0);
    expect(bound.gainT).toBeGreaterThan(0);
    expect(bound.gainH).toBeLessThan(free.gainH);
    // Equal gain: the two gains keep their ratio as the trade is scaled down.
    expect(bound.gainH / bound.gainT).toBeCloseTo(free.gainH / free.gainT, 9);
  });
  it('a bound of nothing is no trade; NaN is rejected', () => {
    expect(exchange(h, t, totals, 0).ok).toBe(false);
    expect(() => exchange(h, t, totals, Number.NaN)).toThrow(RangeError);
  });
});

/**
 * An AI-only meeting played through the model, move by move: how far each deal and each pressure moved
 * the delegations it moved, and how many caucuses each agenda item had.
 */
function playAndMeasure(scenarioId: ScenarioId, seed: number) {
  const roster = rosterOf(LIBRARY, scenarioId);
  let ctx = initialContext(LIBRARY, { scenarioId, rule: 'consensus', seed });
  let phase = 'setup' as Phase;
  const step = (ev: SessionEvent) => {
    const next = stepChart(LIBRARY, phase, ctx, ev);
    if (!next) throw new Error(`refused: ${JSON.stringify(ev)}`);
    phase = next.phase;
    ctx = next.context;
  };
  step({ type: 'START' });
  step({ type: 'BEGIN' });
  const moves: { means: 'deal' | 'pressure'; points: number }[] = [];
  const perItem = new Map<number, number>();
  for (let n = 0; n < 5000 && phase !== 'communique'; n++) {
    const ev = nextAiEvent(LIBRARY, phaseFacts(phase), ctx);
    if (!ev) break;
    const before = ctx;
    step(ev);
    if (ev.type === 'CAUCUS_OFFER' || ev.type === 'PRESSURE')
      perItem.set(before.itemIndex, (perItem.get(before.itemIndex) ?? 0) + 1);
    const moved = (issue: IssueId, id: string) =>
      Math.abs(ctx.pos[issue][roster.index[id]!]! - before.pos[issue][roster.index[id]!]!);
    if (ev.type === 'PRESSURE') moves.push({ means: 'pressure', points: moved(before.item!.issue, ev.to) });
    if (ev.type === 'CAUCUS_ACCEPT') {
      const c = before.caucus!;
      moves.push(
        { means: 'deal', points: moved(c.give, c.by) },
        { means: 'deal', points: moved(c.ask, c.to) },
      );
    }
  }
  expect(phase).toBe('communique');
  return { moves, perItem };
}

describe('AI-only meetings of the real scenarios', () => {
  it('the computer deals and presses, a few points at a time, at most twice an item', () => {
    const all: { means: 'deal' | 'pressure'; points: number }[] = [];
    for (const scenarioId of ['washington-plenary-2012', 'johannesburg-plenary-2013'] as const)
      for (let seed = 1; seed <= 5; seed++) {
        const { moves, perItem } = playAndMeasure(scenarioId, seed);
        for (const n of perItem.values()) expect(n).toBeLessThanOrEqual(AI_CAUCUSES_PER_ITEM);
        all.push(...moves);
      }
    const pressures = all.filter((m) => m.means === 'pressure');
    const deals = all.filter((m) => m.means === 'deal');
    expect(pressures.length).toBeGreaterThan(0);
    expect(deals.length).toBeGreaterThan(0);
    for (const m of all) expect(m.points).toBeLessThanOrEqual(CAUCUS_MAX_MOVE + 1e-9);
    // Pressure that tells moves its target: somebody gave some ground.
    expect(pressures.some((m) => m.points > 0.5)).toBe(true);
  });
});
