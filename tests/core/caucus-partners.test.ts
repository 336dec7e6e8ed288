// The computer's deals and pressure are spread over the partners worth approaching: in AI-only meetings
// of 2012 every deal was Russia's with the United States and every pressure Zimbabwe's on the EU, the
// single best move taken every time. Each move worth making is now taken with a chance in proportion
// to what the speaker expects from it, drawn from the session's seed.
import { describe, expect, it } from 'vitest';
import { LIBRARY, plenaryMachine } from '../../src/machines/default';
import { runAiSession } from '../../src/machines/runner';
import type { ScenarioId } from '../../src/content/types';

/** Who offered a deal to whom and who pressed whom, over AI-only sessions of a meeting. */
function caucusPairs(scenarioId: ScenarioId, sessions: number) {
  const deals = new Map<string, number>();
  const pressures = new Map<string, number>();
  for (let seed = 1; seed <= sessions; seed++)
    for (const ev of runAiSession(plenaryMachine, LIBRARY, {
      scenarioId,
      rule: 'consensus',
      seed: `pairs/${seed}`,
    }).context.log) {
      const tally = ev.type === 'CAUCUS_OFFER' ? deals : ev.type === 'PRESSURE' ? pressures : null;
      if (tally && 'to' in ev) tally.set(`${ev.by}→${ev.to}`, (tally.get(`${ev.by}→${ev.to}`) ?? 0) + 1);
    }
  const largestShare = (m: Map<string, number>) => {
    const all = [...m.values()];
    return Math.max(...all) / all.reduce((a, b) => a + b, 0);
  };
  return { deals, pressures, largestShare };
}

describe('whom the computer deals with and presses', () => {
  it('at the 2012 plenary deals go to several partners from several delegations, and no pair takes most', () => {
    const { deals, pressures, largestShare } = caucusPairs('washington-plenary-2012', 40);
    expect(deals.size).toBeGreaterThanOrEqual(5);
    expect(new Set([...deals.keys()].map((k) => k.split('→')[0])).size).toBeGreaterThanOrEqual(2);
    expect(largestShare(deals)).toBeLessThan(0.5);
    expect(pressures.size).toBeGreaterThanOrEqual(2);
    expect(largestShare(pressures)).toBeLessThan(0.7);
  }, 120_000);

  it('the same seed gives the same partners', () => {
    const a = caucusPairs('johannesburg-plenary-2013', 5);
    const b = caucusPairs('johannesburg-plenary-2013', 5);
    expect([...a.deals]).toEqual([...b.deals]);
    expect([...a.pressures]).toEqual([...b.pressures]);
    expect(a.deals.size + a.pressures.size).toBeGreaterThan(2);
  }, 120_000);
});
